"""The data-entry grid: the stored values of one period, targets down and
areas across (plus the whole province), with the plan figures beside; and the
one transaction that saves the edited cells.

Saving enforces the rules of ``apply_plan_data`` on a lean path: a closed
period is refused, rates stay within 0–100 and counts are never negative,
cumulative targets never get values for overlapping periods, every changed
value leaves an audit entry, and a cell changed by someone else since it was
read raises ``ConflictError`` (optimistic concurrency on ``Result.version``).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from datetime import datetime

from sqlalchemy import bindparam, delete, insert, select, update

from cbdesk.core.enums import TargetKind
from cbdesk.core.periods import Period, PeriodError, periods_of_year
from cbdesk.core.progress import (
    Entry,
    moment_figure,
    one_fact_per_moment,
    overlapping,
    period_value,
    same_moment,
)
from cbdesk.core.vnformat import format_date, format_number
from cbdesk.db.engine import Database
from cbdesk.db.models import Area, ClosedPeriod, Result, Target
from cbdesk.services import entry_frame, permissions, validation
from cbdesk.services.actors import Actor
from cbdesk.services.audit import audit_row, record_many
from cbdesk.services.errors import ConflictError, PeriodClosed, ValidationError, write_session
from cbdesk.services.grid_types import (
    CellChange,
    CellKey,
    Grid,
    GridCell,
    GridColumn,
    GridRow,
)
from cbdesk.services.plans import check_period, get_plan, is_period_locked

__all__ = ["CellChange", "CellKey", "Grid", "GridCell", "GridColumn", "GridRow", "SameMoment",
           "entry_grid", "format_cell", "save_entries"]

def _note(closed: tuple[tuple[str, datetime | None], ...], period: Period) -> str:
    """"Kỳ Quý I/2021 đã chốt số liệu ngày 15/04/2021" when a closed period
    contains ``period``; "" when it is open."""
    for code, closed_at in closed:
        try:
            cp = Period.parse(code)
        except PeriodError:
            continue
        if cp.contains(period):
            when = format_date(closed_at.date()) if closed_at else ""
            return f"Kỳ {cp.label('vi')} đã chốt số liệu" + (f" ngày {when}" if when else "")
    return ""


@functools.cache
def _period_rows_statement():
    """The stored values of the bound plan's ``codes`` periods (built once)."""
    return (select(Result.target_id, Result.period, Result.area_key, Result.value,
                   Result.version).join(Target)
            .where(Target.plan_id == bindparam("plan"),
                   Result.period.in_(bindparam("codes", expanding=True))))


def entry_grid(db: Database, year: int, period: str | Period) -> Grid:
    """Targets down, areas across (plus the whole province), stored values of
    ``period`` with their versions, plan figures beside.

    Two queries when the plan's frame (targets, areas, allocations) is kept
    (services.entry_frame: one for the plan, its closed periods and the
    frame's stamp, one for the period's values); five when it changed."""
    p = period if isinstance(period, Period) else check_period(year, period)
    with db.reading() as conn:
        state = entry_frame.plan_state(conn, year)
        fr = entry_frame.frame(conn, db, year, state)
        # Only the periods that share a month with this one matter here (its
        # own value, or smaller/larger periods that would count it twice).
        overlapping_codes = [q.code for q in periods_of_year(p.year) if q.overlaps(p)]
        rows = conn.execute(_period_rows_statement(),
                            {"plan": fr.plan_id, "codes": overlapping_codes}).all()
    parsed = {q.code: q for q in periods_of_year(p.year)}
    this = parsed.get(p.code, p)  # the same object as the stored entries' (compared by identity)
    stored: dict[tuple[int, int], list[tuple[Period, float | None, int]]] = defaultdict(list)
    for tid, pcode, akey, value, version in rows:
        rp = parsed.get(pcode)
        if rp is not None:
            stored[(tid, akey)].append((rp, value, version))
    cells: dict[CellKey, GridCell] = {}
    for (tid, akey), entries in stored.items():
        target = fr.target_code.get(tid)
        if target is None or akey not in fr.area_code:
            continue
        code, kind = target
        # Its own figure (most cells, then alone): nothing else decides the cell.
        own = entries[0] if entries[0][0] is this else next(
            (e for e in entries if e[0] is this), None)
        if own is not None:
            cells[(code, fr.area_code[akey])] = GridCell(own[1], own[2], None, None, None)
            continue
        blocked = derived = None
        if kind is TargetKind.CUMULATIVE:
            clash = overlapping([Entry(e[0], 0.0) for e in entries], p)
            if clash is not None:
                blocked = clash.period.label("vi")
                derived = period_value(kind, [Entry(e[0], e[1]) for e in entries
                                              if e[1] is not None], p)
        shared = None
        if one_fact_per_moment(kind):
            fig = moment_figure(kind, [Entry(e[0], e[1]) for e in entries], p)
            if fig is not None:
                shared, derived = fig.period.label("vi"), fig.value
        if blocked or shared:
            cells[(code, fr.area_code[akey])] = GridCell(None, None, blocked, derived, shared)
    note = _note(state.closed, p)
    return Grid(year, p.code, p.label("vi"), bool(note), note, fr.columns, fr.rows, cells)


