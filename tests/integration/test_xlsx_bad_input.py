"""Bad input never crashes and never changes the database: every file below
ends in exit 1 with one clear line per problem, and `cbdesk dump` is the same
afterwards."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from helpers import run_cli
from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).parent))

from xlsx_support import (  # noqa: E402
    INFO,
    cli,
    declare_huge,
    deflate_bomb,
    dump_of,
    error_lines,
    results_workbook,
    with_styled_blank_rows,
    write_workbook,
)

GOOD_ROW = ["1", "2021-Q3", "040", "5"]


def _text(p: Path) -> Path:
    p.write_text("Mã chỉ tiêu,Kỳ,Giá trị\n1,2021-Q3,5\n", encoding="utf-8")
    return p


def _truncated(p: Path) -> Path:
    data = results_workbook(p, [GOOD_ROW]).read_bytes()
    p.write_bytes(data[: len(data) * 2 // 3])
    return p


def _corrupted(p: Path) -> Path:
    results_workbook(p, [GOOD_ROW])
    with zipfile.ZipFile(p) as zf:
        info = zf.getinfo("xl/worksheets/sheet2.xml")
    data = bytearray(p.read_bytes())
    start = info.header_offset + 30 + len(info.filename) + 2
    for i in range(start, start + 32):
        data[i] ^= 0x5A
    p.write_bytes(bytes(data))
    return p


def _password(p: Path) -> Path:
    p.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096))
    return p


def _formula(p: Path) -> Path:
    return results_workbook(p, [["1", "2021-Q3", "040", "=SUM(1,2)"]])


def _no_info(p: Path) -> Path:
    return write_workbook(p, {"Kết quả": [["Mã chỉ tiêu", "Kỳ", "Giá trị"], GOOD_ROW]})


def _no_year(p: Path) -> Path:
    return results_workbook(p, [GOOD_ROW], info=[["Mục", "Giá trị"], ["Tên kế hoạch", "X"]])


def _no_value_column(p: Path) -> Path:
    return results_workbook(p, [GOOD_ROW[:3]], header=["Mã chỉ tiêu", "Kỳ", "Mã địa bàn"])


def _unknown_target(p: Path) -> Path:
    return results_workbook(p, [["42", "2021-Q3", "040", "5"]])


def _other_year(p: Path) -> Path:
    return results_workbook(p, [["1", "Quý I/2022", "040", "5"]])


def _ambiguous(p: Path) -> Path:
    return results_workbook(p, [["1", "2021-Q3", "040", "1,234"],
                                ["1", "2021-Q3", "042", "12.000,5.3"]])


def _declared_bomb(p: Path) -> Path:
    src = results_workbook(p.with_name("src.xlsx"), [GOOD_ROW])
    return declare_huge(src, p, "xl/worksheets/sheet2.xml")


def _ratio_bomb(p: Path) -> Path:
    return deflate_bomb(p, megabytes=12)


def _blank_rows_then_data(p: Path) -> Path:
    return with_styled_blank_rows(p, [GOOD_ROW + [None]], count=100_000,
                                  tail=["1", "2021-Q3", "042", "6"])


def _out_of_range(p: Path) -> Path:
    return results_workbook(p, [["2", "2021-Q3", None, "120"], ["1", "2021-Q3", "040", "-3"]])


CASES = {
    "text renamed .xlsx": (_text, 1, "tệp văn bản"),
    "truncated zip": (_truncated, 1, "hỏng"),
    "corrupted zip": (_corrupted, 1, "hỏng"),
    "password-protected": (_password, 1, "mật khẩu"),
    "formula without a saved result": (_formula, 1, "công thức"),
    "no Thông tin sheet": (_no_info, 1, "Thông tin"),
    "no Năm row": (_no_year, 1, "Năm"),
    "no Giá trị column": (_no_value_column, 1, "‘Giá trị’"),
    "unknown target": (_unknown_target, 1, "không có chỉ tiêu mã ‘42’"),
    "period outside the plan year": (_other_year, 1, "nằm ngoài năm kế hoạch 2021"),
    "ambiguous numbers": (_ambiguous, 2, "không rõ là 1.234 hay 1,234"),
    "declared decompression bomb": (_declared_bomb, 1, "bom nén"),
    "deflate bomb": (_ratio_bomb, 1, "bom nén"),
    "100.000 styled blank rows, then data": (_blank_rows_then_data, 1, "dòng trống"),
    "out of range": (_out_of_range, 2, "từ 0 đến 100"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_files_change_nothing(case, demo_sqlite, tmp_path):
    build, count, words = CASES[case]
    db = str(demo_sqlite)
    before = dump_of(db)
    path = build(tmp_path / "bao-cao.xlsx")
    rc, out, err = cli("import", str(path), "--db", db)
    lines = error_lines(err)
    assert rc == 1 and out == ""
    assert len(lines) == count, err
    assert all("bao-cao.xlsx" in line and "Traceback" not in line for line in lines)
    assert words in err
    assert dump_of(db) == before


def test_a_real_process_prints_one_line_per_problem(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    before = dump_of(db)
    files = [str(_password(tmp_path / "a.xlsx")), str(_ambiguous(tmp_path / "b.xlsx"))]
    r = run_cli("import", *files, "--db", db, "--lang", "en")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    lines = error_lines(r.stderr)
    assert len(lines) == 3 and "password" in lines[0] and "‘1,234’" in lines[1]
    assert dump_of(db) == before


def test_styled_blank_rows_and_merged_cells_are_fine(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    blank = with_styled_blank_rows(tmp_path / "trong.xlsx", [GOOD_ROW + ["ghi chú"]])
    rc, out, err = cli("import", str(blank), "--db", db)
    assert rc == 0, err
    wb = Workbook()
    wb.active.title = "Thông tin"
    for row in INFO:
        wb.active.append(row)
    ws = wb.create_sheet("Kết quả")
    ws.append(["Mã chỉ tiêu", "Kỳ", "Mã địa bàn", "Giá trị"])
    for area, value in (("042", 1), ("043", 2), ("045", 3)):
        ws.append(["1" if area == "042" else None, "2021-Q3", area, value])
    ws.merge_cells("A2:A4")
    wb.save(tmp_path / "gop.xlsx")
    rc, out, err = cli("import", str(tmp_path / "gop.xlsx"), "--db", db)
    assert rc == 0, err
    got = {(r["area"], r["value"]) for r in dump_of(db)["results"]
           if r["target"] == "1" and r["period"] == "2021-Q3"}
    assert got == {("040", 5), ("042", 1), ("043", 2), ("045", 3)}
