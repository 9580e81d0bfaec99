"""The chronicle store: analysed articles, entities and story events merged across articles.

``litopys.open(url)`` gives a ``Chronicle`` with the queries the CLI (`litopys stats`, `timeline`,
`search`, `actors`, `graph`, `export`) and the web API answer. SQLite by default, PostgreSQL on the
same code. Names are imported lazily so the CLI starts without loading SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from litopys.store.chronicle import Chronicle, open_chronicle
    from litopys.store.db import resolve_url

__all__ = ["Chronicle", "open_chronicle", "resolve_url"]


def __getattr__(name: str) -> Any:
    if name in ("Chronicle", "open_chronicle"):
        from litopys.store import chronicle

        return getattr(chronicle, name)
    if name == "resolve_url":
        from litopys.store.db import resolve_url

        return resolve_url
    raise AttributeError(name)
