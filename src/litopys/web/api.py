"""The REST API: the chronicle's queries as JSON under ``/api`` (the same shapes as the CLI's json).

Handlers are plain functions, so Starlette runs them in its thread pool and a slow query does not
stall the event loop. Every query goes through the ``Chronicle`` object, which parametrises its SQL.
"""

from __future__ import annotations

import io
import tempfile
import threading
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from litopys import __version__
from litopys.web.schemas import (
    Actor,
    ActorDetail,
    ArticlePage,
    EventMention,
    Graph,
    Health,
    Ingested,
    SearchHit,
    Stats,
    StoryEvent,
    StoryEventDetail,
)
from litopys.web.security import require_token

router = APIRouter(prefix="/api")

ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_PAGE = 1000
EXPORT_FORMATS = {
    "plover-jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


class ArticleIn(BaseModel):
    """An article to analyse or ingest."""

    text: str = Field(min_length=1, description="The article text (Ukrainian).")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="The outlet, e.g. ukrinform.ua.")
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")


def answers(model: Any, status: int = 200) -> dict[str, Any]:
    """Route options that document ``model`` as the answer without validating every answer against it:
    the store already returns JSON-ready data, and validating a graph of 10,000 edges costs ~70 ms."""
    return {"response_model": None, "status_code": status, "responses": {status: {"model": model, "description": "OK"}}}


def chronicle(request: Request):
    """The app's open chronicle."""
    return request.app.state.chronicle


def found(value: Any, what: str, key: Any) -> Any:
    """The value, or a 404 naming what was not found."""
    if not value:
        raise HTTPException(404, f"{what} {key} not found")
    return value


def lookup(query, key: Any, what: str) -> Any:
    """Call a store lookup that may answer None or raise KeyError for a missing key."""
    try:
        return found(query(key), what, key)
    except (KeyError, LookupError) as error:
        raise HTTPException(404, f"{what} {key} not found") from error


class Analyzer:
    """The analysis pipeline, built on first use (it loads models) and used by one request at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pipeline = None

    def documents(self, articles: list[ArticleIn]) -> tuple[list, list[str]]:
        """Analysed documents and one error line per article that could not be analysed."""
        from litopys.doc import Document
        from litopys.pipeline import analyze_inputs, build_pipeline

        inputs = [
            Document(text=a.text, title=a.title, url=a.url, source=a.source, path=a.url or f"article {n + 1}")
            for n, a in enumerate(articles)
        ]
        analysed, errors = [], []
        with self._lock:
            if self._pipeline is None:
                self._pipeline = build_pipeline()
            for article, result in zip(articles, analyze_inputs(inputs, self._pipeline), strict=True):
                if isinstance(result, Exception):
                    errors.append(str(result))
                    continue
                if article.published:
                    result.published = article.published
                result.path = None  # "article N" only names it in errors; the store must not take it for a file
                analysed.append(result)
        return analysed, errors


@router.get("/health", tags=["meta"], **answers(Health))
def health(request: Request) -> JSONResponse:
    """Liveness and the store's counts."""
    try:
        stats = chronicle(request).stats()
    except Exception as error:  # the page must say what is wrong, not hang
        raise HTTPException(503, f"store unavailable: {type(error).__name__}: {error}") from error
    return JSONResponse({"status": "ok", "version": __version__, "stats": stats})


@router.get("/stats", tags=["chronicle"], **answers(Stats))
def stats(request: Request) -> JSONResponse:
    """Counts: articles, entities, events, story events, errors."""
    return JSONResponse(chronicle(request).stats())


