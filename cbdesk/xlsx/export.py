"""`cbdesk export`: a whole plan as the interchange workbook (SPEC §3.3), laid
out for people — bold frozen headers, widths, wrapped paragraphs, real numbers
and dates in Vietnamese-friendly formats, enumerations as Vietnamese words,
periods as codes, A4 print setup — and read back by :mod:`cbdesk.xlsx.importer`
into the same plan.

Written in openpyxl's write-only mode: 100.000 results take a few seconds.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from cbdesk.core.deadlines import Deadline, DeadlineError
from cbdesk.core.enums import (
    AreaLevel,
    Direction,
    PlanStatus,
    Relation,
    TargetKind,
    TaskStatus,
    UnitKind,
)
from cbdesk.core.plandata import PlanData
from cbdesk.core.progress import task_status
from cbdesk.xlsx import schema as S
from cbdesk.xlsx.layout import Styles, decimals_of, print_setup, set_widths
from cbdesk.xlsx.rawrows import RawRows, splice


def _label(enum_cls, value: str | None) -> str | None:
    if not value:
        return None
    try:
        return enum_cls(value).label("vi")
    except ValueError:
        return value


def _deadline_cell(st: Styles, code: str, year: int):
    try:
        d = Deadline.parse(code, year=year)
    except DeadlineError:
        return st.text(code)
    if d.kind == "date":
        return st.date(d.day)
    if d.kind == "period" and d.period is not None:
        return st.cell(d.period.code, "code")
    return st.text(d.label("vi"))


class _Sheet:
    """One write-only sheet with its header written and its look set."""

    def __init__(self, wb: Workbook, title: str, landscape: bool, freeze: str = "A2",
                 extra: tuple = ()):
        self.ws = wb.create_sheet(title)
        self.st = Styles(self.ws)
        self.columns = (*S.COLUMNS[title], *extra)
        self.rows = 1
        set_widths(self.ws, [c.width for c in self.columns])
        for i, col in enumerate(self.columns, start=1):
            if col.kind == "code":
                # Typing 040 under our header keeps it text, not the number 40.
                self.ws.column_dimensions[get_column_letter(i)].number_format = "@"
        self.ws.freeze_panes = freeze
        print_setup(self.ws, landscape)
        self.ws.append([self.st.cell(c.header, "header") for c in self.columns])

    def append(self, values: list) -> None:
        self.ws.append(values)
        self.rows += 1

    def choices(self, key: str, words: list[str]) -> None:
        """A drop-down of the Vietnamese words (other spellings stay allowed)."""
        col = next(i for i, c in enumerate(self.columns, start=1) if c.key == key)
        letter = get_column_letter(col)
        dv = DataValidation(type="list", formula1='"' + ",".join(words) + '"',
                            allow_blank=True, showErrorMessage=False)
        dv.add(f"{letter}2:{letter}{max(self.rows, 2) + 500}")
        self.ws.data_validations.append(dv)

    def finish(self) -> _Sheet:
        self.ws.auto_filter.ref = self.dimension()
        return self

    def dimension(self) -> str:
        return f"A1:{get_column_letter(len(self.columns))}{max(self.rows, 1)}"


def _attr(data: PlanData, path: str):
    obj = data
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def _info(wb: Workbook, data: PlanData) -> _Sheet:
    sh = _Sheet(wb, S.INFO, landscape=False)
    st = sh.st
    sh.append([st.cell(S.INFO_YEAR, "top"), st.cell(data.year, "year")])
    for label, path in S.INFO_SCALARS:
        value = _attr(data, path)
        if path == "status":
            value = _label(PlanStatus, value)
        cell = st.date(value) if isinstance(value, date) else st.text(value, wrap=True)
        sh.append([st.cell(label, "top"), cell])
    for label, path in S.INFO_LISTS:
        for item in _attr(data, path):
            sh.append([st.cell(label, "top"), st.text(item, wrap=True)])
    return sh.finish()


def _units(wb: Workbook, data: PlanData) -> _Sheet:
    sh = _Sheet(wb, S.UNITS, landscape=False)
    for u in data.units:
        sh.append([sh.st.cell(u.code, "code"), sh.st.text(u.name), _label(UnitKind, u.kind)])
    sh.choices("kind", [m.label("vi") for m in UnitKind])
    return sh.finish()


def _areas(wb: Workbook, data: PlanData) -> _Sheet:
    sh = _Sheet(wb, S.AREAS, landscape=False)
    st = sh.st
    for a in data.areas:
        sh.append([st.cell(a.code, "code"), st.text(a.name), _label(AreaLevel, a.level),
                   st.cell(a.parent_code, "code") if a.parent_code else None,
                   st.date(a.valid_from), st.date(a.valid_to)])
    sh.choices("level", [m.label("vi") for m in AreaLevel])
    return sh.finish()


def _targets(wb: Workbook, data: PlanData, links: dict[str, str] | None = None) -> _Sheet:
    sh = _Sheet(wb, S.TARGETS, landscape=True, freeze="B2", extra=(S.TARGET_PROGRAMME,)
                if links else ())
    st = sh.st
    for t in data.targets:
        more = [st.cell(links[t.code], "code") if links.get(t.code) else None] if links else []
        sh.append([
            st.cell(t.code, "code"),
            st.cell(t.parent_code, "code") if t.parent_code else None,
            _label(Relation, t.relation), st.text(t.name, wrap=True), st.text(t.unit),
            _label(TargetKind, t.kind), _label(Direction, t.direction),
            st.number(t.target, t.decimals), st.number(t.baseline, t.decimals),
            st.cell(t.lead_unit, "code") if t.lead_unit else None,
            t.decimals, t.group, st.text(t.statement, wrap=True), *more,
        ])
    sh.choices("relation", [m.label("vi") for m in Relation])
    sh.choices("kind", [m.label("vi") for m in TargetKind])
    sh.choices("direction", [m.label("vi") for m in Direction])
    return sh.finish()


def _allocations(wb: Workbook, data: PlanData) -> _Sheet:
    sh = _Sheet(wb, S.ALLOCATIONS, landscape=False)
    st = sh.st
    area_names = {a.code: a.name for a in data.areas}
    for t in data.targets:
        for area, value in t.allocations.items():
            sh.append([st.cell(t.code, "code"), st.cell(area, "code"),
                       st.number(value, t.decimals), st.text(t.name),
                       st.text(area_names.get(area, ""))])
    return sh.finish()


def _tasks(wb: Workbook, data: PlanData, as_of: date) -> _Sheet:
    sh = _Sheet(wb, S.TASKS, landscape=True, freeze="B2")
    st = sh.st
    for t in data.tasks:
        status = task_status(_safe_deadline(t.deadline, data.year), t.done, t.completed_on,
                             t.percent_done, as_of)
        sh.append([
            st.cell(t.code, "code"), st.cell(t.parent_code, "code") if t.parent_code else None,
            st.text(t.title, wrap=True), st.text(t.description, wrap=True),
            st.cell(t.lead_unit, "code") if t.lead_unit else None,
            st.text("; ".join(t.coordinating_units)), _deadline_cell(st, t.deadline, data.year),
            st.text(t.expected_output, wrap=True), status.label("vi"),
            st.number(t.percent_done), st.date(t.completed_on),
        ])
    sh.choices("status", [m.label("vi") for m in TaskStatus])
    return sh.finish()


def _safe_deadline(code: str, year: int) -> Deadline:
    try:
        return Deadline.parse(code, year=year)
    except DeadlineError:
        return Deadline("none")


def _results(wb: Workbook, data: PlanData) -> tuple[_Sheet, list[bytes]]:
    """The `Kết quả` sheet: openpyxl writes its header and look; its rows (the
    bulk of a big plan) are returned as pieces of XML to splice in (rawrows.py)."""
    sh = _Sheet(wb, S.RESULTS, landscape=False)
    st = sh.st
    decimals = {t.code: t.decimals for t in data.targets}
    rows = RawRows(first_row=2)
    styles: dict[int, list[int | None]] = {}
    for r in data.results:
        value = r.value
        places = decimals_of(value, decimals.get(r.target, 0)) if value is not None else 0
        row_styles = styles.get(places)
        if row_styles is None:
            row_styles = styles[places] = [None, None, None, st.style_id(f"num{places}"),
                                           None, None]
        rows.append([r.target, r.period, r.area, value, r.note, r.source], row_styles)
    sh.rows += len(data.results)
    return sh.finish(), rows.chunks()


def _updates(wb: Workbook, data: PlanData) -> _Sheet:
    sh = _Sheet(wb, S.UPDATES, landscape=False)
    st = sh.st
    deadlines = {t.code: _safe_deadline(t.deadline, data.year) for t in data.tasks}
    for u in data.updates:
        status = task_status(deadlines.get(u.task, Deadline("none")), u.done,
                             u.date if u.done else None, u.percent_done, u.date)
        sh.append([st.cell(u.task, "code"), st.date(u.date), st.number(u.percent_done),
                   status.label("vi"), st.text(u.note, wrap=True)])
    return sh.finish()


def plan_workbook(data: PlanData, as_of: date | None = None,
                  links: dict[str, str] | None = None) -> bytes:
    """The interchange workbook of ``data`` as .xlsx bytes. Task statuses are
    judged ``as_of`` (today). ``links`` (target code → programme target code)
    add the column `Mã chỉ tiêu giai đoạn` to `Chỉ tiêu`."""
    wb = Workbook(write_only=True)
    sheets = [_info(wb, data), _units(wb, data), _areas(wb, data), _targets(wb, data, links),
              _allocations(wb, data), _tasks(wb, data, as_of or date.today())]
    results, rows = _results(wb, data)
    sheets += [results, _updates(wb, data)]
    out = io.BytesIO()
    wb.save(out)
    # A sheet's part name is only known once the workbook is saved.
    return splice(out.getvalue(), {_part(results): rows},
                  {_part(sh): sh.dimension() for sh in sheets})


def _part(sh: _Sheet) -> str:
    return sh.ws.path.lstrip("/")


def export_plan(db, year: int, path: str | Path, as_of: date | None = None) -> Path:
    """Write the interchange workbook of the plan of ``year`` in ``db`` to
    ``path`` atomically (a temporary file beside it, then renamed), and the
    plan's attached documents beside it in ``<name>.attachments.zip``."""
    from cbdesk.services.attachments.bundle import bundle_bytes, companion_of
    from cbdesk.services.files import write_atomically
    from cbdesk.services.plans import plan_to_data
    from cbdesk.services.programmes import links_of_year

    done = write_atomically(path, plan_workbook(plan_to_data(db, year), as_of,
                                                links_of_year(db, year)))
    bundle = bundle_bytes(db, year)
    if bundle is not None:
        write_atomically(companion_of(done), bundle)
    return done
