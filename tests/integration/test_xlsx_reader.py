"""Opening workbooks people send, safely: what is not a workbook, what is
damaged, what would blow up when inflated, formulas, merged cells, styled
blank rows; and finding a sheet's header row however it is spelled."""

from __future__ import annotations

import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).parent))

from xlsx_support import (  # noqa: E402
    declare_huge,
    deflate_bomb,
    results_workbook,
    with_styled_blank_rows,
    write_workbook,
)

from cbdesk.xlsx import schema as S  # noqa: E402
from cbdesk.xlsx.cells import WorkbookRefused  # noqa: E402
from cbdesk.xlsx.reader import Book, read_table  # noqa: E402


def _refusal(path: Path) -> str:
    with pytest.raises(WorkbookRefused) as e:
        Book(path, path.name).close()
    assert len(e.value.issues) == 1
    return e.value.issues[0].line("vi")


def _good(tmp_path: Path) -> Path:
    return results_workbook(tmp_path / "good.xlsx", [["1", "2021-Q1", "040", 5, ""]])


def test_text_renamed_to_xlsx(tmp_path):
    p = tmp_path / "bao-cao.xlsx"
    p.write_text("Mã chỉ tiêu;Kỳ;Giá trị\n1;2021-Q1;12.000\n", encoding="utf-8")
    assert "tệp văn bản" in _refusal(p)


def test_password_protected_workbook(tmp_path):
    p = tmp_path / "mat-khau.xlsx"
    p.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(1024))
    line = _refusal(p)
    assert "mật khẩu" in line and "mat-khau.xlsx" in line


