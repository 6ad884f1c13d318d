"""Byte-level checks of a workbook someone sent us, before openpyxl parses it.

It must be a zip (an OLE2 compound file is a password-protected workbook or an
old .xls; text is a renamed .csv/.txt); the zip must be sound; the sizes it
declares must be sane (a decompression bomb is refused before a byte is
inflated). Each worksheet's XML is then scanned once for merged cells, for
formulas whose result was never saved (openpyxl's ``data_only`` would
silently read them as blank) and for the last row holding a value.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils.cell import coordinate_to_tuple

from cbdesk.core.vnformat import format_number
from cbdesk.services.os_errors import os_reason
from cbdesk.xlsx.cells import Issue, WorkbookRefused
from cbdesk.xlsx.hidden import HiddenFound
from cbdesk.xlsx.hidden import scan_chunk as scan_hidden

MAX_TOTAL = 200 * 1024 * 1024  # uncompressed bytes in the whole zip
MAX_RATIO = 100  # compression ratio refused on large members
LARGE_MEMBER = 10 * 1024 * 1024  # the ratio is checked above this size
MAX_MEMBERS = 10_000
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_MERGE = re.compile(rb'<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref="([A-Za-z]{1,3}[0-9]+)'
                    rb'(?::([A-Za-z]{1,3}[0-9]+))?"')
_MAX_MERGE_CELLS = 1_000_000
_VALUE = re.compile(rb"<(?:[\w.-]+:)?(?:v|is)>")
_CELL_REF = re.compile(rb'<(?:[\w.-]+:)?c\b[^>]*?\br="[A-Za-z]{1,3}([0-9]+)"')


@dataclass
class SheetScan:
    """What the raw XML of one worksheet says beyond its values."""

    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    unsaved_formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, column)
    last_value_row: int = 0  # the last row holding a value (0: unknown)
    hidden: HiddenFound = field(default_factory=HiddenFound)  # hidden rows/columns (hidden.py)
    # Plain XML: no document type declaration (so no entity) and an
    # ASCII-compatible encoding; its rows may go through the stdlib's C parser
    # (xlsx/fastcells.py). Anything else is read through defusedxml as before.
    plain: bool = True


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
        vi, en = os_reason(e, "read")
        raise _refuse(name, f"không mở được tệp ({vi}).",
                      f"the file cannot be opened ({en}).") from None
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


def damaged(name: str, detail: str = "") -> WorkbookRefused:
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
                raise damaged(name, bad)
    except WorkbookRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError,
            NotImplementedError, RuntimeError, zlib.error) as e:
        raise damaged(name, str(e) if isinstance(e, NotImplementedError) else "") from None
    except OSError as e:
        vi, en = os_reason(e, "read")
        raise _refuse(name, f"không đọc được tệp ({vi}).",
                      f"the file cannot be read ({en}).") from None


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
            scan_hidden(data, scan.hidden)
            if scan.plain and (b"<!DOCTYPE" in data or b"\x00" in data):
                scan.plain = False
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
