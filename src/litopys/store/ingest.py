"""Ingest: analyse articles (in worker processes when asked) and write each in one transaction.

Workers only analyse; every database write happens in the parent, one transaction per article, so
a crash, ``kill -9`` or Ctrl-C leaves no article half written and a re-run skips what is stored
(by content hash) and finishes the rest. Results are written in input order, so the merge is the
same whatever the number of workers.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from itertools import islice
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from litopys.doc import Document
from litopys.store.db import write_transaction
from litopys.store.merge import (
    add_story_actors,
    find_story_event,
    new_story_event,
    refresh_story_events,
    source_name,
)
from litopys.store.schema import SEARCH_TABLE, article_entities, articles, entities, errors, events

BATCH = 64  # documents read, checked and handed to the workers at a time (bounds memory)


@dataclass
class Prepared:
    """An analysed article, ready to write: small enough to send back from a worker process."""

    content_hash: str
    locator: str | None
    analysis: dict
    lemmas: str


@dataclass
class IngestSummary:
    """What an ingest did; ``as_dict()`` is the summary the API and CLI report."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def fail(self, engine: Engine, name: str, reason: str, on_error: Callable[[str, str], None] | None = None) -> None:
        """Count and log a bad input (errors table, and the caller's one-line report)."""
        self.failed += 1
        self.errors.append((name, reason))
        record_error(engine, name, reason)
        if on_error:
            on_error(name, reason)

    def count(self, status: str | None) -> None:
        if status:
            setattr(self, status, getattr(self, status) + 1)

    def as_dict(self) -> dict:
        done = self.added + self.replaced
        return {
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
            "articles_per_s": round(done / self.seconds, 2) if self.seconds else 0.0,
            "errors": [{"input": name, "reason": reason} for name, reason in self.errors],
        }


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def locator_of(document: Document) -> str | None:
    """The article's identity across versions: its URL, else the resolved path (stdin has none)."""
    if document.url:
        return document.url
    if not document.path or document.path == "-":
        return None
    name, sep, line = document.path.rpartition(":")  # JSONL records are named path:line
    if sep and line.isdigit() and Path(name).exists():
        return f"{Path(name).resolve()}:{line}"
    return str(Path(document.path).resolve())


def search_lemmas(document: Document) -> str:
    """Every lemma of every word (all readings, since case forms are ambiguous), for the search index."""
    if not document.tokens:
        from litopys.language import analyse

        analyse(document)
    return " ".join(" ".join(sorted(token.lemmas)) for token in document.tokens if token.is_word)


def prepare(document: Document, digest: str | None = None) -> Prepared:
    analysis = document.to_dict()
    analysis["document"].pop("text")
    return Prepared(digest or content_hash(document.text), locator_of(document), analysis, search_lemmas(document))


# --- writing ------------------------------------------------------------------------------------


def entity_key(name: str, actor_code: str | None) -> str:
    return f"{actor_code or ''}|{' '.join(name.split()).casefold()}"


