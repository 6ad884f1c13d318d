"""District forms (`cbdesk form`): what they look like, how a clerk fills one,
and how `cbdesk import` files the figures back — or refuses the form."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from xlsx_support import cli, dump_of, error_lines  # noqa: E402

from cbdesk.services.actors import Actor  # noqa: E402
from cbdesk.xlsx.schema import FORM_SHEET  # noqa: E402

FIRST = 13  # first target row of a form (under the instructions and the header)


def _form(db: str, tmp_path: Path, period: str = "2021-Q3", area: str = "051") -> Path:
    out = tmp_path / f"form-{area}-{period}.xlsx"
    rc, stdout, err = cli("form", "--plan", "2021", "--period", period, "--area", area,
                          "-o", str(out), "--db", db)
    assert rc == 0, err
    assert out.exists() and str(out) in stdout
    return out


def _row_of(ws, code: str) -> int:
    for row in range(FIRST, ws.max_row + 1):
        if ws.cell(row=row, column=1).value == code:
            return row
    raise AssertionError(code)


def _fill(path: Path, values: dict[str, tuple], dest: Path | None = None) -> Path:
    """Type into the yellow cells as a district clerk would."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Biểu mẫu"]
    for code, (value, note) in values.items():
        row = _row_of(ws, code)
        ws.cell(row=row, column=5).value = value
        if note is not None:
            ws.cell(row=row, column=6).value = note
    dest = dest or path
    wb.save(dest)
    return dest


def _edit_meta(path: Path, key: str, value: str) -> None:
    wb = openpyxl.load_workbook(path)
    meta = wb[FORM_SHEET]
    for row in meta.iter_rows():
        if row[0].value == key:
            row[1].value = value
    wb.save(path)


def _results(d: dict, period: str, area: str) -> dict:
    return {r["target"]: (r["value"], r["note"]) for r in d["results"]
            if r["period"] == period and r["area"] == area}


