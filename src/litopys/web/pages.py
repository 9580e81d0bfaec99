"""The browser UI: server-rendered pages (Jinja2, autoescaped) over the same chronicle queries as the API.

Pages are plain HTML that works without script; ``static/app.js`` adds the event cards, the
zoomable timeline and the actor charts, reading its data from JSON blocks the templates embed
(``tojson`` escapes them for HTML).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from litopys import __version__
from litopys.web import queries
from litopys.web.api import EXPORT_FORMATS, ISO_DATE, lookup
from litopys.web.highlight import article_marks, nest_marks
from litopys.web.i18n import LANGUAGE_COOKIE, messages, plover_types, quad_of, request_language, type_label

router = APIRouter(include_in_schema=False)
environment = Environment(
    loader=PackageLoader("litopys.web", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=environment)
LATEST_EVENTS = 20
TIMELINE_PAGE = 100
ACTOR_EVENTS = 100  # latest story events listed under an actor's charts
JS_MESSAGES = ("cooperation", "conflict", "no_events", "no_partners")  # the strings static/app.js shows


def static_url(name: str) -> str:
    """A static asset's URL, versioned so a new release is not served from a stale cache."""
    return f"/static/{name}?v={__version__}"


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A page in the request's language, with what every page needs (strings, nav, export links)."""
    language = request_language(request)
    t = messages(language)
    other = t["language_code"]
    query = dict(request.query_params)
    query["lang"] = other
    response = templates.TemplateResponse(
        request,
        name,
        {
            "t": t,
            "lang": language,
            "version": __version__,
            "static": static_url,
            "export_formats": list(EXPORT_FORMATS),
            "switch_language_url": f"{request.url.path}?{urlencode(query)}",
            "js_messages": {key: t[key] for key in JS_MESSAGES},
            **context,
        },
        status_code=status_code,
    )
    if request.query_params.get("lang") == language:
        response.set_cookie(LANGUAGE_COOKIE, language, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


def story_rows(items: list[dict[str, Any]], language: str) -> list[dict[str, Any]]:
    """Story events with what the page shows besides the store's fields (type label, quad)."""
    return [
        {
            **item,
            "type_label": type_label(item.get("type"), language),
            "quad": queries.quad_key(item.get("quad")) or quad_of(item.get("type")),
        }
        for item in items
    ]


def chart_points(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The few fields the timeline chart draws, for the page's JSON block."""
    return [
        {
            "id": item.get("id"),
            "date": item.get("date"),
            "type": item.get("type"),
            "label": item.get("type_label"),
            "quad": item.get("quad"),
            "who": " / ".join(a.get("name") or "" for a in item.get("source") or []),
            "whom": " / ".join(a.get("name") or "" for a in item.get("target") or []),
        }
        for item in items
        if item.get("date")
    ]


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """Search, the counts, the newest events and the most written-about actors."""
    store = request.app.state.chronicle
    language = request_language(request)
    stats = store.stats()
    latest = queries.latest_story_events(store, LATEST_EVENTS)
    return render(
        request,
        "home.html",
        active="home",
        stats=stats,
        latest=story_rows(latest, language),
        top_actors=request.app.state.cache.actors(15),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    results = request.app.state.chronicle.search(q, limit=50) if q.strip() else []
    return render(request, "search.html", active="search", query=q, results=results)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    limit = 50
    items = request.app.state.chronicle.articles(limit=limit, offset=offset)
    return render(request, "articles.html", active="articles", items=items, limit=limit, offset=offset)


def safe_link(url: str | None) -> str | None:
    """Only http(s) links from article metadata become clickable (no javascript: URLs)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def coded_events(analysis: dict[str, Any], entities: list[dict[str, Any]], language: str) -> list[dict[str, Any]]:
    """The article's events with what their cards show: labels, actor names, and the story event each joined."""
    t = messages(language)
    resolve = queries.actor_resolver({str(e.get("id")): e for e in entities})
    story_of = {str(local): linked for local, linked in (analysis.get("story_events") or {}).items()}
    coded = []
    for item in analysis.get("events") or []:
        modality = item.get("modality") or ""
        coded.append(
            {
                **item,
                "story_id": story_of.get(str(item.get("id"))),
                "type_label": type_label(item.get("type"), language),
                "quad": queries.quad_key(item.get("quad")) or quad_of(item.get("type")),
                "source_actors": resolve(item.get("source")),
                "target_actors": resolve(item.get("target")),
                "attributed_actors": resolve(item.get("attributed_to")),
                "modality_label": t.get(f"modality_{modality}", modality or t["unknown"]),
            }
        )
    return coded


def story_mentions(events: list[dict[str, Any]], story: dict[str, Any] | None) -> tuple[str | None, list[str]]:
    """Which triggers to mark for a story event: the mention that gives the story its date (else the
    first one) and every mention of it in the article, as indexes into ``events``."""
    if story is None:
        return None, []
    same = [str(index) for index, event in enumerate(events) if event["story_id"] == story.get("id")]
    dated = [index for index in same if events[int(index)].get("date") == story.get("date")]
    return (dated or same or [None])[0], same


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int, story: int | None = None) -> HTMLResponse:
    """An article with its spans highlighted; ``story`` marks the trigger(s) of one story event."""
    store = request.app.state.chronicle
    analysis = lookup(store.article, article_id, "article")
    document = analysis.get("document") or {}
    actor_ids = analysis.get("actors") or {}
    entities = [{**e, "actor_id": actor_ids.get(str(e.get("id")))} for e in analysis.get("entities") or []]
    events = coded_events(analysis, entities, request_language(request))
    selected, same_story = story_mentions(events, store.story_event(story) if story is not None else None)
    text = document.get("text") or ""
    return render(
        request,
        "article.html",
        active="articles",
        article=document,
        safe_url=safe_link(document.get("url")),
        body=nest_marks(text, article_marks({**analysis, "text": text})),
        events=events,
        selected=selected,
        same_story=same_story,
        entities=sorted(entities, key=lambda e: -len(e.get("mentions") or [])),
        timexes=analysis.get("timexes") or [],
    )


@router.get("/events/{story_event_id}")
def event_page(request: Request, story_event_id: int) -> RedirectResponse:
    """A story event opens the earliest article that reports it, with its trigger marked."""
    article_id = queries.first_report(request.app.state.chronicle, story_event_id)
    if article_id is None:
        raise HTTPException(404, f"event {story_event_id} not found")
    return RedirectResponse(f"/articles/{article_id}?story={story_event_id}", status_code=303)


def report_quote(mention: dict[str, Any]) -> dict[str, Any]:
    """A report of a story event with its sentence cut around the trigger (the first place the
    trigger's words stand in it), for the story page to mark."""
    sentence = mention.get("text") or ""
    trigger = (mention.get("trigger") or {}).get("text") or ""
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return {**mention, "before": sentence, "trigger_text": "", "after": ""}
    return {**mention, "before": sentence[:at], "trigger_text": trigger, "after": sentence[at + len(trigger) :]}


@router.get("/stories/{story_event_id}", response_class=HTMLResponse)
def story_page(request: Request, story_event_id: int) -> HTMLResponse:
    """One story event and every article that reports it, each with the sentence that coded it."""
    story = lookup(request.app.state.chronicle.story_event, story_event_id, "event")
    (row,) = story_rows([story], request_language(request))
    reports = [report_quote(mention) for mention in story.get("mentions") or []]
    return render(request, "story.html", active="timeline", story=row, reports=reports)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(max_length=32)] = None,
    since: Annotated[str | None, Query(pattern=ISO_DATE + "|^$")] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE + "|^$")] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    """Story events in date order, a page at a time, with filters and the zoomable chart of the page."""
    store = request.app.state.chronicle
    language = request_language(request)
    filters = {"actor": actor or None, "type": type or None, "since": since or None, "until": until or None}
    items = story_rows(store.timeline(**filters, limit=TIMELINE_PAGE, offset=offset), language)
    kept = {key: value for key, value in filters.items() if value}

    def page_url(start: int) -> str:
        return "/timeline?" + urlencode({**kept, "offset": start})

    types = plover_types()
    return render(
        request,
        "timeline.html",
        active="timeline",
        filters=filters,
        items=items,
        previous_url=page_url(max(offset - TIMELINE_PAGE, 0)) if offset else None,
        next_url=page_url(offset + TIMELINE_PAGE) if len(items) == TIMELINE_PAGE else None,
        chart_items=chart_points(items),
        actor_options=request.app.state.cache.actors(200),
        type_options=[(code, entry[language]) for code, entry in types.items()],
    )


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request) -> HTMLResponse:
    """The most written-about actors with their counts."""
    return render(request, "actors.html", active="actors", items=request.app.state.cache.actors(200))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: int) -> HTMLResponse:
    """An actor: cooperation/conflict over time, its partners, its latest story events."""
    actor = lookup(request.app.state.cache.actor, actor_id, "actor")
    language = request_language(request)
    items = story_rows(actor.get("story_events") or [], language)
    partners = queries.partner_balance(items, actor.get("partners") or [], actor.get("id"), limit=16)
    chart = {
        "name": actor.get("name"),
        "bins": queries.activity_bins(items),
        "partners": partners,
        "links": queries.partner_links(items, {p["id"] for p in partners}, actor.get("id")),
    }
    timeline_url = "/timeline?" + urlencode({"actor": str(actor.get("id"))})
    dated = [item for item in items if item.get("date")]
    latest = (list(reversed(dated)) + [item for item in items if not item.get("date")])[:ACTOR_EVENTS]
    return render(request, "actor.html", active="actors", actor=actor, items=latest, chart=chart, timeline_url=timeline_url)