def insert_unless_present(connection: Connection, table, values: dict, unique: list[str]) -> None:
    """INSERT … ON CONFLICT DO NOTHING on both backends, so two writers (an ingest and the web API)
    adding the same entity or error at once do not fail each other."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    connection.execute(dialect_insert(table).values(**values).on_conflict_do_nothing(index_elements=unique))


def entity_id_for(connection: Connection, name: str, **attributes) -> int:
    """The shared entity with this canonical name and actor code, created on first sight."""
    key = entity_key(name, attributes.get("actor_code"))
    found = connection.execute(select(entities.c.id).where(entities.c.key == key)).scalar()
    if found is None:
        insert_unless_present(connection, entities, {"key": key, "name": name, **attributes}, ["key"])
        found = connection.execute(select(entities.c.id).where(entities.c.key == key)).scalar_one()
    return found


def delete_article(connection: Connection, article_id: int) -> None:
    """Remove an article and everything derived from it; story events it fed are recounted."""
    story_ids = set(
        connection.execute(
            select(events.c.story_event_id).where(events.c.article_id == article_id, events.c.story_event_id.is_not(None))
        ).scalars()
    )
    entity_ids = set(
        connection.execute(select(article_entities.c.entity_id).where(article_entities.c.article_id == article_id)).scalars()
    )
    if connection.dialect.name == "sqlite":  # the FTS5 table has no foreign key to cascade
        connection.exec_driver_sql(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", (article_id,))
    connection.execute(delete(articles).where(articles.c.id == article_id))
    refresh_story_events(connection, story_ids)
    used = select(article_entities.c.entity_id).where(article_entities.c.entity_id.in_(entity_ids))
    if entity_ids:
        connection.execute(delete(entities).where(entities.c.id.in_(entity_ids), entities.c.id.not_in(used)))


def sentence_text(analysis: dict, index: int | None) -> str | None:
    """The sentence an event was coded in (the event's own ``text`` when the events stage gives none)."""
    sentences = analysis.get("sentences") or []
    return sentences[index]["text"] if isinstance(index, int) and 0 <= index < len(sentences) else None


def write_article(connection: Connection, prepared: Prepared, text: str, reanalyse: bool = False) -> str:
    """Store one analysed article (the caller holds the transaction): 'added', 'replaced' or 'unchanged'.
    With ``reanalyse`` a stored copy of the same content is replaced by this analysis."""
    status = "added"
    same = connection.execute(select(articles.c.id).where(articles.c.content_hash == prepared.content_hash)).scalar()
    if same is not None:
        if not reanalyse:
            return "unchanged"
        delete_article(connection, same)
        status = "replaced"
    if prepared.locator is not None:
        old = connection.execute(select(articles.c.id).where(articles.c.locator == prepared.locator)).scalar()
        if old is not None:
            delete_article(connection, old)
            status = "replaced"
    meta = prepared.analysis["document"]
    article_id = connection.execute(
        insert(articles).values(
            content_hash=prepared.content_hash,
            locator=prepared.locator,
            url=meta.get("url"),
            path=meta.get("path"),
            title=meta.get("title"),
            source=meta.get("source"),
            source_key=source_name(meta.get("source"), meta.get("url")),
            author=meta.get("author"),
            published=meta.get("published"),
            dct_inferred=bool(meta.get("dct_inferred")),
            lang=meta.get("lang"),
            text=text,
            analysis=json.dumps(prepared.analysis, ensure_ascii=False),
            ingested_at=now(),
        )
    ).inserted_primary_key[0]
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"INSERT INTO {SEARCH_TABLE}(rowid, lemmas) VALUES (?, ?)", (article_id, prepared.lemmas))
    else:
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_TABLE}(article_id, lemmas) VALUES (%(id)s, %(lemmas)s)",
            {"id": article_id, "lemmas": prepared.lemmas},
        )
    local: dict[str, int] = {}
    for entity in prepared.analysis["entities"]:
        local[entity["id"]] = entity_id_for(
            connection,
            entity["name"],
            type=entity.get("type"),
            kind=entity.get("kind"),
            actor_code=entity.get("actor_code"),
            country=entity.get("country"),
            sector=entity.get("sector"),
        )
        connection.execute(
            insert(article_entities).values(
                article_id=article_id,
                local_id=entity["id"],
                entity_id=local[entity["id"]],
                role=entity.get("role"),
                mentions=len(entity.get("mentions") or []),
            )
        )

    def resolve(reference: str) -> int:
        """An event argument: an entity id of this article, or a bare name the events stage found."""
        if reference not in local:
            local[reference] = entity_id_for(connection, reference)
            connection.execute(
                insert(article_entities).values(
                    article_id=article_id, local_id=reference, entity_id=local[reference], mentions=0
                )
            )
        return local[reference]

    # An event's place is an entity id of this article ("e9"); the chronicle keeps the place's name.
    names = {entity["id"]: entity["name"] for entity in prepared.analysis["entities"]}
    for event in prepared.analysis["events"]:
        source_ids = sorted({resolve(r) for r in event.get("source") or []})
        target_ids = sorted({resolve(r) for r in event.get("target") or []})
        story_id = find_story_event(
            connection, event["type"], event.get("date"), source_ids, target_ids, meta.get("published")
        )
        if story_id is None:
            story_id = new_story_event(connection, event["type"])
        trigger = event.get("trigger") or {}
        connection.execute(
            insert(events).values(
                article_id=article_id,
                story_event_id=story_id,
                local_id=event["id"],
                type=event["type"],
                mode=event.get("mode"),
                date=event.get("date"),
                date_source=event.get("date_source"),
                location=names.get(event.get("location"), event.get("location")),
                modality=event.get("modality"),
                quad=event.get("quad"),
                cameo=event.get("cameo"),
                intensity=event.get("intensity"),
                confidence=event.get("confidence"),
                sentence=event.get("sentence"),
                trigger_start=trigger.get("start"),
                trigger_end=trigger.get("end"),
                trigger_text=trigger.get("text"),
                text=event.get("text") or sentence_text(prepared.analysis, event.get("sentence")),
                source_ids=json.dumps(source_ids),
                target_ids=json.dumps(target_ids),
            )
        )
        add_story_actors(connection, story_id, source_ids, target_ids)
        refresh_story_events(connection, {story_id}, rebuild_actors=False)
    name = meta.get("path")
    if name:  # an input that failed before and is stored now is no longer an error
        connection.execute(delete(errors).where(errors.c.input == name))
    return status


