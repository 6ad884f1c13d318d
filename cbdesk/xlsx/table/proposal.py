"""The proposal for one sheet: where the header is, what each column holds
and what each row is. The clerk may correct any of it (the wizard's
drop-downs, or a mapping file); :mod:`.build` turns it into a plan.

Row kinds: ``section`` (I, II, A, B — a heading, not a target), ``target``,
``of_which`` / ``breakdown`` (a child of the target above: "Trong đó",
"cơ cấu", "chia ra"), ``label`` (a "Trong đó:" line without figures, saying
what the rows under it are), ``total`` (Tổng cộng), ``blank`` and ``skip``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from cbdesk.core.text import clean_line, fold
from cbdesk.xlsx.table import roles as R
from cbdesk.xlsx.table.grid import Grid, blank

SECTION, TARGET, OF_WHICH, BREAKDOWN, LABEL, TOTAL, BLANK, SKIP = (
    "section", "target", "of_which", "breakdown", "label", "total", "blank", "skip")
ROW_KINDS = (SECTION, TARGET, OF_WHICH, BREAKDOWN, LABEL, TOTAL, BLANK, SKIP)
ROW_LABELS = {
    SECTION: ("Mục (không phải chỉ tiêu)", "Section (not a target)"),
    TARGET: ("Chỉ tiêu", "Target"),
    OF_WHICH: ("Trong đó (chỉ tiêu con)", "Of which (child)"),
    BREAKDOWN: ("Cơ cấu (chỉ tiêu con)", "Breakdown (child)"),
    LABEL: ("Dòng “Trong đó:”", "“Of which:” line"),
    TOTAL: ("Dòng tổng cộng (bỏ qua)", "Total (ignored)"),
    BLANK: ("Dòng trống", "Blank"),
    SKIP: ("Bỏ qua", "Skip"),
}
HEADER_SEARCH = 30
MAX_HEADER_ROWS = 4

_ROMAN = re.compile(r"^(?=[ivxlc]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_LEAD_OF_WHICH = re.compile(r"^(trong do|trong so do|rieng)\b\s*[:,.\-–]?\s*")
_LEAD_BREAKDOWN = re.compile(r"^(co cau|chia ra|bao gom|phan theo|gom)\b\s*[:,.\-–]?\s*")
_TOTALS = ("tong cong", "tong so", "cong", "tong", "toan tinh", "tong cong toan tinh",
           "cong chung")  # fmt: skip
_COL_NUMBER = re.compile(r"^\(?\s*(\d{1,2}|[a-zA-Z])\s*\)?(\s*[=*/+\-x:]\s*\(?\w+\)?)*$")


@dataclass
class ColumnPlan:
    col: int  # from 1
    header: str  # the header text as written (rows joined)
    role: str
    period: str | None = None  # relative period of a result column: H1, Q2, Y…


@dataclass
class Proposal:
    sheet: str
    header_rows: list[int]  # row numbers of the header (from 1)
    columns: list[ColumnPlan]
    row_kinds: dict[int, str] = field(default_factory=dict)  # row number → kind
    first_row: int = 0  # the first data row

    def column(self, role: str) -> ColumnPlan | None:
        return next((c for c in self.columns if c.role == role), None)

    def signature(self) -> str:
        """The table's shape: its columns' headers, folded; equal for two files
        laid out alike (titles, years and row counts aside)."""
        parts = [re.sub(r"(19|20|21)\d\d", "yyyy", fold(c.header)) for c in self.columns]
        return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def text(value: object) -> str:
    if blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_line(str(value))


def _row_texts(grid: Grid, row: int) -> list[str]:
    return [text(grid.spread(row, c)) for c in range(1, grid.cols + 1)]


def _is_numbering(grid: Grid, row: int) -> bool:
    """A row under the header numbering its columns: (1) (2) (3)…, A B 1 2 3=2/1."""
    cells = [text(grid.get(row, c)) for c in range(1, grid.cols + 1)]
    filled = [t for t in cells if t]
    if len(filled) < max(3, grid.cols // 2):
        return False
    if not all(_COL_NUMBER.match(t) for t in filled):
        return False
    nums = [int(re.sub(r"\D", "", t)) for t in filled if re.fullmatch(r"\(?\d+\)?", t)]
    return len(nums) >= 2 and nums == sorted(nums) and len(set(nums)) == len(nums)


def find_header(grid: Grid) -> list[int]:
    """The header's rows: the first row reading like headers (two or more
    header words), and the rows under it that continue it (a merged area
    running down, or more header words and no figures)."""
    start = None
    for r in range(1, min(grid.rows, HEADER_SEARCH) + 1):
        texts = [t for t in _row_texts(grid, r) if t]
        if len(set(texts)) >= 2 and R.header_score(list(dict.fromkeys(texts))) >= 2:
            start = r
            break
    if start is None:
        return []
    rows = [start]
    r = start
    while len(rows) < MAX_HEADER_ROWS and r < grid.rows:
        nxt = r + 1
        own = [grid.get(nxt, c) for c in range(1, grid.cols + 1)]
        numbers = [v for v in own if isinstance(v, (int, float)) and not isinstance(v, bool)]
        words = R.header_score([text(v) for v in own if isinstance(v, str)])
        if _is_numbering(grid, nxt) or numbers:
            break
        coded = any(code_kind(text(v)) in ("roman", "letter_upper", "number") for v in own
                    if not blank(v))
        if grid.merged_down(r) or (words >= 2 and not coded):
            rows.append(nxt)
            r = nxt
            continue
        break
    return rows


def header_texts(grid: Grid, rows: list[int]) -> list[str]:
    out = []
    for c in range(1, grid.cols + 1):
        parts: list[str] = []
        for r in rows:
            t = text(grid.spread(r, c))
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        out.append(" ".join(parts))
    return out


def propose(grid: Grid, year: int, saved: dict | None = None) -> Proposal:
    """The proposal for ``grid``; ``saved`` is a mapping (see :mod:`.mapping`)
    whose column roles override the guesses."""
    rows = list(saved.get("header_rows") or []) if saved else []
    rows = [r for r in rows if isinstance(r, int) and 1 <= r <= grid.rows] or find_header(grid)
    headers = header_texts(grid, rows) if rows else [""] * grid.cols
    columns = []
    for c, h in enumerate(headers, start=1):
        role, period = R.guess(h, year) if rows else (R.SKIP, None)
        columns.append(ColumnPlan(c, h, role, period))
    if rows:
        _settle(columns, grid, rows)
    else:
        _headerless(columns, grid)
    if saved:
        apply_saved_columns(columns, saved)
    last = max(rows) if rows else 0
    first = last + 1
    while first <= grid.rows and _is_numbering(grid, first):
        first += 1
    prop = Proposal(grid.sheet, rows, columns, first_row=first)
    prop.row_kinds = propose_rows(grid, prop)
    if saved:
        for key, kind in (saved.get("rows") or {}).items():
            if str(key).isdigit() and kind in ROW_KINDS and int(key) in prop.row_kinds:
                prop.row_kinds[int(key)] = kind
    return prop


def apply_saved_columns(columns: list[ColumnPlan], saved: dict) -> None:
    from openpyxl.utils import column_index_from_string

    for key, spec in (saved.get("columns") or {}).items():
        try:
            col = int(key) if str(key).isdigit() else column_index_from_string(str(key).upper())
        except ValueError:
            continue
        if not 1 <= col <= len(columns) or not isinstance(spec, dict):
            continue
        role = spec.get("role")
        if role in R.ROLES:
            columns[col - 1].role = role
            period = spec.get("period")
            columns[col - 1].period = period if period in R.PERIODS else None


def _settle(columns: list[ColumnPlan], grid: Grid, rows: list[int]) -> None:
    """One code, name, unit, plan and note column each; a name column found
    by its long texts when no header named it."""
    for role in (R.CODE, R.NAME, R.UNIT, R.PLAN, R.NOTE):
        seen = False
        for c in columns:
            if c.role == role:
                if seen:
                    c.role = R.SKIP
                seen = True
    _one_result_per_moment(columns)
    if not any(c.role == R.NAME for c in columns):
        name = _longest_text_column(grid, max(rows) + 1, columns)
        if name is not None:
            columns[name - 1].role = R.NAME


def _one_result_per_moment(columns: list[ColumnPlan]) -> None:
    """Results whose periods overlap ("Quý II" beside "6 tháng") would count
    the same months twice for a running total: the longest, latest one is
    proposed, the others skipped (the clerk may choose otherwise)."""
    from cbdesk.core.periods import Period

    def span(c: ColumnPlan) -> Period:
        return Period.parse("2000" if c.period == "Y" else f"2000-{c.period}")

    timed = [c for c in columns if c.role == R.RESULT and c.period]
    timed.sort(key=lambda c: (len(span(c).months), span(c).last_month), reverse=True)
    kept: list[ColumnPlan] = []
    for c in timed:
        if any(span(c).overlaps(span(k)) for k in kept):
            c.role = R.SKIP
        else:
            kept.append(c)


def _longest_text_column(grid: Grid, first: int, columns: list[ColumnPlan]) -> int | None:
    best, best_len = None, 0
    for c in columns:
        if c.role not in (R.SKIP,):
            continue
        total = sum(len(v) for r in range(first, min(grid.rows, first + 200) + 1)
                    if isinstance(v := grid.get(r, c.col), str))
        if total > best_len:
            best, best_len = c.col, total
    return best


def _headerless(columns: list[ColumnPlan], grid: Grid) -> None:
    """No header found: the longest texts are the names; nothing else guessed."""
    name = _longest_text_column(grid, 1, columns)
    if name is not None:
        columns[name - 1].role = R.NAME


# --------------------------------------------------------------------------- rows


def _figure_cols(prop: Proposal) -> list[int]:
    return [c.col for c in prop.columns if c.role in (R.PLAN, R.RESULT)]


def code_kind(code: str) -> str:
    """``roman`` (I, II), ``letter`` (A, B, a, b), ``number`` (1, 1.1, 2.3.1),
    ``bullet`` (-, +, *), or ``""``."""
    low = code.strip().rstrip(".)").lower()
    if not low:
        return ""
    if _ROMAN.match(low):
        return "roman"
    if re.fullmatch(r"[a-zđ]", low):
        return "letter_upper" if code.strip()[0].isupper() else "letter"
    if re.fullmatch(r"\d{1,3}(\.\d{1,3})*", low):
        return "number"
    if low in ("-", "+", "*", "•", "–", "—"):
        return "bullet"
    return ""


def split_code(name: str) -> tuple[str, str]:
    """A name written with its own number: ``"1.2. Lao động nữ"`` → ("1.2", …),
    ``"II. VIỆC LÀM"`` → ("II", …), ``"- Lao động nữ"`` → ("-", …)."""
    m = re.match(r"^\s*((?:\d{1,3}\.)*\d{1,3}|[IVXLC]{1,6}|[A-Za-z])\s*[.)/]\s+(\S.*)$", name)
    if m and code_kind(m.group(1)):
        return m.group(1), m.group(2)
    m = re.match(r"^\s*([-+*•–—])\s*(\S.*)$", name)
    if m:
        return m.group(1), m.group(2)
    return "", name


def propose_rows(grid: Grid, prop: Proposal) -> dict[int, str]:
    code_col = prop.column(R.CODE)
    name_col = prop.column(R.NAME)
    figs = _figure_cols(prop)
    kinds: dict[int, str] = {}
    pending = ""  # the relation a "Trong đó:" line announced
    for r in range(prop.first_row, grid.rows + 1):
        values = [grid.get(r, c) for c in range(1, grid.cols + 1)]
        if all(blank(v) for v in values):
            kinds[r] = BLANK
            continue
        name = text(grid.get(r, name_col.col)) if name_col else ""
        code = text(grid.get(r, code_col.col)) if code_col else ""
        if not code and name:
            code, _rest = split_code(name)
        has_fig = any(not blank(grid.get(r, c)) for c in figs)
        low = fold(name).strip(" :.")
        ck = code_kind(code)
        if not name:
            kinds[r] = SKIP
            continue
        if low in _TOTALS or low.startswith(("tong cong", "cong toan")):
            kinds[r] = TOTAL
            continue
        if _LEAD_OF_WHICH.match(low) or _LEAD_BREAKDOWN.match(low):
            relation = OF_WHICH if _LEAD_OF_WHICH.match(low) else BREAKDOWN
            rest = (_LEAD_OF_WHICH if relation == OF_WHICH else _LEAD_BREAKDOWN).sub("", low)
            if not has_fig and not rest:
                kinds[r] = LABEL
                pending = relation
                continue
            kinds[r] = relation
            pending = relation
            continue
        if ck == "roman" or ck == "letter_upper" or (
                not has_fig and name.isupper() and len(name) > 3 and ck in ("", "number")
                and "." not in code):
            kinds[r] = SECTION
            pending = ""
            continue
        if ck == "number" and "." in code.strip(".") :
            kinds[r] = pending or OF_WHICH
            continue
        if ck in ("bullet", "letter") or (pending and not ck):
            kinds[r] = pending or OF_WHICH
            continue
        pending = ""
        kinds[r] = TARGET
    return kinds
