"""Opening a workbook someone sent us, safely, and reading its sheets as
tables: the header row found however it is spelled, blank rows skipped, merged
cells spread, formulas without a saved result reported.

The byte-level checks (not a zip, damaged, encrypted, decompression bomb) are
in :mod:`cbdesk.xlsx.safety`; problems are :class:`~cbdesk.xlsx.cells.Issue`
objects, reported all at once.
"""

from __future__ import annotations

import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from cbdesk.core.vnformat import format_number
from cbdesk.xlsx.cells import Issue
from cbdesk.xlsx.fastcells import value_rows
from cbdesk.xlsx.hidden import note_sheet as note_hidden
from cbdesk.xlsx.safety import SheetScan, check_zip, damaged, scan_sheet
from cbdesk.xlsx.schema import Column, header_key

BLANK_RUN = 1_000  # a sheet ends after this many blank rows in a row
HEADER_SEARCH = 20  # rows searched for the header row
MAX_HEADER_COLUMNS = 200

_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\b")
_SHEET_DATA = re.compile(rb"<(?:[\w.-]+:)?sheetData\b")


@contextmanager
def _quick_dimensions():
    """While loading: openpyxl's read-only sheets look for their <dimension>
    by parsing until <sheetData> *ends* — the whole sheet when the writer left
    the dimension out (openpyxl's write-only mode does; so may a sheet of
    100.000 styled blank rows). The dimension, when there is one, comes before
    the data: look at the head of the XML instead."""
    _LOADING.acquire()
    original = ReadOnlyWorksheet._get_size

    def get_size(ws) -> None:
        with ws._get_source() as src:
            head = src.read(1 << 16)
        dim, data = _DIMENSION.search(head), _SHEET_DATA.search(head)
        if dim is not None or data is None:
            original(ws)

    ReadOnlyWorksheet._get_size = get_size
    try:
        yield
    finally:
        ReadOnlyWorksheet._get_size = original
        _LOADING.release()


_LOADING = threading.Lock()  # one patched load at a time (a worker thread may import)


class Book:
    """An opened workbook (read-only, cached values), its sheets by folded name."""

    def __init__(self, path: Path, name: str):
        self.path = Path(path)
        self.name = name
        check_zip(self.path, name)
        import openpyxl

        self._file = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        try:
            with warnings.catch_warnings(), _quick_dimensions():
                warnings.simplefilter("ignore")
                self.wb = openpyxl.load_workbook(self._file, read_only=True, data_only=True)
        except Exception as e:  # openpyxl raises many kinds for a broken package
            self._file.close()
            raise damaged(name, type(e).__name__) from None
        self.sheets = {header_key(ws.title): ws for ws in self.wb.worksheets}
        self.hidden_notes: dict = {}  # what is hidden in the sheets read (xlsx/hidden.py)

    def sheet(self, title: str):
        """The worksheet called ``title`` (compared folded), or None."""
        return self.sheets.get(header_key(title))

    def close(self) -> None:
        try:
            self.wb.close()
        finally:
            self._file.close()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass
class Row:
    """One non-blank data row: its number and raw cell values by column key."""

    number: int
    cells: dict[str, object]


@dataclass
class Table:
    sheet: str  # the sheet's title as written in the workbook
    header_row: int
    present: set[str]  # keys of the columns found
    headers: dict[str, str]  # key → header as written in the workbook
    rows: list[Row]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_table(book: Book, ws, columns: tuple[Column, ...], issues: list[Issue]
               ) -> Table | None:
    """The rows of ``ws`` under its header row, as raw values by column key.

    The header row is the first of the first rows holding every required
    column; blank rows are skipped; reading stops after :data:`BLANK_RUN`
    blank rows in a row. Missing columns and formulas without a saved result
    are added to ``issues``; None when the sheet cannot be read at all.
    """
    scan = scan_sheet(book.wb._archive, ws._worksheet_path)
    note_hidden(book, ws, scan.hidden)
    by_header = {header_key(c.header): c for c in columns}
    # Never trust the declared size: some programs write "A1" for any sheet,
    # and openpyxl would stop there; the rows end where the XML ends (or at a
    # long run of blank rows).
    ws.reset_dimensions()
    merged_by_row = _merged_index(scan.merged)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = ws.iter_rows(min_row=1, max_col=MAX_HEADER_COLUMNS, values_only=True)
        try:
            header_row, positions, best = _find_header(rows, by_header)
        finally:
            rows.close()
        if header_row is None:
            need = ", ".join(f"‘{c.header}’" for c in columns if c.required)
            found = ", ".join(f"‘{c.header}’" for c in columns if c.key in best)
            issues.append(Issue(
                book.name, f"không tìm thấy dòng tiêu đề có đủ các cột {need}"
                + (f" (chỉ thấy {found})" if found else "") + ".",
                f"no header row with the columns {need}" + (f" (found only {found})" if found
                                                            else "") + ".",
                sheet=ws.title))
            return None
        table = Table(ws.title, header_row, set(positions.values()),
                      {key: _header_text(by_header, key) for key in positions.values()}, [])
        last = max(positions) if positions else 1
        table.rows = list(_data_rows(book, ws, header_row, last, positions, scan,
                                     merged_by_row, columns, issues))
    return table