@router.get("/articles", tags=["articles"], **answers(ArticlePage))
def list_articles(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> JSONResponse:
    """Stored articles, newest first, one page at a time."""
    store = chronicle(request)
    page = {"items": store.articles(limit=limit, offset=offset), "limit": limit, "offset": offset}
    return JSONResponse({**page, "total": store.stats().get("articles")})


@router.get("/articles/{article_id}", tags=["articles"], response_model=None)
def get_article(request: Request, article_id: int) -> JSONResponse:
    """One article: its text and the analysis spans (entities, dates, events with triggers), in the
    shape of ``litopys analyze --format json`` (schema/analysis.schema.json), plus ``id`` and ``story_events``."""
    return JSONResponse(lookup(chronicle(request).article, article_id, "article"))


@router.post("/articles", tags=["articles"], dependencies=[Depends(require_token)], **answers(Ingested, 201))
def ingest_articles(request: Request, body: ArticleIn | list[ArticleIn]) -> JSONResponse:
    """Analyse and store articles (needs ``Authorization: Bearer $LITOPYS_TOKEN``)."""
    articles = body if isinstance(body, list) else [body]
    documents, errors = request.app.state.analyzer.documents(articles)
    if not documents:
        raise HTTPException(422, "; ".join(errors) or "nothing to ingest")
    stored = chronicle(request).ingest_documents(documents)
    return JSONResponse({"ingested": len(documents), "errors": errors, "stored": stored}, status_code=201)


@router.post("/analyze", tags=["analysis"], response_model=None)
def analyze(request: Request, article: ArticleIn) -> JSONResponse:
    """Analyse posted text and return the analysis (as ``litopys analyze --format json``); stores nothing."""
    documents, errors = request.app.state.analyzer.documents([article])
    if not documents:
        raise HTTPException(422, errors[0])
    return JSONResponse(documents[0].to_dict())


def timeline_filters(
    actor: Annotated[str | None, Query(description="Actor name or code; PRK matches every code starting with PRK.")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, Query(pattern=ISO_DATE, description="Earliest date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="Latest date, YYYY-MM-DD.")] = None,
) -> dict[str, Any]:
    return {"actor": actor or None, "type": type or None, "since": since or None, "until": until or None}


@router.get("/timeline", tags=["chronicle"], **answers(list[StoryEvent]))
def timeline(
    request: Request,
    filters: Annotated[dict[str, Any], Depends(timeline_filters)],
    limit: Annotated[int, Query(ge=1, le=10 * MAX_PAGE)] = MAX_PAGE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> JSONResponse:
    """Story events in date order (the list ``litopys timeline --format json`` prints)."""
    return JSONResponse(chronicle(request).timeline(**filters, limit=limit, offset=offset))


@router.get("/events", tags=["chronicle"], **answers(list[EventMention]))
def events(
    request: Request,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT.")] = None,
    article: Annotated[int | None, Query(description="Only the events coded in this article.")] = None,
    story_event: Annotated[int | None, Query(description="Only the mentions of this story event.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> JSONResponse:
    """Event mentions as coded in each article (newest article first), with sentence, trigger and story event."""
    return JSONResponse(
        chronicle(request).events(limit=limit, offset=offset, type=type or None, article=article, story_event=story_event)
    )


@router.get("/events/{story_event_id}", tags=["chronicle"], **answers(StoryEventDetail))
def story_event(request: Request, story_event_id: int) -> JSONResponse:
    """One story event with every article that reports it (article, sentence, trigger)."""
    return JSONResponse(lookup(chronicle(request).story_event, story_event_id, "event"))


@router.get("/actors", tags=["actors"], **answers(list[Actor]))
def actors(request: Request, top: Annotated[int | None, Query(ge=1, le=10 * MAX_PAGE)] = 100) -> JSONResponse:
    """Actors by number of mentions."""
    return JSONResponse(request.app.state.cache.actors(top))


@router.get("/actors/{actor_id}", tags=["actors"], **answers(ActorDetail))
def actor(request: Request, actor_id: int) -> JSONResponse:
    """One actor."""
    return JSONResponse(lookup(request.app.state.cache.actor, actor_id, "actor"))


@router.get("/graph", tags=["actors"], **answers(Graph))
def graph(request: Request) -> JSONResponse:
    """Actor–actor network: nodes and edges with event counts and mean intensity."""
    return JSONResponse(request.app.state.cache.graph())


@router.get("/search", tags=["articles"], **answers(list[SearchHit]))
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words in any inflected form.")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> JSONResponse:
    """Articles matching the words (lemmatised full-text search), best first."""
    return JSONResponse(chronicle(request).search(q, limit=limit))


@router.get("/export", tags=["chronicle"])
def export(
    request: Request,
    format: Annotated[str, Query(pattern="^(" + "|".join(EXPORT_FORMATS) + ")$")] = "plover-jsonl",
) -> StreamingResponse:
    """The whole chronicle as PLOVER JSON lines, a GDELT-style CSV table or Parquet."""
    media_type, suffix = EXPORT_FORMATS[format]
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+b")  # noqa: SIM115 - closed by chunks()
    binary = format == "parquet"
    if binary:
        chronicle(request).export(format, spool)
    else:
        text = io.TextIOWrapper(spool, encoding="utf-8", newline="", write_through=True)
        chronicle(request).export(format, text)
        text.flush()
        text.detach()
    spool.seek(0)

    def chunks() -> Iterator[bytes]:
        with spool:
            while block := spool.read(64 * 1024):
                yield block

    headers = {"Content-Disposition": f'attachment; filename="litopys-events.{suffix}"'}
    return StreamingResponse(chunks(), media_type=media_type, headers=headers)
