"""Make a large synthetic chronicle for query benchmarks: ``python bench/make_store.py URL --events 100000``.

Fast because it skips the NLP pipeline: it creates the schema through ``litopys.open`` and then
bulk-inserts articles, actors, story events and their event mentions with executemany, in the
proportions of real news (about ten events an article, most story events reported once, a few
reported many times). Deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from datetime import date, timedelta

PLOVER = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "CRIME",
]
COUNTRIES = ["UKR", "RUS", "PRK", "USA", "POL", "DEU", "FRA", "CHN", "TUR", "GBR", "IRN", "BLR", "LTU", "JPN"]
SECTORS = ["", "GOV", "MIL", "BUS", "MED", "COP", "LEG", "OPP"]
SITES = ["Укрінформ", "Українська правда", "Суспільне", "ЛІГА.net", "НВ", "Радіо Свобода", "Дзеркало тижня"]
EVENTS_PER_ARTICLE = 10
CHUNK = 20_000


def synthetic_rows(events: int, seed: int) -> dict[str, list[dict]]:
    """All rows of a store with ``events`` event mentions, as lists of dicts per table."""
    rng = random.Random(seed)
    actors = [
        {"id": n + 1, "key": f"{country}{sector}|актор {n + 1}", "name": f"Актор {n + 1} ({country}{sector})",
         "type": "ORG" if sector else "LOC", "actor_code": country + sector, "country": country}
        for n, (country, sector) in enumerate((c, s) for c in COUNTRIES for s in SECTORS)
    ]
    article_count = max(1, events // EVENTS_PER_ARTICLE)
    first_day = date(2022, 2, 24)
    articles, search = [], []
    for n in range(article_count):
        published = (first_day + timedelta(days=n * 900 // article_count)).isoformat()
        text = f"Синтетична новина {n + 1}\nДержави провели переговори щодо постачання зброї та санкцій ({n + 1})."
        analysis = {"document": {"path": None, "title": f"Синтетична новина {n + 1}", "url": None, "source": SITES[n % len(SITES)],
                                 "author": None, "published": published, "dct_inferred": False, "lang": "uk", "removed": []},
                    "sentences": [], "entities": [], "timexes": [], "events": [], "claims": []}
        articles.append({"id": n + 1, "content_hash": f"{seed:08x}{n:056x}", "locator": f"https://example.ua/{seed}/{n + 1}",
                         "url": f"https://example.ua/{seed}/{n + 1}", "path": None, "title": analysis["document"]["title"],
                         "source": SITES[n % len(SITES)], "source_key": SITES[n % len(SITES)].lower(), "author": None, "published": published, "dct_inferred": False,
                         "lang": "uk", "text": text, "analysis": json.dumps(analysis, ensure_ascii=False), "ingested_at": published})
        search.append({"id": n + 1, "lemmas": "синтетичний новина держава провести переговори щодо постачання зброя та санкція"})
    # Story events: ~60% of mentions start a new story, the rest repeat an earlier one (skewed to recent ones).
    stories, story_actor_rows, event_rows = [], [], []
    mentions_of: dict[int, list[int]] = defaultdict(list)
    for n in range(events):
        article_id = n // EVENTS_PER_ARTICLE + 1 if n // EVENTS_PER_ARTICLE < article_count else article_count
        if not stories or rng.random() < 0.6:
            source, target = rng.sample(actors, 2)
            published = date.fromisoformat(articles[article_id - 1]["published"])
            day = published - timedelta(days=rng.randint(0, 30))
            value = day.isoformat() if rng.random() < 0.85 else day.isoformat()[:7]
            end = value if len(value) == 10 else (date(day.year + day.month // 12, day.month % 12 + 1, 1) - timedelta(days=1)).isoformat()
            kind = rng.choice(PLOVER)
            stories.append({"id": len(stories) + 1, "type": kind, "mode": None, "date": value,
                            "date_start": value if len(value) == 10 else value + "-01", "date_end": end,
                            "modality": "asserted", "quad": None, "cameo": f"{PLOVER.index(kind) + 1:02d}",
                            "intensity": round(rng.uniform(-10, 10), 1), "location": None,
                            "summary": f"{source['name']} — {kind} — {target['name']}",
                            "actor_key": ",".join(str(i) for i in sorted((source["id"], target["id"]))),
                            "mentions": 0, "articles": 0, "sources": 0})
            story_actor_rows += [{"story_event_id": len(stories), "entity_id": source["id"], "role": "source"},
                                 {"story_event_id": len(stories), "entity_id": target["id"], "role": "target"}]
            story_id = len(stories)
        else:
            story_id = max(1, len(stories) - int(rng.expovariate(1 / 50)))
        story = stories[story_id - 1]
        mentions_of[story_id].append(article_id)
        pair = [r["entity_id"] for r in story_actor_rows[2 * (story_id - 1) : 2 * story_id]]
        event_rows.append({"id": n + 1, "article_id": article_id, "story_event_id": story_id, "local_id": f"V{n + 1}",
                           "type": story["type"], "mode": None, "date": story["date"], "date_source": "explicit",
                           "location": None, "modality": "asserted", "quad": None, "cameo": story["cameo"],
                           "intensity": story["intensity"], "confidence": 0.8, "sentence": 1, "trigger_start": 0,
                           "trigger_end": 10, "trigger_text": "переговори", "text": story["summary"],
                           "source_ids": json.dumps(pair[:1]), "target_ids": json.dumps(pair[1:])})
    for story in stories:
        article_ids = mentions_of[story["id"]]
        story["mentions"] = len(article_ids)
        story["articles"] = len(set(article_ids))
        story["sources"] = len({SITES[(a - 1) % len(SITES)] for a in article_ids})
    article_entity_rows = []
    seen = set()
    for row in event_rows:
        for entity_id in json.loads(row["source_ids"]) + json.loads(row["target_ids"]):
            if (row["article_id"], entity_id) not in seen:
                seen.add((row["article_id"], entity_id))
                article_entity_rows.append({"article_id": row["article_id"], "local_id": f"E{entity_id}",
                                            "entity_id": entity_id, "role": None, "mentions": 1})
    return {"articles": articles, "search": search, "entities": actors, "article_entities": article_entity_rows,
            "story_events": stories, "story_event_actors": story_actor_rows, "events": event_rows}


def make_store(url: str, events: int = 100_000, seed: int = 1) -> dict:
    """Fill an empty chronicle at ``url`` with ``events`` synthetic event mentions; returns its stats."""
    from sqlalchemy import insert

    import litopys
    from litopys.store import schema

    rows = synthetic_rows(events, seed)
    chronicle = litopys.open(url)
    if chronicle.stats()["articles"]:
        raise SystemExit(f"{url}: not empty; the generator fills a new store")
    with chronicle.engine.begin() as connection:
        for name in ("articles", "entities", "article_entities", "story_events", "story_event_actors", "events"):
            table = getattr(schema, name)
            for start in range(0, len(rows[name]), CHUNK):
                connection.execute(insert(table), rows[name][start : start + CHUNK])
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(
                f"INSERT INTO {schema.SEARCH_TABLE}(rowid, lemmas) VALUES (?, ?)",
                [(r["id"], r["lemmas"]) for r in rows["search"]],
            )
        else:
            connection.exec_driver_sql(
                f"INSERT INTO {schema.SEARCH_TABLE}(article_id, lemmas) VALUES (%(id)s, %(lemmas)s)", rows["search"]
            )
            for name in ("articles", "entities", "story_events", "events"):  # explicit ids: move the sequences on
                connection.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))")
    with chronicle.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    stats = chronicle.stats()
    chronicle.close()
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url", help="database URL or SQLite file (must be new or empty)")
    parser.add_argument("--events", type=int, default=100_000, help="event mentions to generate (default 100000)")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    started = time.perf_counter()
    stats = make_store(options.url, options.events, options.seed)
    print(json.dumps(stats), f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
