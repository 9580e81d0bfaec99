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

from sqlalchemy import Connection, delete, func, insert, select, update

from litopys.store.schema import articles, events, story_event_actors, story_events

DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
MONTH = re.compile(r"(\d{4})-(\d{2})")
YEAR = re.compile(r"(\d{4})")
DECADE = re.compile(r"(\d{3})")
WEEK = re.compile(r"(\d{4})-W(\d{2})")
PART = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
# First month and length in months of quarters, halves and TIMEX3 seasons (winter runs into the next year).
PART_MONTHS = {"Q1": (1, 3), "Q2": (4, 3), "Q3": (7, 3), "Q4": (10, 3), "H1": (1, 6), "H2": (7, 6),
               "SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}
SUMMARY_CHARS = 300


def month_span(year: int, first_month: int, months: int) -> tuple[str, str]:
    """First and last day of ``months`` calendar months from ``first_month`` of ``year``."""
    last_year, last_month = divmod(first_month - 1 + months - 1, 12)
    last_year, last_month = year + last_year, last_month + 1
    last_day = calendar.monthrange(last_year, last_month)[1]
    return date(year, first_month, 1).isoformat(), date(last_year, last_month, last_day).isoformat()


def date_range(value: str | None) -> tuple[str, str] | None:
    """First and last ISO day a TIMEX value covers (``2023-07`` → 2023-07-01..2023-07-31, ``2023-WI`` →
    2023-12-01..2024-02-29), or None for values that name no closed calendar span (``PRESENT_REF``,
    durations, open intervals such as ``2014/..``)."""
    if not value:
        return None
    if "/" in value:  # an interval: from the start of the first to the end of the second
        first, _, last = value.partition("/")
        a, b = date_range(first), date_range(last)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    value = value.split("T", 1)[0]  # a time of day (2023-07-30T15:00, 2023-07-30TEV) is within its day
    try:
        if m := DAY.fullmatch(value):
            day = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            return day, day
        if m := WEEK.fullmatch(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
        if m := MONTH.fullmatch(value):
            return month_span(int(m[1]), int(m[2]), 1)
        if m := PART.fullmatch(value):
            return month_span(int(m[1]), *PART_MONTHS[m[2]])
        if m := YEAR.fullmatch(value):
            return month_span(int(m[1]), 1, 12)
        if m := DECADE.fullmatch(value):
            return month_span(int(m[1]) * 10, 1, 120)
    except ValueError:  # 2023-02-30, 2023-W54 and the like
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


def most_common(counts: Counter) -> object:
    """The most frequent non-empty value (ties: the smallest, so every run and backend agrees), or None."""
    counts = Counter({value: n for value, n in counts.items() if value not in (None, "")})
    return min(counts, key=lambda value: (-counts[value], str(value))) if counts else None


def story_date(dates: list[str]) -> tuple[str, tuple[str, str] | None] | None:
    """The most precise date every dated mention agrees on (else the least precise), with its range."""
    dated = [(value, date_range(value)) for value in sorted(dates) if date_range(value)]
    agreed = [d for d in dated if all(compatible(d[1], other[1]) for other in dated)]
    if agreed:
        return min(agreed, key=lambda d: (span_days(d[1]), d[0]))
    if dated:
        return max(dated, key=lambda d: (span_days(d[1]), d[0]))
    return (sorted(dates)[0], None) if dates else None


def add_story_actors(connection: Connection, story_id: int, source_ids: list[int], target_ids: list[int]) -> None:
    """Record a new mention's actors on its story event (those already there stay)."""
    present = {
        (entity_id, role)
        for entity_id, role in connection.execute(
            select(story_event_actors.c.entity_id, story_event_actors.c.role).where(
                story_event_actors.c.story_event_id == story_id
            )
        )
    }
    rows = [
        {"story_event_id": story_id, "entity_id": entity_id, "role": role}
        for role, ids in (("source", source_ids), ("target", target_ids))
        for entity_id in sorted(set(ids))
        if (entity_id, role) not in present
    ]
    if rows:
        connection.execute(insert(story_event_actors), rows)


def rebuild_story_actors(connection: Connection, story_id: int) -> None:
    """Actors of a story event from its remaining mentions (after an article was deleted)."""
    connection.execute(delete(story_event_actors).where(story_event_actors.c.story_event_id == story_id))
    sources: set[int] = set()
    targets: set[int] = set()
    for source_ids, target_ids in connection.execute(
        select(events.c.source_ids, events.c.target_ids).where(events.c.story_event_id == story_id)
    ):
        sources.update(json.loads(source_ids or "[]"))
        targets.update(json.loads(target_ids or "[]"))
    add_story_actors(connection, story_id, sorted(sources), sorted(targets))


def refresh_story_events(connection: Connection, story_ids: set[int], *, rebuild_actors: bool = True) -> None:
    """Recompute date, counts and summary of story events from their mentions, with SQL aggregates
    (a story reported a thousand times costs a few indexed queries, not a thousand rows); delete
    the story events left without mentions. ``rebuild_actors`` also recomputes their actors."""
    for story_id in sorted(story_ids):
        mine = events.c.story_event_id == story_id
        mentions, article_count, intensity = connection.execute(
            select(func.count(), func.count(func.distinct(events.c.article_id)), func.avg(events.c.intensity)).where(mine)
        ).one()
        if not mentions:
            connection.execute(delete(story_events).where(story_events.c.id == story_id))
            continue
        if rebuild_actors:
            rebuild_story_actors(connection, story_id)
        source_count = connection.execute(
            select(func.count(func.distinct(articles.c.source_key)))
            .select_from(events.join(articles, articles.c.id == events.c.article_id))
            .where(mine)
        ).scalar_one()
        dates = list(connection.execute(select(events.c.date).where(mine, events.c.date.is_not(None)).distinct()).scalars())
        chosen = story_date(dates)
        fields = ("mode", "modality", "quad", "cameo", "location")
        tallies: dict[str, Counter] = {name: Counter() for name in fields}
        for row in connection.execute(
            select(*(events.c[name] for name in fields), func.count().label("n")).where(mine).group_by(*(events.c[name] for name in fields))
        ):
            for name in fields:
                tallies[name][row._mapping[name]] += row.n
        first = (
            select(events.c.text, events.c.trigger_text)
            .join(articles, articles.c.id == events.c.article_id)
            .where(mine, events.c.date == chosen[0] if chosen else events.c.date.is_(None))
            .order_by(articles.c.published.is_(None), articles.c.published, events.c.article_id, events.c.id)
            .limit(1)
        )
        summary = connection.execute(first).first()
        actor_ids = connection.execute(
            select(story_event_actors.c.entity_id).where(story_event_actors.c.story_event_id == story_id).distinct()
        ).scalars()
        connection.execute(
            update(story_events)
            .where(story_events.c.id == story_id)
            .values(
                date=chosen[0] if chosen else None,
                date_start=chosen[1][0] if chosen and chosen[1] else None,
                date_end=chosen[1][1] if chosen and chosen[1] else None,
                intensity=None if intensity is None else round(float(intensity), 3),
                summary=((summary.text or summary.trigger_text or "") if summary else "")[:SUMMARY_CHARS],
                actor_key=actor_key(set(actor_ids)),
                mentions=mentions,
                articles=article_count,
                sources=source_count,
                **{name: most_common(tallies[name]) for name in fields},
            )
        )
