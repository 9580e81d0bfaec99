"""Dates: temporal expressions normalised to TIMEX3-style ISO values."""

from __future__ import annotations

from litopys.doc import Document


def normalise(document: Document) -> Document:
    return document
