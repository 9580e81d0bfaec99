"""Entities: actors found by gazetteer, statistical NER and morphology, canonicalised and coded."""

from __future__ import annotations

from litopys.doc import Document


class EntityRecognizer:
    """Placeholder until the gazetteer and the NER model land (issues 2 and 3)."""

    def __init__(self, model: str | None = None, use_model: bool = True) -> None:
        self.model = model
        self.use_model = use_model

    def __call__(self, document: Document) -> Document:
        return document
