"""The initial chronicle: articles, entities, events, story events, errors and the search index.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("locator", sa.Text, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("path", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("dct_inferred", sa.Boolean, nullable=False),
        sa.Column("lang", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("analysis", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.Text, nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("type", sa.Text),
        sa.Column("kind", sa.Text),
        sa.Column("actor_code", sa.Text),
        sa.Column("country", sa.Text),
        sa.Column("sector", sa.Text),
    )
    op.create_index("ix_entities_actor_code", "entities", ["actor_code"])
    op.create_table(
        "article_entities",
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("local_id", sa.Text, primary_key=True),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role", sa.Text),
        sa.Column("mentions", sa.Integer, nullable=False),
    )
    op.create_index("ix_article_entities_entity", "article_entities", ["entity_id"])
    op.create_table(
        "story_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("mode", sa.Text),
        sa.Column("date", sa.Text),
        sa.Column("date_start", sa.String(10)),
        sa.Column("date_end", sa.String(10)),
        sa.Column("modality", sa.Text),
        sa.Column("quad", sa.Text),
        sa.Column("cameo", sa.Text),
        sa.Column("intensity", sa.Float),
        sa.Column("location", sa.Text),
        sa.Column("summary", sa.Text),
        sa.Column("actor_key", sa.Text, nullable=False),
        sa.Column("mentions", sa.Integer, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("sources", sa.Integer, nullable=False),
    )
    op.create_index("ix_story_events_type_date", "story_events", ["type", "date_start"])
    op.create_index("ix_story_events_date", "story_events", ["date_start", "id"])
    op.create_table(
        "story_event_actors",
        sa.Column(
            "story_event_id", sa.Integer, sa.ForeignKey("story_events.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("role", sa.Text, primary_key=True),
    )
    op.create_index("ix_story_event_actors_entity", "story_event_actors", ["entity_id", "role"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("story_event_id", sa.Integer, sa.ForeignKey("story_events.id", ondelete="SET NULL")),
        sa.Column("local_id", sa.Text, nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("mode", sa.Text),
        sa.Column("date", sa.Text),
        sa.Column("date_source", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("modality", sa.Text),
        sa.Column("quad", sa.Text),
        sa.Column("cameo", sa.Text),
        sa.Column("intensity", sa.Float),
        sa.Column("confidence", sa.Float),
        sa.Column("sentence", sa.Integer),
        sa.Column("trigger_start", sa.Integer),
        sa.Column("trigger_end", sa.Integer),
        sa.Column("trigger_text", sa.Text),
        sa.Column("text", sa.Text),
        sa.Column("source_ids", sa.Text),
        sa.Column("target_ids", sa.Text),
        sa.UniqueConstraint("article_id", "local_id", name="uq_events_article_local"),
    )
    op.create_index("ix_events_story_event", "events", ["story_event_id"])
    op.create_table(
        "errors",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.Text, nullable=False),
        sa.UniqueConstraint("input", "reason", name="uq_errors_input_reason"),
    )
    if op.get_bind().dialect.name == "sqlite":
        # Lemmas of each article (rowid = articles.id); diacritics kept so й/ї stay distinct from и/і.
        op.execute("CREATE VIRTUAL TABLE article_search USING fts5(lemmas, tokenize='unicode61 remove_diacritics 0')")
    else:
        op.create_table(
            "article_search",
            sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
            sa.Column("lemmas", sa.Text, nullable=False),
        )
        op.execute("CREATE INDEX ix_article_search_tsv ON article_search USING gin (to_tsvector('simple', lemmas))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE article_search")
    else:
        op.drop_table("article_search")
    for table in ("errors", "events", "story_event_actors", "story_events", "article_entities", "entities", "articles"):
        op.drop_table(table)
