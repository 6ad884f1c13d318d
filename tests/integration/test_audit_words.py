"""The audit trail in words for people (issue 18): every row of a busy database
is described without a ``|``-joined key and without a dot-decimal number."""

from __future__ import annotations

import re
from datetime import date

from cbdesk.services.actors import system_actor

# A dot-decimal number (3.45): a dot followed by anything but a group of
# three digits. Vietnamese thousands (1.330, 12.000) are fine.
DOT_DECIMAL = re.compile(r"(?<![\d.])\d+\.(?!\d{3}(?!\d))\d+")
TARGET_CODE = re.compile(r"Chỉ tiêu \d+(?:\.\d+)+")


def _busy(db) -> None:
    """The sample plan, then what an office does in a month."""
    from cbdesk.services import (
        catalog,
        catalog_changes,
        issued,
        periods,
        plan_info,
        results,
        targets,
        tasks,
    )
    from cbdesk.services.issued import ReportMeta
    from cbdesk.services.sample import install_sample_plan

    actor = system_actor()
    install_sample_plan(db)
    results.save_entries(db, actor, 2021, "2021-H1", [
        results.CellChange("2", None, 3.52)])  # a level target, a decimal figure
    results.save_entries(db, actor, 2021, "2021-M11", [results.CellChange("1", "042", 512.5)])
    form = targets.get_target(db, 2021, "2")
    targets.save_target(db, actor, 2021, form.__class__(**{**form.__dict__, "target": 3.4}), "2")
    tasks.add_update(db, actor, 2021, "II.1", date(2021, 5, 10), 45.5, note="Đang làm")
    catalog.save_unit(db, actor, "TTDVVL", "Trung tâm Dịch vụ việc làm tỉnh")
    catalog.merge_areas(db, actor, "048", "047", date(2025, 7, 1))
    catalog_changes.end_area(db, actor, "053", date(2025, 6, 30))
    catalog_changes.split_area(db, actor, "045", [
        catalog_changes.NewArea("04501", "Xã Hà Quảng"),
        catalog_changes.NewArea("04502", "Xã Trường Hà")], date(2025, 7, 1))
    header = plan_info.read_header(db, 2021)
    plan_info.save_header(db, actor, header, header.__class__(
        **{**header.__dict__, "closing": "Ghi chú 1.5 lần", "doc_date": date(2021, 1, 6)}))
    periods.close_period(db, actor, 2021, "2021-H1")
    issued.issue_report(db, 2021, "progress", "2021-H1",
                        ReportMeta(number="5", date=date(2021, 7, 5)), b"%PDF-1.4 x", actor)


def test_every_audit_row_reads_in_words(db):
    from cbdesk.services.audit import list_entries
    from cbdesk.services.audit_words import Describer

    _busy(db)
    rows = list_entries(db, limit=100000)
    assert len(rows) > 100
    describer = Describer(db, "vi")
    texts = []
    for row in rows:
        w = describer.describe(row)
        for text in (w.what, w.subject, w.field, w.old, w.new, w.reason):
            assert "|" not in text, (row, w)
            assert not DOT_DECIMAL.search(TARGET_CODE.sub("", text)), (row, w)
        texts.append(w)
    by_field = {(w.what, w.field) for w in texts}
    assert ("Kết quả", "Giá trị") in by_field and ("Chỉ tiêu", "Kế hoạch năm") in by_field
    words = {f"{w.subject} | {w.old} → {w.new}" for w in texts}
    joined = "\n".join(words)
    assert "Chỉ tiêu 2 – " in joined and "6 tháng đầu năm 2021" in joined
    assert "3,52%" in joined and "512,5 người" in joined and "Bảo Lâm" in joined
    assert "Báo cáo số 05/BC-SLĐTBXH" in joined
    assert "45,5%" in joined
    assert not any(w.field == "Created" or w.field == "created" for w in texts)


def test_trail_filters_by_target_period_area_user_and_date(db):
    from cbdesk.services.audit_words import AuditFilter, trail

    _busy(db)
    by_target = trail(db, AuditFilter(plan_year=2021, target="1"))
    assert by_target and all(w.target == "1" or w.target.startswith("1.") for w in by_target)
    by_area = trail(db, AuditFilter(plan_year=2021, area="042"))
    assert by_area and all(w.area == "042" for w in by_area)
    by_period = trail(db, AuditFilter(plan_year=2021, period="2021-H1"))
    assert by_period and {w.period for w in by_period} == {"2021-H1"}
    assert trail(db, AuditFilter(user="nobody")) == []
    assert trail(db, AuditFilter(date_to=date(2000, 1, 1))) == []


def test_the_trail_exports_to_excel(db, tmp_path):
    import openpyxl

    from cbdesk.services.audit_export import export_trail
    from cbdesk.services.audit_words import AuditFilter, trail

    _busy(db)
    rows = trail(db, AuditFilter(plan_year=2021))
    out = tmp_path / "nhat-ky.xlsx"
    export_trail(rows, out)
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(1, 1).value == "Thời điểm"
    assert ws.max_row == len(rows) + 1
    values = [c.value for row in ws.iter_rows(min_row=2) for c in row if c.value]
    assert not any("|" in str(v) for v in values)


def test_kinds_of_entries_not_known_yet_still_read_in_words(db):
    """Entries added by other parts (settings, allocations, imports) are described
    part by part: names, labels and Vietnamese numbers, no raw key."""
    from datetime import datetime

    from cbdesk.services.audit import AuditRow
    from cbdesk.services.audit_words import Describer
    from cbdesk.services.sample import install_sample_plan

    install_sample_plan(db)
    d = Describer(db, "vi")
    rows = [
        AuditRow(1, datetime(2021, 7, 1), "admin", None, "setting", "tolerance.behind_below",
                 "value", "0.85", "0.8", ""),
        AuditRow(2, datetime(2021, 7, 1), "admin", 2021, "allocation", "1|042", "value",
                 "1320.5", "1400", ""),
        AuditRow(3, datetime(2021, 7, 1), "admin", 2021, "import", "huyen-bao-lam.xlsx|042|"
                 "2021-Q2", "file_rows", None, "12.5", "nhập lúc 2021-07-02"),
    ]
    words = [d.describe(r) for r in rows]
    assert words[0].subject == "Chậm tiến độ khi tiến độ dưới"
    assert (words[0].old, words[0].new) == ("85%", "80%")
    assert words[1].subject == "Chỉ tiêu 1 – Tạo việc làm mới · Bảo Lâm"
    assert words[1].old == "1.320,5" and words[1].area == "042"
    assert words[2].subject == "huyen-bao-lam.xlsx · Bảo Lâm · Quý II/2021"
    assert words[2].field == "File rows" and words[2].new == "12,5"
    assert words[2].reason == "nhập lúc 02/07/2021"
    for w in words:
        assert "|" not in w.subject + w.old + w.new
