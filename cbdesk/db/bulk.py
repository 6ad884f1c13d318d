"""Bulk INSERT of many column dicts with the least per-row work (imports).

On SQLite the rows go to the driver's executemany as tuples, each value
through its column type's bind processor (the same conversion SQLAlchemy
applies), skipping SQLAlchemy's per-row parameter building; elsewhere (and
whenever a column default would be needed) SQLAlchemy's own executemany is
used (with psycopg: one statement per row sent in a pipeline, one round trip;
forcing insertmanyvalues pages was measured slower).
"""

from __future__ import annotations

from operator import itemgetter

from sqlalchemy import Table
from sqlalchemy.orm import Session


def insert_rows(s, table: Table, rows: list[dict]) -> None:
    """INSERT every dict of ``rows`` (all with the same keys) into ``table``
    in the caller's transaction (``s``: a Session or Connection)."""
    if not rows:
        return
    conn = s.connection() if isinstance(s, Session) else s
    dialect = conn.dialect
    keys = list(rows[0])
    first = rows[0].keys()
    if any(r.keys() != first for r in rows):  # mixed shapes: SQLAlchemy sorts them out
        conn.execute(table.insert(), rows)
        return
    cols = [table.c[k] for k in keys]
    defaults = {}
    for c in table.columns:
        if c.key in rows[0] or c.primary_key:
            continue
        if c.default is None:
            continue
        if not c.default.is_scalar:
            break
        defaults[c] = c.default.arg
    else:
        if dialect.name == "sqlite":
            procs = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in cols]
            procs += [c.type.dialect_impl(dialect).bind_processor(dialect) for c in defaults]
            tail = tuple(
                p(v) if p is not None else v
                for p, v in zip(procs[len(cols):], defaults.values(), strict=True))
            names = ", ".join(f'"{c.name}"' for c in [*cols, *defaults])
            marks = ", ".join("?" * (len(cols) + len(defaults)))
            sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
            head = procs[:len(cols)]
            get = itemgetter(*keys) if len(keys) > 1 else (lambda r: (r[keys[0]],))
            conv = [(i, p, {}) for i, p in enumerate(head) if p is not None]
            if not conv:
                params = [(*get(r), *tail) for r in rows]
            else:
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
            conn.exec_driver_sql(sql, params)
            return
    conn.execute(table.insert(), rows)
