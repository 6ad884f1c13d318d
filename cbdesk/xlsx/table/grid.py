"""A worksheet as a plain grid of cell values, read through the workbook
safety checks (:mod:`cbdesk.xlsx.safety`, :class:`cbdesk.xlsx.reader.Book`)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

from cbdesk.xlsx.cells import Issue, WorkbookRefused
from cbdesk.xlsx.reader import Book
from cbdesk.xlsx.safety import scan_sheet

MAX_ROWS = 5_000  # an office table is a few hundred rows at most
MAX_COLS = 40
BLANK_RUN = 200  # the table ends after this many blank rows in a row


@dataclass
class Grid:
    """Cell values by (row, column), both from 1; merged areas as (r0, c0, r1, c1)."""

    sheet: str
    values: list[list[object]]  # values[r - 1][c - 1]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    unsaved: set[tuple[int, int]] = field(default_factory=set)  # formulas without a result
    rows_beyond: int = 0  # the last row holding a value, when past what was read

    @property
    def rows(self) -> int:
        return len(self.values)

    @property
    def cols(self) -> int:
        return max((len(r) for r in self.values), default=0)

    def get(self, row: int, col: int) -> object:
        if 1 <= row <= len(self.values):
            line = self.values[row - 1]
            if 1 <= col <= len(line):
                return line[col - 1]
        return None

    def spread(self, row: int, col: int) -> object:
        """The value shown at (row, col): a merged area's value everywhere in it."""
        for r0, c0, r1, c1 in self.merged:
            if r0 <= row <= r1 and c0 <= col <= c1:
                return self.get(r0, c0)
        return self.get(row, col)

    def merged_down(self, row: int) -> bool:
        """Whether a merged area runs from ``row`` into the row below."""
        return any(r0 <= row < r1 for r0, _c0, r1, _c1 in self.merged)


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def sheet_names(book: Book) -> list[str]:
    return [ws.title for ws in book.wb.worksheets]


def read_grid(book: Book, sheet: str | None = None) -> Grid:
    """The sheet called ``sheet`` (the first one holding values when None)."""
    sheets = book.wb.worksheets
    if sheet is not None:
        ws = book.sheet(sheet)
        if ws is None:
            names = ", ".join(f"‘{w.title}’" for w in sheets)
            raise WorkbookRefused([Issue(
                book.name, f"không có trang ‘{sheet}’ (các trang: {names}).",
                f"there is no sheet ‘{sheet}’ (sheets: {names}).", advice=False)])
        return _read(book, ws)
    for ws in sheets:
        grid = _read(book, ws)
        if any(not blank(v) for row in grid.values for v in row):
            return grid
    raise WorkbookRefused([Issue(book.name, "tệp không có trang nào có dữ liệu.",
                                 "no sheet of the file holds any data.", advice=False)])


def _value(cell) -> object:
    """A cell's value as shown: text trimmed, a percentage cell (0,655 shown
    as 65,5%) as the percent figure offices mean."""
    v = getattr(cell, "value", None)
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, (int, float)) and not isinstance(v, bool) and \
            "%" in (getattr(cell, "number_format", "") or ""):
        return round(v * 100, 10)
    return v


def _read(book: Book, ws) -> Grid:
    scan = scan_sheet(book.wb._archive, ws._worksheet_path)
    from cbdesk.xlsx.hidden import note_sheet

    note_sheet(book, ws, scan.hidden)
    ws.reset_dimensions()
    values: list[list[object]] = []
    run = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = ws.iter_rows(min_row=1, max_row=MAX_ROWS, max_col=MAX_COLS)
        try:
            for row in rows:
                line = [_value(cell) for cell in row]
                values.append(line)
                run = run + 1 if all(blank(v) for v in line) else 0
                if run >= BLANK_RUN:
                    break
        finally:
            rows.close()
    while values and all(blank(v) for v in values[-1]):
        values.pop()
    width = max((len(r) for r in values), default=0)
    while width and all(len(r) < width or blank(r[width - 1]) for r in values):
        width -= 1
    values = [(r + [None] * width)[:width] for r in values]
    merged = [m for m in scan.merged if m[0] <= len(values)]
    beyond = scan.last_value_row if scan.last_value_row > len(values) else 0
    return Grid(ws.title, values, merged, set(scan.unsaved_formulas), beyond)
