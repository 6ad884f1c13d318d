"""Engine and session factory: a SQLite file (the default, one office PC) or any
SQLAlchemy URL (several PCs sharing a PostgreSQL server)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker


def to_url(path_or_url: str | os.PathLike) -> str:
    """A SQLAlchemy URL for a file path or a URL given on the command line."""
    text = str(path_or_url)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another engine or memory."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # Offices lose power: WAL + synchronous=FULL keeps every committed
    # transaction; foreign keys are off by default in SQLite.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _sqlite_pragmas_read_only(dbapi_conn, _record) -> None:
    # Switching the journal mode writes to the file: not on a read-only open.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def make_engine(url: str, read_only: bool = False) -> Engine:
    """An engine with the pragmas DESIGN.md asks for on SQLite."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if read_only and path is not None:
            # A second instance may look but not write (one writer per file).
            url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas_read_only if read_only else
                     _sqlite_pragmas)
        return engine
    if u.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One database: its URL, engine and session factory."""

    def __init__(self, url: str, read_only: bool = False):
        self.url = to_url(url)
        self.read_only = read_only
        self.engine = make_engine(self.url, read_only=read_only)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def display_name(self) -> str:
        """What the status bar shows: the file path, or the URL without password."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        s = self._factory()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def dispose(self) -> None:
        self.engine.dispose()
