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


def with_styled_blank_rows(path: Path, rows: list[list], count: int = 100_000,
                           tail: list | None = None) -> Path:
    """`Thông tin` and a `Kết quả` sheet (built with openpyxl) holding ``rows``,
    then ``count`` rows of styled blank cells (as left by formatting whole
    columns), then ``tail``. The blank rows are copies of one that openpyxl
    wrote, replicated in the XML so that the file is quick to make."""
    import re

    from openpyxl.styles import Border, PatternFill, Side

    wb = Workbook()
    wb.active.title = "Thông tin"
    for row in INFO:
        wb.active.append(row)
    ws = wb.create_sheet("Kết quả")
    ws.append(["Mã chỉ tiêu", "Kỳ", "Mã địa bàn", "Giá trị", "Ghi chú"])
    for row in rows:
        ws.append(row)
    blank = len(rows) + 2
    side = Side(style="thin")
    for col in range(1, 6):
        c = ws.cell(row=blank, column=col)
        c.fill = PatternFill("solid", fgColor="FFFF99")
        c.border = Border(left=side, right=side, top=side, bottom=side)
    if tail:
        ws.cell(row=blank + count, column=1, value="__TAIL__")
    wb.save(path)
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                text = data.decode()
                m = re.search(rf'<row r="{blank}"[^>]*>.*?</row>', text)
                template = m.group(0).replace(f'r="{blank}"', 'r="{r}"')
                template = re.sub(r'r="([A-E])' + str(blank) + '"', r'r="\1{r}"', template)
                copies = "".join(template.replace("{r}", str(r))
                                 for r in range(blank, blank + count))
                text = text.replace(m.group(0), copies)
                text = re.sub(r'<dimension ref="[^"]*"/>', "", text)
                if tail:
                    cells = "".join(
                        f'<c r="{chr(65 + i)}{blank + count}" t="inlineStr"><is><t>{v}</t></is></c>'
                        for i, v in enumerate(tail))
                    text = re.sub(rf'<row r="{blank + count}"[^>]*>.*?</row>',
                                  f'<row r="{blank + count}">{cells}</row>', text)
                data = text.encode()
            dst.writestr(item, data)
    tmp.replace(path)
    return path
