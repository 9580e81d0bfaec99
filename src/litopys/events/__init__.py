"""Events: PLOVER coding of who did what to whom."""

from __future__ import annotations

from litopys.doc import Document


def code_events(document: Document) -> Document:
    return document
