"""Private PostgreSQL databases for test runs.

CBDESK_TEST_PG_URL names a server and a *base* database (which must exist; it
is only used as the maintenance connection). Each test session — each
pytest-xdist worker — creates ``<base>_<unix time>_<pid>_<worker>`` there and
drops it at the end, so two runs on one machine (one checkout or two) never
reset each other's tables. Databases of runs that died more than a day ago are
dropped when the next run starts (the time in the name says when)."""

from __future__ import annotations

import os
import re
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

DAY = 24 * 3600
MAX_NAME = 63  # PostgreSQL's identifier limit


def worker_id() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def private_name(base: str, now: int | None = None, pid: int | None = None,
                 worker: str | None = None) -> str:
    suffix = f"_{int(now if now is not None else time.time())}_" \
             f"{pid if pid is not None else os.getpid()}_{worker or worker_id()}"
    return base[:MAX_NAME - len(suffix)] + suffix


def _pattern(base: str) -> re.Pattern:
    return re.compile(re.escape(base[:MAX_NAME - 25]) + r"\w*_(\d{9,11})_(\d+)_(\w+)$")


def _admin(url: str):
    return create_engine(url, isolation_level="AUTOCOMMIT", pool_pre_ping=False)


def create_private_database(url: str) -> str:
    """Make this session's database; return its URL."""
    base_url = make_url(url)
    name = private_name(base_url.database)
    engine = _admin(url)
    try:
        with engine.connect() as conn:
            _drop_stale(conn, base_url.database)
            for attempt in range(10):
                try:
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
                    break
                except Exception as exc:  # template1 busy: another run is creating one
                    if "being accessed by other users" not in str(exc) or attempt == 9:
                        raise
                    time.sleep(0.5 + attempt * 0.5)
    finally:
        engine.dispose()
    return base_url.set(database=name).render_as_string(hide_password=False)


def drop_database(url: str, private_url: str) -> None:
    name = make_url(private_url).database
    engine = _admin(url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


def _drop_stale(conn, base: str) -> None:
    """Leftovers of killed runs (older than a day) go; live runs are younger."""
    pattern = _pattern(base)
    names = conn.execute(text("SELECT datname FROM pg_database")).scalars().all()
    now = time.time()
    for name in names:
        m = pattern.match(name)
        if m and now - int(m.group(1)) > DAY:
            try:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            except Exception:  # another run dropped it first
                pass
