"""Alembic environment: migrations run on the connection litopys hands over (``config.attributes``),
or on ``sqlalchemy.url`` when run from the ``alembic`` command line."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from litopys.store.schema import SEARCH_TABLE, metadata


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """The search index differs per backend and is managed by hand in the migrations."""
    return not (type_ == "table" and (name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_")))


def run_migrations(connection) -> None:
    # No batch mode: on SQLite it copies and drops tables, and dropping articles with foreign keys on
    # would cascade-delete every derived row. Migrations use plain ALTER TABLE instead.
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as new_connection:
        run_migrations(new_connection)
