"""PostgreSQL for the benchmarks: the server named by ``CBDESK_BENCH_PG_URL``
(e.g. postgresql+psycopg://postgres@127.0.0.1:54329/cbdesk_bench, over
loopback). The main dataset is generated into that database once and kept
while benchmarks/generate.py and the schema are unchanged (a marker table
holds the dataset key); imports go to a second database, ``<name>_import``,
emptied before each run. Databases that do not exist are created."""

from __future__ import annotations

import contextlib
import time

from benchmarks.datasets import YEAR, dataset_key

MARK_TABLE = "bench_dataset"


def _parts(url: str):
    from sqlalchemy.engine import make_url

    return make_url(url)


def _admin(url: str):
    """A psycopg autocommit connection to the server's maintenance database."""
    import psycopg

    u = _parts(url)
    return psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password,
                           dbname="postgres", autocommit=True, connect_timeout=3)


def ensure_database(url: str) -> None:
    name = _parts(url).database
    with contextlib.closing(_admin(url)) as c:
        if c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            return
        c.execute(f'CREATE DATABASE "{name}"')


def reachable(url: str) -> str:
    """'' when the server answers, else why not (one line)."""
    try:
        with contextlib.closing(_admin(url)):
            return ""
    except Exception as e:  # any driver or network error: the section says why
        return f"{type(e).__name__}: {str(e).strip().splitlines()[0][:160] if str(e) else ''}"


def import_url(url: str) -> str:
    u = _parts(url)
    return u.set(database=f"{u.database}_import").render_as_string(hide_password=False)


def reset_database(url: str) -> None:
    """Empty ``url``'s database (its public schema dropped and made again);
    the caller migrates it by opening it with create=True."""
    import psycopg

    u = _parts(url)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password,
                         dbname=u.database, autocommit=True) as c:
        c.execute("DROP SCHEMA public CASCADE")
        c.execute("CREATE SCHEMA public")


def _marked(url: str) -> str | None:
    import psycopg

    u = _parts(url)
    with contextlib.suppress(psycopg.Error), psycopg.connect(
            host=u.host, port=u.port, user=u.username, password=u.password,
            dbname=u.database) as c:
        row = c.execute(f"SELECT key FROM {MARK_TABLE}").fetchone()
        has_plan = c.execute("SELECT 1 FROM plan WHERE year = %s", (YEAR,)).fetchone()
        return row[0] if row and has_plan else None
    return None


def ensure_dataset(url: str) -> dict:
    """The main dataset in PostgreSQL: generated when missing or stale."""
    from benchmarks.generate import generate

    ensure_database(url)
    ensure_database(import_url(url))
    key = dataset_key()
    if _marked(url) == key:
        return {"generated": False}
    reset_database(url)
    t = time.perf_counter()
    meta = generate(url, years=10, seed=1)
    meta["wall_seconds"] = round(time.perf_counter() - t, 2)
    import psycopg

    u = _parts(url)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password,
                         dbname=u.database, autocommit=True) as c:
        c.execute(f"CREATE TABLE {MARK_TABLE} (key text)")
        c.execute(f"INSERT INTO {MARK_TABLE} VALUES (%s)", (key,))
    meta["generated"] = True
    return meta
