"""A database's identity: a random id stored inside it (setting
``database.id``), made when it is first opened for writing, and carried by its
backups (they copy every row). Backups are named and matched by it, never by
file name alone: two databases called ``cbdesk.sqlite`` in different folders
keep their backups apart, and a damaged file is only offered its own.

A SQLite file also gets ``<file>.id`` beside it (like ``<file>.lock``), so the
id of a file too damaged to read is still known. A plain copy of a file is
the same database (same id) until it is given a new one (:func:`renew`).
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

KEY = "database.id"


def sidecar(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".id")


def _valid(text: str | None) -> str | None:
    text = (text or "").strip().lower()
    return text if len(text) == 32 and all(c in "0123456789abcdef" for c in text) else None


def ensure(db) -> str:
    """The id of ``db``, made and stored now if it has none (writable databases).
    Read first on a plain connection: most opens find it, and the ORM (its
    write session, its mapper configuration) is only needed to store one."""
    from sqlalchemy import select

    from cbdesk.db import tables

    c = tables.setting.c
    with db.reading() as conn:
        found = _valid(conn.execute(select(c.value).where(c.key == KEY)).scalar())
    if found is not None:
        _write_sidecar(db, found)
        return found
    from cbdesk.db.models import Setting

    with db.session() as s:
        row = s.get(Setting, KEY)
        current = _valid(row.value if row is not None else None)
        if current is None:
            current = uuid.uuid4().hex
            if row is None:
                s.add(Setting(key=KEY, value=current))
            else:
                row.value = current
    _write_sidecar(db, current)
    return current


def renew(db) -> str:
    """Give ``db`` a new identity (a copied file becoming a database of its own)."""
    from cbdesk.db.models import Setting

    new = uuid.uuid4().hex
    with db.session() as s:
        row = s.get(Setting, KEY)
        if row is None:
            s.add(Setting(key=KEY, value=new))
        else:
            row.value = new
    _write_sidecar(db, new)
    return new


def _write_sidecar(db, value: str) -> None:
    path = getattr(db, "path", None)
    if path is None:
        return
    side = sidecar(path)
    try:
        if not side.exists() or side.read_text(encoding="ascii", errors="replace").strip() != value:
            side.write_text(value + "\n", encoding="ascii")
    except OSError:
        pass  # a read-only folder: the id inside the database is what counts


def of(db) -> str | None:
    """The id of an open database (None for one that has none yet)."""
    from cbdesk.db.models import Setting

    cached = getattr(db, "_cbdesk_id", None)
    if cached:
        return cached
    try:
        with db.session() as s:
            row = s.get(Setting, KEY)
            value = _valid(row.value if row is not None else None)
    except Exception:  # noqa: BLE001 — unreadable: no id
        value = None
    if value:
        try:
            db._cbdesk_id = value
        except AttributeError:
            pass
    return value


def of_file(path: Path) -> str | None:
    """The id of a SQLite file that may be too damaged to open: read directly,
    else from its ``.id`` file beside it."""
    path = Path(path)
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (KEY,)).fetchone()
        finally:
            conn.close()
        value = _valid(row[0] if row else None)
        if value:
            return value
    except Exception:  # noqa: BLE001 — damaged, locked, not a database
        pass
    try:
        return _valid(sidecar(path).read_text(encoding="ascii", errors="replace"))
    except OSError:
        return None
