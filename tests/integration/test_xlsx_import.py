"""`cbdesk import` of interchange workbooks: what people type is accepted,
updates go by code and need --overwrite to replace values, --dry-run changes
nothing, and every problem is reported in one pass with its place."""

from __future__ import annotations

import io
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from xlsx_support import INFO, cli, dump_of, error_lines, results_workbook, write_workbook  # noqa: E402,I001


def _result(d: dict, target: str, period: str, area: str | None):
    found = [r for r in d["results"] if (r["target"], r["period"], r["area"]) ==
             (target, period, area)]
    return found[0] if found else None


def test_what_people_type_is_accepted(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    before = dump_of(db)
    nfd_note = unicodedata.normalize("NFD", "Số liệu ước tính của huyện  ")
    wb = write_workbook(tmp_path / "nhap.xlsx", {
        "Hướng dẫn": [["Trang này không phải dữ liệu"]],
        " thông TIN": [["MỤC ", "giá trị"], ["Năm", "2021"]],
        "Kết quả": [
            ["STT", "Giá trị ", "kỳ", "Mã Chỉ Tiêu", "Ghi chú", "Mã địa bàn"],
            [1, "12.000", "Quý III/2021", "1", nfd_note, "040"],
            [2, "12000", "2021-Q3", "3", None, "042 "],
            [],
            [3, "3,45%", unicodedata.normalize("NFD", "Quý III/2021"), "2", None, None],
            [4, "3,45", "2021-Q3", "8", None, ""],
            [5, 99.5, "quy iii/2021", "4", None, None],
            [6, "1.234", datetime(2021, 7, 1), "1", None, "043"],
            [7, 12, "2021-M08", " 1 ", None, 45],
        ],
        "Chỉ tiêu": [
            ["Mã", "Tên chỉ tiêu", "Đơn vị tính", "Loại", "Chiều", "Kế hoạch", "Đơn vị chủ trì"],
            ["15", "Chỉ tiêu thử nghiệm", "người", "Cộng dồn [cumulative]", "increase", "1.500",
             "LDVL"],
        ],
        "Tiến độ": [
            ["Mã nhiệm vụ", "Ngày", "% hoàn thành", "Trạng thái", "Ghi chú"],
            ["II.2", datetime(2021, 7, 5), "30", "Đang thực hiện", "Đã họp triển khai"],
            ["II.2", "20/07/2021", "40%", "in_progress", "Ghi chú thứ hai"],
        ],
    })
    rc, out, err = cli("import", str(wb), "--db", db)
    assert rc == 0, err
    assert out.count("\n") == 1 and "nhap.xlsx" in out and "7 kết quả" in out
    after = dump_of(db)
    assert _result(after, "1", "2021-Q3", "040") == {
        "target": "1", "period": "2021-Q3", "area": "040", "value": 12000,
        "note": "Số liệu ước tính của huyện"}
    assert _result(after, "3", "2021-Q3", "042")["value"] == 12000
    assert _result(after, "2", "2021-Q3", None)["value"] == 3.45
    assert _result(after, "8", "2021-Q3", None)["value"] == 3.45
    assert _result(after, "4", "2021-Q3", None)["value"] == 99.5
    assert _result(after, "1", "2021-M07", "043")["value"] == 1234
    assert _result(after, "1", "2021-M08", "045")["value"] == 12  # 45 read as area 045
    new = next(t for t in after["targets"] if t["code"] == "15")
    assert (new["kind"], new["target"], new["lead_unit"]) == ("cumulative", 1500, "LDVL")
    notes = [u["note"] for u in after["updates"] if u["task"] == "II.2"]
    assert "Đã họp triển khai" in notes and "Ghi chú thứ hai" in notes
    # Nothing else moved.
    assert len(after["results"]) == len(before["results"]) + 7
    assert after["plan"] == before["plan"] and after["units"] == before["units"]


def test_updates_by_code_need_overwrite_and_dry_run_changes_nothing(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    before = dump_of(db)
    wb = write_workbook(tmp_path / "sua.xlsx", {
        "Thông tin": INFO,
        "Chỉ tiêu": [["Mã", "Kế hoạch"], ["1", "12.500"]],
        "Kết quả": [["Mã chỉ tiêu", "Kỳ", "Mã địa bàn", "Giá trị"],
                    ["1", "2021-M01", "040", 150], ["1", "2021-Q3", "040", 10]],
    })
    rc, out, err = cli("import", str(wb), "--db", db, "--dry-run")
    assert rc == 0, err
    assert "Chỉ tiêu 1: kế hoạch 12.000 → 12.500" in out
    assert "Kết quả 1|2021-M01|040: giá trị 147 → 150" in out and "thử" in out
    assert dump_of(db) == before
    rc, out, err = cli("import", str(wb), "--db", db)
    assert rc == 1 and "--overwrite" in err
    assert "147 → 150" in err and "12.000 → 12.500" in err
    assert dump_of(db) == before
    rc, out, err = cli("import", str(wb), "--db", db, "--overwrite", "--yes")
    assert rc == 0, err
    assert "sửa 1 chỉ tiêu, 1 kết quả" in out and "thêm 1 kết quả" in out
    after = dump_of(db)
    assert next(t for t in after["targets"] if t["code"] == "1")["target"] == 12500
    assert _result(after, "1", "2021-M01", "040")["value"] == 150
    # Untouched columns stay as they were.
    old_t1 = next(t for t in before["targets"] if t["code"] == "1")
    new_t1 = next(t for t in after["targets"] if t["code"] == "1")
    assert {**old_t1, "target": 12500} == new_t1


def test_every_problem_is_reported_in_one_pass(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    before = dump_of(db)
    wb = results_workbook(tmp_path / "bao-cao.xlsx", [
        ["1", "2021-Q3", "040", "1,234"],
        ["1", "2021-Q3", "042", "12.000,5.3"],
        ["99", "2021-Q3", "040", "5"],
        ["1", "2022-Q1", "040", "5"],
        ["2", "2021-Q3", None, "120"],
        ["1", "2021-Q3", "043", "-5"],
        ["1", None, "045", "5"],
        ["1", "2021-Q3", "999", "5"],
        ["1", "2021-Q2", "040", "5"],  # overlaps the monthly figures of April–June
    ])
    rc, out, err = cli("import", str(wb), "--db", db)
    assert rc == 1 and out == ""
    lines = error_lines(err)
    assert len(lines) == 9, err
    assert lines[0] == ("Không đọc được tệp ‘bao-cao.xlsx’: trang ‘Kết quả’ dòng 2, cột "
                        "‘Giá trị’ có ‘1,234’ — không rõ là 1.234 hay 1,234: dấu chấm ngăn cách "
                        "hàng nghìn, dấu phẩy ngăn cách phần thập phân. Hãy viết 1.234 nếu là số "
                        "nguyên, hoặc 1,2340 nếu là số thập phân. Hãy sửa rồi nhập lại.")
    expect = [(3, "Giá trị", "12.000,5.3"), (4, "Mã chỉ tiêu", "99"), (5, "Kỳ", "2022"),
              (6, "Giá trị", "100"), (7, "Giá trị", "âm"), (8, "Kỳ", "trống"),
              (9, "Mã địa bàn", "999"), (10, "Kỳ", "trùng")]
    for line, (row, column, word) in zip(lines[1:], expect, strict=True):
        assert f"dòng {row}, cột ‘{column}’" in line and word in line, line
        assert line.startswith("Không") and "bao-cao.xlsx" in line
    assert dump_of(db) == before
    rc, _, err = cli("import", str(wb), "--db", db, "--lang", "en")
    assert rc == 1 and "sheet ‘Kết quả’ row 2, column ‘Giá trị’ has ‘1,234’" in err


def test_each_file_is_all_or_nothing(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    good = results_workbook(tmp_path / "tot.xlsx", [["1", "2021-Q3", "040", "5"]])
    bad = results_workbook(tmp_path / "xau.xlsx", [["1", "2021-Q3", "042", "5"],
                                                   ["1", "2021-Q3", "043", "x"]])
    rc, out, err = cli("import", str(good), str(bad), "--db", db)
    assert rc == 1
    assert "tot.xlsx" in out and "xau.xlsx" in err and "dòng 3" in err
    after = dump_of(db)
    assert _result(after, "1", "2021-Q3", "040")["value"] == 5
    assert _result(after, "1", "2021-Q3", "042") is None


def test_a_workbook_for_a_new_year_creates_the_plan(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    wb = write_workbook(tmp_path / "2022.xlsx", {
        "Thông tin": [["Mục", "Giá trị"], ["Năm", 2022], ["Tên kế hoạch", "Kế hoạch 2022"],
                      ["Căn cứ", "Nghị quyết số 01/NQ-CP"], ["Căn cứ", "Quyết định số 2"]],
        "Chỉ tiêu": [["Mã", "Tên chỉ tiêu", "Đơn vị tính", "Loại", "Chiều", "Kế hoạch", "Cơ sở"],
                     ["1", "Tạo việc làm mới", "người", "Cộng dồn", "Tăng", "13.000", None],
                     ["2", "Tỷ lệ thất nghiệp", "%", "Thời điểm", "Giảm", "3,4", "3,45"]],
        "Phân bổ": [["Mã chỉ tiêu", "Mã địa bàn", "Kế hoạch"], ["1", "040", "2.000"]],
    })
    rc, out, err = cli("import", str(wb), "--db", db)
    assert rc == 0, err
    assert "đã tạo kế hoạch năm 2022" in out
    d = dump_of(db, 2022)
    assert d["plan"]["title"] == "Kế hoạch 2022"
    assert d["plan"]["legal_bases"] == ["Nghị quyết số 01/NQ-CP", "Quyết định số 2"]
    assert d["plan"]["organisation"]["name"] == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    assert [(t["code"], t["target"], t["baseline"]) for t in d["targets"]] == [
        ("1", 13000, None), ("2", 3.4, 3.45)]
    assert d["targets"][0]["allocations"] == {"040": 2000}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_at_a_terminal_the_preview_is_confirmed_unless_yes(demo_sqlite, tmp_path, monkeypatch):
    db = str(demo_sqlite)
    wb = results_workbook(tmp_path / "hoi.xlsx", [["1", "2021-Q3", "040", "5"]])
    before = dump_of(db)
    monkeypatch.setattr(sys, "stdin", _Terminal("k\n"))
    rc, out, _ = cli("import", str(wb), "--db", db)
    assert rc == 0 and "Kết quả 1|2021-Q3|040: giá trị (trống) → 5" in out and "không ghi gì" in out
    assert dump_of(db) == before
    monkeypatch.setattr(sys, "stdin", _Terminal("c\n"))
    rc, out, _ = cli("import", str(wb), "--db", db)
    assert rc == 0 and "thêm 1 kết quả" in out
    assert _result(dump_of(db), "1", "2021-Q3", "040")["value"] == 5
    monkeypatch.setattr(sys, "stdin", _Terminal(""))  # --yes: no question asked
    wb2 = results_workbook(tmp_path / "co.xlsx", [["1", "2021-Q3", "042", "6"]])
    rc, out, _ = cli("import", str(wb2), "--db", db, "--yes")
    assert rc == 0 and "Ghi các thay đổi" not in out
