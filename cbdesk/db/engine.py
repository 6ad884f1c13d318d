"""Engine and session factory: a SQLite file (the default, one office PC) or any
SQLAlchemy URL (several PCs sharing a PostgreSQL server)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import Connection, Engine, make_url

if TYPE_CHECKING:
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
        engine = create_engine(url, connect_args={"connect_timeout": 5})
        _ping_when_idle(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


IDLE_PING_SECONDS = 10.0


def _ping_when_idle(engine: Engine) -> None:
    """A pooled server connection is tested before use only when it has been
    idle a while (a server restarted overnight, a dropped VPN), not on every
    checkout: on an office LAN each test is a round trip of about a millisecond,
    and switching period in the grid would pay it every time. A dead
    connection is dropped and the pool connects again (DisconnectionError)."""
    import time

    @event.listens_for(engine, "checkin")
    def _used(_dbapi_conn, record) -> None:
        record.info["used_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_conn, record, _proxy) -> None:
        used = record.info.get("used_at")
        if used is None or time.monotonic() - used < IDLE_PING_SECONDS:
            return  # just connected, or used a moment ago
        try:
            cur = dbapi_conn.cursor()
            try:
                cur.execute("SELECT 1")
            finally:
                cur.close()
            if not getattr(dbapi_conn, "autocommit", True):
                dbapi_conn.rollback()
        except Exception as e:
            raise exc.DisconnectionError() from e


def connection_of(s: Session | Connection) -> Connection:
    """The connection to read plain rows on: a Session's, or the Connection
    given (reads that callers make inside a session or on a bare connection).
    A session's pending changes are flushed first, as an ORM query on it
    would, so the read sees them."""
    if isinstance(s, Connection):
        return s
    if s.autoflush:
        s.flush()
    return s.connection()


class Database:
    """One database: its URL, engine and session factory."""

    def __init__(self, url: str, read_only: bool = False):
        self.url = to_url(url)
        self.read_only = read_only
        self.engine = make_engine(self.url, read_only=read_only)

    @cached_property
    def _factory(self) -> sessionmaker:
        """The session factory, made with the first session: the ORM is loaded
        then, not by reads of plain rows (db.tables; `cbdesk report` never
        loads it)."""
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

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

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read of a few statements outside a transaction of its own: on
        PostgreSQL no BEGIN and COMMIT round trips (each statement sees what
        was committed before it, as in the server's default READ COMMITTED
        transaction); on SQLite the same reads as in :meth:`session`."""
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            yield conn

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A Session over :meth:`reading`, for reads that load ORM objects;
        nothing it holds is ever written."""
        from sqlalchemy.orm import Session

        with self.reading() as conn:
            s = Session(bind=conn, expire_on_commit=False)
            try:
                yield s
            finally:
                s.close()

    def dispose(self) -> None:
        self.engine.dispose()
