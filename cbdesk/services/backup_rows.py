"""Backups as rows: every table read into plain data and written back, for
the portable dumps of a PostgreSQL database and for restoring them."""

from __future__ import annotations

import base64
import gzip
import json
import os
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Date, DateTime, LargeBinary, select, text
from sqlalchemy.engine import Connection

from cbdesk.db import migrate
from cbdesk.db.engine import Database
from cbdesk.db.models import Base

DUMP_FORMAT = "cbdesk-backup"
DUMP_VERSION = 1
GZIP_MAGIC = b"\x1f\x8b"


def fsync_file(path: Path) -> None:
    """Flush a written file to the disk (a backup must survive a power cut)."""
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def load_dump(path: Path) -> dict:
    with gzip.open(path, "rb") as f:
        data = json.loads(f.read().decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != DUMP_FORMAT:
        raise ValueError("not a cbdesk backup")
    return data


def _encode(col, value):
    if value is None:
        return None
    if isinstance(col.type, LargeBinary):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _decode(col, value):
    if value is None:
        return None
    if isinstance(col.type, LargeBinary):
        return base64.b64decode(value)
    if isinstance(col.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(col.type, Date):
        return date.fromisoformat(value)
    return value


def read_rows(conn: Connection) -> dict[str, dict]:
    """Every row of every table of the models, JSON-ready."""
    out: dict[str, dict] = {}
    for table in Base.metadata.sorted_tables:
        cols = list(table.columns)
        pk = list(table.primary_key.columns) or cols
        rows = [
            [_encode(c, v) for c, v in zip(cols, r, strict=True)]
            for r in conn.execute(select(*cols).order_by(*pk))
        ]
        out[table.name] = {"columns": [c.name for c in cols], "rows": rows, "count": len(rows)}
    return out


def write_rows(conn: Connection, tables: dict[str, dict]) -> None:
    """Replace every row of the models' tables by ``tables`` (inside the caller's
    transaction). Self-references (parents, merges) are set after all rows exist."""
    ordered = Base.metadata.sorted_tables
    for table in reversed(ordered):
        conn.execute(table.delete())
    for table in ordered:
        body = tables.get(table.name)
        if not body or not body.get("rows"):
            continue
        cols = [table.columns[c] for c in body["columns"]]
        self_refs = [c.name for c in cols if any(fk.column.table is table for fk in c.foreign_keys)]
        rows = [{c.name: _decode(c, v) for c, v in zip(cols, r, strict=True)} for r in body["rows"]]
        later = []
        if self_refs:
            for r in rows:
                links = {k: r[k] for k in self_refs if r[k] is not None}
                if links:
                    later.append((r, links))
                    for k in links:
                        r[k] = None
        conn.execute(table.insert(), rows)
        pk = list(table.primary_key.columns)
        for r, links in later:
            conn.execute(table.update().where(*[c == r[c.name] for c in pk]).values(**links))
    if conn.dialect.name == "postgresql":
        for table in ordered:
            if "id" in table.columns and table.columns["id"].primary_key:
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM {table.name}), 1), "
                        f"(SELECT MAX(id) FROM {table.name}) IS NOT NULL)"
                    )
                )


def dump_payload(db: Database) -> dict:
    with db.engine.connect() as conn:
        tables = read_rows(conn)
    return {
        "format": DUMP_FORMAT,
        "version": DUMP_VERSION,
        "revision": migrate.current_revision(db),
        "created": datetime.now().isoformat(timespec="seconds"),
        "source": db.display_name(),
        "tables": tables,
    }


def write_json_dump(db: Database, tmp: Path) -> None:
    payload = json.dumps(dump_payload(db), ensure_ascii=False, separators=(",", ":"))
    with open(tmp, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6) as gz:
            gz.write(payload.encode("utf-8"))
        raw.flush()
        os.fsync(raw.fileno())


def build_sqlite(tables: dict[str, dict], tmp: Path) -> None:
    """A fresh SQLite file at HEAD holding ``tables``."""
    tmp.unlink(missing_ok=True)
    target = Database(str(tmp))
    try:
        migrate.upgrade(target)
        with target.engine.begin() as conn:
            write_rows(conn, tables)
        with target.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        target.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    fsync_file(tmp)


def tables_of_backup(path: Path) -> tuple[str | None, dict[str, dict]]:
    """(revision, rows) of a backup file of either kind."""
    with open(path, "rb") as f:
        head = f.read(2)
    if head == GZIP_MAGIC:
        data = load_dump(path)
        return data.get("revision"), data["tables"]
    src = Database(str(path), read_only=True)
    try:
        rev = migrate.current_revision(src)
        with src.engine.connect() as conn:
            return rev, read_rows(conn)
    finally:
        src.dispose()
