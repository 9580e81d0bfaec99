"""Score coded events against a reference list (issue 4's matching rule).

A system event matches a reference event when the types are equal; the source countries overlap and the
target countries overlap (a side the reference leaves empty is not checked); for CONSULT, AGREE and
COOPERATE all participants count together and every reference participant (up to two) must be among
the system's; and the date is equal at the reference's precision ("2023-08" matches any day of that
month; an interval "A/B" matches a date inside it). Each event matches at most one on the other side
(maximum bipartite matching), so repeating an event does not inflate recall.

Reference participants are written as ISO alpha-3 codes (the country of the actor) or as actor names;
a system actor stands for its entity's ``country``, ``actor_code`` (and every three-letter prefix of it:
IGOUNOSCR is also IGOUNO and IGO) and its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from litopys.doc import Document, Event

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(slots=True)
class GoldEvent:
    """One reference event."""

    n: int
    type: str
    mode: str | None = None
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    date: str | None = None
    modality: str | None = None
    note: str = ""


@dataclass(slots=True)
class Score:
    """Precision, recall and what did not match."""

    precision: float
    recall: float
    f1: float
    matched: list[tuple[GoldEvent, Event]]
    missed: list[GoldEvent]
    extra: list[Event]

    def to_dict(self, document: Document) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": len(self.matched) + len(self.missed),
            "system": len(self.matched) + len(self.extra),
            "matched": [{"gold": g.n, "event": e.id} for g, e in self.matched],
            "missed": [gold_dict(g) for g in self.missed],
            "extra": [event_summary(e, document) for e in self.extra],
        }


def gold_dict(gold: GoldEvent) -> dict[str, Any]:
    return {
        "n": gold.n,
        "type": gold.type,
        "mode": gold.mode,
        "source": gold.source,
        "target": gold.target,
        "date": gold.date,
        "note": gold.note,
    }


def load_gold(path: str | Path) -> list[GoldEvent]:
    """Reference events from a YAML file with an ``events`` list (see tests/data/*.events.yaml)."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    events = raw["events"] if isinstance(raw, dict) else raw
    result = []
    for n, item in enumerate(events, 1):
        date = item.get("date")
        result.append(
            GoldEvent(
                n=int(item.get("n", n)),
                type=str(item["type"]).upper(),
                mode=item.get("mode"),
                source=[str(s) for s in item.get("source") or []],
                target=[str(t) for t in item.get("target") or []],
                date=None if date is None else str(date),
                modality=item.get("modality"),
                note=item.get("note", ""),
            )
        )
    return result


def _clean_name(name: str) -> str:
    return name.strip("\"'«»„“” ").lower()


def actor_keys(document: Document, entity_id: str) -> set[str]:
    """What an actor can be matched by: its country, actor code, code prefix and name."""
    entity = document.entity(entity_id)
    if entity is None:
        return set()
    keys = {_clean_name(entity.name)}
    for code in (entity.country, entity.actor_code):
        if code:
            # CAMEO codes nest by three letters: IGOUNOSCR (the Security Council) is also IGOUNO and IGO.
            keys.update(code.upper()[:end] for end in range(3, len(code) + 1, 3))
            keys.add(code.upper())
    return keys


def _matches(label: str, keys: set[str]) -> bool:
    return label.upper() in keys or _clean_name(label) in keys


def _covered(labels: list[str], actor_ids: list[str], document: Document) -> int:
    """How many reference labels some system actor stands for."""
    all_keys = [actor_keys(document, actor) for actor in actor_ids]
    return sum(1 for label in labels if any(_matches(label, keys) for keys in all_keys))


ISO_WEEK = re.compile(r"^(\d{4})-W(\d\d)(?:-WE)?$")


def week_monday(value: str) -> str | None:
    """The first day of a system week ("2023-W35", said "минулого тижня": its Monday) or weekend
    ("2026-W03-WE", "на вихідних": its Saturday); None when it is neither."""
    week = ISO_WEEK.match(value)
    if not week:
        return None
    day = 6 if value.endswith("-WE") else 1
    return date.fromisocalendar(int(week[1]), int(week[2]), day).isoformat()


def date_matches(gold: str | None, system: str | None) -> bool:
    if gold is None:
        return True
    if system is None:
        return False
    system_start = system.split("/")[0]
    if week_monday(gold):
        return system_start == gold
    monday = week_monday(system_start)
    if monday:  # a week matches a reference year, month or interval that holds it, never one day
        if len(gold) == 10:
            return False
        system_start = monday
    if "/" in gold:
        low, high = gold.split("/", 1)
        return low <= system_start[: len(low)] and system_start[: len(high)] <= high
    return system_start.startswith(gold)


def matches(gold: GoldEvent, event: Event, document: Document) -> bool:
    """Issue 4's rule: type, overlapping source and target countries, date at the reference's precision."""
    if gold.type != event.type or not date_matches(gold.date, event.date):
        return False
    if gold.type in SYMMETRIC:
        labels = list(dict.fromkeys(gold.source + gold.target))
        needed = min(2, len(labels))
        return _covered(labels, event.source + event.target, document) >= needed
    if gold.source and not _covered(gold.source, event.source, document):
        return False
    return not (gold.target and not _covered(gold.target, event.target, document))


def _max_matching(edges: list[list[int]], n_right: int) -> dict[int, int]:
    """Maximum bipartite matching by augmenting paths: left index → right index."""
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(len(edges)):
        augment(left, set())
    return {left: right for right, left in owner.items()}


def evaluate(document: Document, gold: list[GoldEvent]) -> Score:
    """Match the document's events against the reference and score them."""
    events = document.events
    edges = [[j for j, event in enumerate(events) if matches(g, event, document)] for g in gold]
    pairs = _max_matching(edges, len(events))
    matched = [(gold[i], events[j]) for i, j in sorted(pairs.items())]
    used = set(pairs.values())
    missed = [g for i, g in enumerate(gold) if i not in pairs]
    extra = [e for j, e in enumerate(events) if j not in used]
    precision = len(matched) / len(events) if events else 0.0
    recall = len(matched) / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, matched, missed, extra)


def _names(document: Document, ids: list[str]) -> list[str]:
    names = []
    for entity_id in ids:
        entity = document.entity(entity_id)
        names.append(entity.name if entity else entity_id)
    return names


def event_summary(event: Event, document: Document) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "source": _names(document, event.source),
        "target": _names(document, event.target),
        "date": event.date,
        "modality": event.modality,
        "sentence": event.sentence,
        "trigger": event.trigger.text,
    }


def format_score(score: Score, document: Document) -> str:
    """The readable report `litopys eval events` prints."""
    lines = [
        f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}  "
        f"(matched {len(score.matched)}, reference {len(score.matched) + len(score.missed)}, "
        f"system {len(score.matched) + len(score.extra)})"
    ]
    if score.missed:
        lines.append("missed reference events:")
        for g in score.missed:
            lines.append(
                f"  {g.n:>3} {g.type} {g.mode or ''}: {', '.join(g.source) or '-'} → {', '.join(g.target) or '-'}"
                f" {g.date or ''} {g.note}".rstrip()
            )
    if score.extra:
        lines.append("system events with no reference match:")
        for e in score.extra:
            s = event_summary(e, document)
            lines.append(
                f"  {e.id:>4} {e.type} {e.mode or ''}: {', '.join(s['source']) or '-'} → {', '.join(s['target']) or '-'}"
                f" {e.date or ''} [{e.modality}] «{e.trigger.text}» (sentence {e.sentence})"
            )
    return "\n".join(lines)
