"""articles.source_key: what counts as one source (site name, else URL host), so story events count
their distinct sources in SQL instead of reading every mention.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from urllib.parse import urlparse

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def source_key(source: str | None, url: str | None) -> str:
    """Frozen copy of litopys.store.merge.source_name as of this revision."""
    if source:
        return source.strip().lower()
    if url:
        return urlparse(url).netloc.lower().removeprefix("www.")
    return ""


def upgrade() -> None:
    # A plain ADD COLUMN on both backends (a batch copy of the table would cascade-delete on SQLite).
    op.add_column("articles", sa.Column("source_key", sa.Text, nullable=False, server_default=""))
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, source, url FROM articles")).all()
    for row in rows:
        key = source_key(row.source, row.url)
        if key:
            bind.execute(sa.text("UPDATE articles SET source_key = :key WHERE id = :id"), {"key": key, "id": row.id})


def downgrade() -> None:
    op.execute("ALTER TABLE articles DROP COLUMN source_key")  # SQLite 3.35+ and PostgreSQL
