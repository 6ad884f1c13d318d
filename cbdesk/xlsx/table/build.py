"""A plan built from an office table and its (corrected) proposal.

Every target row read becomes a :class:`ReadRow` — its code, name, unit, plan
figure, results and problems — so that a dry run and the wizard can list
what was read. Rows are matched by name to the targets of an existing plan
of the year (a results-only sheet adds results to them); new targets get the
numbers of the table (``1``, ``1.1``), prefixed by their section (``I.1``)
when the numbering restarts in each section.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from cbdesk.core.plandata import PlanData, ResultData, TargetData
from cbdesk.core.text import clean_line, fold
from cbdesk.core.vnformat import NumberFormatError, format_number, parse_number
from cbdesk.xlsx.table import proposal as P
from cbdesk.xlsx.table import roles as R
from cbdesk.xlsx.table.grid import BLANK_RUN, MAX_ROWS, Grid, blank

_NONE = {"-", "--", "x", "…", "...", "k", "0/0", "_"}


@dataclass
class ReadRow:
    row: int
    kind: str
    code: str
    name: str
    unit: str = ""
    plan: float | None = None
    results: dict[str, float | None] = field(default_factory=dict)  # period code → value
    note: str = ""
    parent: str | None = None
    decimals: int = 0  # decimals the plan figure was written with ("4,0" → 1)
    section: str = ""  # the section (I, II, A…) the row stands in
    existing: bool = False  # matched to a target of the plan already in the database
    problems: list[tuple[str, str]] = field(default_factory=list)

    def line(self, lang: str = "vi") -> str:
        vi = lang == "vi"
        num = (lambda v: format_number(v)) if vi else (lambda v: f"{v:,g}")
        parts = [f"{'dòng' if vi else 'row'} {self.row}", self.code, self.name]
        if self.unit:
            parts.append(f"({self.unit})")
        figs = []
        if self.plan is not None:
            figs.append(f"{'KH' if vi else 'plan'} {num(self.plan)}")
        for period, v in self.results.items():
            if v is not None:
                figs.append(f"{period}: {num(v)}")
        head = " ".join(p for p in parts if p)
        out = head + (" — " + "; ".join(figs) if figs else "")
        if self.parent:
            out += f" [{'thuộc' if vi else 'under'} {self.parent}]"
        for p_vi, p_en in self.problems:
            out += f" ⚠ {p_vi if vi else p_en}"
        return out


@dataclass
class Built:
    plan: PlanData
    rows: list[ReadRow]
    problems: list[tuple[str, str]]  # about the whole table (columns, periods)

    @property
    def row_problems(self) -> int:
        return sum(len(r.problems) for r in self.rows)


def period_code(relative: str, year: int) -> str:
    return str(year) if relative == "Y" else f"{year}-{relative}"


def _number(value: object) -> tuple[float | None, str]:
    if blank(value):
        return None, ""
    if isinstance(value, str) and value.strip().lower() in _NONE:
        return None, ""
    try:
        return parse_number(value), ""
    except NumberFormatError as e:
        return None, e.message_vi + "|" + e.message_en


def _strip_lead(name: str) -> str:
    low = fold(name)
    for rx in (P._LEAD_OF_WHICH, P._LEAD_BREAKDOWN):
        m = rx.match(low)
        if m:
            name = name[m.end():]
            break
    return clean_line(name).strip(" :;,.")


def build(grid: Grid, prop: P.Proposal, year: int, base: PlanData | None = None,
          default_period: str | None = None, source: str = "") -> Built:
    """The plan of ``year`` as it will be with the table's rows: ``base`` (the
    plan in the database, or None) overlaid; ``default_period`` (relative, as
    ``H1``) for result columns whose header names no period."""
    data = copy.deepcopy(base) if base is not None else PlanData(year=year, title="")
    data.year = year
    data.title = data.title or f"Kế hoạch năm {year}"
    problems: list[tuple[str, str]] = []
    cols = {role: prop.column(role) for role in (R.CODE, R.NAME, R.UNIT, R.PLAN, R.NOTE)}
    if cols[R.NAME] is None:
        problems.append(("không có cột tên chỉ tiêu — hãy chọn cột nào là tên chỉ tiêu.",
                         "no column holds the target names — choose which one does."))
        return Built(data, [], problems)
    if grid.rows_beyond:
        problems.append((f"trang có số liệu đến dòng {format_number(grid.rows_beyond)}, quá "
                         f"{format_number(grid.rows)} dòng đã đọc (bảng tối đa "
                         f"{format_number(MAX_ROWS)} dòng, không quá {BLANK_RUN} dòng trống "
                         "liền nhau).",
                         f"the sheet has data down to row {grid.rows_beyond}, past the "
                         f"{grid.rows} rows read (at most {MAX_ROWS} rows, no more than "
                         f"{BLANK_RUN} blank rows in a row)."))
    named = sorted({y for c in prop.columns if c.role in (R.PLAN, R.RESULT)
                    for y in R.years_in(c.header)})
    if named and year not in named:
        shown = ", ".join(map(str, named))
        problems.append((f"các cột kế hoạch/kết quả ghi năm {shown}, không phải năm {year} — "
                         "hãy kiểm tra năm kế hoạch.",
                         f"the plan/result columns name {shown}, not {year} — check the plan "
                         "year."))
    result_cols: list[tuple[int, str]] = []
    for c in prop.columns:
        if c.role != R.RESULT:
            continue
        period = c.period or default_period
        if period is None:
            problems.append((f"cột ‘{c.header or c.col}’ là kết quả nhưng không rõ kỳ nào — "
                             "hãy chọn kỳ (--period).",
                             f"column ‘{c.header or c.col}’ holds results but its period is "
                             "unknown — choose one (--period)."))
            continue
        result_cols.append((c.col, period_code(period, year)))
    if len({p for _c, p in result_cols}) < len(result_cols):
        problems.append(("hai cột kết quả cùng một kỳ.", "two result columns for one period."))
    rows = _read_rows(grid, prop, cols, result_cols)
    _assign_codes(rows)
    _overlay(data, rows, prop, source)
    return Built(data, rows, problems)


def _read_rows(grid: Grid, prop: P.Proposal, cols: dict, result_cols) -> list[ReadRow]:
    out: list[ReadRow] = []
    section = ""
    sections = 0
    for r, kind in sorted(prop.row_kinds.items()):
        if kind == P.SECTION:
            code_cell = P.text(grid.get(r, cols[R.CODE].col)) if cols[R.CODE] else ""
            name = P.text(grid.get(r, cols[R.NAME].col))
            sections += 1
            section = (code_cell or P.split_code(name)[0]).strip(". ") or f"S{sections}"
            continue
        if kind not in (P.TARGET, P.OF_WHICH, P.BREAKDOWN):
            continue
        raw_name = P.text(grid.get(r, cols[R.NAME].col))
        code = P.text(grid.get(r, cols[R.CODE].col)) if cols[R.CODE] else ""
        split, rest = P.split_code(raw_name)
        if split and (not code or code == split):
            code, raw_name = split, rest
        row = ReadRow(r, kind, code.strip(" .)"), _strip_lead(raw_name), section=section)
        if cols[R.UNIT]:
            row.unit = P.text(grid.get(r, cols[R.UNIT].col))
        if cols[R.NOTE]:
            row.note = P.text(grid.get(r, cols[R.NOTE].col))
        if not row.name:
            row.problems.append(("dòng không có tên chỉ tiêu.", "the row has no target name."))
        if cols[R.PLAN]:
            c = cols[R.PLAN].col
            row.plan, err = _number(grid.get(r, c))
            raw = grid.get(r, c)
            if isinstance(raw, str) and "," in raw and not err:
                row.decimals = len(raw.rstrip("% ").rsplit(",", 1)[1])  # "4,0" → 1
            _cell_problem(row, grid, r, c, err, prop)
        for c, period in result_cols:
            row.results[period], err = _number(grid.get(r, c))
            _cell_problem(row, grid, r, c, err, prop)
        out.append(row)
    return out


def _cell_problem(row: ReadRow, grid: Grid, r: int, c: int, err: str, prop: P.Proposal) -> None:
    header = prop.columns[c - 1].header or str(c)
    if (r, c) in grid.unsaved:
        row.problems.append((f"cột ‘{header}’: ô có công thức nhưng tệp không lưu kết quả (mở "
                             "bằng Excel, lưu lại rồi nhập lại).",
                             f"column ‘{header}’: a formula whose result was never saved (open "
                             "the file in Excel, save it and import again)."))
    elif err:
        vi, en = err.split("|", 1)
        row.problems.append((f"cột ‘{header}’: {vi}", f"column ‘{header}’: {en}"))


def _assign_codes(rows: list[ReadRow]) -> None:
    """Codes and parents: the table's own numbers where it has them."""
    last_top: ReadRow | None = None
    counters: dict[str, int] = {}
    by_raw: dict[tuple[str, str], ReadRow] = {}
    top_count: dict[str, int] = {}
    for row in rows:
        sec = row.section
        if row.kind == P.TARGET or last_top is None:
            if P.code_kind(row.code) != "number":
                top_count[sec] = top_count.get(sec, 0) + 1
                row.code = str(top_count[sec])
            else:
                top_count[sec] = max(top_count.get(sec, 0), int(row.code.split(".")[0]))
            if row.kind != P.TARGET:
                row.kind = P.TARGET
            last_top = row
            by_raw[(sec, row.code)] = row
            continue
        parent = last_top
        if P.code_kind(row.code) == "number" and "." in row.code:
            head = row.code.rsplit(".", 1)[0]
            parent = by_raw.get((sec, head), last_top)
            own = row.code
        else:
            counters[parent.code] = counters.get(parent.code, 0) + 1
            own = f"{parent.code}.{counters[parent.code]}"
        row.parent = parent.code
        row.code = own
        by_raw[(sec, own)] = row
    codes = [r.code for r in rows]
    if len(set(codes)) < len(codes):  # numbering restarts per section
        for row in rows:
            sec = row.section
            if sec:
                row.code = f"{sec}.{row.code}"
                if row.parent:
                    row.parent = f"{sec}.{row.parent}"
    seen: set[str] = set()
    renamed: dict[str, str] = {}
    for row in rows:
        if row.parent in renamed:
            row.parent = renamed[row.parent]
        code, n = row.code, 1
        while code in seen:
            n += 1
            code = f"{row.code}-{n}"
        if code != row.code:
            renamed[row.code] = code
            row.code = code
        seen.add(code)