class SameMoment(ValidationError):
    """A level or change figure typed for a period while a period ending the
    same day holds a different one (SPEC §3.5: one fact per moment). Nothing
    was saved; ``cells`` lists (target, area name, stored period label, stored
    value, new value). Saving again with ``replace_moment=True`` replaces them."""

    def __init__(self, cells: list[tuple[str, str, str, float, float]]):
        def one(c, lang):
            if lang == "vi":
                return (f"chỉ tiêu {c[0]}, {c[1]}: đã có {format_number(c[3])} "
                        f"({c[2]}), nhập {format_number(c[4])}")
            return f"target {c[0]}, {c[1]}: {format_number(c[3])} stored ({c[2]}), " \
                   f"{format_number(c[4])} typed"
        super().__init__(
            "Cùng một thời điểm chỉ có một số liệu: " + "; ".join(one(c, "vi") for c in cells)
            + ". Thay số liệu cũ bằng số mới?",
            "One figure per moment: " + "; ".join(one(c, "en") for c in cells)
            + ". Replace the stored figure with the new one?")
        self.cells = cells


def save_entries(db: Database, actor: Actor, year: int, period: str | Period,
                 changes: list[CellChange],
                 expected_versions: dict[CellKey, int | None] | None = None,
                 replace_moment: bool = False) -> int:
    """Save edited cells of one period in ONE transaction; returns how many
    values changed. ``expected_versions`` maps a cell to the version read
    (None = nothing was stored); a different stored version raises
    ConflictError and nothing is written.

    Level and change targets keep one fact per moment: a figure for H1 where
    June (or Q2) holds a different one raises :class:`SameMoment` unless
    ``replace_moment``, which replaces the stored one (audited); the same
    figure again is no change.

    A handful of statements whatever the number of cells: the plan, its
    closed periods, targets, areas and the stored rows of the edited cells
    are read once each; the writes go as batches (deletes, updates checked
    by version, inserts, audit entries)."""
    permissions.require(actor, "results.enter", db)
    p = period if isinstance(period, Period) else check_period(year, period)
    expected = expected_versions or {}
    now = datetime.now()
    with write_session(db) as s:
        conn = s.connection()
        plan = get_plan(s, year)
        closed = tuple(conn.execute(select(ClosedPeriod.period, ClosedPeriod.closed_at)
                                    .where(ClosedPeriod.plan_id == plan.id)).all())
        if is_period_locked([c[0] for c in closed], p):
            raise PeriodClosed(
                f"{_note(closed, p)} — không thể sửa số liệu. Hãy đề nghị lãnh đạo "
                "mở lại kỳ nếu cần sửa.",
                f"{p.label('en')} is closed; its figures cannot be changed. Ask a leader to "
                "reopen it.")
        targets = {t.code: t for t in conn.execute(
            select(Target.id, Target.code, Target.unit, Target.kind)
            .where(Target.plan_id == plan.id)).all()}
        areas = {a.code: a for a in conn.execute(select(Area.id, Area.code, Area.name)).all()}
        stored = _stored_rows(conn, changes, targets, areas)
        problems: list[tuple[str, str]] = []
        conflicts: list[str] = []
        moments: list[tuple[str, str, str, float, float]] = []
        deletes: list[dict] = []
        updates: list[dict] = []
        inserts: list[dict] = []
        audits: list[dict] = []
        count = 0
        for ch in changes:
            t = targets.get(ch.target)
            if t is None:
                problems.append((f"Không có chỉ tiêu '{ch.target}'.",
                                 f"No target '{ch.target}'."))
                continue
            area = areas.get(ch.area) if ch.area else None
            if ch.area and area is None:
                problems.append((f"Không có địa bàn '{ch.area}'.", f"No area '{ch.area}'."))
                continue
            akey = area.id if area else 0
            where_vi = f"Chỉ tiêu {t.code}, {area.name if area else 'toàn tỉnh'}"
            where_en = f"Target {t.code}, {area.name if area else 'whole province'}"
            if t.kind == TargetKind.QUALITATIVE and ch.value is not None:
                problems.append((f"{where_vi}: chỉ tiêu định tính không nhập số.",
                                 f"{where_en}: a qualitative target takes no figure."))
                continue
            for vi, en in validation.check_value(t.code, t.unit, t.kind, ch.value,
                                                 "giá trị", "value"):  # named with its area
                problems.append((vi.replace(f"Chỉ tiêu {t.code}:", where_vi + ":", 1),
                                 en.replace(f"Target {t.code}:", where_en + ":", 1)))
            rows = stored.get((t.id, akey), [])
            own = next((r for r in rows if r.period == p.code), None)
            key = (t.code, ch.area)
            if key in expected and expected[key] != (own.version if own else None):
                conflicts.append(f"{t.code} – {area.name if area else 'Toàn tỉnh'}")
                continue
            if own is None and ch.value is not None and t.kind == TargetKind.CUMULATIVE:
                others = []
                for r in rows:
                    try:
                        others.append(Entry(Period.parse(r.period), 0.0))
                    except PeriodError:
                        continue
                clash = overlapping(others, p)
                if clash is not None:
                    problems.append((
                        f"{where_vi}: đã có số liệu {clash.period.label('vi')} trùng thời gian "
                        "(chỉ tiêu cộng dồn sẽ bị tính hai lần).",
                        f"{where_en}: a value for {clash.period.label('en')} overlaps "
                        f"{p.label('en')} (a cumulative target would count it twice)."))
                    continue
            old = own.value if own else None
            if old == ch.value:
                continue
            if ch.value is not None and one_fact_per_moment(t.kind):
                same = []
                for r in rows:
                    try:
                        rp = Period.parse(r.period)
                    except PeriodError:
                        continue
                    if rp != p and rp.year == p.year and same_moment(rp, p) \
                            and r.value is not None:
                        same.append((rp, r))
                if own is None and same and all(r.value == ch.value for _, r in same):
                    continue  # the same fact, already stored for another period
                differing = [(rp, r) for rp, r in same if r.value != ch.value]
                if differing and not replace_moment:
                    moments += [(t.code, area.name if area else "toàn tỉnh", rp.label("vi"),
                                 r.value, ch.value) for rp, r in differing]
                    continue
                for rp, r in same:
                    audits.append(audit_row(
                        actor, "result", f"{t.code}|{rp.code}|{area.code if area else ''}",
                        "value", r.value, None, plan.year, now,
                        f"thay bằng số liệu {p.label('vi')} (cùng thời điểm)"))
                    deletes.append({"rid": r.id, "ver": r.version})
            audit_key = f"{t.code}|{p.code}|{area.code if area else ''}"
            if own is None:
                inserts.append(dict(target_id=t.id, period=p.code,
                                    area_id=area.id if area else None, area_key=akey,
                                    value=ch.value, note="", source="",
                                    entered_by=actor.username, entered_at=now, version=1))
            elif ch.value is None:
                deletes.append({"rid": own.id, "ver": own.version})
            else:
                updates.append({"rid": own.id, "ver": own.version, "val": ch.value})
            audits.append(audit_row(actor, "result", audit_key, "value", old, ch.value,
                                    plan.year, now))
            count += 1
        if conflicts:
            s.rollback()
            raise ConflictError(
                "Số liệu đã được người khác sửa sau khi bạn mở bảng: "
                + ", ".join(conflicts[:5]) + (" …" if len(conflicts) > 5 else "")
                + ". Không có gì được lưu; hãy tải lại kỳ này rồi nhập lại.",
                "Someone else changed these figures after you opened the grid: "
                + ", ".join(conflicts[:5]) + ". Nothing was saved; reload and enter again.")
        if problems:
            s.rollback()
            validation.first_problem_error(problems, ValidationError)
        if moments:
            s.rollback()
            raise SameMoment(moments)
        _write(s, actor, now, deletes, updates, inserts, audits)
        return count


