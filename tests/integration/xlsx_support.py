"""Helpers of the workbook tests: build workbooks as people (or attackers)
would, run the CLI in-process, read a plan's dump."""

from __future__ import annotations

import contextlib
import io
import json
import struct
import zipfile
from pathlib import Path

from openpyxl import Workbook

INFO = [["Mục", "Giá trị"], ["Năm", 2021]]


def write_workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A plain workbook with ``sheets`` (title → rows) written as given."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def results_workbook(path: Path, rows: list[list], header=None, info=None) -> Path:
    """`Thông tin` (year 2021) and `Kết quả` with ``rows`` under the header."""
    header = header or ["Mã chỉ tiêu", "Kỳ", "Mã địa bàn", "Giá trị", "Ghi chú"]
    return write_workbook(path, {"Thông tin": info or INFO, "Kết quả": [header, *rows]})


def declare_huge(src: Path, dest: Path, member: str, size: int = 0xFFFFFFF0) -> Path:
    """A copy of the zip ``src`` whose ``member`` declares ``size`` uncompressed
    bytes in its headers (the data is unchanged): a decompression bomb's
    signature, cheap to make."""
    data = bytearray(src.read_bytes())
    name = member.encode()
    # (signature, offset of the uncompressed size, of the name length, of the name)
    for sig, size_at, len_at, name_at in ((b"PK\x03\x04", 22, 26, 30),
                                          (b"PK\x01\x02", 24, 28, 46)):
        start = 0
        while (i := data.find(sig, start)) >= 0:
            start = i + 4
            name_len = struct.unpack_from("<H", data, i + len_at)[0]
            if data[i + name_at: i + name_at + name_len] == name:
                struct.pack_into("<I", data, i + size_at, size)
    dest.write_bytes(bytes(data))
    return dest


def deflate_bomb(dest: Path, megabytes: int = 20) -> Path:
    """A real .xlsx-shaped zip with one member of ``megabytes`` of zeros
    (compressed about 1000:1)."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(megabytes):
                f.write(chunk)
    return dest


def cli(*args: str) -> tuple[int, str, str]:
    """`cbdesk …` run in this process: (exit code, stdout, stderr)."""
    from cbdesk.cli import run_cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = run_cli(list(args))
    return rc, out.getvalue(), err.getvalue()


def dump_of(db: str | Path, year: int = 2021) -> dict | None:
    """The `cbdesk dump` of ``year`` (None when there is no such plan)."""
    rc, out, _ = cli("dump", "--plan", str(year), "--db", str(db))
    return json.loads(out) if rc == 0 else None


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]
