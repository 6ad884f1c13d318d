"""`cbdesk dump`: the plan as JSON (SPEC §3.1), numbers as JSON numbers.

Export then import into an empty database must give the same dump, so the
dump holds everything a workbook carries, in a stable order.
"""

from __future__ import annotations

import json
from datetime import date

from cbdesk.core.deadlines import Deadline
from cbdesk.core.progress import task_status
from cbdesk.db.engine import Database
from cbdesk.services.plans import plan_to_data


def _num(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _date(d: date | None) -> str | None:
    return d.isoformat() if d else None


def plan_dump(db: Database, year: int, as_of: date | None = None) -> dict:
    """The plan as a JSON-ready dict. Task status is judged ``as_of`` (today)."""
    data = plan_to_data(db, year)
    as_of = as_of or date.today()
    org = data.organisation
    return {
        "plan": {
            "year": data.year,
            "title": data.title,
            "status": data.status,
            "doc_number": data.doc_number,
            "doc_date": _date(data.doc_date),
            "abstract": data.abstract,
            "addressee": data.addressee,
            "intro": data.intro,
            "legal_bases": data.legal_bases,
            "implementation": data.implementation,
            "closing": data.closing,
            "recipients": data.recipients,
            "note": data.note,
            "organisation": {
                "parent_agency": org.parent_agency,
                "name": org.name,
                "symbol": org.symbol,
                "place": org.place,
                "signer_authority": org.signer_authority,
                "signer_title": org.signer_title,
                "signer_name": org.signer_name,
                "archive_unit": org.archive_unit,
                "recipients": org.recipients,
            },
        },
        "units": [{"code": u.code, "name": u.name, "kind": u.kind} for u in data.units],
        "areas": [
            {
                "code": a.code,
                "name": a.name,
                "level": a.level,
                "parent": a.parent_code,
                "valid_from": _date(a.valid_from),
                "valid_to": _date(a.valid_to),
            }
            for a in data.areas
        ],
        "targets": [
            {
                "code": t.code,
                "parent": t.parent_code,
                "relation": t.relation,
                "name": t.name,
                "unit": t.unit,
                "kind": t.kind,
                "direction": t.direction,
                "target": _num(t.target),
                "baseline": _num(t.baseline),
                "lead_unit": t.lead_unit,
                "allocations": {k: _num(v) for k, v in t.allocations.items()},
            }
            for t in data.targets
        ],
        "tasks": [
            {
                "code": t.code,
                "parent": t.parent_code,
                "title": t.title,
                "description": t.description,
                "lead_unit": t.lead_unit,
                "coordinating_units": t.coordinating_units,
                "deadline": t.deadline,
                "expected_output": t.expected_output,
                "status": task_status(
                    Deadline.parse(t.deadline, year=data.year),
                    t.done,
                    t.completed_on,
                    t.percent_done,
                    as_of,
                ).value,
                "percent_done": _num(t.percent_done),
                "completed_on": _date(t.completed_on),
            }
            for t in data.tasks
        ],
        "results": [
            {
                "target": r.target,
                "period": r.period,
                "area": r.area,
                "value": _num(r.value),
                "note": r.note,
            }
            for r in data.results
        ],
        "updates": [
            {
                "task": u.task,
                "date": _date(u.date),
                "percent_done": _num(u.percent_done),
                "done": u.done,
                "note": u.note,
            }
            for u in data.updates
        ],
    }


def _not_text(value: object) -> str:
    """A value JSON cannot hold. Bytes read from a text column are damage inside
    sound pages (a blob where a name belongs): said as undecodable text, so the
    command answers "damaged, run `cbdesk check`" like any other such row."""
    if isinstance(value, bytes):
        raise UnicodeDecodeError("utf-8", value, 0, max(len(value), 1),
                                 "bytes stored where text belongs")
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def plan_dump_json(db: Database, year: int, as_of: date | None = None) -> str:
    return json.dumps(plan_dump(db, year, as_of), ensure_ascii=False, indent=2,
                      default=_not_text)
