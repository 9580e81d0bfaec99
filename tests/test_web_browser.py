"""The UI in a real browser: Debian's Chromium, headless, driven by Playwright against a live uvicorn.

Screenshots go to test-output/web/ (git-ignored). Without /usr/bin/chromium these tests skip.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED, need
from tests.web_fixtures import XSS_IMG, XSS_SCRIPT, corpus, live_server

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-output" / "web"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-dev-shm-usage",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium; .ci/run does)"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def serve_corpus(folder: Path):
    """A live server over a new store holding the hand-annotated corpus; yields (base URL, chronicle)."""
    import litopys
    from litopys.web import create_app

    store = litopys.open(f"sqlite:///{folder / 'chronicle.sqlite'}")
    store.ingest_documents(corpus())
    with live_server(create_app(store)) as base:
        yield base, store
    store.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Shared by the read-only tests."""
    yield from serve_corpus(tmp_path_factory.mktemp("web-browser"))


@pytest.fixture
def writable_site(tmp_path):
    """For a test that adds articles, so the shared store's counts stay as the other tests expect."""
    yield from serve_corpus(tmp_path)


class Watched:
    """A page that records every dialog, page error and console error (CSP violations land there)."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="uk-UA")
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, name: str, full_page: bool = True) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser):
    page = Watched(browser)
    yield page
    page.close()


def test_timeline_filter_open_article_and_see_the_trigger(site, watched):
    base, _ = site
    page = watched.page
    page.goto(f"{base}/timeline")
    assert page.locator("#timeline-chart svg circle.point").count() == 4
    assert page.locator("li.event").count() == 4
    watched.shot("timeline")

    page.fill("input[name=actor]", "PRK")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"actor=PRK"))
    rows = page.locator("li.event")
    assert rows.count() == 3
    assert page.locator("#timeline-chart svg circle.point").count() == 3
    sanction = rows.filter(has_text="Санкції")
    assert sanction.count() == 1
    watched.shot("timeline-prk")

    sanction.locator("a.open").click()
    page.wait_for_url(re.compile(r"/articles/\d+\?story=\d+"))
    trigger = page.locator("mark.trigger.selected")
    assert trigger.count() == 1 and trigger.inner_text() == "запровадив нові санкції"
    assert trigger.is_visible()
    card = page.locator(".event-card:not([hidden])")
    assert card.count() == 1
    assert "Японія" in card.inner_text() and "Північна Корея" in card.inner_text()
    assert page.locator("mark.entity", has_text="Північної Кореї").count() == 1
    assert page.locator("mark.date", has_text="20 березня 2024 року").count() == 1
    watched.shot("article-trigger")
    assert not watched.errors and not watched.dialogs


def test_from_an_event_to_its_reports_and_on_to_an_article(site, watched):
    base, _ = site
    page = watched.page
    page.goto(f"{base}/timeline?type=CONSULT")
    page.locator("li.event a.reports-link").click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    assert page.locator("ol.reports li").count() == 1
    assert page.locator("ol.reports mark.trigger").inner_text() == "провів переговори"
    watched.shot("story")
    page.locator("ol.reports a.title").click()
    page.wait_for_url(re.compile(r"/articles/\d+\?story=\d+"))
    assert page.locator("mark.trigger.selected").inner_text() == "провів переговори"
    assert not watched.errors


def test_hover_shows_the_coded_event(site, watched):
    base, store = site
    article = next(a["id"] for a in store.articles() if a["title"].startswith("Японія"))
    page = watched.page
    page.goto(f"{base}/articles/{article}?lang=en")
    assert page.locator(".event-card:not([hidden])").count() == 0
    page.hover("mark.trigger >> text=засудила")
    card = page.locator(".event-card:not([hidden])")
    assert card.count() == 1
    text = card.inner_text()
    assert "Disapprove" in text and "reported" in text and "Північна Корея" in text
    watched.shot("article-hover-en")
    assert not watched.errors


def test_timeline_zooms_with_buttons_and_wheel(site, watched):
    base, _ = site
    page = watched.page
    page.goto(f"{base}/timeline")
    ticks = page.locator("#timeline-chart .axis text")
    labels = lambda: ticks.evaluate_all("nodes => nodes.map(n => n.textContent)")  # noqa: E731 - SVG has no innerText
    before = labels()
    page.click("button[data-zoom=in]")
    page.click("button[data-zoom=in]")
    zoomed = labels()
    assert zoomed != before
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", label) for label in zoomed)  # days shown once zoomed in
    page.click("button[data-zoom=reset]")
    assert labels() == before
    box = page.locator("#timeline-chart svg").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -600)
    assert labels() != before
    watched.shot("timeline-zoomed")
    assert not watched.errors


def test_actor_page_draws_the_chart_and_the_partner_graph(site, watched):
    base, store = site
    japan = next(a for a in store.actors() if a["actor_code"] == "JPN")
    page = watched.page
    page.goto(f"{base}/actors/{japan['id']}")
    assert page.locator("#actor-chart svg rect.fill-material_conflict").count() == 2
    assert page.locator("#partner-graph svg a").count() == 2
    assert "Північна Корея" in page.locator("#partner-graph").text_content()
    watched.shot("actor")
    assert not watched.errors


def test_untrusted_text_stays_inert_in_the_browser(site, watched):
    base, store = site
    hostile = next(a["id"] for a in store.articles() if a["title"].startswith("Заява"))
    hostile_actor = next(a["id"] for a in store.actors() if a["name"].startswith("КНДР <img"))
    page = watched.page
    for path in ["/", f"/articles/{hostile}", "/timeline?actor=PRK", f"/actors/{hostile_actor}", "/search?q=заява", "/articles"]:
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned") is None, path
        assert page.locator("img").count() == 0, path
        scripts = page.evaluate("[...document.scripts].map(s => s.src || s.type)")
        assert all(s.endswith(f"/static/app.js?v={__import__('litopys').__version__}") or s == "application/json" for s in scripts), (path, scripts)
    page.goto(f"{base}/articles/{hostile}")
    assert "<script>window.__pwned" in page.locator("#article-text").inner_text()  # shown as text
    page.click("#article-text mark.trigger")
    assert page.locator(".event-card:not([hidden])").count() == 1
    watched.shot("hostile-article")
    assert watched.dialogs == []
    assert not watched.errors  # not even a blocked script: the payload never became markup


def test_payloads_posted_to_the_api_stay_inert(writable_site, watched, monkeypatch):
    import httpx

    base, store = writable_site
    monkeypatch.setenv("LITOPYS_TOKEN", "browser-test-token")
    text = (
        "Міністр закордонних справ України Дмитро Кулеба 3 травня 2024 року зустрівся з послом Канади. "
        f"{XSS_IMG} Сторони обговорили {XSS_SCRIPT} постачання зброї."
    )
    response = httpx.post(
        f"{base}/api/articles",
        json={"text": text, "title": f"Кулеба {XSS_SCRIPT}", "published": "2024-05-03", "source": XSS_IMG},
        headers={"Authorization": "Bearer browser-test-token"},
        timeout=120,
    )
    assert response.status_code == 201, response.text
    posted = next(a["id"] for a in store.articles() if a["title"].startswith("Кулеба"))
    page = watched.page
    page.goto(f"{base}/articles/{posted}")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert XSS_SCRIPT in page.locator("h1").inner_text()
    for mark in page.locator("#article-text mark").all():
        mark.hover()
    page.goto(f"{base}/")
    assert page.evaluate("window.__pwned") is None and page.locator("img").count() == 0
    assert watched.dialogs == [] and not watched.errors


def test_docs_page_works_offline(site, watched):
    base, _ = site
    page = watched.page
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{base}/docs")
    assert page.locator("section.operation").count() >= 12
    assert all(url.startswith(base) for url in requested), requested
    watched.shot("docs")


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    """A live server over a store holding the seed article, analysed by the real pipeline."""
    import litopys
    from litopys.web import create_app

    need(SEED)
    store = litopys.open(f"sqlite:///{tmp_path_factory.mktemp('web-seed') / 'chronicle.sqlite'}")
    summary = store.ingest([str(SEED)], published="2023-08-31")
    assert summary["added"] == 1, summary
    with live_server(create_app(store)) as base:
        yield base, store
    store.close()


@pytest.mark.slow
def test_seed_meeting_of_26_july_opens_with_its_trigger(seed_site, browser):
    base, store = seed_site
    meetings = [
        item
        for item in store.timeline(type="CONSULT")
        if item["date"] == "2023-07-26"
        and any((a["actor_code"] or "").startswith("RUS") for a in item["source"] + item["target"])
        and any((a["actor_code"] or "").startswith("PRK") for a in item["source"] + item["target"])
    ]
    assert meetings, "the events stage must code the Shoigu – Kang Sun Nam CONSULT of 2023-07-26 in the seed"
    watched = Watched(browser)
    try:
        page = watched.page
        page.goto(f"{base}/timeline")
        row = page.locator(f"li.event[data-event-id='{meetings[0]['id']}']")
        assert row.count() == 1 and "2023-07-26" in row.inner_text()
        watched.shot("seed-timeline")
        row.locator("a.open").click()
        page.wait_for_url(re.compile(r"/articles/\d+\?story=\d+"))
        trigger = page.locator("mark.trigger.selected")
        assert trigger.count() == 1 and trigger.is_visible()
        card = page.locator(".event-card:not([hidden])")
        assert card.count() == 1
        assert "2023-07-26" in card.inner_text() and "Шойгу" in card.inner_text() and "Кан Сун Нам" in card.inner_text()
        watched.shot("seed-article", full_page=False)
    finally:
        watched.close()


@pytest.mark.slow
def test_seed_timeline_for_north_korea_has_at_least_five_events(seed_site):
    import httpx

    base, _ = seed_site
    events = httpx.get(f"{base}/api/timeline", params={"actor": "PRK"}, timeout=30).json()
    assert len(events) >= 5, f"{len(events)} story events with a PRK actor in the seed (need 5)"
