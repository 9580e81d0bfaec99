"""Fixtures for the store tests: a throwaway PostgreSQL server and a database URL for each backend.

The server is Debian's PostgreSQL (``/usr/lib/postgresql/*/bin``) started with initdb and pg_ctl in a
temporary folder as a non-root user (PostgreSQL refuses to run as root), once per test session; each
test gets a fresh database on it. Without initdb the PostgreSQL half skips with the reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_USER = "litopys"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_as(user: str | None, command: list[str], **kwargs) -> subprocess.CompletedProcess:
    prefix = ["runuser", "-u", user, "--"] if user else []
    return subprocess.run(prefix + command, check=True, capture_output=True, text=True, timeout=120, **kwargs)


class PostgresUnavailable(RuntimeError):
    """Why a throwaway PostgreSQL server cannot be started here."""


def system_user() -> str | None:
    """A non-root account to run the server as, when running as root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise PostgresUnavailable("running as root and there is no 'postgres' or 'nobody' account to run PostgreSQL as")


@contextmanager
def throwaway_postgres() -> Iterator[tuple[str, int]]:
    """Start PostgreSQL in a temporary folder; yields (host, port); stops it and removes the folder after."""
    initdbs = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not initdbs:
        raise PostgresUnavailable("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; .ci/run installs it)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise PostgresUnavailable("psycopg is not installed (pip install -e '.[dev]')") from None
    bindir = Path(initdbs[-1]).parent
    user = system_user()
    folder = Path(tempfile.mkdtemp(prefix="litopys-pg-"))
    if user:
        shutil.chown(folder, user)
    data, port = folder / "data", free_port()
    try:
        run_as(user, [str(bindir / "initdb"), "-D", str(data), "-U", PG_USER, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"])
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        run_as(user, [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"])
        yield "127.0.0.1", port
    finally:
        subprocess.run(
            (["runuser", "-u", user, "--"] if user else []) + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server():
    """(host, port) of a PostgreSQL server that lives for the test session."""
    try:
        with throwaway_postgres() as server:
            yield server
    except PostgresUnavailable as reason:
        pytest.skip(str(reason))


def new_postgres_database(server: tuple[str, int]) -> str:
    """Create an empty database on the server; returns its SQLAlchemy URL."""
    import psycopg

    host, port = server
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(host=host, port=port, user=PG_USER, dbname="postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://{PG_USER}@{host}:{port}/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path) -> str:
    """A fresh, empty chronicle database URL on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'chronicle.sqlite'}"
    return new_postgres_database(request.getfixturevalue("postgres_server"))
