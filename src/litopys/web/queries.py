"""Small read-only questions the pages ask, answered through the ``Chronicle`` object's queries."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any


def actor_resolver(by_local_id: dict[str, dict[str, Any]]) -> Callable[[Any], list[dict[str, Any]]]:
    """Turns an article event's source/target/attributed_to (entity ids, names or dicts) into
    ``{name, actor_code}`` records for display."""

    def resolve(values: Any) -> list[dict[str, Any]]:
        if values is None:
            return []
        if not isinstance(values, list):
            values = [values]
        resolved = []
        for value in values:
            if isinstance(value, dict):
                resolved.append({"name": value.get("name") or value.get("id"), "actor_code": value.get("actor_code")})
            elif str(value) in by_local_id:
                entity = by_local_id[str(value)]
                resolved.append({"name": entity.get("name"), "actor_code": entity.get("actor_code")})
            elif value:
                resolved.append({"name": str(value), "actor_code": None})
        return resolved

    return resolve


def first_report(store: Any, story_event_id: int) -> int | None:
    """The id of the earliest article that reports a story event."""
    event = store.story_event(story_event_id)
    mentions = (event or {}).get("mentions") or []
    return mentions[0]["article_id"] if mentions else None


def quad_key(quad: str | None) -> str | None:
    """The store's quad class ("verbal cooperation") as a CSS-friendly key ("verbal_cooperation")."""
    return quad.replace(" ", "_") if quad else None


def is_conflict(item: dict[str, Any]) -> bool:
    return (item.get("quad") or "").endswith("conflict")


def month_range(first: tuple[int, int], last: tuple[int, int]) -> list[str]:
    """Every month from ``first`` to ``last`` (year, month) as YYYY-MM."""
    periods = []
    year, month = first
    while (year, month) <= last:
        periods.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


def activity_bins(items: list[dict[str, Any]], max_months: int = 72) -> list[dict[str, Any]]:
    """Cooperation and conflict counts per month (per year when the months span more than
    ``max_months``), every period in between included so the chart's axis is even."""
    dated = [(item["date"], is_conflict(item)) for item in items if re.match(r"\d{4}", item.get("date") or "")]
    if not dated:
        return []
    months = sorted((int(d[:4]), int(d[5:7])) for d, _ in dated if re.match(r"\d{4}-\d{2}", d))
    monthly = bool(months) and (months[-1][0] - months[0][0]) * 12 + months[-1][1] - months[0][1] < max_months
    if monthly:
        periods = month_range(months[0], months[-1])
    else:
        years = [int(d[:4]) for d, _ in dated]
        periods = [str(year) for year in range(min(years), max(years) + 1)]
    bins = {period: {"period": period, "cooperation": 0, "conflict": 0} for period in periods}
    for date, conflict in dated:
        key = date[:7] if monthly else date[:4]
        if key in bins:  # a year-only date has no month to fall in on a monthly axis
            bins[key]["conflict" if conflict else "cooperation"] += 1
    return list(bins.values())


def partner_balance(
    items: list[dict[str, Any]], partners: list[dict[str, Any]], actor_id: Any, limit: int
) -> list[dict[str, Any]]:
    """The actor's most frequent partners with how many of their shared events are conflict."""
    conflict: dict[Any, int] = {}
    for item in items:
        if not is_conflict(item):
            continue
        for other in (item.get("source") or []) + (item.get("target") or []):
            if other.get("id") != actor_id:
                conflict[other.get("id")] = conflict.get(other.get("id"), 0) + 1
    return [
        {"id": p.get("id"), "name": p.get("name"), "count": p.get("count", 0), "conflict": conflict.get(p.get("id"), 0)}
        for p in partners[:limit]
    ]


class ReadCache:
    """Remembers the chronicle's aggregate reads (actor lists, one actor, the graph) until the store
    changes: each answer is kept with the store's counts when it was computed and a time limit, so a
    new article, event or entity (or ``ttl`` seconds) makes it stale. These reads group the whole
    store and take a few hundred ms on 100,000 events; every page shows one of them.

    Callers must not change what they get back: the same objects go to every request.
    """

    def __init__(self, store: Any, ttl: float = 60.0, size: int = 256) -> None:
        self.store = store
        self.ttl = ttl
        self.size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple, tuple[tuple, float, Any]] = OrderedDict()

    def __contains__(self, key: tuple) -> bool:
        with self._lock:
            return key in self._entries

    def fingerprint(self) -> tuple:
        return tuple(sorted(self.store.stats().items()))

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        mark, now = self.fingerprint(), time.monotonic()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == mark and now - entry[1] < self.ttl:
                self._entries.move_to_end(key)
                return entry[2]
        value = compute()
        with self._lock:
            self._entries[key] = (mark, now, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def actors(self, top: int | None) -> list[dict[str, Any]]:
        return self.get(("actors", top), lambda: self.store.actors(top=top))

    def actor(self, actor_id: int) -> dict[str, Any] | None:
        return self.get(("actor", actor_id), lambda: self.store.actor(actor_id))

    def graph(self) -> dict[str, Any]:
        return self.get(("graph",), self.store.graph)

    def warm(self) -> None:
        """Compute what the home, timeline and actors pages ask for; a failure here only means the
        first page computes it instead, so it is logged, not raised."""
        try:
            for top in (15, 200):
                self.actors(top)
            self.graph()
        except Exception as error:  # a store that went away during start-up must not kill the thread noisily
            logging.getLogger("litopys.web").warning("warm-up stopped: %s: %s", type(error).__name__, error)


def latest_story_events(store: Any, count: int) -> list[dict[str, Any]]:
    """The story events of the most recently published articles, newest first (each once)."""
    seen: list[int] = []
    for mention in store.events(limit=count * 4):
        story = mention.get("story_event_id")
        if story is not None and story not in seen:
            seen.append(story)
        if len(seen) == count:
            break
    return [event for event in (store.story_event(story) for story in seen) if event]


def partner_links(items: list[dict[str, Any]], partner_ids: set[Any], actor_id: Any) -> list[dict[str, Any]]:
    """Who acts on whom among an actor's partners, within the actor's own story events: one link per
    (source, target) pair of partners with how many events join them."""
    counts: dict[tuple[Any, Any], int] = {}
    for item in items:
        for source in item.get("source") or []:
            for target in item.get("target") or []:
                pair = (source.get("id"), target.get("id"))
                if actor_id not in pair and pair[0] != pair[1] and set(pair) <= partner_ids:
                    counts[pair] = counts.get(pair, 0) + 1
    return [{"source": source, "target": target, "count": count} for (source, target), count in counts.items()]
