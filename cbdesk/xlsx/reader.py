"""Opening a workbook someone sent us, safely, and reading its sheets as tables.

Before openpyxl parses anything the file is checked: it must be a zip (an
OLE2 compound file is a password-protected workbook or an old .xls; text is a
renamed .csv/.txt), the zip must be sound, and the sizes it declares must be
sane (a decompression bomb is refused before a byte is inflated). Each
worksheet is then scanned once for merged cells and for formulas whose result
was never saved (openpyxl's ``data_only`` would silently read them as blank).

Problems are :class:`~cbdesk.xlsx.cells.Issue` objects, reported all at once.
"""

from __future__ import annotations

import re
import threading
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from cbdesk.core.vnformat import format_number
from cbdesk.xlsx.cells import Issue, WorkbookRefused, shown
from cbdesk.xlsx.schema import Column, header_key

MAX_TOTAL = 200 * 1024 * 1024  # uncompressed bytes in the whole zip
MAX_RATIO = 100  # compression ratio refused on large members
LARGE_MEMBER = 10 * 1024 * 1024  # the ratio is checked above this size
MAX_MEMBERS = 10_000
BLANK_RUN = 1_000  # a sheet ends after this many blank rows in a row
HEADER_SEARCH = 20  # rows searched for the header row
MAX_HEADER_COLUMNS = 200

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_MERGE = re.compile(rb'<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3}[0-9]+)'
                    rb'(?::([A-Za-z]{1,3}[0-9]+))?"')
_MAX_MERGE_CELLS = 1_000_000
_VALUE = re.compile(rb"<(?:[\w.-]+:)?(?:v|is)>")
_CELL_REF = re.compile(rb'<(?:[\w.-]+:)?c\b[^>]*?\br="[A-Za-z]{1,3}([0-9]+)"')
_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\b")
_SHEET_DATA = re.compile(rb"<(?:[\w.-]+:)?sheetData\b")


@dataclass
class SheetScan:
    """What the raw XML of one worksheet says beyond its values."""

    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    unsaved_formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column)
    last_value_row: int = 0  # the last row holding a value (0: unknown)


def _refuse(name: str, vi: str, en: str) -> WorkbookRefused:
    return WorkbookRefused([Issue(name, vi, en, advice=False)])


def _sniff(path: Path, name: str) -> None:
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except FileNotFoundError:
        raise _refuse(name, "không có tệp này.", "there is no such file.") from None
    except IsADirectoryError:
        raise _refuse(name, "đây là một thư mục, không phải tệp.",
                      "this is a folder, not a file.") from None
    except OSError as e:
        raise _refuse(name, f"không mở được tệp ({e.strerror}).",
                      f"the file cannot be opened ({e.strerror}).") from None
    if not head:
        raise _refuse(name, "tệp rỗng (0 byte).", "the file is empty (0 bytes).")
    if head.startswith(OLE2):
        raise _refuse(
            name,
            "tệp được đặt mật khẩu (mã hóa) hoặc là bảng tính Excel 97–2003 (.xls). Hãy mở "
            "bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) và lưu lại dạng "
            "Sổ làm việc Excel (.xlsx).",
            "the file is password-protected (encrypted) or an Excel 97–2003 workbook (.xls). "
            "Open it in Excel, remove the password and save it as an Excel Workbook (.xlsx).",
        )
    if not head.startswith(b"PK"):
        try:
            head.decode("utf-8")
            is_text = b"\x00" not in head
        except UnicodeDecodeError:
            is_text = False
        if is_text:
            raise _refuse(
                name,
                "đây là tệp văn bản (có lẽ .csv hoặc .txt đổi đuôi thành .xlsx), không phải "
                "bảng tính Excel. Hãy mở bằng Excel và lưu dạng Sổ làm việc Excel (.xlsx).",
                "this is a text file (perhaps a .csv or .txt renamed to .xlsx), not an Excel "
                "workbook. Open it in Excel and save it as an Excel Workbook (.xlsx).",
            )
        raise _refuse(name, "không phải bảng tính Excel (.xlsx).",
                      "this is not an Excel workbook (.xlsx).")


def _damaged(name: str, detail: str = "") -> WorkbookRefused:
    extra_vi = f" ({detail})" if detail else ""
    return _refuse(
        name,
        f"tệp bị hỏng hoặc không trọn vẹn{extra_vi}: có thể tệp tải về hoặc chép chưa xong. "
        "Hãy xin gửi lại tệp.",
        f"the file is damaged or incomplete{extra_vi}: perhaps it was not fully downloaded "
        "or copied. Ask for the file again.",
    )