def _merged_index(merged: list[tuple[int, int, int, int]]) -> dict[int, list]:
    index: dict[int, list] = {}
    for r0, c0, r1, c1 in merged:
        for r in range(r0, r1 + 1):
            index.setdefault(r, []).append((r0, c0, c1))
    return index


def _header_text(by_header: dict[str, Column], key: str) -> str:
    return next(c.header for c in by_header.values() if c.key == key)


def _find_header(rows: Iterator, by_header: dict[str, Column]
                 ) -> tuple[int | None, dict[int, str], set[str]]:
    required = {c.key for c in by_header.values() if c.required}
    best: set[str] = set()
    for number, values in enumerate(rows, start=1):
        if number > HEADER_SEARCH:
            break
        positions: dict[int, str] = {}
        for col, value in enumerate(values, start=1):
            col_def = by_header.get(header_key(value)) if isinstance(value, str) else None
            if col_def is not None and col_def.key not in positions.values():
                positions[col] = col_def.key
        keys = set(positions.values())
        if len(keys) > len(best):
            best = keys
        if required <= keys and keys:
            return number, positions, keys
    return None, {}, best


def _data_rows(book: Book, ws, header_row: int, last: int, positions: dict[int, str],
               scan: SheetScan, merged_by_row: dict, columns: tuple[Column, ...],
               issues: list[Issue]) -> Iterator[Row]:
    headers = {c.key: c.header for c in columns}
    top_left: dict[tuple[int, int], object] = {}
    blank_run = 0
    for number, values in enumerate(value_rows(ws, header_row + 1, last, scan.plain),
                                    start=header_row + 1):
        values = list(values)
        for r0, c0, c1 in merged_by_row.get(number, ()):
            if number == r0 and c0 <= len(values):
                top_left[(r0, c0)] = values[c0 - 1]
            fill = top_left.get((r0, c0))
            for c in range(c0, min(c1, len(values)) + 1):
                if (number, c) != (r0, c0):
                    values[c - 1] = fill
        cells = {key: values[col - 1] if col <= len(values) else None
                 for col, key in positions.items()}
        if all(_blank(v) for v in cells.values()):
            blank_run += 1
            if blank_run >= BLANK_RUN:
                if scan.last_value_row > number:
                    issues.append(Issue(
                        book.name,
                        f"có dữ liệu ở dòng {format_number(scan.last_value_row)}, sau hơn "
                        f"{format_number(BLANK_RUN)} dòng trống liền nhau. Hãy xóa các dòng "
                        "trống ở giữa rồi nhập lại.",
                        f"there is data on row {scan.last_value_row}, after more than "
                        f"{BLANK_RUN} blank rows in a row. Delete the blank rows in between and "
                        "import again.", sheet=ws.title, advice=False))
                break
            continue
        blank_run = 0
        for col, key in positions.items():
            if (number, col) in scan.unsaved_formulas:
                issues.append(Issue(
                    book.name,
                    "ô có công thức nhưng tệp không lưu kết quả tính (tệp do chương trình khác "
                    "tạo ra). Hãy mở tệp bằng Excel, lưu lại, rồi nhập lại; hoặc ghi số thay "
                    "cho công thức.",
                    "the cell holds a formula whose result was never saved (the file was made "
                    "by another program). Open it in Excel and save it, or type the number "
                    "instead of the formula.",
                    sheet=ws.title, row=number, column=headers[key], advice=False))
                cells[key] = None
        yield Row(number, cells)