def test_forms_for_every_district_look_right(demo_sqlite, tmp_path):
    out = tmp_path / "bieu-mau"
    rc, stdout, err = cli("form", "--plan", "2021", "--period", "Quý III/2021", "-o", str(out),
                          "--db", str(demo_sqlite))
    assert rc == 0, err
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 10 and len(stdout.splitlines()) == 10
    assert "bieu-mau-2021-Q3-051-hoa-an.xlsx" in files
    wb = openpyxl.load_workbook(out / "bieu-mau-2021-Q3-051-hoa-an.xlsx")
    ws = wb["Biểu mẫu"]
    text = "\n".join(str(c.value) for row in ws.iter_rows(max_row=FIRST - 1) for c in row
                     if c.value)
    for words in ("Hòa An", "Quý III/2021", "Hạn gửi", "Người điền", "12.000", "ô màu vàng",
                  "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"):
        assert words in text, words
    # Targets allocated to the area with its figure; unallocated targets too.
    assert ws.cell(row=_row_of(ws, "1"), column=4).value == 1200
    assert ws.cell(row=_row_of(ws, "1"), column=2).value == "Tạo việc làm mới"
    assert ws.cell(row=_row_of(ws, "1.1"), column=4).value is None
    codes = [ws.cell(row=r, column=1).value for r in range(FIRST, FIRST + 16)]
    assert "14" not in codes  # qualitative: no number to collect
    # Only the input cells are unlocked; the sheet is protected.
    assert ws.protection.sheet
    row = _row_of(ws, "1")
    assert not ws.cell(row=row, column=5).protection.locked
    assert not ws.cell(row=row, column=6).protection.locked
    assert all(ws.cell(row=row, column=c).protection.locked for c in (1, 2, 3, 4))
    assert ws.cell(row=1, column=1).protection.locked
    # Value cells are text cells (kept as typed whatever Excel's number
    # settings) that say how to write a figure; rates get their own hint.
    assert ws.cell(row=row, column=5).number_format == "@"
    rules = {dv.promptTitle: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    rate_row = _row_of(ws, "2")
    assert f"E{row}" in rules["Cách ghi số"] and f"E{rate_row}" in rules["Tỷ lệ (%)"]
    # A4, fit to the page width, header repeated.
    assert ws.page_setup.paperSize in (9, "9")
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (1, "1")
    assert ws.print_title_rows
    # The hidden identification.
    meta = wb[FORM_SHEET]
    assert meta.sheet_state == "veryHidden"
    keys = {r[0]: r[1] for r in meta.iter_rows(values_only=True)}
    assert keys["form_version"] == "cbdesk-form-1"
    assert (keys["plan_year"], keys["area"], keys["period"]) == ("2021", "051", "2021-Q3")
    assert len(keys["fingerprint"]) == 64


def test_one_file_for_one_area_only(demo_sqlite, tmp_path):
    rc, _, err = cli("form", "--plan", "2021", "--period", "2021-Q3", "-o",
                     str(tmp_path / "x.xlsx"), "--db", str(demo_sqlite))
    assert rc == 1 and "--area" in err
    rc, _, err = cli("form", "--plan", "2021", "--period", "2022-Q1", "--area", "051", "-o",
                     str(tmp_path / "x.xlsx"), "--db", str(demo_sqlite))
    assert rc == 1 and "2021" in err
    rc, _, err = cli("form", "--plan", "2021", "--period", "2021-Q3", "--area", "999", "-o",
                     str(tmp_path / "x.xlsx"), "--db", str(demo_sqlite))
    assert rc == 1 and "999" in err


def test_a_hand_filled_form_files_its_figures(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    form = _form(db, tmp_path)
    _fill(form, {"1": ("1.234", "Gồm cả lao động thời vụ"), "11": (4, None), "2": ("3,5", None),
                 "7": (None, "Chưa có số liệu")})
    before = dump_of(db)
    rc, out, err = cli("import", str(form), "--db", db)
    assert rc == 0, err
    assert "Hòa An (051), Quý III/2021" in out and "3 kết quả" in out
    after = dump_of(db)
    assert _results(after, "2021-Q3", "051") == {
        "1": (1234, "Gồm cả lao động thời vụ"), "11": (4, ""), "2": (3.5, "")}
    assert len(after["results"]) == len(before["results"]) + 3
    # The same form again: nothing changes.
    rc, out, err = cli("import", str(form), "--db", db)
    assert rc == 0 and "không có thay đổi" in out
    assert dump_of(db) == after
    # A corrected figure replaces the old one only with --overwrite.
    _fill(form, {"1": ("1.300", None)})
    rc, out, err = cli("import", str(form), "--db", db)
    assert rc == 1 and "1.234 → 1.300" in err and "--overwrite" in err
    assert dump_of(db) == after
    rc, out, err = cli("import", str(form), "--db", db, "--overwrite")
    assert rc == 0, err
    assert _results(dump_of(db), "2021-Q3", "051")["1"] == (1300, "Gồm cả lao động thời vụ")


def test_forms_of_several_areas_in_one_go(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    # Typed into the text cells. (A *number* 10 against 040's plan of 1.920
    # would be refused as a possible ‘10.000’: test_xlsx_form_misread.py.)
    a = _fill(_form(db, tmp_path, area="040"), {"1": ("10", None)})
    b = _fill(_form(db, tmp_path, area="042"), {"1": ("20", None)})
    rc, out, err = cli("import", str(a), str(b), "--db", db)
    assert rc == 0 and len(out.splitlines()) == 2, err
    d = dump_of(db)
    assert _results(d, "2021-Q3", "040")["1"][0] == 10
    assert _results(d, "2021-Q3", "042")["1"][0] == 20


@pytest.mark.parametrize("change,words", [
    (("form_version", "cbdesk-form-9"), "phiên bản"),
    (("plan_year", "2022"), "kế hoạch khác"),
    (("fingerprint", "0" * 64), "kế hoạch khác"),
])
def test_forms_of_another_plan_or_version_are_refused(demo_sqlite, tmp_path, change, words):
    db = str(demo_sqlite)
    form = _fill(_form(db, tmp_path), {"1": (5, None)})
    _edit_meta(form, *change)
    before = dump_of(db)
    rc, out, err = cli("import", str(form), "--db", db)
    assert rc == 1 and words in err and len(error_lines(err)) == 1
    assert dump_of(db) == before


def test_a_renamed_target_makes_old_forms_stale(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    form = _fill(_form(db, tmp_path), {"1": (5, None)})
    from xlsx_support import write_workbook

    rename = write_workbook(tmp_path / "doi-ten.xlsx", {
        "Thông tin": [["Mục", "Giá trị"], ["Năm", 2021]],
        "Chỉ tiêu": [["Mã", "Tên chỉ tiêu"], ["1", "Tạo việc làm mới cho người lao động"]]})
    assert cli("import", str(rename), "--db", db, "--overwrite")[0] == 0
    rc, _, err = cli("import", str(form), "--db", db)
    assert rc == 1 and "kế hoạch khác" in err


def test_forms_of_a_closed_period_are_refused(demo_sqlite, tmp_path):
    from cbdesk.core.enums import Role
    from cbdesk.services.database import open_database
    from cbdesk.services.periods import close_period

    db = str(demo_sqlite)
    form = _fill(_form(db, tmp_path), {"1": (5, None)})
    database = open_database(db)
    close_period(database, Actor("lanhdao", Role.LEADER), 2021, "2021-H2")
    database.dispose()
    before = dump_of(db)
    rc, _, err = cli("import", str(form), "--db", db)
    assert rc == 1 and "đã chốt số liệu" in err and "Quý III/2021" in err
    assert dump_of(db) == before


def test_bad_figures_in_a_form_are_reported_with_their_row(demo_sqlite, tmp_path):
    db = str(demo_sqlite)
    form = _fill(_form(db, tmp_path), {"1": ("1,234", None), "2": (150, None),
                                       "3": ("nhiều", None), "4": ("=1+1", None)})
    before = dump_of(db)
    rc, _, err = cli("import", str(form), "--db", db)
    lines = error_lines(err)
    assert rc == 1 and len(lines) == 4, err
    assert "trang ‘Biểu mẫu’ dòng 13, cột ‘Giá trị thực hiện Quý III/2021’ có ‘1,234’" in lines[0]
    assert "từ 0 đến 100" in lines[1] and "không phải là số" in lines[2]
    assert "công thức" in lines[3]
    assert dump_of(db) == before


def test_a_quarter_over_existing_monthly_figures_is_refused(demo_sqlite, tmp_path):
    """The sample has April–June figures per district: a Q2 figure for the same
    cumulative target and district would count them twice."""
    db = str(demo_sqlite)
    form = _fill(_form(db, tmp_path, period="2021-Q2"), {"1": (500, None)})
    before = dump_of(db)
    rc, _, err = cli("import", str(form), "--db", db)
    assert rc == 1 and "tính hai lần" in err
    assert dump_of(db) == before