def test_empty_truncated_and_corrupted_zips(tmp_path):
    good = _good(tmp_path).read_bytes()
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "rỗng" in _refusal(empty)
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(good[: len(good) // 2])
    assert "hỏng" in _refusal(truncated)
    corrupted = bytearray(good)
    with zipfile.ZipFile(_good(tmp_path)) as zf:
        info = zf.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename) + 4
    for i in range(start, start + 40):
        corrupted[i] ^= 0xA5
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(bytes(corrupted))
    assert "hỏng" in _refusal(bad)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    p = tmp_path / "other.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    assert "không phải bảng tính" in _refusal(p)


def test_decompression_bombs_are_refused_before_inflating(tmp_path):
    huge = declare_huge(_good(tmp_path), tmp_path / "huge.xlsx", "xl/worksheets/sheet2.xml")
    with zipfile.ZipFile(huge) as zf:
        assert zf.getinfo("xl/worksheets/sheet2.xml").file_size > 4e9
    assert "bom nén" in _refusal(huge)
    ratio = deflate_bomb(tmp_path / "ratio.xlsx", megabytes=12)
    assert ratio.stat().st_size < 200_000
    assert "bom nén" in _refusal(ratio)


def test_header_found_under_a_title_in_any_order_spelling_and_case(tmp_path):
    nfd = unicodedata.normalize("NFD", " giá TRỊ ")
    p = write_workbook(tmp_path / "h.xlsx", {"kết quả ": [
        ["Báo cáo kết quả quý I"],
        [],
        ["Ghi chú", nfd, "Thêm cột", "KỲ", "mã chỉ tiêu"],
        ["", 12, "x", "2021-Q1", "1"],
        [None, None, None, None, None],
        ["a", "3,45", "", "2021-Q2", "2"],
    ]})
    issues: list = []
    with Book(p, p.name) as book:
        table = read_table(book, book.sheet(S.RESULTS), S.COLUMNS[S.RESULTS], issues)
    assert not issues
    assert table.header_row == 3
    assert [(r.number, r.cells["target"], r.cells["value"]) for r in table.rows] == [
        (4, "1", 12), (6, "2", "3,45")]
    assert "area" not in table.present


def test_missing_required_column_is_named(tmp_path):
    p = results_workbook(tmp_path / "m.xlsx", [["1", "2021-Q1", None]],
                         header=["Mã chỉ tiêu", "Kỳ", "Mã địa bàn"])
    issues: list = []
    with Book(p, p.name) as book:
        assert read_table(book, book.sheet(S.RESULTS), S.COLUMNS[S.RESULTS], issues) is None
    assert "‘Giá trị’" in issues[0].line() and "Kết quả" in issues[0].line()


def test_merged_cells_spread_their_value(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Kết quả"
    ws.append(["Mã chỉ tiêu", "Kỳ", "Mã địa bàn", "Giá trị", "Ghi chú"])
    for area, value in (("040", 1), ("042", 2), ("043", 3)):
        ws.append(["1" if area == "040" else None, "2021-Q1", area, value, None])
    ws.merge_cells("A2:A4")
    ws.merge_cells("D5:E5")
    p = tmp_path / "merged.xlsx"
    wb.save(p)
    issues: list = []
    with Book(p, p.name) as book:
        table = read_table(book, book.sheet(S.RESULTS), S.COLUMNS[S.RESULTS], issues)
    assert [r.cells["target"] for r in table.rows] == ["1", "1", "1"]


def test_formulas_without_a_saved_result_are_reported_with_their_cell(tmp_path):
    p = results_workbook(tmp_path / "f.xlsx", [["1", "2021-Q1", "040", "=2+3", None],
                                               ["1", "2021-Q2", "040", 7, None]])
    issues: list = []
    with Book(p, p.name) as book:
        table = read_table(book, book.sheet(S.RESULTS), S.COLUMNS[S.RESULTS], issues)
    assert len(issues) == 1
    assert issues[0].row == 2 and issues[0].column == "Giá trị"
    assert "công thức" in issues[0].line()
    assert table.rows[1].cells["value"] == 7


def test_formulas_with_a_saved_result_are_read(tmp_path):
    p = results_workbook(tmp_path / "f.xlsx", [["1", "2021-Q1", "040", "=2+3", None]])
    patched = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(p) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"<f>2+3</f><v></v>", b"<f>2+3</f><v>5</v>")
                assert b"<v>5</v>" in data
            dst.writestr(item, data)
    issues: list = []
    with Book(patched, patched.name) as book:
        table = read_table(book, book.sheet(S.RESULTS), S.COLUMNS[S.RESULTS], issues)
    assert not issues and table.rows[0].cells["value"] == 5


def test_a_hundred_thousand_styled_blank_rows_end_the_sheet(tmp_path):
    p = with_styled_blank_rows(tmp_path / "blank.xlsx", [["1", "2021-Q1", "040", 5, None]])
    issues: list = []
    with Book(p, p.name) as book:
        table = read_table(book, book.sheet(S.RESULTS), S.COLUMNS[S.RESULTS], issues)
    assert not issues and len(table.rows) == 1


def test_data_after_a_long_blank_stretch_is_not_silently_dropped(tmp_path):
    p = with_styled_blank_rows(tmp_path / "gap.xlsx", [["1", "2021-Q1", "040", 5, None]],
                               count=3000, tail=["1", "2021-Q2", "040", "6"])
    issues: list = []
    with Book(p, p.name) as book:
        read_table(book, book.sheet(S.RESULTS), S.COLUMNS[S.RESULTS], issues)
    assert len(issues) == 1 and "dòng 3.003" in issues[0].line() and "dòng trống" in issues[0].line()


def test_a_wrong_declared_size_does_not_hide_rows(tmp_path):
    p = results_workbook(tmp_path / "dim.xlsx", [["1", f"2021-M{m:02d}", "040", m]
                                                 for m in range(1, 13)])
    patched = tmp_path / "dim2.xlsx"
    with zipfile.ZipFile(p) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b'<dimension ref="A1:E13"/>', b'<dimension ref="A1:B3"/>')
                assert b'ref="A1:B3"' in data
            dst.writestr(item, data)
    issues: list = []
    with Book(patched, patched.name) as book:
        table = read_table(book, book.sheet(S.RESULTS), S.COLUMNS[S.RESULTS], issues)
    assert not issues and len(table.rows) == 12 and table.rows[-1].cells["value"] == 12