def schema_type(schema: dict[str, Any]) -> str:
    """A short type name for a JSON schema: ``string``, ``integer | null``, ``list[ArticleIn]``."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[1]
    if "anyOf" in schema:
        return " | ".join(schema_type(option) for option in schema["anyOf"])
    if schema.get("type") == "array":
        return f"list[{schema_type(schema.get('items') or {})}]"
    return str(schema.get("type", "any"))


def model_fields(schema: dict[str, Any], spec: dict[str, Any], where: str) -> list[dict[str, Any]]:
    """The fields of a body's model (the first model a union or list names)."""
    refs = [schema, *schema.get("anyOf", []), schema.get("items") or {}]
    for option in refs:
        ref = option.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            model = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
            required = set(model.get("required", []))
            return [
                {
                    "name": name,
                    "in": where,
                    "required": name in required,
                    "type": schema_type(field) + (f" ~ {field['pattern']}" if field.get("pattern") else ""),
                    "description": field.get("description"),
                }
                for name, field in model.get("properties", {}).items()
            ]
    return []


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    """API documentation rendered from the OpenAPI description, with no external assets."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            parameters = [
                {
                    "name": p.get("name"),
                    "in": p.get("in"),
                    "required": p.get("required", False),
                    "type": schema_type(p.get("schema") or {}),
                    "description": p.get("description") or (p.get("schema") or {}).get("description"),
                }
                for p in op.get("parameters", [])
            ]
            body_schema = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema")
            success = next((r for code, r in op.get("responses", {}).items() if code.startswith("2")), {})
            answer_schema = success.get("content", {}).get("application/json", {}).get("schema") or {}
            operations.append(
                {
                    "anchor": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", ""),
                    "method": method,
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": parameters,
                    "body": schema_type(body_schema) if body_schema else None,
                    "body_fields": model_fields(body_schema, spec, "body") if body_schema else [],
                    "answer": schema_type(answer_schema) if answer_schema else None,
                    "answer_fields": model_fields(answer_schema, spec, "answer") if answer_schema else [],
                    "responses": [(code, r.get("description", "")) for code, r in op.get("responses", {}).items()],
                }
            )
    return render(request, "docs.html", active="docs", spec=spec, operations=operations)
