"""`cbdesk export`: the interchange workbook laid out for people (SPEC §3.3)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).parent))

from xlsx_support import cli  # noqa: E402

from cbdesk.xlsx.schema import COLUMNS, SHEETS  # noqa: E402


def test_the_workbook_is_laid_out_for_people(demo_sqlite, tmp_path):
    out = tmp_path / "Kế hoạch 2021.xlsx"
    rc, stdout, err = cli("export", "--plan", "2021", "-o", str(out), "--db", str(demo_sqlite))
    assert rc == 0, err
    assert "373 kết quả" in stdout
    assert not list(tmp_path.glob(".cbdesk-*"))  # no temporary file left behind
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == list(SHEETS)
    for title in SHEETS:
        ws = wb[title]
        headers = [c.value for c in ws[1]]
        assert headers == [c.header for c in COLUMNS[title]]
        assert all(c.font.b for c in ws[1])
        assert ws.freeze_panes in ("A2", "B2")
        assert ws.page_setup.paperSize in (9, "9") and ws.page_setup.fitToWidth in (1, "1")
        assert ws.column_dimensions["A"].width >= 8
    assert wb["Chỉ tiêu"].page_setup.orientation == "landscape"
    info = {r[0]: r[1] for r in wb["Thông tin"].iter_rows(min_row=2, values_only=True)}
    assert info["Năm"] == 2021 and wb["Thông tin"]["B2"].number_format == "0"
    assert info["Cơ quan chủ quản"] == "UBND TỈNH CAO BẰNG" and info["Trạng thái"]
    targets = {r[0].value: r for r in wb["Chỉ tiêu"].iter_rows(min_row=2)}
    t1, t2, t11 = targets["1"], targets["2"], targets["1.1"]
    assert t1[3].value == "Tạo việc làm mới" and t1[3].alignment.wrap_text
    assert (t1[5].value, t1[6].value) == ("Cộng dồn", "Tăng")
    assert (t11[1].value, t11[2].value) == ("1", "Trong đó")
    assert t1[7].value == 12000 and t1[7].number_format == "#,##0"
    assert t2[7].value == 3.45 and t2[7].number_format == "#,##0.00"
    assert (t2[5].value, t2[6].value) == ("Thời điểm", "Giảm")
    area = next(r for r in wb["Địa bàn"].iter_rows(min_row=2) if r[0].value == "051")
    assert area[2].value == "Huyện" and area[3].value == "04"
    assert area[5].value == datetime(2025, 6, 30) and area[5].number_format == "dd/mm/yyyy"
    results = list(wb["Kết quả"].iter_rows(min_row=2))
    assert len(results) == 373
    first = results[0]
    assert [c.value for c in first[:4]] == ["1", "2021-M01", "040", 147]
    assert first[3].number_format == "#,##0"
    level = next(r for r in results if r[0].value == "2")
    assert level[2].value is None and level[3].value == 3.61
    assert level[3].number_format == "#,##0.00"
    tasks = {r[0].value: r for r in wb["Nhiệm vụ"].iter_rows(min_row=2)}
    assert tasks["II.3.6"][8].value == "Hoàn thành đúng hạn"
    assert tasks["II.1"][6].value == "Thường xuyên"
    assert tasks["II.3.2"][6].value == "2021-Q4"
    assert tasks["II.3.1"][6].value == datetime(2021, 12, 31)
    assert tasks["II.3.1"][6].number_format == "dd/mm/yyyy"
    updates = list(wb["Tiến độ"].iter_rows(min_row=2))
    assert isinstance(updates[0][1].value, datetime)


def test_export_refuses_what_it_cannot_do(demo_sqlite, tmp_path):
    for args, words in (
        (["--plan", "1999", "-o", str(tmp_path / "a.xlsx")], "1999"),
        (["--plan", "2021", "-o", str(tmp_path / "a.csv")], ".xlsx"),
        (["--plan", "2021", "-o", str(tmp_path / "nope" / "a.xlsx")], "nope"),
    ):
        rc, _, err = cli("export", *args, "--db", str(demo_sqlite))
        assert rc == 1 and words in err and err.count("\n") == 1, err
