"""Merging event mentions from many articles into story events.

Two mentions report the same story event when they have the same PLOVER type, share an actor and
have compatible dates: the same day, or the less precise date containing the more precise one
("липень 2023" contains "26 липня 2023"). A mention without a date or without actors carries too
little to merge on overlap, so it joins only a story event with exactly its date and actor set,
reported on the same day.
Counts follow GDELT: mentions, distinct articles (NumArticles) and distinct sources (NumSources).
"""

from __future__ import annotations

import calendar
import json
import re
from collections import Counter
from datetime import date, timedelta
from urllib.parse import urlparse

from sqlalchemy import Connection, delete, insert, select, update

from litopys.store.schema import articles, events, story_event_actors, story_events

DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MONTH = re.compile(r"(\d{4})-(\d{2})")
YEAR = re.compile(r"(\d{4})")
WEEK = re.compile(r"(\d{4})-W(\d{2})")
QUARTER = re.compile(r"(\d{4})-Q([1-4])")
HALF = re.compile(r"(\d{4})-H([12])")
SUMMARY_CHARS = 300


def date_range(value: str | None) -> tuple[str, str] | None:
    """First and last ISO day a TIMEX value covers (``2023-07`` → 2023-07-01..2023-07-31), or None
    for values that name no calendar span (``PRESENT_REF``, vague expressions)."""
    if not value:
        return None
    if "/" in value:  # an interval: from the start of the first to the end of the second
        first, _, last = value.partition("/")
        a, b = date_range(first), date_range(last)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    value = value.split("T", 1)[0]
    try:
        if m := DAY.fullmatch(value):
            day = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            return day, day
        if m := WEEK.fullmatch(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
        if m := MONTH.fullmatch(value):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1).isoformat(), date(year, month, calendar.monthrange(year, month)[1]).isoformat()
        if m := QUARTER.fullmatch(value):
            year, first = int(m[1]), 3 * int(m[2]) - 2
            return date(year, first, 1).isoformat(), date(year, first + 2, calendar.monthrange(year, first + 2)[1]).isoformat()
        if m := HALF.fullmatch(value):
            year, first = int(m[1]), 6 * int(m[2]) - 5
            return date(year, first, 1).isoformat(), date(year, first + 5, calendar.monthrange(year, first + 5)[1]).isoformat()
        if m := YEAR.fullmatch(value):
            return f"{m[1]}-01-01", f"{m[1]}-12-31"
    except ValueError:  # 2023-02-30 and the like
        return None
    return None


