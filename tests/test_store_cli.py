"""The store's command line end to end: ingest with workers, the query commands and their formats,
and resuming an ingest killed with SIGKILL."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree

import pytest

COUNTRIES = ["Польщі", "Франції", "Німеччини", "Литви", "Латвії", "Естонії", "Канади", "Японії", "Італії", "Іспанії"]
CITIES = ["Києві", "Львові", "Одесі", "Харкові", "Дніпрі", "Вінниці"]
MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня"]
FIELDS = ["оборони", "енергетики", "освіти", "медицини", "транспорту"]


def litopys(*args: str, db: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "litopys", *args],
        capture_output=True, text=True, timeout=600, env={**os.environ, "LITOPYS_DB": db},
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def query(*args: str, db: str, check: bool = True):
    """A read-only command run in this process (quicker than a subprocess); ``.stdout``, ``.stderr``, ``.exit_code``."""
    from typer.testing import CliRunner

    from litopys.cli import app

    result = CliRunner().invoke(app, list(args), env={"LITOPYS_DB": db})
    if check:
        assert result.exit_code == 0, (result.stderr, result.exception)
    return result


def generated_articles(folder, count: int) -> None:
    """Short, distinct Ukrainian news items about visits and talks (generated, so each has its own hash)."""
    folder.mkdir()
    for n in range(count):
        country, city = COUNTRIES[n % len(COUNTRIES)], CITIES[n % len(CITIES)]
        day, month, field = n % 28 + 1, MONTHS[n % len(MONTHS)], FIELDS[n % len(FIELDS)]
        text = (
            f"Міністр закордонних справ {country} відвідав Україну\n"
            f"Міністр закордонних справ {country} {day} {month} 2023 року провів переговори з Дмитром Кулебою у {city}.\n"
            f"Сторони обговорили співпрацю у сфері {field} (повідомлення № {n}).\n"
        )
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")


def counts(db: str) -> dict:
    return json.loads(query("stats", "--format", "json", db=db).stdout)


def test_query_commands_and_formats(tmp_path):
    db = str(tmp_path / "chronicle.sqlite")
    folder = tmp_path / "news"
    generated_articles(folder, 6)
    (folder / "english.txt").write_text("This is plainly an English text about the weather in London today.", encoding="utf-8")
    result = litopys("ingest", str(folder), "--workers", "2", db=db)
    assert "added 6" in result.stderr and "failed 1" in result.stderr
    first_line = result.stderr.splitlines()[0]
    assert first_line.startswith("error ") and first_line.endswith("english.txt: text is not Ukrainian (detected: en)")
    stats = counts(db)
    assert stats["articles"] == 6 and stats["errors"] == 1
    assert set(stats) == {"articles", "entities", "events", "story_events", "errors"}
    assert "articles" in query("stats", db=db).stdout

    again = litopys("ingest", str(folder), "--no-progress", db=db)
    assert "unchanged 6" in again.stderr
    assert counts(db) == stats

    hits = json.loads(query("search", "переговори у Львові", "--format", "json", db=db).stdout)
    assert hits and all("Львові" in hit["snippet"] for hit in hits)
    assert "Міністр закордонних справ" in query("search", "міністр", db=db).stdout

    timeline = json.loads(query("timeline", "--format", "json", "--since", "2023-01-01", db=db).stdout)
    assert isinstance(timeline, list)
    for item in timeline:
        assert set(item) == {"id", "type", "mode", "date", "source", "target", "modality", "articles", "sources", "summary"}
    assert query("timeline", "--since", "31.12.2023", db=db, check=False).exit_code == 2

    actors = json.loads(query("actors", "--top", "3", "--format", "json", db=db).stdout)
    assert len(actors) <= 3
    graphml = ElementTree.fromstring(query("graph", "--format", "graphml", db=db).stdout)
    assert graphml.tag.endswith("graphml")
    assert set(json.loads(query("graph", db=db).stdout)) == {"nodes", "edges"}

    query("export", "--format", "csv", "--output", str(tmp_path / "events.csv"), db=db)
    with (tmp_path / "events.csv").open(encoding="utf-8") as handle:
        assert csv.DictReader(handle).fieldnames[:2] == ["GlobalEventID", "Day"]
    query("export", "--format", "parquet", "--output", str(tmp_path / "events.parquet"), db=db)
    assert (tmp_path / "events.parquet").read_bytes()[:4] == b"PAR1"


def test_unreachable_database_is_one_line(tmp_path):
    result = litopys("stats", "--db", "postgresql://nobody@127.0.0.1:1/none", db="", check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("error cannot open database") and len(result.stderr.strip().splitlines()) <= 3


def stored_articles(url: str) -> int:
    """Articles committed so far, read without creating or locking anything."""
    if url.startswith("sqlite"):
        try:
            with sqlite3.connect(f"file:{url.split(':///', 1)[1]}?mode=ro", uri=True, timeout=5) as connection:
                return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # not created yet
            return 0
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
    except DBAPIError:  # the schema is not there yet
        return 0
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory) -> tuple:
    """300 generated articles and a SQLite chronicle of them ingested without interruption."""
    folder = tmp_path_factory.mktemp("kill") / "news"
    generated_articles(folder, 300)
    clean_db = str(folder.parent / "clean.sqlite")
    litopys("ingest", str(folder), "--no-progress", db=clean_db)
    return folder, clean_db


@pytest.mark.slow
def test_ingest_killed_with_sigkill_resumes_to_the_counts_of_a_clean_run(clean_run, store_url):
    """Killed mid-ingest on each backend, then run again: the same counts as a clean run on SQLite."""
    folder, clean_db = clean_run
    killed_db = store_url

    process = subprocess.Popen(
        [sys.executable, "-m", "litopys", "ingest", str(folder), "--no-progress"],
        env={**os.environ, "LITOPYS_DB": killed_db}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None and stored_articles(killed_db) < 30:
        time.sleep(0.02)
    assert process.poll() is None, "the ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    if killed_db.startswith("sqlite"):
        with sqlite3.connect(killed_db.split(":///", 1)[1]) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    partial = stored_articles(killed_db)
    assert 30 <= partial < 300

    resumed = litopys("ingest", str(folder), "--no-progress", db=killed_db)
    assert f"unchanged {partial}" in resumed.stderr
    assert counts(killed_db) == counts(clean_db)
    assert json.loads(query("actors", "--format", "json", db=killed_db).stdout) == json.loads(
        query("actors", "--format", "json", db=clean_db).stdout
    )

    def timeline(db: str) -> list[dict]:
        items = json.loads(query("timeline", "--format", "json", db=db).stdout)
        return [{key: value for key, value in item.items() if key != "id"} for item in items]

    assert timeline(killed_db) == timeline(clean_db)
