"""Web figures (issue 6): page load and API latency p50/p95 on a store of 100,000 synthetic events.

The store comes from bench/make_store.py; the app runs in a real uvicorn on 127.0.0.1 and is asked
over HTTP, the way a browser asks it. "Page" is the HTML of each page; "browser" is a full load in
headless Chromium (HTML, CSS, JS, the charts drawn), when /usr/bin/chromium is there. Target: p95
under 200 ms for each.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]  # tests.web_fixtures, make_store

EVENTS = int(os.environ.get("WEB_BENCH_EVENTS", "100000"))
ROUNDS = int(os.environ.get("WEB_BENCH_ROUNDS", "30"))
TARGET_MS = 200.0


def p(values: list[float], share: float) -> float:
    """The ``share`` quantile (0.5, 0.95) of the timings, in ms rounded to 0.1."""
    cut = statistics.quantiles(values, n=100, method="inclusive")
    return round(cut[round(share * 100) - 1], 1)


def time_requests(client, paths: list[str], rounds: int) -> dict[str, dict[str, float]]:
    """p50/p95 of each path over ``rounds`` requests, and the first ("cold") request on its own: the
    app's read cache makes repeated aggregate reads cheap until the store changes."""
    figures = {}
    for path in paths:
        started = time.perf_counter()
        response = client.get(path)
        cold = round((time.perf_counter() - started) * 1000, 1)
        assert response.status_code == 200, (path, response.status_code, response.text[:200])
        timings = []
        for _ in range(rounds):
            started = time.perf_counter()
            client.get(path).raise_for_status()
            timings.append((time.perf_counter() - started) * 1000)
        figures[path] = {"cold_ms": cold, "p50_ms": p(timings, 0.5), "p95_ms": p(timings, 0.95)}
    return figures


def time_browser_loads(base: str, paths: list[str], rounds: int) -> dict[str, dict[str, float]]:
    """p50/p95 of a full page load in headless Chromium: navigation start to the end of the load
    event (HTML, CSS and JS fetched, the page's script run and its charts drawn)."""
    from playwright.sync_api import sync_playwright
    from tests.test_web_browser import CHROMIUM, CHROMIUM_ARGS

    figures = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for path in paths:
            page.goto(base + path)
            timings = []
            for _ in range(rounds):
                page.goto(base + path, wait_until="load")
                # the browser's own Navigation Timing: request start to the end of the load event (scripts
                # run, charts drawn), without Playwright's messaging around it
                timings.append(page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
            figures[path] = {"p50_ms": p(timings, 0.5), "p95_ms": p(timings, 0.95)}
        browser.close()
    return figures


def main() -> dict:
    import httpx
    from make_store import make_store
    from tests.web_fixtures import live_server

    import litopys
    from litopys.web import create_app

    folder = tempfile.mkdtemp(prefix="litopys-web-bench-")
    url = f"sqlite:///{folder}/chronicle.sqlite"
    started = time.perf_counter()
    stats = make_store(url, EVENTS)
    print(f"store: {stats} made in {time.perf_counter() - started:.1f} s")

    store = litopys.open(url)
    busiest = store.actors(top=1)[0]
    article = store.articles(limit=1)[0]["id"]
    story = store.timeline(limit=1, offset=stats["story_events"] // 2)[0]["id"]
    pages = [
        "/",
        "/timeline",
        "/timeline?actor=PRK",
        "/timeline?type=ASSAULT&since=2023-03-01&until=2023-06-30",
        f"/articles/{article}",
        "/articles?offset=5000",
        f"/actors/{busiest['id']}",
        "/actors",
        "/search?q=переговори",
        "/docs",
    ]
    api = [
        "/api/health",
        "/api/timeline?limit=50",
        "/api/timeline?actor=PRK&limit=50",
        "/api/timeline?actor=UKRGOV&since=2023-01-01&until=2023-06-30&limit=50",
        "/api/timeline?actor=PRK",
        "/api/articles?limit=50&offset=1000",
        f"/api/articles/{article}",
        f"/api/events/{story}",
        "/api/events?limit=50",
        "/api/actors?top=50",
        f"/api/actors/{busiest['id']}",
        "/api/search?q=переговори",
        "/api/graph",
    ]
    figures: dict = {"events": stats["events"], "story_events": stats["story_events"], "rounds": ROUNDS}
    with live_server(create_app(store)) as base, httpx.Client(base_url=base, timeout=60) as client:
        figures["pages"] = time_requests(client, pages, ROUNDS)
        figures["api"] = time_requests(client, api, ROUNDS)
        if Path("/usr/bin/chromium").exists():
            figures["browser"] = time_browser_loads(base, pages[:7], max(ROUNDS // 3, 5))
    store.close()

    worst = {}
    for group in ("pages", "api", "browser"):
        if group not in figures:
            continue
        print(f"{group}: p50 / p95 ms (first request)")
        for path, row in figures[group].items():
            flag = "" if row["p95_ms"] < TARGET_MS else f"  (over {TARGET_MS:.0f} ms)"
            cold = f"  ({row['cold_ms']:.1f})" if "cold_ms" in row else ""
            print(f"  {row['p50_ms']:7.1f} / {row['p95_ms']:7.1f}{cold}  {path}{flag}")
        worst[group] = max(row["p95_ms"] for row in figures[group].values())
    figures["worst_p95_ms"] = worst
    print(f"worst p95: {worst} (target < {TARGET_MS:.0f} ms)")
    return figures


if __name__ == "__main__":
    main()