def compatible(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Whether one date range contains the other (equal days included)."""
    if a is None or b is None:
        return False
    return (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])


def span_days(r: tuple[str, str]) -> int:
    return (date.fromisoformat(r[1]) - date.fromisoformat(r[0])).days


def actor_key(actor_ids: set[int]) -> str:
    return ",".join(str(i) for i in sorted(actor_ids))


def source_name(source: str | None, url: str | None) -> str:
    """What counts as one source: the site's name, else the URL's host, else unknown ("")."""
    if source:
        return source.strip().lower()
    if url:
        return urlparse(url).netloc.lower().removeprefix("www.")
    return ""


def find_story_event(
    connection: Connection,
    type_: str,
    value: str | None,
    source_ids: list[int],
    target_ids: list[int],
    published: str | None = None,
) -> int | None:
    """The story event a new mention belongs to, or None when it starts a new one. ``published`` is
    the reporting article's date: undated mentions only join stories reported on that same day."""
    actors = set(source_ids) | set(target_ids)
    span = date_range(value)
    if not actors or span is None:
        same_day = (
            select(events.c.id)
            .join(articles, articles.c.id == events.c.article_id)
            .where(
                events.c.story_event_id == story_events.c.id,
                articles.c.published.is_(None) if published is None else articles.c.published == published,
            )
            .exists()
        )
        query = select(story_events.c.id).where(
            story_events.c.type == type_, story_events.c.actor_key == actor_key(actors), same_day
        )
        query = query.where(story_events.c.date.is_(None) if value is None else story_events.c.date == value)
        return connection.execute(query.order_by(story_events.c.id).limit(1)).scalar()
    sharing = (
        select(story_event_actors.c.story_event_id)
        .where(story_event_actors.c.entity_id.in_(sorted(actors)))
        .distinct()
    )
    candidates = connection.execute(
        select(story_events.c.id, story_events.c.date_start, story_events.c.date_end, story_events.c.mentions)
        .where(
            story_events.c.type == type_,
            story_events.c.id.in_(sharing),
            story_events.c.date_start <= span[1],
            story_events.c.date_end >= span[0],
        )
        .order_by(story_events.c.id)
    ).all()
    fitting = [c for c in candidates if compatible((c.date_start, c.date_end), span)]
    if not fitting:
        return None
    # Prefer the closest date (same precision first), then the best-attested story, then the oldest.
    best = min(fitting, key=lambda c: (abs(span_days((c.date_start, c.date_end)) - span_days(span)), -c.mentions, c.id))
    return best.id


def new_story_event(connection: Connection, type_: str) -> int:
    return connection.execute(
        insert(story_events).values(type=type_, actor_key="", mentions=0, articles=0, sources=0)
    ).inserted_primary_key[0]


def most_common(values: list) -> object:
    """The most frequent non-empty value (ties: the first seen), or None."""
    counts = Counter(v for v in values if v not in (None, ""))
    return max(counts, key=lambda v: (counts[v], -values.index(v))) if counts else None


def summary_of(rows: list, story_date: str | None) -> str:
    """The sentence of the earliest mention that gives the story's own date (else the earliest)."""
    row = next((r for r in rows if r.date == story_date), rows[0])
    return (row.text or row.trigger_text or "")[:SUMMARY_CHARS]


def refresh_story_events(connection: Connection, story_ids: set[int]) -> None:
    """Recompute actors, date and counts of story events from their mentions; delete the empty ones."""
    for story_id in sorted(story_ids):
        rows = connection.execute(
            select(events, articles.c.source.label("article_source"), articles.c.url.label("article_url"))
            .join(articles, articles.c.id == events.c.article_id)
            .where(events.c.story_event_id == story_id)
            .order_by(articles.c.published, events.c.article_id, events.c.id)
        ).all()
        if not rows:
            connection.execute(delete(story_events).where(story_events.c.id == story_id))
            continue
        sources = {role: set() for role in ("source", "target")}
        for row in rows:
            sources["source"].update(json.loads(row.source_ids or "[]"))
            sources["target"].update(json.loads(row.target_ids or "[]"))
        connection.execute(delete(story_event_actors).where(story_event_actors.c.story_event_id == story_id))
        actor_rows = [
            {"story_event_id": story_id, "entity_id": entity_id, "role": role}
            for role, ids in sources.items()
            for entity_id in sorted(ids)
        ]
        if actor_rows:
            connection.execute(insert(story_event_actors), actor_rows)
        dated = [(row.date, date_range(row.date)) for row in rows if date_range(row.date)]
        # The most precise date that every other dated mention contains (else the least precise one).
        agreed = [d for d in dated if all(compatible(d[1], other[1]) for other in dated)]
        chosen = min(agreed or dated, key=lambda d: span_days(d[1]) if agreed else -span_days(d[1]), default=None)
        if chosen is None and rows[0].date:
            chosen = (rows[0].date, None)
        intensities = [row.intensity for row in rows if row.intensity is not None]
        connection.execute(
            update(story_events)
            .where(story_events.c.id == story_id)
            .values(
                mode=most_common([row.mode for row in rows]),
                date=chosen[0] if chosen else None,
                date_start=chosen[1][0] if chosen and chosen[1] else None,
                date_end=chosen[1][1] if chosen and chosen[1] else None,
                modality=most_common([row.modality for row in rows]),
                quad=most_common([row.quad for row in rows]),
                cameo=most_common([row.cameo for row in rows]),
                intensity=round(sum(intensities) / len(intensities), 3) if intensities else None,
                location=most_common([row.location for row in rows]),
                summary=summary_of(rows, chosen[0] if chosen else None),
                actor_key=actor_key(sources["source"] | sources["target"]),
                mentions=len(rows),
                articles=len({row.article_id for row in rows}),
                sources=len({source_name(row.article_source, row.article_url) for row in rows}),
            )
        )
