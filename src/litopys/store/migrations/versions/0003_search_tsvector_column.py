"""PostgreSQL: keep each article's tsvector in a stored generated column, so ranking reads it instead of
parsing the lemmas of every matching article again (SQLite's FTS5 table is unchanged).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "ALTER TABLE article_search ADD COLUMN tsv tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', lemmas)) STORED"
    )
    op.execute("CREATE INDEX ix_article_search_tsv_column ON article_search USING gin (tsv)")
    op.execute("DROP INDEX ix_article_search_tsv")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE INDEX ix_article_search_tsv ON article_search USING gin (to_tsvector('simple', lemmas))")
    op.execute("DROP INDEX ix_article_search_tsv_column")
    op.execute("ALTER TABLE article_search DROP COLUMN tsv")
