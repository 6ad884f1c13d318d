"""`cbdesk import-table`: an office's own Excel table imported without a mapping."""

from __future__ import annotations

import json

from helpers import dump, run_cli
from table_books import (
    ONE_ROW_EXPECTED,
    TWO_ROW_EXPECTED,
    one_header_row,
    results_only,
    two_row_header,
)


def _targets(data) -> dict:
    return {t["code"]: t for t in data["targets"]}


def _results(data, period) -> dict:
    return {r["target"]: r["value"] for r in data["results"] if r["period"] == period}


def test_a_two_row_header_table_imports_targets_plan_figures_and_h1_results(db_url, tmp_path):
    book = two_row_header(tmp_path / "bieu-01.xlsx")
    r = run_cli("import-table", str(book), "--year", "2025", "--db", db_url)
    assert r.returncode == 0, r.stderr
    data = dump(db_url, "2025")
    got = {code: (t["name"], t["unit"], t["target"], t["parent"], t["relation"])
           for code, t in _targets(data).items()}
    want = {code: (name, unit, plan, parent, rel)
            for code, (name, unit, plan, _h1, parent, rel) in TWO_ROW_EXPECTED.items()}
    assert got == want
    assert _results(data, "2025-H1") == {c: v[3] for c, v in TWO_ROW_EXPECTED.items()}
    assert not [r for r in data["results"] if r["period"] != "2025-H1"]  # % column ignored


def test_the_dry_run_lists_every_target_with_its_figures_and_writes_nothing(sqlite_url,
                                                                             tmp_path):
    book = two_row_header(tmp_path / "bieu-01.xlsx")
    r = run_cli("import-table", str(book), "--year", "2025", "--dry-run", "--db", sqlite_url)
    assert r.returncode == 0, r.stderr
    for name, *_ in TWO_ROW_EXPECTED.values():
        assert name in r.stdout
    assert "KH 12.000; 2025-H1: 6.500" in r.stdout
    assert "‘Năm 2025 So với KH (%)’ → Cột tính toán (bỏ qua)" in r.stdout
    assert "Tổng cộng" not in r.stdout
    assert run_cli("dump", "--plan", "2025", "--db", sqlite_url).returncode == 1  # no plan


def test_one_header_row_with_a_quarter_column(sqlite_url, tmp_path):
    book = one_header_row(tmp_path / "kh.xlsx")
    r = run_cli("import-table", str(book), "--year", "2025", "--db", sqlite_url)
    assert r.returncode == 0, r.stderr
    data = dump(sqlite_url, "2025")
    got = {c: (t["name"], t["unit"], t["target"]) for c, t in _targets(data).items()}
    assert got == {c: v[:3] for c, v in ONE_ROW_EXPECTED.items()}
    assert _results(data, "2025-Q2") == {"2": 13}


def test_a_results_only_sheet_adds_results_to_the_plans_targets(sqlite_url, tmp_path):
    assert run_cli("init", "--demo", "--db", sqlite_url).returncode == 0
    before = _targets(dump(sqlite_url, "2021"))
    book = results_only(tmp_path / "kq.xlsx", [("Tạo việc làm mới", 7100),
                                               ("Lao động đi làm việc ở nước ngoài", 55)])
    r = run_cli("import-table", str(book), "--year", "2021", "--overwrite", "--db", sqlite_url)
    assert r.returncode == 0, r.stderr
    data = dump(sqlite_url, "2021")
    assert _targets(data).keys() == before.keys()
    assert _results(data, "2021-H1")["1"] == 7100
    assert _results(data, "2021-H1")["1.1"] == 55


def test_an_unknown_target_on_a_results_only_sheet_refuses_the_file(sqlite_url, tmp_path):
    assert run_cli("init", "--demo", "--db", sqlite_url).returncode == 0
    before = dump(sqlite_url, "2021")
    book = results_only(tmp_path / "kq.xlsx", [("Tạo việc làm mới", 7100),
                                               ("Chỉ tiêu không có", 5)])
    r = run_cli("import-table", str(book), "--year", "2021", "--overwrite", "--db", sqlite_url)
    assert r.returncode == 1
    assert "Chỉ tiêu không có" in r.stderr and "Traceback" not in r.stderr
    assert dump(sqlite_url, "2021") == before


def test_a_saved_mapping_is_used_and_remembered_by_the_tables_shape(sqlite_url, tmp_path):
    book = one_header_row(tmp_path / "kh.xlsx")
    saved = tmp_path / "map.json"
    r = run_cli("import-table", str(book), "--year", "2025", "--dry-run", "--save-map",
                str(saved), "--db", sqlite_url)
    assert r.returncode == 0, r.stderr
    mapping = json.loads(saved.read_text(encoding="utf-8"))
    assert mapping["columns"]["E"] == {"header": "Thực hiện Quý II", "role": "result",
                                       "period": "Q2"}
    mapping["columns"]["E"]["period"] = "H1"  # the clerk says: these are H1 figures
    saved.write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    r = run_cli("import-table", str(book), "--year", "2025", "--map", str(saved),
                "--db", sqlite_url)
    assert r.returncode == 0, r.stderr
    assert _results(dump(sqlite_url, "2025"), "2025-H1") == {"2": 13}
    # The next file of the same shape is read with the corrected mapping, no --map needed.
    r = run_cli("import-table", str(book), "--year", "2025", "--dry-run", "--db", sqlite_url)
    assert "theo ánh xạ đã nhớ" in r.stdout and "2025-H1: 13" in r.stdout


def test_bad_input_is_one_line_and_writes_nothing(sqlite_url, tmp_path):
    text = tmp_path / "not.xlsx"
    text.write_text("STT;Chỉ tiêu\n", encoding="utf-8")
    bad_map = tmp_path / "map.json"
    bad_map.write_text('{"format": "cbdesk-table-map", "columns": {"A": {"role": "x"}}}',
                       encoding="utf-8")
    book = one_header_row(tmp_path / "kh.xlsx")
    for args in ((str(text), "--year", "2025"),
                 (str(tmp_path / "missing.xlsx"), "--year", "2025"),
                 (str(book), "--year", "2025", "--map", str(bad_map)),
                 (str(book), "--year", "2025", "--period", "Quý V"),
                 (str(book), "--year", "2025", "--sheet", "Không có")):
        r = run_cli("import-table", *args, "--db", sqlite_url)
        assert r.returncode == 1, args
        assert "Traceback" not in r.stderr and r.stderr.strip(), args


def test_hidden_rows_and_columns_of_an_office_table_are_named(sqlite_url, tmp_path):
    """Issue 16: the hidden rows of an office table were imported without a
    word; now each is named (and still imported)."""
    import openpyxl

    book = one_header_row(tmp_path / "bieu.xlsx")
    wb = openpyxl.load_workbook(book)
    wb.active.row_dimensions[3].hidden = True
    wb.active.column_dimensions["E"].hidden = True
    wb.save(book)
    r = run_cli("import-table", str(book), "--year", "2025", "--db", sqlite_url)
    assert r.returncode == 0, r.stderr
    title = wb.active.title
    assert f"bieu.xlsx: lưu ý: Hàng 3 của trang ‘{title}’ đang ẩn: vẫn được nhập." \
        in r.stderr.splitlines(), r.stderr
    assert f"bieu.xlsx: lưu ý: Cột E của trang ‘{title}’ đang ẩn: vẫn được nhập." \
        in r.stderr.splitlines(), r.stderr
    assert "Số phiên giao dịch việc làm" in {t["name"] for t in dump(sqlite_url, "2025")["targets"]}
