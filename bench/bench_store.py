"""Chronicle store figures (issue 5): ingest articles/s on SQLite and PostgreSQL with 1 and 2 workers,
and timeline query latency p50/p95 on a store of 100,000 synthetic events (bench/make_store.py).

Ingest runs ``litopys ingest`` in a fresh process, as a user would (start-up and model loading
included, in every worker), over real NER-UK texts (``STORE_BENCH_ARTICLES``, default 200) into a
fresh database each time. Wall time depends on what else the machine runs, so articles per
CPU-second (the command and its workers together) is reported beside it. PostgreSQL is a throwaway
server started like the test suite's; it is skipped, with the reason, when it cannot be started.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]  # tests.store_fixtures, make_store

CORPUS = ROOT.parent / "shared" / "corpora" / "ner-uk-v2-train"
STORE_EVENTS = int(os.environ.get("STORE_BENCH_EVENTS", "100000"))
QUERY_ROUNDS = 40
QUERIES = [  # what an analyst (and the web UI) asks: a page of the timeline, by actor, type and dates
    {"limit": 50},
    {"actor": "PRK", "limit": 50},
    {"actor": "UKRGOV", "since": "2023-01-01", "until": "2023-06-30", "limit": 50},
    {"type": "ASSAULT", "since": "2023-03-01", "limit": 50},
    {"actor": "RUSMIL", "type": "ASSAULT", "limit": 50},
    {"since": "2023-07-01", "until": "2023-07-31", "limit": 50, "offset": 50},
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bench_ingest(url: str, texts: list[str], workers: int) -> tuple[float, float]:
    """Run ``litopys ingest`` as a user would (a fresh process: imports and model loading included);
    returns (articles/s by wall time, articles per CPU-second over the command and its workers)."""
    import litopys

    cpu, started = children_cpu_seconds(), time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "litopys", "ingest", *texts, "--db", url, "--workers", str(workers), "--no-progress"],
        check=True, capture_output=True, timeout=3600,
    )
    wall, cpu = time.perf_counter() - started, children_cpu_seconds() - cpu
    with litopys.open(url) as chronicle:
        stored = chronicle.stats()["articles"]
    return round(stored / wall, 2), round(stored / cpu, 2)


def bench_queries(url: str) -> dict:
    import litopys

    with litopys.open(url) as chronicle:
        for query in QUERIES:  # warm the caches once
            chronicle.timeline(**query)
        timings = []
        for _ in range(QUERY_ROUNDS):
            for query in QUERIES:
                started = time.perf_counter()
                chronicle.timeline(**query)
                timings.append((time.perf_counter() - started) * 1000)
        search = []
        for _ in range(10):
            started = time.perf_counter()
            chronicle.search("переговори щодо зброї")
            search.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        chronicle.actors(top=20)
        actors_ms = (time.perf_counter() - started) * 1000
    return {
        "timeline_p50_ms": round(percentile(timings, 0.5), 1),
        "timeline_p95_ms": round(percentile(timings, 0.95), 1),
        "timeline_queries": len(timings),
        "search_p50_ms": round(percentile(search, 0.5), 1),
        "actors_top20_ms": round(actors_ms, 1),
    }


def main() -> dict:
    from make_store import make_store
    from tests.store_fixtures import PostgresUnavailable, new_postgres_database, throwaway_postgres

    figures: dict = {}
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="litopys-bench-store-")))
        backends = {"sqlite": lambda name: f"sqlite:///{folder / name}.sqlite"}
        try:
            server = stack.enter_context(throwaway_postgres())
            backends["postgresql"] = lambda _name: new_postgres_database(server)
        except PostgresUnavailable as reason:
            print(f"postgresql: skipped ({reason})")
            figures["postgresql"] = {"skipped": str(reason)}

        if CORPUS.exists():
            count = int(os.environ.get("STORE_BENCH_ARTICLES", "200"))
            texts = [str(p) for p in sorted(CORPUS.rglob("*.txt"))[:count]]
            for backend, make_url in backends.items():
                for workers in (1, 2):
                    rate, per_cpu = bench_ingest(make_url(f"ingest{workers}"), texts, workers)
                    figures.setdefault(backend, {})[f"ingest_articles_per_s_{workers}_workers"] = rate
                    figures[backend][f"ingest_articles_per_cpu_s_{workers}_workers"] = per_cpu
                    print(
                        f"ingest {backend:10} {workers} worker(s): {rate} articles/s wall · {per_cpu} articles per CPU-second "
                        f"({len(texts)} NER-UK texts, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})"
                    )
        else:
            print(f"ingest: skipped ({CORPUS} is absent)")

        for backend, make_url in backends.items():
            url = make_url("big")
            started = time.perf_counter()
            stats = make_store(url, STORE_EVENTS)
            made = time.perf_counter() - started
            result = bench_queries(url)
            figures.setdefault(backend, {}).update(result, store_events=stats["events"], store_story_events=stats["story_events"],
                                                   generate_seconds=round(made, 1))
            print(
                f"timeline {backend:10} on {stats['events']:,} events / {stats['story_events']:,} story events: "
                f"p50 {result['timeline_p50_ms']} ms · p95 {result['timeline_p95_ms']} ms "
                f"(search p50 {result['search_p50_ms']} ms; generated in {made:.1f} s)"
            )
    return figures


if __name__ == "__main__":
    main()
