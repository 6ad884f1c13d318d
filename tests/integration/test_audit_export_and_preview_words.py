"""The audit trail as people read it outside the window's table: the Excel
export's sheet (its name and headers in the chosen language, bold headers, the
header row frozen), a day's entries kept by a filter ending that day, and an
import preview's lines in words (services.audit_words.change_words, shown by
the window's import preview)."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from cbdesk.services.actors import system_actor
from cbdesk.services.audit_export import export_trail
from cbdesk.services.audit_words import AuditFilter, trail
from cbdesk.services.audit_words.describer import Describer
from cbdesk.services.audit_words.trail import change_words
from cbdesk.services.changes import Change


@pytest.mark.parametrize(("lang", "title", "first"), [("vi", "Nhật ký thay đổi", "Thời điểm"),
                                                      ("en", "Audit trail", "When")])
def test_the_exported_sheet_is_named_and_headed_in_the_chosen_language(demo_db, tmp_path,
                                                                       lang, title, first):
    rows = trail(demo_db, AuditFilter(plan_year=2021), lang=lang)
    out = export_trail(rows, tmp_path / "nhat-ky.xlsx", lang=lang)
    ws = openpyxl.load_workbook(out).active
    assert ws.title == title
    assert ws.cell(1, 1).value == first and ws.cell(1, 1).font.bold
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.max_row == len(rows) + 1


def test_a_filter_ending_on_a_day_keeps_that_days_entries(demo_db):
    from cbdesk.services import audit

    with demo_db.session() as s:
        audit.record(s, system_actor(), "setting", "backup.keep", "value", "10", "5", None,
                     at=datetime(2021, 3, 5, 16, 30))
    day = date(2021, 3, 5)
    kept = trail(demo_db, AuditFilter(date_from=day, date_to=day))
    assert [(w.at, w.old, w.new) for w in kept] == [("05/03/2021 16:30:00", "10", "5")]
    assert trail(demo_db, AuditFilter(date_from=date(2021, 3, 6), date_to=date(2021, 3, 6))) \
        == []


def _first_codes(db):
    from cbdesk.services.plans import plan_to_data

    data = plan_to_data(db, 2021, with_results=False)
    return data.targets[0].code, data.targets[0].name, data.tasks[0].code


def test_an_import_previews_lines_in_words_in_vietnamese(demo_db):
    t, name, task = _first_codes(demo_db)
    d = Describer(demo_db, "vi")
    assert change_words(d, Change("update", f"{task} 2021-03-01", "*", None, "Đã họp"), 2021) \
        .endswith(": thêm cập nhật tiến độ ngày 01/03/2021")
    assert change_words(d, Change("target", t, "*", None, name), 2021) \
        == f"Chỉ tiêu {t} – {name}: thêm mới"
    assert change_words(d, Change("target", t, "target", 12000.0, 13000.5), 2021) \
        == f"Chỉ tiêu {t} – {name}: Kế hoạch năm 12.000 → 13.000,5"
    assert change_words(d, Change("result", f"{t}|2021-Q1|", "value", None, 150.0), 2021) \
        .endswith("· Quý I/2021 · Toàn tỉnh: Giá trị (trống) → 150 người")
    assert change_words(d, Change("target", t, "name", "Cũ", "Mới"), 2021) \
        == f"Chỉ tiêu {t} – {name}: Tên Cũ → Mới"


def test_an_import_previews_lines_in_words_in_english(demo_db):
    t, name, task = _first_codes(demo_db)
    d = Describer(demo_db, "en")
    assert change_words(d, Change("update", f"{task} 2021-03-01", "*", None, "x"), 2021) \
        .endswith(": progress update of 01/03/2021")
    assert change_words(d, Change("target", t, "*", None, name), 2021) \
        == f"Target {t} – {name}: added"
    assert change_words(d, Change("target", t, "target", 12000.0, 13000.5), 2021) \
        == f"Target {t} – {name}: Year's target 12,000 → 13,000.5"
