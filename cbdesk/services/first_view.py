"""The window's first view before SQLAlchemy has loaded: the targets of a plan
with their figures for a period, read from a SQLite file with the standard
library (SQLAlchemy and the models take ~0,4 s to import, most of a cold
start) and made into rows by the same computation as
``services.progress.target_rows`` (``services.progress_rows``).

Like ``services.startup_peek``, the read is read-only (``mode=ro``), taken
after the one-writer lock, and never the last word: a file that fails
``PRAGMA quick_check`` (the normal open's own check, so no figure of a
damaged file is ever shown), is not at this version's schema
(:data:`cbdesk.db.revisions.HEAD`), or is unusual in any way gives None and
the window waits for the normal open. After that
open the view is read again through ``services.progress``. A test holds the
two reads to the same rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections import namedtuple
from pathlib import Path

from cbdesk.core.periods import Period, PeriodError
from cbdesk.db.revisions import HEAD
from cbdesk.services.progress_rows import (
    TARGET_COLUMNS,
    TargetRow,
    build_target_rows,
    entries_from_rows,
    id_batches,
    result_periods,
)
from cbdesk.services.setting_defaults import TOLERANCE_KEYS, tolerances_from

# The statements of services.progress._target_rows, in SQL (same columns,
# same order).
_TARGETS = (
    "SELECT t.id, t.code, t.parent_id, t.relation, t.name, t.unit, t.kind, t.direction, "
    "t.target_value, t.baseline, t.decimals, t.profile, t.manual_achieved, t.year_estimate, "
    "u.name AS lead_unit_name FROM target t LEFT OUTER JOIN unit u ON u.id = t.lead_unit_id "
    "WHERE t.plan_id = ? ORDER BY t.sort_order, t.id")
_AREAS = "SELECT id, code, name FROM area WHERE level != 'province' ORDER BY code"
_ALLOCATIONS = ("SELECT a.target_id, a.area_id, a.value FROM allocation a "
                "JOIN target t ON t.id = a.target_id WHERE t.plan_id = ?")
_CODES = "SELECT id, code FROM target WHERE plan_id = ?"
_RESULTS = ("SELECT target_id, period, area_key, value FROM result "
            "WHERE target_id IN ({ids}) AND value IS NOT NULL AND period IN ({periods})")

_Target = namedtuple("_Target", TARGET_COLUMNS)
_Area = namedtuple("_Area", ("id", "code", "name"))


def target_rows(path: Path, year: int, period_code: str | Period) -> list[TargetRow] | None:
    """The rows ``services.progress.target_rows`` gives for the plan ``year``
    and ``period_code`` of the SQLite file at ``path``, or None when the
    normal open should decide (never raises)."""
    try:
        period = Period.parse(period_code)
    except PeriodError:
        return None
    if period.year != int(year):
        return None
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        return _read(con, int(year), period)
    except (sqlite3.Error, TypeError, ValueError, KeyError):
        return None
    finally:
        con.close()


def _read(con: sqlite3.Connection, year: int, period: Period) -> list[TargetRow] | None:
    # No figure is shown from a damaged file: the same page-level check as
    # the normal open, first (about 1 ms on the sample plan's file).
    if con.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
        return None  # the normal open says so and offers the newest good backup
    rev = con.execute("SELECT version_num FROM alembic_version").fetchall()
    if rev != [(HEAD,)]:
        return None  # an older or newer schema: the normal open upgrades or refuses
    plans = {y: pid for pid, y in con.execute(
        "SELECT id, year FROM plan WHERE year IN (?, ?)", (year, year - 1))}
    if year not in plans:
        return None
    plan_id, prev_id = plans[year], plans.get(year - 1)
    stored = dict(con.execute("SELECT key, value FROM setting WHERE key IN (?, ?)",
                              TOLERANCE_KEYS).fetchall())
    tol = tolerances_from(stored)
    targets = [_target(r) for r in con.execute(_TARGETS, (plan_id,))]
    areas = [_Area(*r) for r in con.execute(_AREAS)]
    allocs: dict[int, dict[int, float]] = {}
    for tid, aid, value in con.execute(_ALLOCATIONS, (plan_id,)):
        allocs.setdefault(tid, {})[aid] = value
    mine = {t.code for t in targets}  # last year's targets count under these codes
    prev_codes = {} if prev_id is None else {
        tid: code for tid, code in con.execute(_CODES, (prev_id,)) if code in mine}
    periods = result_periods(period, bool(prev_codes))
    codes = [p.code for p in periods]
    rows: list[tuple] = []
    for ids in id_batches([*(t.id for t in targets), *prev_codes]):
        sql = _RESULTS.format(ids=", ".join("?" * len(ids)), periods=", ".join("?" * len(codes)))
        rows += con.execute(sql, (*ids, *codes)).fetchall()
    entries, prev_entries = entries_from_rows(rows, prev_codes, periods)
    return build_target_rows(targets, areas, allocs, entries, prev_entries, tol, period)


def _target(row: tuple) -> _Target:
    """A target row as SQLAlchemy's types give it: the JSON profile decoded,
    the achieved flag a bool."""
    t = _Target(*row)
    profile = json.loads(t.profile) if isinstance(t.profile, str) else t.profile
    achieved = None if t.manual_achieved is None else bool(t.manual_achieved)
    return t._replace(profile=profile, manual_achieved=achieved)
