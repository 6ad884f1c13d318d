"""Hidden sheets, rows and columns of an imported workbook are named (issue 16):
before, `cbdesk import` took the figures of a hidden sheet, hidden rows and
hidden columns without a word — a clerk checking the sheet on screen never saw
them. They are still imported (docs/RELIABILITY.md), with one warning line each
on the command line (Vietnamese; English with --lang en) and in the window's
preview."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from xlsx_support import INFO, cli, dump_of

HEADER = ["Mã chỉ tiêu", "Kỳ", "Mã địa bàn", "Giá trị", "Ghi chú"]


def _book(path: Path, sheet_state: str = "visible", hidden_rows=(), hidden_cols=(),
          extra_col: bool = False) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    info = wb.create_sheet("Thông tin")
    for row in INFO:
        info.append(row)
    ws = wb.create_sheet("Kết quả")
    ws.append(HEADER + (["Ghi chú riêng"] if extra_col else []))
    for i, area in enumerate(["040", "042", "043", "045"]):
        ws.append(["1", "2021-Q3", area, 1000 + i, None] + (["nháp"] if extra_col else []))
    for r in hidden_rows:
        ws.row_dimensions[r].hidden = True
    for letter in hidden_cols:
        ws.column_dimensions[letter].hidden = True
    ws.sheet_state = sheet_state
    wb.save(path)
    return path


def _imported(db) -> list:
    return sorted(r["area"] for r in dump_of(db)["results"]
                  if r["target"] == "1" and r["period"] == "2021-Q3")


def test_hidden_rows_columns_and_sheets_are_named_and_still_imported(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    book = _book(tmp_path / "an.xlsx", "hidden", hidden_rows=(3, 4, 5), hidden_cols=("F",),
                 extra_col=True)
    rc, out, err = cli("import", str(book), "--db", db)
    assert rc == 0, err
    lines = err.splitlines()
    assert "an.xlsx: lưu ý: Trang ‘Kết quả’ đang ẩn: dữ liệu trong trang vẫn được nhập." \
        in lines, err
    assert "an.xlsx: lưu ý: Hàng 3–5 của trang ‘Kết quả’ đang ẩn: vẫn được nhập." in lines
    assert "an.xlsx: lưu ý: Cột F của trang ‘Kết quả’ đang ẩn: vẫn được nhập." in lines
    # imported all the same: the hidden rows' figures are in the plan
    assert {"040", "042", "043", "045"} <= set(_imported(db))


def test_english_and_very_hidden(demo_sqlite, tmp_path):
    book = _book(tmp_path / "an.xlsx", "veryHidden", hidden_rows=(5,))
    rc, _out, err = cli("--lang", "en", "import", str(book), "--db", str(demo_sqlite),
                        "--dry-run")
    assert rc == 0, err
    assert "an.xlsx: note: Sheet ‘Kết quả’ is very hidden (veryHidden): its data is imported " \
           "all the same." in err.splitlines(), err
    assert "an.xlsx: note: Row(s) 5 of sheet ‘Kết quả’ are hidden: imported all the same." \
        in err.splitlines()


def test_nothing_hidden_nothing_said_and_empty_hidden_rows_are_not_named(demo_sqlite,
                                                                         tmp_path):
    book = _book(tmp_path / "ro.xlsx")
    wb = load_workbook(book)
    wb["Kết quả"].row_dimensions[40].hidden = True  # hidden, but holds nothing
    wb["Kết quả"].column_dimensions["H"].hidden = True  # likewise
    wb.save(book)
    rc, _out, err = cli("import", str(book), "--db", str(demo_sqlite))
    assert rc == 0 and err == "", err


def test_a_district_form_with_hidden_rows_is_named(demo_sqlite, tmp_path):
    from cbdesk.xlsx.forms import file_name, make_forms

    db = str(demo_sqlite)
    from cbdesk.services.database import open_database

    database = open_database(db)
    spec, data = make_forms(database, 2021, "2021-Q3")[0]
    database.dispose()
    path = tmp_path / file_name(spec)
    path.write_bytes(data)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    row = next(r for r in range(1, ws.max_row + 1)
               if isinstance(ws.cell(r, 1).value, str) and ws.cell(r, 1).value.strip() == "1")
    ws.row_dimensions[row].hidden = True
    wb.save(path)
    rc, _out, err = cli("import", str(path), "--db", db, "--dry-run")
    assert f"Hàng {row} của trang ‘{ws.title}’ đang ẩn: vẫn được nhập." in err, err
