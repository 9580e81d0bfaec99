"""``Chronicle``: the Python API over the store — the queries the CLI and the web API answer.

Every method returns plain JSON-ready data (dicts, lists, str, int, float, None); ids of articles,
entities and story events are stable integers usable in URLs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import IO, Any

from sqlalchemy import Engine, and_, func, or_, select

from litopys.doc import Document
from litopys.store.db import make_engine, migrate, resolve_url
from litopys.store.schema import (
    article_entities,
    articles,
    entities,
    errors,
    events,
    story_event_actors,
    story_events,
)


def as_id(value: int | str) -> int | None:
    """An id from a URL or a caller: a non-negative integer, else None (so lookups answer "not found")."""
    text = str(value).strip()
    return int(text) if text.isdigit() and len(text) < 19 else None


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Chronicle:
    """A chronicle database. Open with ``litopys.open(url)``; close with ``.close()`` or ``with``."""

    def __init__(self, url: str | None = None, *, engine: Engine | None = None) -> None:
        self.url = resolve_url(url)
        self.engine = engine or make_engine(self.url)
        migrate(self.engine)

    def __enter__(self) -> Chronicle:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Chronicle({self.engine.url.render_as_string(hide_password=True)!r})"

    # --- writing ---------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | os.PathLike] | str | os.PathLike,
        workers: int = 1,
        progress: bool = False,
        *,
        published: str | None = None,
        on_error=None,
        reanalyse: bool = False,
    ) -> dict:
        """Analyse and store articles from files, folders or ``-``; returns the summary dict
        ({added, replaced, unchanged, failed, seconds, articles_per_s, errors}). ``reanalyse`` also
        analyses articles already stored and replaces their rows (after the pipeline improved)."""
        from litopys.store.ingest import count_inputs, ingest_paths

        paths = [str(paths)] if isinstance(paths, str | os.PathLike) else [str(p) for p in paths]
        options = {"workers": workers, "published": published, "on_error": on_error, "reanalyse": reanalyse}
        if not progress:
            return ingest_paths(self.engine, paths, **options).as_dict()
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        columns = (BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn())
        with Progress(TextColumn("[bold]ingest[/bold]"), *columns, console=Console(stderr=True)) as bar:
            task = bar.add_task("ingest", total=count_inputs(paths), rate="")

            def advance(n: int) -> None:
                bar.advance(task, n)
                speed = next(t.speed for t in bar.tasks if t.id == task)
                bar.update(task, rate=f"{speed:.1f} articles/s" if speed else "")

            return ingest_paths(self.engine, paths, on_progress=advance, **options).as_dict()

    def ingest_documents(self, documents: Iterable[Document], reanalyse: bool = False) -> dict:
        """Store already analysed documents (e.g. from ``build_pipeline()(doc)``); ``reanalyse``
        replaces a stored copy of the same content with this analysis."""
        from litopys.store.ingest import ingest_documents

        return ingest_documents(self.engine, documents, reanalyse).as_dict()

    # --- counts ----------------------------------------------------------------------------------

    def stats(self) -> dict:
        """{articles, entities, events, story_events, errors}."""
        with self.engine.connect() as connection:

            def count(table) -> int:
                return connection.execute(select(func.count()).select_from(table)).scalar_one()

            return {
                "articles": count(articles),
                "entities": count(entities),
                "events": count(events),
                "story_events": count(story_events),
                "errors": count(errors),
            }

    # --- story events ----------------------------------------------------------------------------

    def matching_actor_ids(self, connection, actor: str) -> list[int]:
        """Entities an ``--actor`` value names: an id, every actor code starting with it, or the name."""
        conditions = [
            entities.c.actor_code.like(like_escape(actor.strip().upper()) + "%", escape="\\"),
            entities.c.key.like("%|" + like_escape(" ".join(actor.split()).casefold()), escape="\\"),
        ]
        if actor.strip().isdigit():
            conditions.append(entities.c.id == as_id(actor))
        return list(connection.execute(select(entities.c.id).where(or_(*conditions))).scalars())

    def _story_query(self, connection, actor=None, type=None, since=None, until=None):
        query = select(story_events)
        if actor:
            ids = self.matching_actor_ids(connection, actor)
            query = query.where(
                story_events.c.id.in_(
                    select(story_event_actors.c.story_event_id).where(story_event_actors.c.entity_id.in_(ids))
                )
            )
        if type:
            query = query.where(story_events.c.type == type.upper())
        if since:
            query = query.where(story_events.c.date_end >= since)
        if until:
            query = query.where(story_events.c.date_start <= until)
        return query

    def _actors_of(self, connection, story_ids: list[int]) -> dict[int, dict[str, list[dict]]]:
        result: dict[int, dict[str, list[dict]]] = {i: {"source": [], "target": []} for i in story_ids}
        for chunk_start in range(0, len(story_ids), 500):
            chunk = story_ids[chunk_start : chunk_start + 500]
            rows = connection.execute(
                select(
                    story_event_actors.c.story_event_id,
                    story_event_actors.c.role,
                    entities.c.id,
                    entities.c.name,
                    entities.c.actor_code,
                )
                .join(entities, entities.c.id == story_event_actors.c.entity_id)
                .where(story_event_actors.c.story_event_id.in_(chunk))
                .order_by(story_event_actors.c.story_event_id, entities.c.id)
            ).all()
            for row in rows:
                result[row.story_event_id][row.role].append(
                    {"id": row.id, "name": row.name, "actor_code": row.actor_code}
                )
        return result

    @staticmethod
    def _story_item(row, actors: dict[str, list[dict]]) -> dict:
        return {
            "id": row.id,
            "type": row.type,
            "mode": row.mode,
            "date": row.date,
            "source": actors["source"],
            "target": actors["target"],
            "modality": row.modality,
            "articles": row.articles,
            "sources": row.sources,
            "summary": row.summary,
        }

    def timeline(
        self,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        *,
        newest_first: bool = False,
    ) -> list[dict]:
        """Story events in date order, undated last (``newest_first`` reverses the dated ones):
        [{id, type, mode, date, source: [{id, name, actor_code}], target, modality, articles, sources, summary}]."""
        start, end, story = story_events.c.date_start, story_events.c.date_end, story_events.c.id
        order = (start.desc(), end, story.desc()) if newest_first else (start, end.desc(), story)
        with self.engine.connect() as connection:
            query = self._story_query(connection, actor, type, since, until).order_by(start.is_(None), *order)
            if limit is not None:
                query = query.limit(limit)
            if offset:
                query = query.offset(offset)
            rows = connection.execute(query).all()
            actors = self._actors_of(connection, [row.id for row in rows])
        return [self._story_item(row, actors[row.id]) for row in rows]

    def timeline_count(
        self, actor: str | None = None, type: str | None = None, since: str | None = None, until: str | None = None
    ) -> int:
        """How many story events ``timeline`` would list with these filters (for paging)."""
        with self.engine.connect() as connection:
            query = self._story_query(connection, actor, type, since, until).with_only_columns(func.count())
            return connection.execute(query).scalar_one()

    def story_event(self, story_id: int | str) -> dict | None:
        """One story event with its mentions (article, sentence, trigger) and GDELT-style counts."""
        with self.engine.connect() as connection:
            row = connection.execute(select(story_events).where(story_events.c.id == as_id(story_id))).first()
            if row is None:
                return None
            item = self._story_item(row, self._actors_of(connection, [row.id])[row.id])
            item.update(quad=row.quad, cameo=row.cameo, intensity=row.intensity, location=row.location, mentions=[])
            mentions = connection.execute(
                select(events, articles.c.title, articles.c.url, articles.c.published, articles.c.source.label("site"))
                .join(articles, articles.c.id == events.c.article_id)
                .where(events.c.story_event_id == row.id)
                .order_by(articles.c.published, events.c.article_id, events.c.id)
            ).all()
        item["mentions"] = [self._mention(m) for m in mentions]
        return item

    @staticmethod
    def _mention(row) -> dict:
        return {
            "event_id": row.id,
            "article_id": row.article_id,
            "title": row.title,
            "url": row.url,
            "published": row.published,
            "source": row.site,
            "sentence": row.sentence,
            "trigger": {"start": row.trigger_start, "end": row.trigger_end, "text": row.trigger_text},
            "text": row.text,
            "date": row.date,
            "modality": row.modality,
        }

    def events(
        self,
        limit: int = 50,
        offset: int = 0,
        *,
        type: str | None = None,
        article: int | None = None,
        story_event: int | None = None,
    ) -> list[dict]:
        """Event mentions as coded in each article (newest article first), with their story event id."""
        query = (
            select(events, articles.c.title, articles.c.url, articles.c.published, articles.c.source.label("site"))
            .join(articles, articles.c.id == events.c.article_id)
            .order_by(articles.c.published.desc(), events.c.article_id.desc(), events.c.id)
        )
        if type:
            query = query.where(events.c.type == type.upper())
        if article is not None:
            query = query.where(events.c.article_id == as_id(article))
        if story_event is not None:
            query = query.where(events.c.story_event_id == as_id(story_event))
        with self.engine.connect() as connection:
            rows = connection.execute(query.limit(limit).offset(offset)).all()
        return [
            dict(
                self._mention(row),
                type=row.type,
                mode=row.mode,
                story_event_id=row.story_event_id,
                cameo=row.cameo,
                intensity=row.intensity,
                confidence=row.confidence,
            )
            for row in rows
        ]

    # --- actors ----------------------------------------------------------------------------------

    def _actor_counts(self, only: int | None = None):
        """Actors with their counts; ``only`` filters inside the aggregates, so one actor's page does
        not aggregate the whole store (the databases do not push a filter into a grouped subquery)."""
        mentions = select(
            article_entities.c.entity_id,
            func.sum(article_entities.c.mentions).label("mentions"),
            func.count(func.distinct(article_entities.c.article_id)).label("articles"),
        )
        story = select(
            story_event_actors.c.entity_id,
            func.count(func.distinct(story_event_actors.c.story_event_id)).label("events"),
        )
        if only is not None:
            mentions = mentions.where(article_entities.c.entity_id == only)
            story = story.where(story_event_actors.c.entity_id == only)
        mentions = mentions.group_by(article_entities.c.entity_id).subquery()
        story = story.group_by(story_event_actors.c.entity_id).subquery()
        return (
            select(
                entities.c.id,
                entities.c.name,
                entities.c.type,
                entities.c.actor_code,
                entities.c.country,
                func.coalesce(mentions.c.mentions, 0).label("mentions"),
                func.coalesce(mentions.c.articles, 0).label("articles"),
                func.coalesce(story.c.events, 0).label("events"),
            )
            .outerjoin(mentions, mentions.c.entity_id == entities.c.id)
            .outerjoin(story, story.c.entity_id == entities.c.id)
        )

    @staticmethod
    def _actor_item(row) -> dict:
        return {
            "id": row.id,
            "name": row.name,
            "type": row.type,
            "actor_code": row.actor_code,
            "country": row.country,
            "mentions": int(row.mentions),
            "articles": int(row.articles),
            "events": int(row.events),
        }

    def actors(self, top: int | None = None) -> list[dict]:
        """Actors, most written about first: [{id, name, type, actor_code, country, mentions, articles, events}]."""
        sub = self._actor_counts().subquery()
        query = select(sub).order_by(sub.c.articles.desc(), sub.c.mentions.desc(), sub.c.events.desc(), sub.c.id)
        if top:
            query = query.limit(top)
        with self.engine.connect() as connection:
            return [self._actor_item(row) for row in connection.execute(query).all()]

    def actor(self, actor_id: int | str) -> dict | None:
        """One actor with its counts, its story events (date order) and the actors it interacts with."""
        wanted = as_id(actor_id)
        if wanted is None:
            return None
        sub = self._actor_counts(only=wanted).subquery()
        with self.engine.connect() as connection:
            row = connection.execute(select(sub).where(sub.c.id == wanted)).first()
            if row is None:
                return None
            item = self._actor_item(row)
            story_ids = select(story_event_actors.c.story_event_id).where(story_event_actors.c.entity_id == row.id)
            stories = connection.execute(
                select(story_events)
                .where(story_events.c.id.in_(story_ids))
                .order_by(story_events.c.date_start.is_(None), story_events.c.date_start, story_events.c.id)
            ).all()
            actors = self._actors_of(connection, [s.id for s in stories])
            other = story_event_actors.alias("other")
            partners = connection.execute(
                select(entities.c.id, entities.c.name, entities.c.actor_code, func.count(func.distinct(other.c.story_event_id)).label("count"))
                .join(other, other.c.entity_id == entities.c.id)
                .where(other.c.story_event_id.in_(story_ids), entities.c.id != row.id)
                .group_by(entities.c.id, entities.c.name, entities.c.actor_code)
                .order_by(func.count(func.distinct(other.c.story_event_id)).desc(), entities.c.id)
            ).all()
        item["story_events"] = [self._story_item(s, actors[s.id]) for s in stories]
        item["partners"] = [{"id": p.id, "name": p.name, "actor_code": p.actor_code, "count": p.count} for p in partners]
        return item

    def graph(self) -> dict:
        """Actor–actor edges (source acts on target) with story-event counts and mean intensity:
        {nodes: [{id, name, type, actor_code, country}], edges: [{source, target, count, mean_intensity}]}."""
        source = story_event_actors.alias("source")
        target = story_event_actors.alias("target")
        query = (
            select(
                source.c.entity_id.label("source"),
                target.c.entity_id.label("target"),
                func.count().label("count"),
                func.avg(story_events.c.intensity).label("mean_intensity"),
            )
            .join(
                target,
                and_(target.c.story_event_id == source.c.story_event_id, target.c.role == "target"),
            )
            .join(story_events, story_events.c.id == source.c.story_event_id)
            .where(source.c.role == "source", source.c.entity_id != target.c.entity_id)
            .group_by(source.c.entity_id, target.c.entity_id)
            .order_by(func.count().desc(), source.c.entity_id, target.c.entity_id)
        )
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
            ids = sorted({r.source for r in rows} | {r.target for r in rows})
            nodes = []
            for start in range(0, len(ids), 500):
                nodes += connection.execute(
                    select(entities.c.id, entities.c.name, entities.c.type, entities.c.actor_code, entities.c.country)
                    .where(entities.c.id.in_(ids[start : start + 500]))
                    .order_by(entities.c.id)
                ).all()
        return {
            "nodes": [dict(n._mapping) for n in nodes],
            "edges": [
                {
                    "source": r.source,
                    "target": r.target,
                    "count": int(r.count),
                    "mean_intensity": None if r.mean_intensity is None else round(float(r.mean_intensity), 3),
                }
                for r in rows
            ],
        }

    # --- articles --------------------------------------------------------------------------------

    def articles(self, limit: int = 50, offset: int = 0) -> list[dict]:
        """Stored articles, newest first: [{id, title, url, source, published, path, events, entities}]."""
        event_counts = (
            select(events.c.article_id, func.count().label("n")).group_by(events.c.article_id).subquery()
        )
        entity_counts = (
            select(article_entities.c.article_id, func.count().label("n"))
            .group_by(article_entities.c.article_id)
            .subquery()
        )
        query = (
            select(
                articles.c.id,
                articles.c.title,
                articles.c.url,
                articles.c.source,
                articles.c.published,
                articles.c.path,
                func.coalesce(event_counts.c.n, 0).label("events"),
                func.coalesce(entity_counts.c.n, 0).label("entities"),
            )
            .outerjoin(event_counts, event_counts.c.article_id == articles.c.id)
            .outerjoin(entity_counts, entity_counts.c.article_id == articles.c.id)
            .order_by(articles.c.published.is_(None), articles.c.published.desc(), articles.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query).all()]

    def article(self, article_id: int | str) -> dict | None:
        """The analysis JSON of one article (document with title, url, published, text; sentences;
        entities with mentions; timexes; events with triggers; claims), plus ``id``, ``story_events``
        ({event id in the analysis: story event id}) and ``actors`` ({entity id in the analysis:
        the chronicle's actor id}, for links to actor pages)."""
        with self.engine.connect() as connection:
            row = connection.execute(select(articles).where(articles.c.id == as_id(article_id))).first()
            if row is None:
                return None
            links = connection.execute(
                select(events.c.local_id, events.c.story_event_id).where(events.c.article_id == row.id)
            ).all()
            actors = connection.execute(
                select(article_entities.c.local_id, article_entities.c.entity_id).where(
                    article_entities.c.article_id == row.id
                )
            ).all()
        analysis = json.loads(row.analysis)
        analysis["document"]["text"] = row.text
        return {
            "id": row.id,
            **analysis,
            "story_events": {link.local_id: link.story_event_id for link in links},
            "actors": {actor.local_id: actor.entity_id for actor in actors},
        }

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
        """Articles matching every word of the query in any inflected form, best first:
        [{id, title, url, published, snippet, score}]."""
        from litopys.store.search import ranked_article_ids, snippet

        with self.engine.connect() as connection:
            ranked = ranked_article_ids(connection, query, limit, offset)
            if not ranked:
                return []
            rows = {
                row.id: row
                for row in connection.execute(
                    select(articles.c.id, articles.c.title, articles.c.url, articles.c.published, articles.c.text).where(
                        articles.c.id.in_([article_id for article_id, _ in ranked])
                    )
                ).all()
            }
        return [
            {
                "id": article_id,
                "title": rows[article_id].title,
                "url": rows[article_id].url,
                "published": rows[article_id].published,
                "snippet": snippet(rows[article_id].text, query),
                "score": score,
            }
            for article_id, score in ranked
            if article_id in rows
        ]

    def errors(self, limit: int = 100) -> list[dict]:
        """Inputs that could not be stored: [{input, reason, at}]."""
        with self.engine.connect() as connection:
            rows = connection.execute(select(errors).order_by(errors.c.id).limit(limit)).all()
        return [{"input": r.input, "reason": r.reason, "at": r.at} for r in rows]

    # --- export ----------------------------------------------------------------------------------

    def export(self, format: str, path_or_stream: str | IO[Any]) -> int:
        """Write every story event as ``plover-jsonl``, ``csv`` (GDELT-like) or ``parquet``; returns the count."""
        from litopys.store.export import export

        return export(self, format, path_or_stream)


def open_chronicle(url: str | None = None) -> Chronicle:
    """Open (creating and migrating as needed) the chronicle at ``url``, ``$LITOPYS_DB`` or the default."""
    return Chronicle(url)
