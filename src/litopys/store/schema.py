"""The chronicle's tables (SQLAlchemy 2 Core), the same on SQLite and PostgreSQL.

Three layers: ``articles`` with their full analysis JSON; per-article ``events`` (one row per event
mention, with the sentence and trigger that coded it); and the merged layer — ``entities`` shared
across articles and ``story_events`` that group the mentions of one real-world event. Derived rows
cascade from their article, so replacing or deleting an article is one ``DELETE`` in one
transaction. The search index (FTS5 on SQLite, a tsvector index on PostgreSQL) is created by the
migration because it differs per backend; see ``migrations/versions``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    # What identifies "the same article" when its content changes: its URL, else the path it was read from.
    Column("locator", Text, unique=True),
    Column("url", Text),
    Column("path", Text),
    Column("title", Text),
    Column("source", Text),
    Column("source_key", Text, nullable=False, server_default=""),  # one source for NumSources: site, else URL host
    Column("author", Text),
    Column("published", Text),
    Column("dct_inferred", Boolean, nullable=False, default=False),
    Column("lang", Text),
    Column("text", Text, nullable=False),
    Column("analysis", Text, nullable=False),  # Document.to_dict() without the text, as JSON
    Column("ingested_at", Text, nullable=False),
)
Index("ix_articles_published", articles.c.published)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    # Entities merge across articles on canonical name and actor code: key = "<actor_code>|<casefolded name>".
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("type", Text),
    Column("kind", Text),
    Column("actor_code", Text),
    Column("country", Text),
    Column("sector", Text),
)
Index("ix_entities_actor_code", entities.c.actor_code)

article_entities = Table(
    "article_entities",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("local_id", Text, primary_key=True),  # the entity's id inside the article's analysis
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("role", Text),
    Column("mentions", Integer, nullable=False),
)
Index("ix_article_entities_entity", article_entities.c.entity_id)

story_events = Table(
    "story_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", Text, nullable=False),
    Column("mode", Text),
    Column("date", Text),  # the most precise date its mentions agree on (ISO, or None)
    Column("date_start", String(10)),  # first and last day the date covers, for ordering and --since/--until
    Column("date_end", String(10)),
    Column("modality", Text),
    Column("quad", Text),
    Column("cameo", Text),
    Column("intensity", Float),
    Column("location", Text),
    Column("summary", Text),
    Column("actor_key", Text, nullable=False),  # sorted entity ids of sources and targets: merges undated events
    Column("mentions", Integer, nullable=False, default=0),
    Column("articles", Integer, nullable=False, default=0),  # GDELT NumArticles
    Column("sources", Integer, nullable=False, default=0),  # GDELT NumSources
)
Index("ix_story_events_type_date", story_events.c.type, story_events.c.date_start)
Index("ix_story_events_date", story_events.c.date_start, story_events.c.id)

story_event_actors = Table(
    "story_event_actors",
    metadata,
    Column("story_event_id", Integer, ForeignKey("story_events.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Column("role", Text, primary_key=True),  # source | target
)
Index("ix_story_event_actors_entity", story_event_actors.c.entity_id, story_event_actors.c.role)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("story_event_id", Integer, ForeignKey("story_events.id", ondelete="SET NULL")),
    Column("local_id", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("mode", Text),
    Column("date", Text),
    Column("date_source", Text),
    Column("location", Text),
    Column("modality", Text),
    Column("quad", Text),
    Column("cameo", Text),
    Column("intensity", Float),
    Column("confidence", Float),
    Column("sentence", Integer),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("trigger_text", Text),
    Column("text", Text),
    Column("source_ids", Text),  # JSON lists of entities.id
    Column("target_ids", Text),
    UniqueConstraint("article_id", "local_id", name="uq_events_article_local"),
)
Index("ix_events_story_event", events.c.story_event_id)

errors = Table(
    "errors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("input", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", Text, nullable=False),
    UniqueConstraint("input", "reason", name="uq_errors_input_reason"),
)

# Only on PostgreSQL (SQLite keeps the lemmas in an FTS5 virtual table of the same name).
SEARCH_TABLE = "article_search"
