"""Bulk INSERT of many column dicts with the least per-row work (imports).

The rows become tuples, each value through its column type's bind processor
(the same conversion SQLAlchemy applies), skipping SQLAlchemy's per-row
parameter building. On SQLite they go to the driver's executemany; on
PostgreSQL with psycopg they are streamed with one ``COPY … FROM STDIN`` (one
statement, no per-row parse/bind on the server: an executemany sends one
INSERT per row in a pipeline, measured 1,5–6× slower per table on the
10.000-result import; forcing insertmanyvalues pages was slower still). The
COPY is announced to the engine's ``before/after_cursor_execute`` listeners
like any statement, so the write gate and the round-trip counts see it, and
its errors are raised as SQLAlchemy's (an IntegrityError stays one). Elsewhere (and
whenever a non-scalar column default would be needed) SQLAlchemy's own
executemany is used, and so it is for a few rows on PostgreSQL (a grid's
save): a COPY waits for the server's go-ahead before its data, two round trips
where psycopg's pipelined executemany makes one.
"""

from __future__ import annotations

from operator import itemgetter

from sqlalchemy import Table
from sqlalchemy.orm import Session

COPY_FROM = 100  # rows: from this many on, PostgreSQL gets them through COPY


def insert_rows(s, table: Table, rows: list[dict]) -> None:
    """INSERT every dict of ``rows`` (all with the same keys) into ``table``
    in the caller's transaction (``s``: a Session or Connection)."""
    if not rows:
        return
    conn = s.connection() if isinstance(s, Session) else s
    dialect = conn.dialect
    first = rows[0].keys()
    if any(r.keys() != first for r in rows):  # mixed shapes: SQLAlchemy sorts them out
        conn.execute(table.insert(), rows)
        return
    copy = (dialect.name == "postgresql" and dialect.driver == "psycopg"
            and len(rows) >= COPY_FROM)
    if dialect.name != "sqlite" and not copy:
        conn.execute(table.insert(), rows)
        return
    keys = list(first)
    cols = [table.c[k] for k in keys]
    defaults = {}
    for c in table.columns:
        if c.key in first or c.primary_key or c.default is None:
            continue
        if not c.default.is_scalar:  # a callable default: SQLAlchemy computes it
            conn.execute(table.insert(), rows)
            return
        defaults[c] = c.default.arg
    params = _tuples(dialect, rows, keys, cols, defaults)
    names = [c.name for c in [*cols, *defaults]]
    if copy:
        _copy(conn, table.name, names, params)
        return
    marks = ", ".join("?" * len(names))
    quoted = ", ".join(f'"{n}"' for n in names)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', params)


def _tuples(dialect, rows, keys, cols, defaults) -> list[tuple]:
    """``rows`` as value tuples in ``keys`` order, then the scalar
    ``defaults``, each value through its column type's bind processor."""
    procs = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in cols]
    tail = tuple(
        p(v) if p is not None else v
        for p, v in ((c.type.dialect_impl(dialect).bind_processor(dialect), v)
                     for c, v in defaults.items()))
    get = itemgetter(*keys) if len(keys) > 1 else (lambda r: (r[keys[0]],))
    conv = [(i, p, {}) for i, p in enumerate(procs) if p is not None]
    if not conv:
        return [(*get(r), *tail) for r in rows]
    params = []
    for r in rows:
        vals = list(get(r))
        for i, p, seen in conv:  # values repeat (one `now` per import)
            v = vals[i]
            if v is not None:
                try:
                    vals[i] = seen[v]
                except KeyError:
                    vals[i] = seen[v] = p(v)
                except TypeError:  # unhashable (JSON)
                    vals[i] = p(v)
        vals.extend(tail)
        params.append(tuple(vals))
    return params


def _copy(conn, table: str, names: list[str], params: list[tuple]) -> None:
    """``params`` into ``table`` with one COPY FROM STDIN on ``conn``'s own
    psycopg connection (so in its transaction)."""
    quoted = ", ".join(f'"{n}"' for n in names)
    sql = f'COPY "{table}" ({quoted}) FROM STDIN'
    raw = conn.connection.dbapi_connection
    events = conn._has_events or conn.engine._has_events  # noqa: SLF001 (SQLAlchemy's own test)
    with raw.cursor() as cur:
        if events:
            conn.dispatch.before_cursor_execute(conn, cur, sql, params, None, True)
        try:
            with cur.copy(sql) as cp:
                write = cp.write_row
                for p in params:
                    write(p)
        except conn.dialect.loaded_dbapi.Error as e:
            from sqlalchemy.exc import DBAPIError

            # As SQLAlchemy raises a driver's error for an INSERT: IntegrityError…
            raise DBAPIError.instance(sql, None, e, conn.dialect.loaded_dbapi.Error,
                                      hide_parameters=True, dialect=conn.dialect) from e
        if events:
            conn.dispatch.after_cursor_execute(conn, cur, sql, params, None, True)
