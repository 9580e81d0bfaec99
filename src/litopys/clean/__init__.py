"""Clean-up: remove site furniture and say what was removed.

Rules live in ``lang/uk/boilerplate.yaml``. Each removed line becomes a ``Removed`` span whose
offsets index the text as it was read, so nothing disappears silently; ``--raw`` skips this stage.
"""

from __future__ import annotations

import re
from functools import cache

from litopys.doc import Document, Removed
from litopys.lang import read_yaml


@cache
def _rules() -> tuple[list[tuple[re.Pattern[str], str, int | None]], re.Pattern[str], int]:
    data = read_yaml("boilerplate.yaml")
    rules = [
        (re.compile(rule["pattern"], re.IGNORECASE), rule["reason"], rule.get("max_words"))
        for rule in data["rules"]
    ]
    return rules, re.compile(data["rubric_bullet"]), int(data["rubric_max_words"])


def furniture_reason(line: str) -> str | None:
    """Why a line is site furniture, or None when it is article text."""
    stripped = line.strip()
    if not stripped:
        return None
    rules, _, _ = _rules()
    for pattern, reason, max_words in rules:
        if pattern.fullmatch(stripped) and (max_words is None or len(stripped.split()) <= max_words):
            return reason
    return None


def clean(document: Document) -> Document:
    """Drop furniture lines and trailing rubric bullets; normalise line ends."""
    text = document.text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    reasons = [furniture_reason(line) for line in lines]
    _, bullet, max_words = _rules()
    # Trailing rubric list: walk back from the end over blank, furniture and short bullet lines.
    for i in range(len(lines) - 1, -1, -1):
        stripped = lines[i].strip()
        if not stripped or reasons[i]:
            continue
        if bullet.fullmatch(stripped) and len(stripped.split()) <= max_words + 1:
            reasons[i] = "rubric"
            continue
        break
    kept: list[str] = []
    removed: list[Removed] = []
    for line, start, reason in zip(lines, offsets, reasons, strict=True):
        if reason:
            removed.append(Removed(start, start + len(line), line, reason))
        else:
            kept.append(line.rstrip())
    while kept and not kept[-1].strip():
        kept.pop()
    document.text = "\n".join(kept)
    document.removed = removed
    return document
