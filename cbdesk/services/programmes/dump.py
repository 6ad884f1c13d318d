"""`cbdesk dump --programme 2026-2030`: a programme and its roll-up as JSON."""

from __future__ import annotations

import json

from cbdesk.db.engine import Database
from cbdesk.services.programmes.rollup import review


def _num(v):
    if isinstance(v, float):
        v = round(v, 6)
        if v.is_integer():
            return int(v)
    return v


def programme_dump(db: Database, code: str, upto: int | None = None) -> dict:
    r = review(db, code, upto)
    return {
        "programme": {"code": r.code, "name": r.name, "start": r.start, "end": r.end,
                      "upto": r.upto, "final": r.final, "plans": r.plan_years},
        "targets": [
            {
                "code": row.target.code,
                "parent": row.target.parent_code,
                "relation": row.target.relation,
                "name": row.target.name,
                "unit": row.target.unit,
                "kind": row.target.kind,
                "direction": row.target.direction,
                "target": _num(row.target.target),
                "baseline": _num(row.target.baseline),
                "baseline_year": row.target.baseline_year,
                "per_year": row.target.per_year,
                "linked": {str(y): c for y, c in row.linked.items()},
                "years": {str(y): _num(v) for y, v in row.rollup.years.items()},
                "missing": row.rollup.missing,
                "partial": {str(y): m for y, m in row.partial.items()},
                "to_date": _num(row.rollup.to_date),
                "change": _num(row.rollup.change),
                "yearly_average": _num(row.rollup.yearly_average),
                "due": _num(row.rollup.due),
                "percent": _num(row.rollup.percent),
                "pace": _num(row.rollup.pace),
                "status": row.rollup.status.value,
            }
            for row in r.rows
        ],
    }


def programme_dump_json(db: Database, code: str, upto: int | None = None) -> str:
    return json.dumps(programme_dump(db, code, upto), ensure_ascii=False, indent=2)
