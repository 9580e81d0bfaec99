"""The REST API and the server-rendered pages, through FastAPI's TestClient (httpx) on a real SQLite store."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from importlib import resources

import pytest
import yaml

from tests.store_fixtures import new_postgres_database
from tests.web_fixtures import XSS_IMG, XSS_SCRIPT, corpus

pytest.importorskip("httpx", reason="httpx is not installed (pip install -e '.[dev]')")


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path_factory):
    """The corpus in a real store, on each backend (PostgreSQL: a throwaway server, see store_fixtures)."""
    import litopys

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'chronicle.sqlite'}"
    else:
        url = new_postgres_database(request.getfixturevalue("postgres_server"))
    chronicle = litopys.open(url)
    chronicle.ingest_documents(corpus())
    yield chronicle
    chronicle.close()


@pytest.fixture(scope="module")
def client(store):
    from fastapi.testclient import TestClient

    from litopys.web import create_app

    with TestClient(create_app(store)) as test_client:
        yield test_client


@pytest.fixture
def fresh_client(tmp_path):
    """A client over a store of its own, for tests that write (the shared store's counts stay put)."""
    from fastapi.testclient import TestClient

    import litopys
    from litopys.web import create_app

    with litopys.open(f"sqlite:///{tmp_path / 'chronicle.sqlite'}") as chronicle, TestClient(create_app(chronicle)) as test_client:
        yield test_client


def story_id(store, event_type: str) -> int:
    return next(item["id"] for item in store.timeline() if item["type"] == event_type)


def article_id(store, title_start: str) -> int:
    return next(item["id"] for item in store.articles() if item["title"].startswith(title_start))


# --- API ----------------------------------------------------------------------------------------


def test_health_reports_the_store_counts(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["stats"]["articles"] == 3
    assert body["stats"]["story_events"] == 4


def test_timeline_filters_by_actor_code_prefix_type_and_dates(client):
    every = client.get("/api/timeline").json()
    assert [item["date"] for item in every] == sorted(item["date"] for item in every)
    assert set(every[0]) >= {"id", "type", "mode", "date", "source", "target", "modality", "articles", "sources", "summary"}

    north_korea = client.get("/api/timeline", params={"actor": "PRK"}).json()
    assert {item["type"] for item in north_korea} == {"SANCTION", "DISAPPROVE"}
    assert all(
        any((a["actor_code"] or "").startswith("PRK") for a in item["source"] + item["target"]) for item in north_korea
    )
    consult = client.get("/api/timeline", params={"type": "CONSULT"}).json()
    assert [item["source"][0]["name"] for item in consult] == ["Володимир Зеленський"]
    april = client.get("/api/timeline", params={"since": "2024-04-01", "until": "2024-04-30"}).json()
    assert [item["date"] for item in april] == ["2024-04-02"]


def test_timeline_rejects_a_malformed_date(client):
    assert client.get("/api/timeline", params={"since": "12 березня"}).status_code == 422


def test_articles_are_paged(client):
    first = client.get("/api/articles", params={"limit": 2}).json()
    second = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == 3 and len(first["items"]) == 2 and len(second["items"]) == 1
    assert {a["id"] for a in first["items"]}.isdisjoint(a["id"] for a in second["items"])
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422


def test_article_has_its_text_and_spans(client, store):
    body = client.get(f"/api/articles/{article_id(store, 'Зеленський')}").json()
    text = body["document"]["text"]
    (event,) = body["events"]
    assert text[event["trigger"]["start"] : event["trigger"]["end"]] == "провів переговори"
    assert body["timexes"][0]["value"] == "2024-03-12"
    assert {e["name"] for e in body["entities"]} >= {"Володимир Зеленський", "Дональд Туск"}
    assert client.get("/api/articles/999999").status_code == 404


def test_events_and_one_story_event_with_its_reports(client, store):
    mentions = client.get("/api/events", params={"type": "SANCTION"}).json()
    assert [m["trigger"]["text"] for m in mentions] == ["запровадив нові санкції"]
    story = client.get(f"/api/events/{mentions[0]['story_event_id']}").json()
    assert story["type"] == "SANCTION" and story["mentions"][0]["article_id"] == mentions[0]["article_id"]


def test_actors_actor_and_graph(client):
    actors = client.get("/api/actors").json()
    japan = next(a for a in actors if a["actor_code"] == "JPN")
    detail = client.get(f"/api/actors/{japan['id']}").json()
    assert detail["name"] == "Японія" and {e["type"] for e in detail["story_events"]} == {"SANCTION", "DISAPPROVE"}
    graph = client.get("/api/graph").json()
    names = {node["id"]: node["name"] for node in graph["nodes"]}
    assert any(edge["source"] == japan["id"] and names[edge["target"]] == "Північна Корея" for edge in graph["edges"])
    assert client.get("/api/actors/999999").status_code == 404


def test_search_finds_an_inflected_form(client):
    results = client.get("/api/search", params={"q": "Північна Корея"}).json()
    assert any(r["title"] == "Японія запровадила санкції проти КНДР" for r in results)
    assert client.get("/api/search").status_code == 422


@pytest.mark.parametrize("name", ["plover-jsonl", "csv"])
def test_export_streams_every_story_event(client, name):
    response = client.get("/api/export", params={"format": name})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    if name == "csv":
        rows = list(csv.DictReader(io.StringIO(response.text)))
    else:
        rows = [json.loads(line) for line in response.text.splitlines()]
    assert len(rows) == 4
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422


def test_export_parquet_is_a_parquet_table(client):
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (pip install -e '.[dev]')")
    response = client.get("/api/export", params={"format": "parquet"})
    assert response.status_code == 200 and response.content[:4] == b"PAR1"
    table = pyarrow_parquet.read_table(io.BytesIO(response.content))
    assert table.num_rows == 4 and "PloverType" in table.column_names


def test_analyze_returns_the_analysis_and_stores_nothing(client):
    before = client.get("/api/health").json()["stats"]
    text = "Міністр закордонних справ України Дмитро Кулеба 12 квітня зустрівся з держсекретарем США Ентоні Блінкеном."
    response = client.post("/api/analyze", json={"text": text, "published": "2024-04-13"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["document"]["text"] == text and body["document"]["published"] == "2024-04-13"
    assert body["sentences"] and "entities" in body and "events" in body
    assert client.get("/api/health").json()["stats"] == before
    assert client.post("/api/analyze", json={"text": text, "published": "13.04.2024"}).status_code == 422


def test_analyze_names_why_a_text_is_refused(client):
    response = client.post("/api/analyze", json={"text": "The minister met his counterpart in Washington on Friday."})
    assert response.status_code == 422
    assert "not Ukrainian" in response.json()["detail"]


# --- security -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/api/health", "/articles/999999", "/static/app.css", "/docs"])
def test_every_response_carries_a_strict_content_security_policy(client, path):
    headers = client.get(path).headers
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, as the browser's parser sees them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))


def test_pages_have_no_inline_script_and_nothing_from_elsewhere(client, store):
    for path in ["/", "/timeline", f"/articles/{article_id(store, 'Заява')}", "/actors", "/docs", "/search?q=Японія"]:
        tags = Tags(client.get(path).text).tags
        for tag, attrs in tags:
            assert not [name for name in attrs if name.startswith("on")], (path, tag, attrs)
            if tag == "script":
                assert attrs.get("src", "").startswith("/static/") or attrs.get("type") == "application/json", (path, attrs)
            if tag in ("script", "link", "img"):
                assert not (attrs.get("src") or attrs.get("href") or "").startswith(("http:", "https:", "//")), (path, attrs)
        assert "img" not in {tag for tag, _ in tags}, path


def test_a_body_over_the_limit_is_refused_with_413(store):
    from fastapi.testclient import TestClient

    from litopys.web import create_app

    with TestClient(create_app(store, max_body=1000)) as small:
        declared = small.post("/api/analyze", json={"text": "Україна " * 500})
        assert declared.status_code == 413

        def chunks():  # no Content-Length: the limit is counted as the body arrives
            for _ in range(20):
                yield ("Україна " * 20).encode()

        streamed = small.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        assert "content-security-policy" in streamed.headers


def test_ingest_is_refused_without_a_configured_token(client, monkeypatch):
    monkeypatch.delenv("LITOPYS_TOKEN", raising=False)
    response = client.post("/api/articles", json={"text": "Текст"}, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403


def test_ingest_needs_the_bearer_token(fresh_client, monkeypatch):
    client = fresh_client
    monkeypatch.setenv("LITOPYS_TOKEN", "s3cret-token")
    text = "Прем'єр-міністр України Денис Шмигаль 5 травня 2024 року провів зустріч з послом Канади в Києві."
    assert client.post("/api/articles", json={"text": text}).status_code == 401
    assert client.post("/api/articles", json={"text": text}, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/articles", json={"text": text}, headers={"Authorization": "Basic s3cret-token"}).status_code == 401
    before = client.get("/api/health").json()["stats"]["articles"]
    response = client.post(
        "/api/articles",
        json={"text": text, "title": "Шмигаль зустрівся з послом", "published": "2024-05-05", "url": "https://example.org/news/ottawa"},
        headers={"Authorization": "Bearer s3cret-token"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["ingested"] == 1
    assert client.get("/api/health").json()["stats"]["articles"] == before + 1
    assert any(r["title"] == "Шмигаль зустрівся з послом" for r in client.get("/api/search", params={"q": "посол Канади"}).json())

    batch = [  # no URLs: each is its own article, and the one that is not Ukrainian is named in the errors
        {"text": "Президент Франції Емманюель Макрон 7 травня 2024 року прийняв у Парижі голову КНР Сі Цзіньпіна."},
        {"text": "Міністр оборони Литви 8 травня 2024 року відвідав Київ і зустрівся з українським колегою."},
        {"text": "The French president received the Chinese leader in Paris on Tuesday."},
    ]
    response = client.post("/api/articles", json=batch, headers={"Authorization": "Bearer s3cret-token"})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["ingested"] == 2 and body["stored"]["added"] == 2
    assert len(body["errors"]) == 1 and body["errors"][0].startswith("article 3: text is not Ukrainian")
    assert client.get("/api/health").json()["stats"]["articles"] == before + 3
    another = {"text": "Прем'єр-міністр Естонії 9 травня 2024 року провела переговори з канцлером Німеччини."}
    assert client.post("/api/articles", json=another, headers={"Authorization": "Bearer s3cret-token"}).status_code == 201
    assert client.get("/api/health").json()["stats"]["articles"] == before + 4  # did not replace an earlier "article 1"


# --- pages --------------------------------------------------------------------------------------


def test_hostile_article_is_escaped_everywhere(client, store):
    hostile = article_id(store, "Заява")
    for path in [f"/articles/{hostile}", "/", "/articles", "/timeline", "/actors", "/search?q=Японія"]:
        html = client.get(path).text
        assert "<script>window.__pwned" not in html, path
        assert "<img src=x" not in html, path
    page = client.get(f"/articles/{hostile}").text
    assert "&lt;script&gt;window.__pwned" in page
    assert 'href="javascript:' not in page
    assert XSS_SCRIPT not in page and XSS_IMG not in page


def test_article_page_highlights_entities_dates_and_triggers(client, store):
    html = client.get(f"/articles/{article_id(store, 'Зеленський')}", params={"story": story_id(store, "CONSULT")}).text
    assert re.search(r'<mark class="trigger selected" id="trigger-0"[^>]*>провів переговори</mark>', html)
    assert re.search(r'<mark class="entity type-PERS"[^>]*>Володимир Зеленський</mark>', html)
    assert re.search(r'<mark class="date"[^>]*>12 березня 2024 року</mark>', html)
    card = html[html.index('id="event-card-0"') :]
    assert "Консультації" in card[:2000] and "Дональд Туск" in card[:2000]


def test_story_page_lists_every_report_with_its_trigger(client, store):
    sanction = story_id(store, "SANCTION")
    html = client.get(f"/stories/{sanction}").text
    assert "Санкції" in html and "Японія" in html and "Північна Корея" in html
    assert re.search(r"Уряд Японії 20 березня 2024 року <mark class=\"trigger\">запровадив нові санкції</mark> проти", html)
    assert f'href="/articles/{article_id(store, "Японія")}?story={sanction}"' in html
    hostile = next(item["id"] for item in store.timeline() if item["date"] == "2024-04-02")
    page = client.get(f"/stories/{hostile}").text
    assert "<img src=x" not in page and "&lt;img src=x" in page
    assert client.get("/stories/999999").status_code == 404


def test_event_link_opens_the_reporting_article(client, store):
    consult = story_id(store, "CONSULT")
    response = client.get(f"/events/{consult}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/articles/{article_id(store, 'Зеленський')}?story={consult}"
    assert client.get("/events/999999").status_code == 404


def test_home_lists_the_newest_reports_first_coloured_by_quad(client):
    html = client.get("/").text
    rows = re.findall(r'<li class="event (quad-[a-z_]+)" data-event-id="\d+">\s*<span class="when">([^<]+)</span>', html)
    assert rows[0] == ("quad-verbal_conflict", "2024-04-02")
    assert rows[-1] == ("quad-verbal_cooperation", "2024-03-12") and len(rows) == 4


def test_pages_speak_ukrainian_and_switch_to_english(client):
    assert "Хронологія" in client.get("/timeline").text
    english = client.get("/timeline", params={"lang": "en"})
    assert "Timeline" in english.text and english.cookies.get("lang") == "en"
    assert "Timeline" in client.get("/").text  # remembered in the cookie
    client.cookies.clear()
    assert "Хронологія" in client.get("/").text


def test_actor_page_and_docs_page(client, store):
    japan = next(a for a in store.actors() if a["actor_code"] == "JPN")
    html = client.get(f"/actors/{japan['id']}").text
    data = json.loads(re.search(r'<script type="application/json" id="actor-data">(.*?)</script>', html, re.S).group(1))
    assert data["bins"] == [
        {"period": "2024-03", "cooperation": 0, "conflict": 2},
        {"period": "2024-04", "cooperation": 0, "conflict": 1},
    ]
    assert {p["name"] for p in data["partners"]} >= {"Північна Корея"}
    docs = client.get("/docs").text
    for path in ["/api/timeline", "/api/analyze", "/api/articles/{article_id}", "/api/search"]:
        assert path in docs
    spec = client.get("/openapi.json").json()
    answer = spec["paths"]["/api/timeline"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer["items"]["$ref"].endswith("/StoryEvent")
    assert {"articles", "sources", "summary"} <= set(spec["components"]["schemas"]["StoryEvent"]["properties"])
    assert "NumSources" in docs and "Відповідь" in docs


def test_serve_command_is_on_the_cli():
    result = subprocess.run([sys.executable, "-m", "litopys", "serve", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for option in ("--db", "--host", "--port"):
        assert option in result.stdout


def test_marks_nest_and_crossing_marks_are_cut_at_the_enclosing_end():
    from litopys.web.highlight import Mark, nest_marks

    text = "Уряд Японії запровадив санкції"
    ministry = Mark("entity", 0, 11, "e1")
    japan = Mark("entity", 5, 11, "e2")
    crossing = Mark("trigger", 9, 22, "0")  # starts inside the entity and runs past it
    nodes = nest_marks(text, [crossing, japan, ministry])
    assert nodes[0] is ministry and nodes[1:] == [" запровадив санкції"]
    assert ministry.children == ["Уряд ", japan] and japan.children == ["Япон", crossing]
    assert crossing.end == 11 and crossing.children == ["ії"]
    assert nest_marks(text, [Mark("date", 40, 50, "x"), Mark("date", 3, 3, "y")]) == [text]


def test_both_ui_languages_have_every_string_and_every_plover_type_a_label():
    from litopys.web.i18n import LANGUAGES, messages, plover_types

    keys = {language: set(messages(language)) for language in LANGUAGES}
    assert keys["uk"] == keys["en"]
    labelled = set(yaml.safe_load(resources.files("litopys.web").joinpath("plover.yaml").read_text(encoding="utf-8")))
    assert labelled == set(plover_types())  # a label for every type the events stage codes, and no other
    for code, entry in plover_types().items():
        assert entry["uk"] != code and entry["en"] and entry["quad"].endswith(("cooperation", "conflict")), code


def test_read_cache_answers_again_until_the_store_changes(tmp_path):
    import litopys
    from litopys.web.queries import ReadCache

    warsaw, sanctions, _ = corpus()
    with litopys.open(f"sqlite:///{tmp_path / 'chronicle.sqlite'}") as chronicle:
        chronicle.ingest_documents([warsaw])
        cache = ReadCache(chronicle)
        first = cache.actors(None)
        assert cache.actors(None) is first  # the same answer, not asked again
        chronicle.ingest_documents([sanctions])
        after = cache.actors(None)
        assert after is not first and {a["name"] for a in after} - {a["name"] for a in first} == {"Японія", "Північна Корея"}
        expired = ReadCache(chronicle, ttl=0.0)
        assert expired.graph() is not expired.graph()


def test_api_timeline_is_the_list_the_cli_prints(client, store):
    arguments = ["--actor", "PRK", "--since", "2024-03-01", "--format", "json"]
    url = store.engine.url.render_as_string(hide_password=False)
    result = subprocess.run(
        [sys.executable, "-m", "litopys", "timeline", "--db", url, *arguments], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    api = client.get("/api/timeline", params={"actor": "PRK", "since": "2024-03-01"}).json()
    assert api == json.loads(result.stdout) and len(api) == 3


def test_partner_links_join_partners_acting_on_each_other_in_the_actors_events():
    from litopys.web.queries import partner_links

    russia, treasury, kazakhstan, slovenia, iran = (
        {"id": n, "name": name} for n, name in enumerate(["Росія", "Мінфін США", "Казахстан", "Словенія", "Іран"], 1)
    )
    items = [
        {"source": [treasury], "target": [russia, kazakhstan, slovenia]},
        {"source": [treasury], "target": [kazakhstan]},
        {"source": [iran], "target": [russia]},
    ]
    links = partner_links(items, {2, 3, 4, 5}, actor_id=1)
    assert sorted((link["source"], link["target"], link["count"]) for link in links) == [(2, 3, 2), (2, 4, 1)]
    assert partner_links(items, {2, 4}, actor_id=1) == [{"source": 2, "target": 4, "count": 1}]


def test_warm_start_computes_the_slow_reads_in_the_background(tmp_path):
    import time

    from fastapi.testclient import TestClient

    import litopys
    from litopys.web import create_app

    with litopys.open(f"sqlite:///{tmp_path / 'chronicle.sqlite'}") as chronicle:
        chronicle.ingest_documents(corpus())
        app = create_app(chronicle, warm=True)
        with TestClient(app):
            deadline = time.monotonic() + 20
            while ("graph",) not in app.state.cache and time.monotonic() < deadline:
                time.sleep(0.05)
            assert ("actors", 15) in app.state.cache and ("actors", 200) in app.state.cache
            assert ("graph",) in app.state.cache
