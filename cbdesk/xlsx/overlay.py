"""Overlaying an interchange workbook's rows on a plan, by code, column by
column: a column the sheet lacks leaves the field as it was; a blank cell in a
column the sheet has empties the field. References (parents, units, areas,
targets, tasks) are checked against the plan as it will be, and every problem
is reported with its sheet, row and column."""

from __future__ import annotations

from cbdesk.core.deadlines import Deadline, DeadlineError
from cbdesk.core.enums import AreaLevel, Direction, PlanStatus, Relation, TargetKind, UnitKind
from cbdesk.core.plandata import (
    AreaData,
    PlanData,
    ProgressUpdateData,
    TargetData,
    TaskData,
    UnitData,
)
from cbdesk.core.text import nfc
from cbdesk.services import validation
from cbdesk.xlsx import schema as S
from cbdesk.xlsx.cells import (
    CellError,
    Issue,
    read_code,
    read_codes,
    read_date,
    read_done,
    read_enum,
    read_int,
    read_number,
    read_text,
)
from cbdesk.xlsx.layout import decimals_of
from cbdesk.xlsx.reader import Row, Table
from cbdesk.xlsx.rows import BAD, SheetRows, ok


def _long(value: object) -> str:
    """Text as the plan stores it (core.text.clean: NFC, trimmed, paragraphs kept)."""
    return read_text(value, long=True)


def _raw(value: object) -> str:
    return "" if value is None else nfc(str(value))


def read_year(file: str, info: Table, issues: list[Issue]) -> int | None:
    """The plan year from the `Năm` row of `Thông tin`."""
    sheet = SheetRows(file, info, issues)
    years = []
    for row in info.rows:
        if S.header_key(row.cells.get("item")) == S.header_key(S.INFO_YEAR):
            year = sheet.read(row, "value", read_int)
            if year is BAD:
                return None
            if year is None or not 1900 <= year <= 2200:
                sheet.issue(row, "value", "năm kế hoạch phải là một năm như 2021.",
                            "the plan year must be a year such as 2021.", row.cells.get("value"))
                return None
            years.append(year)
    if not years:
        issues.append(Issue(file, f"thiếu dòng ‘{S.INFO_YEAR}’ (năm kế hoạch).",
                            f"the row ‘{S.INFO_YEAR}’ (plan year) is missing.", sheet=info.sheet))
        return None
    if len(set(years)) > 1:
        issues.append(Issue(file, "có nhiều dòng ‘Năm’ khác nhau.",
                            "several different ‘Năm’ rows.", sheet=info.sheet))
        return None
    return years[0]


def _deadline(year: int):
    def read(value: object) -> str:
        if value is None or (isinstance(value, str) and not value.strip()):
            return ""
        try:
            return Deadline.parse(value, year=year).code  # type: ignore[arg-type]
        except DeadlineError as e:
            raise CellError(e.message_vi, e.message_en) from None

    return read


