"""Events: PLOVER coding of who did what to whom, with claims, attribution and modality.

``code_events`` is the last pipeline stage: it reads the tokens, entities and dates the earlier stages
added and fills ``document.events`` and ``document.claims`` (see ``coder`` and its parts for the rules and
``lang/uk/events`` for the patterns and cue words).
"""

from __future__ import annotations

from litopys.doc import Document
from litopys.events.coder import code_document


def code_events(document: Document) -> Document:
    """Code the document's PLOVER events and claims."""
    return code_document(document)
