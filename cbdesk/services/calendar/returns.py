"""Which areas have sent their district forms back, and where each period's
figures came from (a form, an imported workbook, or typed in the window).

A returned form is recorded when ``cbdesk import`` files it: an audit entry
(entity ``form``, key ``PERIOD|AREA``, field ``returned``, the file's name as
the new value) — kept even when the form came back blank or repeated figures
already there. Results filed from a form also carry ``Biểu mẫu <file>`` as
their source, which counts as a return for databases older than the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from cbdesk.db.engine import Database
from cbdesk.services import audit
from cbdesk.services.actors import Actor

# Model classes are imported in the functions that use them: `cbdesk report`
# loads this module without the ORM (docs/ARCHITECTURE.md, "Reads of plain rows").

FORM_SOURCE = "Biểu mẫu"  # the prefix form imports give a result's source
SOURCE_KINDS = ("form", "import", "typed")


@dataclass(frozen=True)
class FormReturn:
    period: str
    area: str
    at: datetime | None
    file: str


def record_form_return(s, actor: Actor, year: int, period: str, area: str, file: str,
                       at: datetime | None = None) -> None:
    """Note, inside the import's session, that ``area`` sent its form for ``period``."""
    audit.record(s, actor, "form", f"{period}|{area}", "returned", None, file, year, at=at)


def form_returns(db: Database, year: int) -> dict[tuple[str, str], FormReturn]:
    """(period code, area code) → the first return of that form in ``year``."""
    from cbdesk.db.models import Area, AuditEntry, Plan, Result, Target

    out: dict[tuple[str, str], FormReturn] = {}
    with db.session() as s:
        rows = s.execute(select(AuditEntry.key, AuditEntry.at, AuditEntry.new)
                         .where(AuditEntry.entity == "form", AuditEntry.field == "returned",
                                AuditEntry.plan_year == int(year))
                         .order_by(AuditEntry.at, AuditEntry.id)).all()
        for key, at, file in rows:
            period, _, area = key.partition("|")
            out.setdefault((period, area), FormReturn(period, area, at, file or ""))
        q = (select(Result.period, Area.code, Result.entered_at, Result.source)
             .join(Target, Target.id == Result.target_id)
             .join(Plan, Plan.id == Target.plan_id)
             .join(Area, Area.id == Result.area_id)
             .where(Plan.year == int(year), Result.source.like(f"{FORM_SOURCE} %")))
        for period, area, at, source in s.execute(q).all():
            out.setdefault((period, area),
                           FormReturn(period, area, at, source[len(FORM_SOURCE) + 1:]))
    return out


def source_kind(source: str) -> str:
    """``form``, ``import`` or ``typed`` for a result's source text."""
    text = (source or "").strip()
    if text.startswith(FORM_SOURCE):
        return "form"
    return "import" if text else "typed"


def figure_sources(db: Database, year: int) -> dict[str, dict[str, dict[str, int]]]:
    """period code → area code ("" = whole province) → {form, import, typed: count}."""
    from cbdesk.db.models import Area, Plan, Result, Target

    out: dict[str, dict[str, dict[str, int]]] = {}
    with db.session() as s:
        q = (select(Result.period, Area.code, Result.source)
             .join(Target, Target.id == Result.target_id)
             .join(Plan, Plan.id == Target.plan_id)
             .outerjoin(Area, Area.id == Result.area_id)
             .where(Plan.year == int(year), Result.value.is_not(None)))
        for period, area, source in s.execute(q).all():
            cell = out.setdefault(period, {}).setdefault(area or "", dict.fromkeys(SOURCE_KINDS, 0))
            cell[source_kind(source)] += 1
    return out


def note_form_returned(db: Database, actor: Actor, year: int, period: str, area: str,
                       file: str) -> None:
    """Record that ``area``'s form for ``period`` came back (its own small transaction,
    after the form's figures were filed)."""
    with db.session() as s:
        record_form_return(s, actor, year, period, area, file)
