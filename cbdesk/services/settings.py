"""Settings shared by everyone using a database (status tolerances, cut-off
day…), stored in the `setting` table with defaults here."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cbdesk.core.progress import Tolerances
from cbdesk.db.engine import Database
from cbdesk.db.models import Setting

DEFAULTS: dict[str, str] = {
    "tolerance.behind_below": "0.85",
    "tolerance.ahead_above": "1.15",
    "cutoff_day": "14",  # Nghị định 09/2019/NĐ-CP: figures run to the 14th
    "backup.keep": "10",
    "report.font": "auto",
    "signin.password_required": "0",
    "attachments.max_mb": "50",  # the largest file one attachment may be
    "report.list_attachments": "0",  # "1": the progress report lists each task's documents
}


def get(s: Session, key: str) -> str:
    row = s.get(Setting, key)
    if row is None or not isinstance(row.value, str):  # (bytes: damage; `check` names it)
        return DEFAULTS.get(key, "")
    return row.value


def put(s: Session, key: str, value: str) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=str(value)))
    else:
        row.value = str(value)


_TOLERANCE_KEYS = ("tolerance.behind_below", "tolerance.ahead_above")


def tolerances(s: Session) -> Tolerances:
    stored = dict(s.execute(select(Setting.key, Setting.value)
                            .where(Setting.key.in_(_TOLERANCE_KEYS))).all())  # one query for both
    return tolerances_of(stored)


def tolerances_of(stored: dict[str, str]) -> Tolerances:
    """The status tolerances from stored settings (:func:`read_stored`), the
    defaults where unset: :func:`tolerances` without a query of its own."""
    behind, ahead = (stored[k] if stored.get(k) is not None else DEFAULTS[k]
                     for k in _TOLERANCE_KEYS)
    return Tolerances(float(behind), float(ahead))


def read_stored(db: Database) -> dict[str, str]:
    """Every stored setting (key → value), without defaults, in one statement."""
    with db.read_session() as s:  # reads only: no BEGIN/COMMIT round trips
        return {k: v for k, v in s.execute(select(Setting.key, Setting.value))}


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
