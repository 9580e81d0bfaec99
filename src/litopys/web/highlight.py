"""Article text cut into nested marked pieces (entities, dates, event triggers) for the article page.

The page template renders the tree with Jinja's autoescape, so the untrusted article text only ever
reaches the browser escaped; nothing here builds HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KIND_ORDER = {"trigger": 0, "entity": 1, "date": 2}  # which wins when two marks cover the same text


@dataclass
class Mark:
    """One highlighted span: ``kind`` is entity, date or trigger; ``ref`` points into the page's lists."""

    kind: str
    start: int
    end: int
    ref: str
    title: str = ""
    label: str = ""
    children: list[Mark | str] = field(default_factory=list)


def article_marks(article: dict[str, Any]) -> list[Mark]:
    """Every span of the article's analysis as a flat list of marks (unsorted)."""
    marks: list[Mark] = []
    for entity in article.get("entities") or []:
        ref = str(entity.get("id", ""))
        for mention in entity.get("mentions") or []:
            marks.append(
                Mark("entity", mention["start"], mention["end"], ref, title=entity.get("name") or "", label=entity.get("type") or "")
            )
    for index, timex in enumerate(article.get("timexes") or []):
        marks.append(Mark("date", timex["start"], timex["end"], str(index), title=timex.get("value") or ""))
    for index, event in enumerate(article.get("events") or []):
        trigger = event.get("trigger") or {}
        if trigger.get("start") is None or trigger.get("end") is None:
            continue
        marks.append(Mark("trigger", trigger["start"], trigger["end"], str(index), title=event.get("type") or ""))
    return marks


def nest_marks(text: str, marks: list[Mark]) -> list[Mark | str]:
    """The text as a list of plain strings and marks, marks nested inside each other.

    Marks that cross an enclosing mark are cut at its end (spans from different stages rarely
    cross, and a page cannot show crossing highlights); empty or out-of-range marks are dropped.
    """
    ordered = sorted(
        (m for m in marks if 0 <= m.start < m.end <= len(text)),
        key=lambda m: (m.start, -m.end, KIND_ORDER.get(m.kind, 9)),
    )
    root = Mark("root", 0, len(text), "")
    stack = [root]
    cursors = [0]  # how far each open mark's children have consumed the text

    def close_top() -> None:
        mark = stack.pop()
        cursor = cursors.pop()
        if cursor < mark.end:
            mark.children.append(text[cursor : mark.end])
        cursors[-1] = mark.end

    for mark in ordered:
        while len(stack) > 1 and mark.start >= stack[-1].end:
            close_top()
        parent = stack[-1]
        if mark.end > parent.end:
            mark.end = parent.end
        if mark.start < cursors[-1] or mark.start >= mark.end:
            continue  # fully shadowed by an earlier sibling
        if cursors[-1] < mark.start:
            parent.children.append(text[cursors[-1] : mark.start])
        parent.children.append(mark)
        cursors[-1] = mark.start
        stack.append(mark)
        cursors.append(mark.start)
    while len(stack) > 1:
        close_top()
    if cursors[0] < len(text):
        root.children.append(text[cursors[0] :])
    return root.children
