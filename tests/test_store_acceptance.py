"""Issue 5 acceptance on real articles: the seed and 60 NER-UK news texts through the real pipeline
into a SQLite chronicle, re-ingested without changes, searched and queried for North Korea's timeline."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import NER_UK, SEED, need

pytestmark = pytest.mark.slow


def litopys(*args: str, db: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "litopys", *args, "--db", db], capture_output=True, text=True, timeout=900, env=dict(os.environ)
    )
    assert result.returncode == 0, result.stderr
    return result


def ingest_all(db: str) -> None:
    litopys("ingest", str(SEED), "--published", "2023-08-31", "--no-progress", db=db)
    texts = sorted(str(p) for p in (NER_UK / "ng").glob("*.txt"))[:60]
    litopys("ingest", *texts, "--workers", "2", "--no-progress", db=db)


@pytest.fixture(scope="module")
def chronicle_db(tmp_path_factory) -> str:
    need(SEED)
    need(NER_UK)
    db = str(tmp_path_factory.mktemp("acceptance") / "chronicle.sqlite")
    ingest_all(db)
    return db


def stats(db: str) -> dict:
    return json.loads(litopys("stats", "--format", "json", db=db).stdout)


def test_61_articles_and_reingest_changes_no_count(chronicle_db):
    before = stats(chronicle_db)
    assert before["articles"] == 61 and before["errors"] == 0
    assert before["entities"] > 0
    ingest_all(chronicle_db)
    assert stats(chronicle_db) == before


def test_search_finds_the_seed_by_any_form(chronicle_db):
    hits = json.loads(litopys("search", "Північна Корея", "--format", "json", db=chronicle_db).stdout)
    assert hits[0]["title"].startswith("Переговори між Росією та КНДР")


def test_north_korea_timeline_is_dated_and_ordered(chronicle_db):
    timeline = json.loads(litopys("timeline", "--actor", "PRK", "--format", "json", db=chronicle_db).stdout)
    dated = [item for item in timeline if item["date"]]
    assert len(dated) >= 10
    assert [item["date"] for item in dated] == sorted(item["date"] for item in dated)
    assert any(item["type"] == "CONSULT" and item["date"] == "2023-07-26" for item in dated)