def check_zip(path: Path, name: str) -> None:
    """Refuse what is not a sound, reasonably sized .xlsx package."""
    _sniff(path, name)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _refuse(name, f"tệp chứa quá nhiều thành phần ({len(infos)}).",
                              f"the file holds too many parts ({len(infos)}).")
            total = sum(i.file_size for i in infos)
            if total > MAX_TOTAL:
                raise _refuse(
                    name,
                    f"tệp khai báo {format_number(total // 2**20)} MB dữ liệu khi giải nén "
                    f"(giới hạn {format_number(MAX_TOTAL // 2**20)} MB) — có thể là tệp độc hại "
                    "(“bom nén”). Không mở.",
                    f"the file declares {total // 2**20:,} MB of uncompressed data (limit "
                    f"{MAX_TOTAL // 2**20} MB) — possibly a malicious “zip bomb”. Not opened.",
                )
            for i in infos:
                if i.file_size > LARGE_MEMBER and i.file_size > MAX_RATIO * max(i.compress_size,
                                                                                 1):
                    ratio = i.file_size // max(i.compress_size, 1)
                    raise _refuse(
                        name,
                        f"phần ‘{i.filename}’ nén với tỷ lệ bất thường ({format_number(ratio)}:1, "
                        f"{format_number(i.file_size // 2**20)} MB khi giải nén) — có thể là tệp "
                        "độc hại (“bom nén”). Không mở.",
                        f"the part ‘{i.filename}’ is compressed at an abnormal ratio "
                        f"({ratio:,}:1, {i.file_size // 2**20:,} MB uncompressed) — possibly a "
                        "malicious “zip bomb”. Not opened.",
                    )
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise _refuse(
                    name,
                    "tệp nén này không phải bảng tính Excel (.xlsx) — có thể là tài liệu Word, "
                    "bảng tính LibreOffice (.ods) hoặc tệp .zip đổi đuôi.",
                    "this zip is not an Excel workbook (.xlsx) — perhaps a Word document, a "
                    "LibreOffice spreadsheet (.ods) or a renamed .zip.",
                )
            bad = zf.testzip()
            if bad is not None:
                raise _damaged(name, bad)
    except WorkbookRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError,
            NotImplementedError, RuntimeError, zlib.error) as e:
        raise _damaged(name, str(e) if isinstance(e, NotImplementedError) else "") from None
    except OSError as e:
        raise _refuse(name, f"không đọc được tệp ({e.strerror}).",
                      f"the file cannot be read ({e.strerror}).") from None


def _last_match(pattern: re.Pattern[bytes], data: bytes) -> re.Match[bytes] | None:
    """The last match of ``pattern`` in ``data``: searched from the end, in
    growing windows, so that a big chunk is not scanned match by match."""
    window = 4096
    while True:
        start = max(0, len(data) - window)
        found = None
        for found in pattern.finditer(data, start):  # noqa: B007 - keep the last
            pass
        if found is not None or start == 0:
            return found
        window *= 8


def scan_sheet(archive: zipfile.ZipFile, member: str) -> SheetScan:
    """Merged ranges and formula cells without a saved result of one sheet."""
    scan = SheetScan()
    has_formula = False
    tail = b""
    merges: set[bytes] = set()
    with archive.open(member) as src:
        while chunk := src.read(1 << 20):
            data = tail + chunk
            if not has_formula and _FORMULA.search(data):
                has_formula = True
            if b"mergeCell" in data:
                merges.update(m.group(0) for m in _MERGE.finditer(data))
            last = _last_match(_VALUE, data)
            if last is not None:
                refs = list(_CELL_REF.finditer(data, max(0, last.start() - 4096), last.start()))
                if refs:
                    scan.last_value_row = max(scan.last_value_row, int(refs[-1].group(1)))
            tail = data[-512:]
    cells = 0
    for raw in merges:
        m = _MERGE.search(raw)
        if m is None or m.group(2) is None:
            continue
        r0, c0 = coordinate_to_tuple(m.group(1).decode().upper())
        r1, c1 = coordinate_to_tuple(m.group(2).decode().upper())
        cells += (abs(r1 - r0) + 1) * (abs(c1 - c0) + 1)
        if cells <= _MAX_MERGE_CELLS:
            scan.merged.append((min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)))
    if has_formula:
        scan.unsaved_formulas = _unsaved_formulas(archive, member)
    return scan


def _unsaved_formulas(archive: zipfile.ZipFile, member: str) -> set[tuple[int, int]]:
    from defusedxml.ElementTree import iterparse

    found: set[tuple[int, int]] = set()
    with archive.open(member) as src:
        for _event, el in iterparse(src, events=("end",)):
            tag = el.tag.rsplit("}", 1)[-1]
            if tag != "c":
                if tag == "row":
                    el.clear()
                continue
            kids = {k.tag.rsplit("}", 1)[-1]: k for k in el}
            if "f" in kids and (kids.get("v") is None or not (kids["v"].text or "")):
                ref = el.get("r")
                if ref:
                    found.add(coordinate_to_tuple(ref))
    return found


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
            raise _damaged(name, type(e).__name__) from None
        self.sheets = {header_key(ws.title): ws for ws in self.wb.worksheets}

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
    by_header = {header_key(c.header): c for c in columns}
    width = min(ws.max_column or MAX_HEADER_COLUMNS, MAX_HEADER_COLUMNS)
    merged_by_row = _merged_index(scan.merged)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = ws.iter_rows(min_row=1, max_col=max(width, 1), values_only=True)
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
    for number, values in enumerate(
            ws.iter_rows(min_row=header_row + 1, max_col=last, values_only=True),
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


__all__ = ["Book", "Row", "Table", "check_zip", "read_table", "scan_sheet", "shown"]
