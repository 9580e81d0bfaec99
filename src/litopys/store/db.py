"""Connecting to the chronicle database and bringing its schema up to date.

The URL comes from ``--db``, else ``LITOPYS_DB``, else a SQLite file in the user's data folder. A bare
path is taken as a SQLite file. SQLite connections get WAL (readers never block the writer), foreign
keys (derived rows cascade from their article) and a busy timeout (the web UI reads while an ingest
writes). Alembic migrations ship inside the package and run on open.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event

ENV_VAR = "LITOPYS_DB"
MIGRATIONS = "litopys.store:migrations"


def default_url() -> str:
    """A SQLite file in the user's data folder (created on first use)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("litopys", appauthor=False))
    return f"sqlite:///{folder / 'chronicle.sqlite'}"


def resolve_url(url: str | os.PathLike | None = None) -> str:
    """``url``, else ``$LITOPYS_DB``, else the default; a plain path means a SQLite file there."""
    value = str(url) if url else os.environ.get(ENV_VAR) or default_url()
    if "://" not in value:
        value = f"sqlite:///{Path(value).expanduser().resolve()}"
    if value.startswith(("postgresql://", "postgres://")):  # psycopg 3 is the driver we ship
        value = "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # the driver begins nothing itself; _sqlite_begin does
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable at checkpoints, never corrupt
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(connection) -> None:
    """Writers take SQLite's write lock when they begin (BEGIN IMMEDIATE): a deferred transaction that
    reads and then writes fails at once, busy timeout or not, when another writer committed between."""
    immediate = connection.get_execution_options().get(WRITE_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


WRITE_OPTION = "litopys_write"


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that writes: committed at the end, rolled back on an exception."""
    with engine.connect() as connection:
        connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            yield connection


def make_engine(url: str) -> Engine:
    """An engine for the URL, with the SQLite settings above; creates the SQLite file's folder."""
    if url.startswith("sqlite"):
        database = url.split(":///", 1)[1] if ":///" in url else ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    if engine is not None:
        config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return config


def migrate(engine: Engine) -> None:
    """Upgrade the schema to the newest revision (a no-op when it is there already)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config(engine)
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        if MigrationContext.configure(connection).get_current_revision() == head:
            return
    with write_transaction(engine) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
