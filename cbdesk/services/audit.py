"""The audit trail: who changed what, when, old and new value. Entries are only
ever added; no service updates or deletes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from cbdesk.db.engine import Database
from cbdesk.services.actors import Actor

# Model classes are imported in the functions that use them: `cbdesk report`
# loads this module without the ORM (docs/ARCHITECTURE.md, "Reads of plain rows").

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


text_of = _text


def record(
    s: Session,
    actor: Actor,
    entity: str,
    key: str,
    field: str,
    old,
    new,
    plan_year: int | None = None,
    reason: str = "",
    at: datetime | None = None,
) -> None:
    """Add one audit entry inside the caller's transaction."""
    from cbdesk.db.models import AuditEntry

    s.add(
        AuditEntry(
            at=at or datetime.now(),
            user=actor.username,
            plan_year=plan_year,
            entity=entity,
            key=key,
            field=field,
            old=_text(old),
            new=_text(new),
            reason=reason,
        )
    )


def audit_row(actor: Actor, entity: str, key: str, field: str, old, new,
              plan_year: int | None = None, at: datetime | None = None,
              reason: str = "") -> dict:
    """The column values :func:`record` would write, for :func:`record_many`."""
    return dict(at=at or datetime.now(), user=actor.username, plan_year=plan_year,
                entity=entity, key=key, field=field, old=_text(old), new=_text(new),
                reason=reason)


def record_many(s: Session, rows: list[dict]) -> None:
    """Bulk variant for imports: rows are AuditEntry column dicts."""
    from cbdesk.db.bulk import insert_rows
    from cbdesk.db.models import AuditEntry

    insert_rows(s, AuditEntry.__table__, rows)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user: str
    plan_year: int | None
    entity: str
    key: str
    field: str
    old: str | None
    new: str | None
    reason: str


def list_entries(
    db: Database,
    plan_year: int | None = None,
    entity: str | None = None,
    key_prefix: str | None = None,
    user: str | None = None,
    limit: int = 5000,
) -> list[AuditRow]:
    """Audit entries, newest first, filtered by plan, entity, key prefix and user."""
    from cbdesk.db.models import AuditEntry

    q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if plan_year is not None:
        q = q.where(AuditEntry.plan_year == plan_year)
    if entity:
        q = q.where(AuditEntry.entity == entity)
    if key_prefix:
        q = q.where(AuditEntry.key.startswith(key_prefix))
    if user:
        q = q.where(AuditEntry.user == user)
    with db.session() as s:
        return [
            AuditRow(
                e.id, e.at, e.user, e.plan_year, e.entity, e.key, e.field, e.old, e.new, e.reason
            )
            for e in s.scalars(q)
        ]


def sha256_of(path) -> str:
    """The sha256 of a file, named in the audit entry of its import."""
    import hashlib
    from pathlib import Path

    h = hashlib.sha256()
    with Path(path).open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