def _stored_rows(conn, changes: list[CellChange], targets: dict, areas: dict) -> dict:
    """(target id, area key) → the stored rows of every period, for the edited
    cells only; one query."""
    tids = {targets[c.target].id for c in changes if c.target in targets}
    akeys = {areas[c.area].id if c.area in areas else 0 for c in changes
             if not c.area or c.area in areas}
    out: dict[tuple[int, int], list] = defaultdict(list)
    if not tids:
        return out
    for r in conn.execute(select(Result.id, Result.target_id, Result.area_key, Result.period,
                                 Result.value, Result.version)
                          .where(Result.target_id.in_(tids), Result.area_key.in_(akeys))).all():
        out[(r.target_id, r.area_key)].append(r)
    return out


def _write(s, actor: Actor, now: datetime, deletes: list[dict], updates: list[dict],
           inserts: list[dict], audits: list[dict]) -> None:
    """The saved cells as batches; a row another session changed or removed
    since it was read (its version moved) ends the transaction in
    ConflictError, nothing written."""
    conn = s.connection()
    moved = False
    if deletes:
        done = conn.execute(delete(Result).where(Result.id == bindparam("rid"),
                                                 Result.version == bindparam("ver")), deletes)
        moved |= done.rowcount != len(deletes)
    if updates:
        done = conn.execute(
            update(Result).where(Result.id == bindparam("rid"),
                                 Result.version == bindparam("ver"))
            .values(value=bindparam("val"), entered_by=actor.username, entered_at=now,
                    version=Result.version + 1), updates)
        moved |= done.rowcount != len(updates)
    if moved:
        s.rollback()
        raise ConflictError(
            "Dữ liệu vừa được người khác sửa cùng lúc; không có gì được lưu. Hãy tải lại "
            "rồi thử lại.",
            "Someone else changed the same data at the same moment; nothing was saved. "
            "Reload and try again.")
    if inserts:
        conn.execute(insert(Result), inserts)
    record_many(s, audits)


def format_cell(value: float | None, decimals: int | None = None) -> str:
    """A stored value as shown in the grid (Vietnamese notation)."""
    return format_number(value, decimals) if value is not None else ""