def store(
    engine: Engine, prepared: Prepared, text: str, name: str, fail: Callable[[str, str], None], reanalyse: bool = False
) -> str | None:
    """Write one article in its own transaction; a failure rolls it back, is logged, and the batch goes on."""
    try:
        with write_transaction(engine) as connection:
            return write_article(connection, prepared, text, reanalyse)
    except IntegrityError as error:
        with engine.connect() as connection:  # another writer stored the same content meanwhile
            if connection.execute(select(articles.c.id).where(articles.c.content_hash == prepared.content_hash)).first():
                return "unchanged"
        fail(name, f"could not store: IntegrityError: {str(error).splitlines()[0]}")
        return None
    except (SQLAlchemyError, KeyError, TypeError, ValueError) as error:
        reason = str(error).splitlines()[0] if str(error) else ""
        fail(name, f"could not store: {type(error).__name__}: {reason}")
        return None


def record_error(engine: Engine, name: str, reason: str) -> None:
    """Log a bad input once (the same input and reason on a re-run adds no row)."""
    with write_transaction(engine) as connection:
        insert_unless_present(connection, errors, {"input": name, "reason": reason, "at": now()}, ["input", "reason"])


# --- analysing ----------------------------------------------------------------------------------

_worker_pipeline = None
_worker_published: str | None = None


def _init_worker(published: str | None) -> None:
    """Build the pipeline once per worker process (model loading is the slow part)."""
    global _worker_pipeline, _worker_published
    from litopys.pipeline import build_pipeline

    if _worker_pipeline is None:
        _worker_pipeline = build_pipeline()
    _worker_published = published


def _analyse(job: tuple[Document, str]) -> tuple[str, Prepared | tuple[str, str], str]:
    """Analyse one document in a worker: ('ok', Prepared, text) or ('error', (name, reason), '')."""
    from litopys.pipeline import analyze_inputs

    document, digest = job
    (result,) = analyze_inputs([document], _worker_pipeline, published=_worker_published)
    if isinstance(result, Exception):
        return "error", (getattr(result, "name", document.path or "-"), getattr(result, "reason", str(result))), ""
    return "ok", prepare(result, digest), result.text


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many articles the inputs hold (JSONL lines counted), for the progress bar; None for stdin."""
    from litopys.read import expand

    total = 0
    for item in expand(paths):
        if item == "-":
            return None
        path = Path(item)
        if path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ingest_paths(
    engine: Engine,
    paths: Iterable[str],
    *,
    workers: int = 1,
    published: str | None = None,
    on_error: Callable[[str, str], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    reanalyse: bool = False,
) -> IngestSummary:
    """Read, analyse and store articles; see the module docstring for the guarantees. ``reanalyse``
    analyses stored articles again (after the pipeline improved) and replaces their rows."""
    from litopys.read import read_inputs

    summary = IngestSummary()
    started = time.perf_counter()

    def fail(name: str, reason: str) -> None:
        summary.fail(engine, name, reason, on_error)

    pool = None
    if workers > 1:  # spawned, not forked: safe beside threads (the progress bar) and on every OS
        pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker, initargs=(published,)
        )
    else:
        _init_worker(published)
    try:
        for chunk in batched(read_inputs(paths), BATCH):
            jobs: list[tuple[Document, str]] = []
            with engine.connect() as connection:
                for item in chunk:
                    if isinstance(item, Exception):
                        fail(getattr(item, "name", "-"), getattr(item, "reason", str(item)))
                        continue
                    digest = content_hash(item.text)
                    stored = connection.execute(select(articles.c.id).where(articles.c.content_hash == digest)).first()
                    if stored and not reanalyse:
                        summary.unchanged += 1
                        continue
                    jobs.append((item, digest))
            skipped = len(chunk) - len(jobs)
            if on_progress and skipped:
                on_progress(skipped)
            results = pool.map(_analyse, jobs) if pool else map(_analyse, jobs)
            for (document, _digest), (kind, payload, text) in zip(jobs, results, strict=True):
                if kind == "error":
                    fail(*payload)
                else:
                    summary.count(store(engine, payload, text, document.path or "-", fail, reanalyse))
                if on_progress:
                    on_progress(1)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    summary.seconds = time.perf_counter() - started
    return summary


def ingest_documents(engine: Engine, documents: Iterable[Document], reanalyse: bool = False) -> IngestSummary:
    """Store documents that are already analysed (their text is hashed as it stands); ``reanalyse``
    replaces a stored copy of the same content."""
    summary = IngestSummary()
    started = time.perf_counter()
    for document in documents:
        name = document.path or document.url or "-"
        summary.count(store(engine, prepare(document), document.text, name, partial(summary.fail, engine), reanalyse))
    summary.seconds = time.perf_counter() - started
    return summary

