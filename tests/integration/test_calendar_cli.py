"""The reporting calendar on a real database: `cbdesk calendar`, returned
district forms, period states, the agenda and the calendar settings."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from xlsx_support import cli  # noqa: E402

from cbdesk.core.enums import Role  # noqa: E402
from cbdesk.services import calendar as cal  # noqa: E402
from cbdesk.services.actors import Actor  # noqa: E402
from cbdesk.services.errors import PermissionDenied, ValidationError  # noqa: E402
from cbdesk.xlsx.schema import FORM_SHEET  # noqa: E402

ADMIN = Actor("quantri", Role.ADMIN)  # the calendar is a shared setting


def _calendar(db_url: str, *extra: str) -> dict[str, dict]:
    rc, out, err = cli("calendar", "--year", "2021", "--json", "--db", db_url, *extra)
    assert rc == 0, err
    return {row["period"]: row for row in json.loads(out)}


def test_sample_plan_windows_follow_decree_09_by_default(demo_db, db_url):
    rows = _calendar(db_url)
    window = {p: (rows[p]["data_from"], rows[p]["data_to"]) for p in rows}
    assert window["2021-Q1"] == ("2020-12-15", "2021-03-14")
    assert window["2021-H1"] == ("2020-12-15", "2021-06-14")
    assert window["2021-M03"] == ("2021-02-15", "2021-03-14")
    assert window["2021-9M"] == ("2020-12-15", "2021-09-14")
    assert window["2021"] == ("2020-12-15", "2021-12-14")
    # The report of Q2 is due 20/06/2021, a Sunday: Monday 21/06.
    assert rows["2021-Q2"]["due"] == "2021-06-21"
    m03 = rows["2021-M03"]
    assert m03["label"] == "Tháng 3/2021" and m03["report"] is None
    assert set(m03) >= {"period", "label", "data_from", "data_to", "due", "state",
                        "forms_missing", "report"}
    assert m03["forms_missing"] == ["040", "042", "043", "045", "047", "048", "049", "051",
                                    "052", "053"]


def test_calendar_months_when_the_setting_says_so(demo_db, db_url):
    cal.save_settings(demo_db, ADMIN, {"calendar.rule": "calendar",
                                        "calendar.kinds": "Q, H"})
    rows = _calendar(db_url)
    assert sorted(rows) == ["2021-H1", "2021-H2", "2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"]
    assert (rows["2021-Q1"]["data_from"], rows["2021-Q1"]["data_to"]) == ("2021-01-01",
                                                                          "2021-03-31")
    assert rows["2021-H1"]["data_to"] == "2021-06-30"
    # 30/06 + 6 days = Tue 06/07/2021.
    assert rows["2021-H1"]["due"] == "2021-07-06"
    assert cal.data_window(demo_db, "2021-M02") == (date(2021, 2, 1), date(2021, 2, 28))


def _fill_first(path: Path, value) -> None:
    wb = openpyxl.load_workbook(path)
    meta = {r[0].value: r[1].value for r in wb[FORM_SHEET].iter_rows()}
    ws = wb[meta["sheet"]]
    ws.cell(row=int(meta["first_row"]), column=5).value = value
    wb.save(path)


def test_returned_forms_leave_forms_missing(demo_db, db_url, tmp_path):
    out = tmp_path / "forms"
    rc, _, err = cli("form", "--plan", "2021", "--period", "2021-Q3", "-o", str(out),
                     "--db", db_url)
    assert rc == 0, err
    hoa_an = out / "bieu-mau-2021-Q3-051-hoa-an.xlsx"
    city = next(out.glob("bieu-mau-2021-Q3-040-*.xlsx"))
    wb = openpyxl.load_workbook(hoa_an)
    meta = {r[0].value: r[1].value for r in wb[FORM_SHEET].iter_rows()}
    assert meta["due"] == "2021-09-15"  # the form carries its due day
    words = " ".join(str(c.value) for row in wb["Biểu mẫu"].iter_rows(max_row=12)
                     for c in row if c.value)
    assert "Hạn gửi: ngày 15/09/2021" in words
    _fill_first(city, 1234)  # Thành phố Cao Bằng sends a figure; Hòa An sends it blank
    rc, _, err = cli("import", str(city), str(hoa_an), "--db", db_url)
    assert rc == 0, err
    q3 = _calendar(db_url)["2021-Q3"]
    assert q3["forms_returned"] == ["040", "051"]
    assert sorted(q3["forms_returned_on"]) == ["040", "051"]
    assert "040" not in q3["forms_missing"] and "051" not in q3["forms_missing"]
    assert len(q3["forms_missing"]) == 8
    assert q3["sources"]["040"]["form"] == 1
    # Other periods still miss every form.
    assert len(_calendar(db_url)["2021-Q2"]["forms_missing"]) == 10


def test_period_states_through_the_year(demo_db):
    from cbdesk.services import issued, periods

    def states(today):
        return {st.code: st.state for st in cal.year_states(demo_db, 2021, today)}

    on = states(date(2021, 3, 16))
    assert on["2021-M03"] == "due_soon"  # due Mon 22/03, within 7 days
    assert on["2021-M04"] == "open"  # window 15/03–14/04 has begun
    assert on["2021-M05"] == "upcoming"
    assert on["2021-M01"] == "overdue"
    periods.close_period(demo_db, ADMIN, 2021, "2021-Q1")
    meta = issued.ReportMeta(number="7", date=date(2021, 3, 20))
    issued.issue_report(demo_db, 2021, "progress", "2021-M02", meta, b"%PDF-1.4 test",
                        ADMIN)
    on = states(date(2021, 3, 16))
    assert on["2021-Q1"] == "closed" and on["2021-M03"] == "closed"  # inside Q1
    assert on["2021-M02"] == "issued"
    row = {st.code: st for st in cal.year_states(demo_db, 2021, date(2021, 3, 16))}
    assert row["2021-M02"].report == "07"
    assert cal.report_due(demo_db, "2021-Q1") == date(2021, 3, 22)


def test_agenda_lists_what_is_due_late_forms_and_periods_to_close(demo_db):
    a = cal.agenda(demo_db, 2021, date(2021, 6, 1))
    due = [st.code for st in a.due]
    # Due within 30 days of 01/06: M05 (20/05) is past; M06, Q2, H1 due 21/06.
    assert due == ["2021-M06", "2021-Q2", "2021-H1"]
    assert "2021-M05" in [st.code for st in a.overdue]
    assert "2021-M05" in [st.code for st in a.to_close]  # its cut-off 14/05 passed
    assert "2021-M06" not in [st.code for st in a.to_close]
    assert len(a.late_areas()["2021-M05"]) == 10  # forms were due 17/05


def test_reminder_names_periods_due_today_or_before(demo_db):
    codes = [st.code for st in cal.reminder(demo_db, date(2021, 3, 22))]
    assert "2021-M03" in codes and "2021-Q1" in codes  # due 22/03/2021
    assert "2021-M04" not in codes
    assert cal.reminder(demo_db, date(2020, 6, 1)) == []  # no plan for 2020 or 2019


def test_calendar_settings_are_checked_audited_and_for_leaders(demo_db):
    from cbdesk.services.audit import list_entries

    with pytest.raises(PermissionDenied):
        cal.save_settings(demo_db, Actor("cv", Role.STAFF), {"calendar.rule": "calendar"})
    with pytest.raises(ValidationError) as e:
        cal.save_settings(demo_db, ADMIN, {"calendar.holidays": "31/02"})
    assert "31/02" in e.value.message_vi
    with pytest.raises(ValidationError):
        cal.save_settings(demo_db, ADMIN, {"calendar.report_due_days": "-1"})
    assert cal.read_settings(demo_db)["calendar.holidays"] == "01/01, 30/04, 01/05, 02/09"
    cal.save_settings(demo_db, ADMIN, {"calendar.report_due_days": "10"})
    assert cal.report_due(demo_db, "2021-M03") == date(2021, 3, 24)
    entries = [e for e in list_entries(demo_db) if e.entity == "setting"]
    assert any(e.key == "calendar.report_due_days" and e.old == "6" and e.new == "10"
               for e in entries)


def test_calendar_of_a_missing_plan_is_one_line_in_vietnamese(db, db_url):
    rc, out, err = cli("calendar", "--year", "1999", "--db", db_url)
    assert rc == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "1999" in err


def test_calendar_as_a_table_shows_labels_and_dates(demo_db, db_url):
    rc, out, err = cli("calendar", "--year", "2021", "--db", db_url)
    assert rc == 0, err
    line = next(ln for ln in out.splitlines() if ln.startswith("Quý I/2021"))
    assert "15/12/2020" in line and "14/03/2021" in line and "22/03/2021" in line


def test_a_report_dated_before_the_cut_off_is_refused(demo_db):
    cal.check_report_date(demo_db, "2021-H1", date(2021, 6, 14))  # the cut-off day itself
    cal.check_report_date(demo_db, "2021-H1", date(2021, 7, 30))  # late, but allowed
    with pytest.raises(ValidationError) as e:
        cal.check_report_date(demo_db, "2021-H1", date(2021, 6, 10))
    assert e.value.message_vi == ("Ngày báo cáo 10/06/2021 trước ngày chốt số liệu của kỳ "
                                  "6 tháng đầu năm 2021 (14/06/2021).")
    cal.save_settings(demo_db, ADMIN, {"calendar.rule": "calendar"})
    with pytest.raises(ValidationError):
        cal.check_report_date(demo_db, "2021-H1", date(2021, 6, 14))


def test_calendar_command_on_a_fresh_sample_database(tmp_path):
    """As the issue's "done when" says it: `cbdesk init --demo`, then the calendar."""
    from helpers import run_cli

    db = str(tmp_path / "mẫu.sqlite")
    r = run_cli("init", "--demo", "--db", db)
    assert r.returncode == 0, r.stderr
    r = run_cli("calendar", "--year", "2021", "--json", "--db", db)
    assert r.returncode == 0, r.stderr
    rows = {row["period"]: row for row in json.loads(r.stdout)}
    assert (rows["2021-Q1"]["data_from"], rows["2021-Q1"]["data_to"]) == ("2020-12-15",
                                                                          "2021-03-14")
    assert (rows["2021-H1"]["data_from"], rows["2021-H1"]["data_to"]) == ("2020-12-15",
                                                                          "2021-06-14")
    assert (rows["2021-M03"]["data_from"], rows["2021-M03"]["data_to"]) == ("2021-02-15",
                                                                            "2021-03-14")


def test_where_figures_came_from_form_import_or_typed(demo_db):
    from cbdesk.services.results import CellChange, save_entries

    save_entries(demo_db, ADMIN, 2021, "2021-Q3", [CellChange("1", "052", 250.0)])
    q3 = {st.code: st for st in cal.year_states(demo_db, 2021, date(2021, 9, 1))}["2021-Q3"]
    assert q3.sources["052"] == {"form": 0, "import": 0, "typed": 1}
    assert {a.code: a.sources for a in q3.areas}["052"]["typed"] == 1
    # The sample's monthly figures are labelled as demonstration data: not typed, not forms.
    m03 = {st.code: st for st in cal.year_states(demo_db, 2021, date(2021, 9, 1))}["2021-M03"]
    assert m03.sources["040"]["import"] > 0 and m03.sources["040"]["typed"] == 0
    assert cal.source_kind("Biểu mẫu bieu-mau-2021-Q3-040.xlsx") == "form"
    assert cal.source_kind("  ") == "typed"
