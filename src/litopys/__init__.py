"""litopys (літопис, a chronicle): Ukrainian news turned into a dated, sourced chronicle of events."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from litopys.doc import Document
    from litopys.store import Chronicle


def analyze(text: str, *, published: str | None = None, title: str | None = None, raw: bool = False) -> Document:
    """Analyse one Ukrainian text: actors, dates, events and claims as spans over it."""
    from litopys.pipeline import analyze_text

    return analyze_text(text, published=published, title=title, raw=raw)


def open(url: str | None = None) -> Chronicle:  # noqa: A001 - litopys.open(url) is the documented API
    """Open the chronicle database at ``url`` (SQLAlchemy URL or a SQLite file path), else ``$LITOPYS_DB``,
    else the default SQLite file in the user's data folder; the schema is created or migrated on open."""
    from litopys.store import open_chronicle

    return open_chronicle(url)