class Overlay:
    """A plan being overlaid with one workbook's sheets."""

    def __init__(self, file: str, base: PlanData, issues: list[Issue]):
        self.file = file
        self.data = base
        self.issues = issues
        self.year = base.year
        # The dicts keep the plan's order and append new codes at the end.
        self.unit_map: dict[str, UnitData] = _by_code(base.units)
        self.areas_ = _by_code(base.areas)
        self.targets_ = _by_code(base.targets)
        self.tasks_ = _by_code(base.tasks)
        self.results_ = {(r.target, r.period, r.area): r for r in base.results}
        self.updates_: list[ProgressUpdateData] = list(base.updates)

    def units(self, table: Table) -> None:
        sh = SheetRows(self.file, table, self.issues)
        for row in _unique(sh, table):
            code = row.cells["code"]
            u = self.unit_map.get(code) or UnitData(code, "")
            name, kind = sh.read(row, "name", _long), sh.read(row, "kind", read_enum,
                                                                  UnitKind)
            if not ok(name, kind):
                continue
            if sh.has("name"):
                u.name = name
            if kind:
                u.kind = kind
            if not u.name:
                sh.issue(row, "name", "thiếu tên đơn vị.", "the unit has no name.")
            self.unit_map[code] = u

    def plan(self) -> PlanData:
        d = self.data
        d.units = list(self.unit_map.values())
        d.areas = list(self.areas_.values())
        d.targets = list(self.targets_.values())
        d.tasks = list(self.tasks_.values())
        d.results = list(self.results_.values())
        d.updates = self.updates_
        return d

    def info(self, table: Table | None) -> None:
        if table is None:
            return
        sh = SheetRows(self.file, table, self.issues)
        scalars = {S.header_key(label): path for label, path in S.INFO_SCALARS}
        lists = {S.header_key(label): path for label, path in S.INFO_LISTS}
        collected: dict[str, list[str]] = {}
        for row in table.rows:
            label = S.header_key(row.cells.get("item"))
            if label in scalars:
                path = scalars[label]
                if path == "status":  # blank: as it was
                    value = sh.read(row, "value", read_enum, PlanStatus)
                    if value is BAD or value is None:
                        continue
                elif path == "doc_date":
                    value = sh.read(row, "value", read_date)
                else:
                    value = sh.read(row, "value", _long)
                if value is not BAD:
                    _set_path(self.data, path, value)
            elif label in lists:
                text = sh.read(row, "value", _long)
                if text and text is not BAD:
                    collected.setdefault(lists[label], []).append(text)
        for path, items in collected.items():
            _set_path(self.data, path, items)

    def areas(self, table: Table) -> None:
        sh = SheetRows(self.file, table, self.issues)
        rows = []
        for row in _unique(sh, table):
            code = row.cells["code"]
            a = self.areas_.get(code) or AreaData(code, "")
            name = sh.read(row, "name", _long)
            level = sh.read(row, "level", read_enum, AreaLevel)
            parent = sh.read(row, "parent", read_code)
            start, end = sh.read(row, "valid_from", read_date), sh.read(row, "valid_to",
                                                                       read_date)
            if not ok(name, level, parent, start, end):
                continue
            if sh.has("name"):
                a.name = name
            if level:
                a.level = level
            for key, attr, value in (("parent", "parent_code", parent or None),
                                     ("valid_from", "valid_from", start),
                                     ("valid_to", "valid_to", end)):
                if sh.has(key):
                    setattr(a, attr, value)
            if not a.name:
                sh.issue(row, "name", "thiếu tên địa bàn.", "the area has no name.")
            self.areas_[code] = a
            rows.append((row, a))
        for row, a in rows:
            if a.parent_code:
                a.parent_code = sh.resolve(row, "parent", a.parent_code, self.areas_,
                                           "địa bàn", "area")

    def targets(self, table: Table) -> None:
        sh = SheetRows(self.file, table, self.issues)
        rows = []
        for row in _unique(sh, table):
            code = row.cells["code"]
            is_new = code not in self.targets_
            t = self.targets_.get(code) or TargetData(code, "")
            figures = (t.target, t.baseline)
            v = {key: sh.read(row, key, reader, *args) for key, reader, *args in (
                ("parent", read_code), ("relation", read_enum, Relation), ("name", _long),
                ("unit", _long), ("kind", read_enum, TargetKind),
                ("direction", read_enum, Direction), ("target", read_number),
                ("baseline", read_number), ("lead_unit", read_code), ("decimals", read_int),
                ("group", read_int), ("statement", _raw))}
            if not ok(*v.values()):
                continue
            for key, attr in (("parent", "parent_code"), ("relation", "relation"),
                              ("name", "name"), ("unit", "unit"), ("target", "target"),
                              ("baseline", "baseline"), ("lead_unit", "lead_unit"),
                              ("group", "group"), ("statement", "statement")):
                if not sh.has(key):
                    continue
                value = v[key]
                if key in ("parent", "relation", "lead_unit"):
                    value = value or None
                elif key in ("name", "unit", "statement"):
                    value = value or ""
                elif key == "group":
                    value = value or 0
                setattr(t, attr, value)
            t.kind = v["kind"] or t.kind
            t.direction = v["direction"] or t.direction
            if v["decimals"] is not None:
                t.decimals = v["decimals"]
            elif is_new or (t.target, t.baseline) != figures:
                # Enough decimals to print the new figures as written.
                t.decimals = max(0 if is_new else t.decimals,
                                 *(decimals_of(x) for x in (t.target, t.baseline)
                                   if x is not None), 0)
            self.targets_[code] = t
            rows.append((row, t))
        for row, t in rows:
            if t.parent_code:
                t.parent_code = sh.resolve(row, "parent", t.parent_code, self.targets_,
                                           "chỉ tiêu", "target")
            if t.lead_unit:
                t.lead_unit = sh.resolve(row, "lead_unit", t.lead_unit, self.unit_map,
                                         "đơn vị", "unit")
            for vi, en in validation.check_target_fields(t):
                sh.issue(row, None, vi, en, reading=False)

    def allocations(self, table: Table) -> None:
        sh = SheetRows(self.file, table, self.issues)
        seen: dict[tuple[str, str], int] = {}
        for row in table.rows:
            code, area, value = (sh.read(row, "target", read_code),
                                 sh.read(row, "area", read_code), sh.read(row, "value",
                                                                          read_number))
            if not ok(code, area, value) or not _needed(sh, row, code=code, area=area):
                continue
            code = sh.resolve(row, "target", code, self.targets_, "chỉ tiêu", "target")
            area = sh.resolve(row, "area", area, self.areas_, "địa bàn", "area")
            if code is None or area is None:
                continue
            if (code, area) in seen:
                sh.issue(row, "area", f"trùng với dòng {seen[(code, area)]}.",
                         f"repeats row {seen[(code, area)]}.", area)
                continue
            seen[(code, area)] = row.number
            t = self.targets_[code]
            if value is None:
                sh.issue(row, "value", "thiếu số kế hoạch phân bổ.", "the figure is missing.")
                continue
            problems = validation.check_value(code, t.unit, t.kind, value, "kế hoạch phân bổ",
                                              "allocation")
            for vi, en in problems:
                sh.issue(row, "value", vi, en, row.cells.get("value"), reading=False)
            t.allocations[area] = value

    def tasks(self, table: Table) -> None:
        sh = SheetRows(self.file, table, self.issues)
        rows = []
        for row in _unique(sh, table):
            code = row.cells["code"]
            t = self.tasks_.get(code) or TaskData(code, "")
            v = {key: sh.read(row, key, reader) for key, reader in (
                ("parent", read_code), ("title", _long), ("description", _long),
                ("lead_unit", read_code), ("coordinating", read_codes),
                ("deadline", _deadline(self.year)), ("output", _long), ("status", read_done),
                ("percent", read_number), ("completed_on", read_date))}
            if not ok(*v.values()):
                continue
            for key, attr in (("parent", "parent_code"), ("title", "title"),
                              ("description", "description"), ("lead_unit", "lead_unit"),
                              ("coordinating", "coordinating_units"), ("deadline", "deadline"),
                              ("output", "expected_output"), ("completed_on", "completed_on")):
                if sh.has(key):
                    value = v[key]
                    setattr(t, attr, (value or None) if key in ("parent", "lead_unit") else value)
            if v["percent"] is not None:
                t.percent_done = v["percent"]
                if not 0 <= t.percent_done <= 100:
                    sh.issue(row, "percent", "% hoàn thành phải từ 0 đến 100.",
                             "% done must be within 0–100.", row.cells.get("percent"))
            if v["status"] is not None:
                t.done = v["status"]
                if not t.done:
                    t.completed_on = None
            if not t.title:
                sh.issue(row, "title", "thiếu tiêu đề nhiệm vụ.", "the task has no title.")
            self.tasks_[code] = t
            rows.append((row, t))
        for row, t in rows:
            if t.parent_code:
                t.parent_code = sh.resolve(row, "parent", t.parent_code, self.tasks_,
                                           "nhiệm vụ", "task")
            if t.lead_unit:
                t.lead_unit = sh.resolve(row, "lead_unit", t.lead_unit, self.unit_map,
                                         "đơn vị", "unit")
            t.coordinating_units = [c for c in (
                sh.resolve(row, "coordinating", c, self.unit_map, "đơn vị", "unit")
                for c in t.coordinating_units) if c]

    def results(self, table: Table) -> None:
        from cbdesk.xlsx.result_rows import overlay_results

        overlay_results(self, SheetRows(self.file, table, self.issues), table)

    def updates(self, table: Table) -> None:
        sh = SheetRows(self.file, table, self.issues)
        for row in table.rows:
            task, day = sh.read(row, "task", read_code), sh.read(row, "date", read_date)
            percent, done = sh.read(row, "percent", read_number), sh.read(row, "status",
                                                                          read_done)
            note = sh.read(row, "note", _long)
            if not ok(task, day, percent, done, note) or not _needed(sh, row, task=task):
                continue
            task = sh.resolve(row, "task", task, self.tasks_, "nhiệm vụ", "task")
            if day is None:
                sh.issue(row, "date", "thiếu ngày.", "the date is missing.")
            if percent is None or not 0 <= percent <= 100:
                sh.issue(row, "percent", "% hoàn thành phải là số từ 0 đến 100.",
                         "% done must be a number within 0–100.", row.cells.get("percent"))
            if task is None or day is None or percent is None:
                continue
            self.updates_.append(ProgressUpdateData(task, day, percent, note or "",
                                                    bool(done)))


def _by_code(items: list) -> dict:
    return {item.code: item for item in items}


def _set_path(obj, path: str, value) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = getattr(obj, part)
    setattr(obj, last, value)


def _needed(sh: SheetRows, row: Row, **codes) -> bool:
    """Report the key columns left blank; False when one is."""
    missing = [k for k, v in codes.items() if not v]
    for key in missing:
        sh.issue(row, key, "ô này không được để trống.", "this cell must not be blank.")
    return not missing


def _unique(sh: SheetRows, table: Table):
    """Rows with a readable, non-blank code, each code once (later repeats reported)."""
    seen: dict[str, int] = {}
    for row in table.rows:
        code = sh.read(row, "code", read_code)
        if code is BAD or not _needed(sh, row, code=code):
            continue
        if code in seen:
            sh.issue(row, "code", f"mã ‘{code}’ trùng với dòng {seen[code]}.",
                     f"the code ‘{code}’ repeats row {seen[code]}.")
            continue
        seen[code] = row.number
        row.cells["code"] = code
        yield row

