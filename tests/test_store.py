"""The chronicle store on SQLite and PostgreSQL: migrations, idempotent ingest, replacement, errors,
lemma search, the cross-article merge of story events and entities, the queries and the exports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import litopys
from litopys.doc import Document, Entity, Event, Mention, Span
from litopys.language import analyse

KOREA = (
    "Росія домовляється з Північною Кореєю про постачання зброї\n"
    "Переговори між Росією та Північною Кореєю щодо зброї тривають, повідомляє розвідка США.\n"
)
FRANCE = (
    "Президент Франції відвідав Київ\n"
    "Президент Франції Емманюель Макрон прибув до Києва на переговори з Володимиром Зеленським.\n"
)
WEATHER = "Погода у Львові\nУ Львові цього тижня буде тепло й сонячно, кажуть синоптики.\n"


def write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def chronicle(store_url):
    with litopys.open(store_url) as opened:
        yield opened


def make_document(
    text: str,
    *,
    entities: list[tuple[str, str | None, str]],
    events: list[dict],
    source: str | None = None,
    url: str | None = None,
    published: str | None = "2023-08-31",
) -> Document:
    """A document with real tokens whose entities and events are set by the test (each entity is
    (canonical name, actor code, surface form found in the text); events name entities by index)."""
    document = analyse(Document(text=text, source=source, url=url, published=published, title=text.split("\n")[0]))
    for n, (name, code, surface) in enumerate(entities, 1):
        start = text.index(surface)
        document.entities.append(
            Entity(f"E{n}", name, "LOC", actor_code=code, country=(code or "")[:3] or None,
                   mentions=[Mention(start, start + len(surface), surface, "LOC", "gazetteer")])
        )
    for n, spec in enumerate(events, 1):
        trigger = text.index(spec["trigger"])
        document.events.append(
            Event(
                id=f"V{n}", type=spec["type"], mode=spec.get("mode"),
                source=[f"E{i}" for i in spec["source"]], target=[f"E{i}" for i in spec.get("target", [])],
                date=spec.get("date"), date_source="explicit" if spec.get("date") else None, location=None,
                modality=spec.get("modality", "asserted"), attributed_to=[], sentence=document.sentence_at(trigger),
                trigger=Span(trigger, trigger + len(spec["trigger"]), spec["trigger"]), quad="verbal cooperation",
                cameo="04", intensity=spec.get("intensity", 1.0), confidence=0.9,
                text=document.sentences[document.sentence_at(trigger)].text,
            )
        )
    return document


RUSSIA = ("Росія", "RUS", "Росія")
NORTH_KOREA = ("Північна Корея", "PRK", "Північна Корея")
KIM = ("Кім Чен Ин", "PRKGOV", "Кім Чен Ин")


def consult(date: str | None, source=(1,), target=(2,), **extra) -> dict:
    return {"type": "CONSULT", "trigger": "переговори", "source": list(source), "target": list(target), "date": date, **extra}


def talks(text_date: str, **kwargs) -> Document:
    text = f"Росія і Північна Корея провели переговори {text_date}.\nСторони обговорили постачання зброї.\n"
    return make_document(text, entities=[RUSSIA, NORTH_KOREA], **kwargs)


def test_migrated_schema_matches_the_tables(chronicle):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from litopys.store.schema import SEARCH_TABLE, metadata

    with chronicle.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_object": lambda obj, name, type_, *_: not (type_ == "table" and name.startswith(SEARCH_TABLE))},
        )
        assert compare_metadata(context, metadata) == []


def test_migrations_downgrade_and_upgrade_again(chronicle):
    from alembic import command
    from sqlalchemy import inspect

    from litopys.store.db import alembic_config, migrate

    with chronicle.engine.begin() as connection:
        config = alembic_config(chronicle.engine)
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(chronicle.engine).get_table_names()) <= {"alembic_version"}
    migrate(chronicle.engine)
    assert chronicle.stats() == {"articles": 0, "entities": 0, "events": 0, "story_events": 0, "errors": 0}


def test_a_database_from_revision_0001_is_upgraded_with_its_data(store_url):
    from alembic import command
    from sqlalchemy import text

    from litopys.store.db import alembic_config, make_engine, write_transaction

    engine = make_engine(store_url)
    with write_transaction(engine) as connection:
        config = alembic_config(engine)
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text(
            "INSERT INTO articles (content_hash, url, source, text, analysis, ingested_at, dct_inferred) "
            "VALUES ('h1', 'https://www.example.ua/a', NULL, 'Текст.', '{}', '2024-01-01', false)"
        ))
    engine.dispose()
    with litopys.open(store_url) as chronicle:
        with chronicle.engine.connect() as connection:
            assert connection.execute(text("SELECT source_key FROM articles")).scalar_one() == "example.ua"
        assert chronicle.stats()["articles"] == 1


def test_ingest_is_idempotent_by_hash_and_lemmas_are_searchable(chronicle, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    write(folder, "korea.txt", KOREA)
    write(folder, "france.txt", FRANCE)
    write(folder, "weather.txt", WEATHER)
    first = chronicle.ingest([str(folder)])
    assert (first["added"], first["failed"]) == (3, 0)
    counts = chronicle.stats()
    assert counts["articles"] == 3 and counts["errors"] == 0
    again = chronicle.ingest([str(folder)])
    assert (again["added"], again["unchanged"]) == (0, 3)
    # The same content under another name adds nothing either.
    write(tmp_path, "copy.txt", KOREA)
    assert chronicle.ingest([str(tmp_path / "copy.txt")])["unchanged"] == 1
    assert chronicle.stats() == counts

    found = chronicle.search("Північна Корея")
    assert [hit["title"] for hit in found] == ["Росія домовляється з Північною Кореєю про постачання зброї"]
    assert set(found[0]) == {"id", "title", "url", "published", "snippet", "score"}
    assert "Північною Кореєю" in found[0]["snippet"]
    assert [hit["title"] for hit in chronicle.search("львів")] == ["Погода у Львові"]
    assert chronicle.search("Львів", offset=1) == [] and len(chronicle.search("президент OR і", limit=5)) <= 5
    assert chronicle.search("Південна Америка") == []
    # Best first: the article that names France three times beats the one that does not name it at all.
    assert chronicle.search("Франція")[0]["title"] == "Президент Франції відвідав Київ"


def test_changed_article_replaces_its_rows_and_bad_inputs_are_logged(chronicle, tmp_path):
    feed = tmp_path / "feed.jsonl"
    record = {"url": "https://example.ua/news/1", "title": "Погода", "text": WEATHER, "source": "example.ua"}
    feed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    write(tmp_path, "english.txt", "The weather in London is fine today, say the forecasters of the Met Office.")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 8)
    reported = []
    summary = chronicle.ingest([str(feed), str(tmp_path / "english.txt"), str(tmp_path / "blob.txt")],
                               on_error=lambda name, reason: reported.append(name))
    assert (summary["added"], summary["failed"]) == (1, 2)
    assert sorted(reported) == sorted([str(tmp_path / "english.txt"), str(tmp_path / "blob.txt")])
    assert chronicle.stats()["errors"] == 2
    assert {e["input"] for e in chronicle.errors()} == set(map(str, [tmp_path / "english.txt", tmp_path / "blob.txt"]))

    record["text"] = FRANCE
    feed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = chronicle.ingest([str(feed), str(tmp_path / "english.txt")])
    assert (summary["replaced"], summary["failed"]) == (1, 1)
    stats = chronicle.stats()
    assert stats["articles"] == 1 and stats["errors"] == 2  # the same error again adds no row
    assert chronicle.search("Львів") == []
    assert chronicle.search("Макрон")[0]["url"] == "https://example.ua/news/1"


def test_story_events_merge_same_type_overlapping_actors_compatible_dates(chronicle):
    documents = [
        talks("26 липня 2023 року", events=[consult("2023-07-26")], source="Укрінформ"),
        talks("у липні 2023 року", events=[consult("2023-07", source=(2,), target=(1,))], source="Українська правда"),
        talks("26 липня 2023 року", events=[consult("2023-07-26")], source="Укрінформ"),
        talks("27 липня 2023 року", events=[consult("2023-07-27")], source="Укрінформ"),
        talks("26 липня 2023 року", events=[{**consult("2023-07-26"), "type": "AGREE"}], source="Укрінформ"),
    ]
    documents[2].text += "Інша версія тієї самої новини.\n"  # a third article (another hash) about the same talks
    documents[4].text += "Сторони домовилися.\n"
    summary = chronicle.ingest_documents(documents)
    assert summary["added"] == 5
    stats = chronicle.stats()
    assert (stats["articles"], stats["events"], stats["entities"]) == (5, 5, 2)
    timeline = chronicle.timeline()
    # The July mention is compatible with both days; it joins the first, more attested story (26 July).
    assert [(item["type"], item["date"], item["articles"], item["sources"]) for item in timeline] == [
        ("CONSULT", "2023-07-26", 3, 2),
        ("AGREE", "2023-07-26", 1, 1),
        ("CONSULT", "2023-07-27", 1, 1),
    ]
    first = timeline[0]
    assert set(first) == {"id", "type", "mode", "date", "source", "target", "modality", "articles", "sources", "summary"}
    assert {a["actor_code"] for a in first["source"] + first["target"]} == {"RUS", "PRK"}
    assert first["summary"] == "Росія і Північна Корея провели переговори 26 липня 2023 року."
    untold = talks("1 серпня 2023 року", events=[consult("2023-08-01")])
    untold.events[0].text = ""  # the sentence the event was coded in stands in for a missing text
    chronicle.ingest_documents([untold])
    assert chronicle.timeline(since="2023-08-01")[0]["summary"] == "Росія і Північна Корея провели переговори 1 серпня 2023 року."
    story = chronicle.story_event(first["id"])
    assert len(story["mentions"]) == 3 and {m["trigger"]["text"] for m in story["mentions"]} == {"переговори"}
    assert all(m["sentence"] == 0 for m in story["mentions"])


def test_timeline_filters_by_actor_code_prefix_name_type_and_dates(chronicle):
    chronicle.ingest_documents([
        talks("26 липня 2023 року", events=[consult("2023-07-26")]),
        make_document(
            "Кім Чен Ин зустрівся з Росією у вересні.\n", entities=[KIM, ("Росія", "RUS", "Росією")],
            events=[{"type": "CONSULT", "trigger": "зустрівся", "source": [1], "target": [2], "date": "2023-09"}],
        ),
        make_document(
            "Росія обстріляла Україну 5 серпня 2023 року.\n", entities=[RUSSIA, ("Україна", "UKR", "Україну")],
            events=[{"type": "ASSAULT", "trigger": "обстріляла", "source": [1], "target": [2], "date": "2023-08-05"}],
        ),
        make_document(
            "Росія погрожує Україні.\n", entities=[RUSSIA, ("Україна", "UKR", "Україні")],
            events=[{"type": "THREATEN", "trigger": "погрожує", "source": [1], "target": [2], "date": None}],
        ),
    ])
    dates = [item["date"] for item in chronicle.timeline()]
    assert dates == ["2023-07-26", "2023-08-05", "2023-09", None]  # date order, undated last
    assert [i["date"] for i in chronicle.timeline(actor="PRK")] == ["2023-07-26", "2023-09"]  # PRK and PRKGOV
    assert [i["date"] for i in chronicle.timeline(actor="prkgov")] == ["2023-09"]
    assert [i["type"] for i in chronicle.timeline(actor="Україна")] == ["ASSAULT", "THREATEN"]
    assert [i["type"] for i in chronicle.timeline(type="assault")] == ["ASSAULT"]
    assert [i["date"] for i in chronicle.timeline(since="2023-08-01")] == ["2023-08-05", "2023-09"]
    assert [i["date"] for i in chronicle.timeline(since="2023-09-15", until="2023-12-31")] == ["2023-09"]
    assert [i["date"] for i in chronicle.timeline(limit=2, offset=1)] == ["2023-08-05", "2023-09"]
    assert [i["date"] for i in chronicle.timeline(newest_first=True)] == ["2023-09", "2023-08-05", "2023-07-26", None]
    assert chronicle.timeline(actor="NOBODY") == []


def test_entities_merge_across_articles_and_actor_queries(chronicle):
    chronicle.ingest_documents([
        talks("26 липня 2023 року", events=[consult("2023-07-26", intensity=1.0)]),
        talks("28 липня 2023 року", events=[consult("2023-07-28", intensity=3.0)], url="https://example.ua/2"),
        make_document("Кім Чен Ин приїхав.\n", entities=[KIM], events=[]),
    ])
    actors = chronicle.actors()
    assert [(a["name"], a["articles"], a["events"]) for a in actors] == [
        ("Росія", 2, 2), ("Північна Корея", 2, 2), ("Кім Чен Ин", 1, 0),
    ]
    assert set(actors[0]) == {"id", "name", "type", "actor_code", "country", "mentions", "articles", "events"}
    assert [a["name"] for a in chronicle.actors(top=1)] == ["Росія"]
    russia = chronicle.actor(actors[0]["id"])
    assert [s["date"] for s in russia["story_events"]] == ["2023-07-26", "2023-07-28"]
    assert russia["partners"] == [{"id": actors[1]["id"], "name": "Північна Корея", "actor_code": "PRK", "count": 2}]
    assert chronicle.actor(10**6) is None and chronicle.actor("abc") is None and chronicle.actor(str(actors[0]["id"]))
    assert chronicle.story_event("-1") is None and chronicle.article("1; DROP TABLE articles") is None

    graph = chronicle.graph()
    assert graph["edges"] == [{"source": actors[0]["id"], "target": actors[1]["id"], "count": 2, "mean_intensity": 2.0}]
    assert {n["name"] for n in graph["nodes"]} == {"Росія", "Північна Корея"}

    listed = chronicle.articles()
    assert len(listed) == 3 and {a["events"] for a in listed} == {0, 1}
    article = chronicle.article(listed[0]["id"])
    assert article["document"]["text"].startswith(("Росія", "Кім"))
    assert set(article) >= {"id", "document", "sentences", "entities", "timexes", "events", "story_events", "actors"}
    # Every entity of the article links to its actor in the chronicle.
    by_id = {actor["id"]: actor["name"] for actor in chronicle.actors()}
    assert {e["name"] for e in article["entities"]} == {by_id[article["actors"][e["id"]]] for e in article["entities"]}
    assert chronicle.article(10**6) is None
    assert len(chronicle.events(limit=10)) == 2 and chronicle.events(type="AGREE") == []


def test_replacing_an_article_recounts_its_story_events(chronicle):
    url = "https://example.ua/talks"
    chronicle.ingest_documents([
        talks("26 липня 2023 року", events=[consult("2023-07-26")], source="Укрінформ"),
        talks("26 липня 2023 року.", events=[consult("2023-07-26")], source="Суспільне", url=url),
    ])
    assert [(i["articles"], i["sources"]) for i in chronicle.timeline()] == [(2, 2)]
    changed = make_document("Погода у Львові тепла.\n", entities=[], events=[], url=url)
    assert chronicle.ingest_documents([changed])["replaced"] == 1
    assert [(i["articles"], i["sources"]) for i in chronicle.timeline()] == [(1, 1)]
    assert chronicle.stats() == {"articles": 2, "entities": 2, "events": 1, "story_events": 1, "errors": 0}


def test_exports(chronicle, tmp_path):
    chronicle.ingest_documents([
        talks("26 липня 2023 року", events=[consult("2023-07-26")], url="https://example.ua/1"),
        talks("27 липня 2023 року", events=[consult("2023-07-27")]),
    ])
    stream = io.StringIO()
    assert chronicle.export("csv", stream) == 2
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert rows[0]["Day"] == "20230726" and rows[0]["Actor1Code"] == "RUS" and rows[0]["Actor2Code"] == "PRK"
    assert (rows[0]["NumArticles"], rows[0]["EventRootCode"], rows[0]["SOURCEURL"]) == ("1", "04", "https://example.ua/1")
    lines = io.StringIO()
    chronicle.export("plover-jsonl", lines)
    records = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert [r["event"] for r in records] == ["CONSULT", "CONSULT"]
    assert records[1]["actor"] == [{"name": "Росія", "code": "RUS"}]
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    chronicle.export("parquet", str(tmp_path / "events.parquet"))
    table = pyarrow_parquet.read_table(tmp_path / "events.parquet")
    assert table.num_rows == 2 and table.column("PloverType").to_pylist() == ["CONSULT", "CONSULT"]
    with pytest.raises(ValueError, match="unknown export format"):
        chronicle.export("xml", io.StringIO())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-07-26", ("2023-07-26", "2023-07-26")),
        ("2023-07-26T10:00", ("2023-07-26", "2023-07-26")),
        ("2023-02", ("2023-02-01", "2023-02-28")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023", ("2023-01-01", "2023-12-31")),
        ("2023-W30", ("2023-07-24", "2023-07-30")),
        ("2023-Q3", ("2023-07-01", "2023-09-30")),
        ("2023-H1", ("2023-01-01", "2023-06-30")),
        ("2023-07-25/2023-07-27", ("2023-07-25", "2023-07-27")),
        ("2023-07-30TEV", ("2023-07-30", "2023-07-30")),
        ("2023-SU", ("2023-06-01", "2023-08-31")),
        ("2023-WI", ("2023-12-01", "2024-02-29")),
        ("202", ("2020-01-01", "2029-12-31")),
        ("2014/..", None),
        ("P2W", None),
        ("2023-02-30", None),
        ("PRESENT_REF", None),
        (None, None),
    ],
)
def test_date_ranges_of_timex_values(value, expected):
    from litopys.store.merge import compatible, date_range

    assert date_range(value) == expected
    if expected:  # compatible with the year 2023 when inside it (a day, a month) or around it (the 2020s)
        inside = expected[0] >= "2023-01-01" and expected[1] <= "2023-12-31"
        around = expected[0] <= "2023-01-01" and expected[1] >= "2023-12-31"
        assert compatible(date_range("2023"), expected) == (inside or around)


def test_an_edited_file_replaces_its_article(tmp_path):
    with litopys.open(tmp_path / "chronicle.sqlite") as chronicle:
        path = write(tmp_path, "news.txt", WEATHER)
        assert chronicle.ingest(str(path))["added"] == 1
        write(tmp_path, "news.txt", FRANCE)
        assert chronicle.ingest(str(path))["replaced"] == 1
        assert chronicle.stats()["articles"] == 1
        assert [hit["title"] for hit in chronicle.search("Макрон")] == ["Президент Франції відвідав Київ"]
        assert chronicle.search("Львів") == []


def test_an_article_that_cannot_be_stored_is_logged_and_the_batch_goes_on(chronicle):
    broken = talks("26 липня 2023 року", events=[consult("2023-07-26")])
    broken.path = "broken.txt"
    broken.events[0].type = None  # every event needs a type: the database refuses the row
    summary = chronicle.ingest_documents([broken, talks("27 липня 2023 року", events=[consult("2023-07-27")])])
    assert (summary["added"], summary["failed"]) == (1, 1)
    assert summary["errors"][0]["input"] == "broken.txt" and "could not store" in summary["errors"][0]["reason"]
    assert chronicle.stats() == {"articles": 1, "entities": 2, "events": 1, "story_events": 1, "errors": 1}
    assert chronicle.timeline_count() == 1 and chronicle.timeline_count(actor="PRK", since="2023-07-28") == 0


def test_undated_mentions_merge_only_with_the_same_actors_reported_the_same_day(chronicle):
    def undated(published: str, extra: str) -> Document:
        text = f"Росія і Північна Корея провели переговори.\n{extra}\n"
        return make_document(text, entities=[RUSSIA, NORTH_KOREA], events=[consult(None)], published=published)

    chronicle.ingest_documents([
        undated("2023-08-31", "Перша новина."),
        undated("2023-08-31", "Друга новина."),
        undated("2024-01-15", "Третя новина."),
        make_document("Росія провела переговори.\n", entities=[RUSSIA], events=[consult(None, target=())],
                      published="2023-08-31"),
    ])
    assert sorted(item["articles"] for item in chronicle.timeline()) == [1, 1, 2]


def test_reanalyse_replaces_stored_articles_with_a_new_analysis(chronicle):
    first = talks("26 липня 2023 року", events=[consult("2023-07-26")])
    assert chronicle.ingest_documents([first])["added"] == 1
    again = talks("26 липня 2023 року", events=[consult("2023-07-26"), {**consult("2023-07-26"), "type": "AGREE"}])
    assert chronicle.ingest_documents([again])["unchanged"] == 1
    assert chronicle.ingest_documents([again], reanalyse=True)["replaced"] == 1
    assert chronicle.stats() == {"articles": 1, "entities": 2, "events": 2, "story_events": 2, "errors": 0}


MERGE_DATES = ["2023", "2023-07", "2023-08", "2023-07-26", "2023-07-27", "2023-W30", "2023-07-25/2023-07-27", None]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(MERGE_DATES), st.sampled_from([(1, 2), (2, 1), (1, None), (2, None)])),
                min_size=1, max_size=6))
def test_every_mention_lands_in_one_story_whose_date_contains_or_refines_its_own(tmp_path_factory, mentions):
    from litopys.store.merge import compatible, date_range

    documents = [
        talks(f"(повідомлення {n})", events=[consult(date, source=(source,), target=(target,) if target else ())])
        for n, (date, (source, target)) in enumerate(mentions)
    ]
    with litopys.open(tmp_path_factory.mktemp("merge") / "chronicle.sqlite") as chronicle:
        chronicle.ingest_documents(documents)
        stories = [chronicle.story_event(item["id"]) for item in chronicle.timeline()]
    assert sum(len(story["mentions"]) for story in stories) == len(documents)
    for story in stories:
        assert story["articles"] == len(story["mentions"])
        for mention in story["mentions"]:
            if date_range(story["date"]) and date_range(mention["date"]):
                assert compatible(date_range(story["date"]), date_range(mention["date"]))


def test_writers_at_once_lose_nothing(store_url):
    """An ingest and, say, the web API writing at the same time: every article stored, no errors."""
    from concurrent.futures import ThreadPoolExecutor

    def writer(first: int) -> dict:
        documents = [talks(f"{day} липня 2023 року", events=[consult(f"2023-07-{day:02d}")]) for day in range(first, first + 12)]
        with litopys.open(store_url) as chronicle:
            return chronicle.ingest_documents(documents)

    litopys.open(store_url).close()  # migrate once, before the writers race
    with ThreadPoolExecutor(3) as pool:
        summaries = list(pool.map(writer, (1, 13, 7)))  # the third overlaps both: the same articles again
    assert [s["failed"] for s in summaries] == [0, 0, 0], summaries
    assert sum(s["added"] for s in summaries) == 24 and sum(s["unchanged"] for s in summaries) == 12
    with litopys.open(store_url) as chronicle:
        assert chronicle.stats() == {"articles": 24, "entities": 2, "events": 24, "story_events": 24, "errors": 0}


def test_database_url_from_option_environment_or_user_data_folder(monkeypatch, tmp_path):
    from litopys.store.db import resolve_url

    monkeypatch.delenv("LITOPYS_DB", raising=False)
    default = resolve_url()
    assert default.startswith("sqlite:///") and default.endswith("/litopys/chronicle.sqlite")
    monkeypatch.setenv("LITOPYS_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'env.sqlite'}"
    assert resolve_url("postgresql://me@db.example/chronicle") == "postgresql+psycopg://me@db.example/chronicle"
    assert resolve_url("sqlite:///other.sqlite") == "sqlite:///other.sqlite"


def test_an_event_place_is_stored_by_its_name(chronicle, tmp_path):
    write(tmp_path, "warsaw.txt", "Кулеба у Варшаві\n\nМіністр закордонних справ України Дмитро Кулеба зустрівся з "
          "прем'єр-міністром Польщі у Варшаві 3 березня 2024 року.\n")
    assert chronicle.ingest([str(tmp_path / "warsaw.txt")])["added"] == 1
    [meeting] = chronicle.timeline(type="CONSULT")
    assert chronicle.story_event(meeting["id"])["location"] == "Варшава"