def _overlay(data: PlanData, rows: list[ReadRow], prop: P.Proposal, source: str) -> None:
    existing = {fold(t.name).strip(" :.;"): t for t in data.targets}
    taken = {t.code for t in data.targets}
    has_plan = prop.column(R.PLAN) is not None
    code_map: dict[str, str] = {}
    for row in rows:
        match = existing.get(fold(row.name).strip(" :.;"))
        if match is not None:
            row.existing = True
            code_map[row.code] = match.code
            row.code = match.code
            if row.plan is not None:
                match.target = row.plan
            if row.unit and not match.unit:
                match.unit = row.unit
            continue
        if not has_plan and data.targets:
            row.problems.append((f"không có chỉ tiêu ‘{row.name}’ trong kế hoạch năm "
                                 f"{data.year} (trang chỉ có kết quả).",
                                 f"no target ‘{row.name}’ in the {data.year} plan (the sheet "
                                 "holds results only)."))
            continue
        code = row.code
        n = 1
        while code in taken:
            n += 1
            code = f"{row.code}-{n}"
        code_map[row.code] = code
        row.code = code
        taken.add(code)
        parent = code_map.get(row.parent) if row.parent else None
        row.parent = parent
        relation = None
        if parent:
            relation = "breakdown" if row.kind == P.BREAKDOWN else "of_which"
        unit = row.unit
        if row.plan is None and not any(v is not None for v in row.results.values()):
            kind = "qualitative"
        elif unit.strip() == "%":
            kind = "level"
        else:
            kind = "cumulative"
        decimals = row.decimals
        if row.plan is not None and not float(row.plan).is_integer():
            decimals = max(decimals, min(3, len(f"{row.plan:.6g}".split(".")[-1])))
        data.targets.append(TargetData(code=code, name=row.name, unit=unit, kind=kind,
                                       target=row.plan, parent_code=parent,
                                       relation=relation, decimals=decimals))
    new = {(row.code, period): ResultData(row.code, period, None, value, row.note, source)
           for row in rows if not row.problems
           for period, value in row.results.items() if value is not None}
    data.results = [r for r in data.results if r.area or (r.target, r.period) not in new]
    data.results.extend(new.values())


def row_problem_lines(built: Built) -> list[str]:
    return [r.line() for r in built.rows if r.problems]

