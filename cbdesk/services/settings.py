"""Settings shared by everyone using a database (status tolerances, cut-off
day…), stored in the `setting` table with defaults here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from cbdesk.core.progress import Tolerances
from cbdesk.db import tables
from cbdesk.db.engine import Database, connection_of
from cbdesk.services.setting_defaults import (  # noqa: F401 - DEFAULTS: this module's API
    DEFAULTS,
    TOLERANCE_KEYS,
    tolerances_from,
)

# Model classes are imported in the functions that use them: `cbdesk report`
# loads this module without the ORM (docs/ARCHITECTURE.md, "Reads of plain rows").

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def get(s: Session, key: str) -> str:
    from cbdesk.db.models import Setting

    row = s.get(Setting, key)
    if row is None or not isinstance(row.value, str):  # (bytes: damage; `check` names it)
        return DEFAULTS.get(key, "")
    return row.value


def put(s: Session, key: str, value: str) -> None:
    from cbdesk.db.models import Setting

    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=str(value)))
    else:
        row.value = str(value)


def tolerances(conn: Session | Connection) -> Tolerances:
    """The status tolerances in force (one statement for both), read on a
    session or a plain connection."""
    c = tables.setting.c
    read = select(c.key, c.value).where(c.key.in_(TOLERANCE_KEYS))
    stored = dict(connection_of(conn).execute(read).all())
    return tolerances_from(stored)


def read_stored(db: Database) -> dict[str, str]:
    """Every stored setting (key → value), without defaults, in one statement."""
    c = tables.setting.c
    with db.reading() as conn:  # reads only: no BEGIN/COMMIT round trips
        return {k: v for k, v in conn.execute(select(c.key, c.value))}


def read_all(db: Database) -> dict[str, str]:
    return {**DEFAULTS, **read_stored(db)}


def write(db: Database, values: dict[str, str], actor) -> None:
    """Change shared settings (admin only), each change audited with its old value."""
    from cbdesk.services import permissions
    from cbdesk.services.audit import record

    permissions.require(actor, "settings.write", db)
    with db.session() as s:
        for k, v in values.items():
            old = get(s, k)
            if old != str(v):
                record(s, actor, "setting", k, "value", old, str(v))
            put(s, k, v)
