"""Brat standoff corpora (NER-UK's format): ``X.txt`` plus ``X.ann`` with ``T<n>\\t<LABEL> <start> <end>\\t<text>``.

Training and evaluation both read gold spans through this one reader, so they agree on what counts:
nested annotations keep the outermost span, discontinuous ones (``start end;start end``) are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(slots=True)
class BratDocument:
    name: str  # path relative to the corpus folder, without suffix (e.g. "bruk/0124bf2fdf35")
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    skipped: int = 0  # discontinuous or nested annotations left out


class BratError(ValueError):
    pass


# "T12<TAB>LABEL 10 15<TAB>text"; some NER-UK files separate label and offsets with tabs instead.
_TEXT_BOUND = re.compile(r"T\S*\t(\S+)[ \t]+(\d+[ \t]+\d+(?:;\d+[ \t]+\d+)*)(?:\t|$)")


def parse_ann(ann: str, text: str, name: str = "") -> tuple[list[tuple[int, int, str]], int]:
    """Text-bound annotations as (start, end, label), outermost only, sorted by offset."""
    candidates: list[tuple[int, int, str]] = []
    skipped = 0
    for number, line in enumerate(ann.splitlines(), 1):
        if not line.startswith("T"):
            continue  # relations, events, notes
        match = _TEXT_BOUND.match(line)
        if match is None:
            raise BratError(f"{name}.ann:{number}: malformed annotation line")
        label, offsets = match.group(1), match.group(2)
        if ";" in offsets:
            skipped += 1
            continue
        start, end = (int(value) for value in offsets.split())
        if not 0 <= start < end <= len(text):
            raise BratError(f"{name}.ann:{number}: offsets {start}-{end} outside the text")
        candidates.append((start, end, label))
    candidates.sort(key=lambda span: (span[0], -span[1]))
    spans: list[tuple[int, int, str]] = []
    for span in candidates:
        if spans and span[0] < spans[-1][1]:
            skipped += 1  # nested in (or overlapping) the previous outer span
            continue
        spans.append(span)
    return spans, skipped


def read_brat(folder: str | Path) -> list[BratDocument]:
    """Every ``.txt`` with an ``.ann`` beside it under ``folder`` (recursively), in name order."""
    root = Path(folder)
    if not root.is_dir():
        raise BratError(f"{folder}: not a folder")
    documents = []
    for txt in sorted(root.rglob("*.txt")):
        ann = txt.with_suffix(".ann")
        if not ann.is_file():
            continue
        name = txt.relative_to(root).with_suffix("").as_posix()
        text = txt.read_text(encoding="utf-8")
        spans, skipped = parse_ann(ann.read_text(encoding="utf-8"), text, name)
        documents.append(BratDocument(name, text, spans, skipped))
    if not documents:
        raise BratError(f"{folder}: no brat documents (X.txt with X.ann) found")
    return documents
