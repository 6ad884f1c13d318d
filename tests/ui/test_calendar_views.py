"""The reporting calendar in the window: the calendar view, the overview's
panel of reports due, the reminder at start-up and the calendar settings."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_views_part2 import LEADER, Host, idle  # noqa: E402

from cbdesk.core.enums import Role  # noqa: E402
from cbdesk.services.actors import Actor  # noqa: E402
from cbdesk.ui.dialogs import ConfirmDialog  # noqa: E402


@pytest.fixture
def host(demo_sqlite):
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    yield Host(db, LEADER)
    db.dispose()


def on(monkeypatch, day: date) -> None:
    """The calendar judged on ``day`` (the sample plan is of 2021)."""
    from cbdesk.services import plans

    monkeypatch.setattr(plans, "today", lambda: day)


def _texts(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def _row(view, code: str) -> int:
    return next(i for i, r in enumerate(view.rows) if r.code == code)


def test_calendar_view_shows_windows_due_days_and_states(qtbot, host, monkeypatch, errors):
    from cbdesk.ui.views.calendar_view import CalendarView

    on(monkeypatch, date(2021, 6, 16))
    view = CalendarView(host)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    assert view.model.rowCount() == 20
    assert _texts(view.model, _row(view, "2021-Q1")) == [
        "Quý I/2021", "15/12/2020", "14/03/2021", "15/03/2021", "22/03/2021",
        "Quá hạn báo cáo", "0/10", "040, 042, 043, 045, 047, 048 (+4)"]
    h1 = _texts(view.model, _row(view, "2021-H1"))
    assert h1[1:6] == ["15/12/2020", "14/06/2021", "15/06/2021", "21/06/2021", "Sắp đến hạn"]
    assert _texts(view.model, _row(view, "2021-M07"))[5] == "Đang thu thập số liệu"
    assert _texts(view.model, _row(view, "2021-M08"))[5] == "Chưa đến kỳ"
    assert "Nghị định 09/2019/NĐ-CP" in view.rule_label.text()
    # The window's period (H1) is selected; its cut-off (14/06) has passed.
    assert view.current().code == "2021-H1"
    assert "Đã nhận biểu mẫu" in view.detail.text()
    assert view.close_button.isEnabled() and "nên chốt" in view.hint.text()
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, p, t, x: True))
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.close_button.click()
    assert _texts(view.model, _row(view, "2021-H1"))[5] == "Đã chốt số liệu"
    assert _texts(view.model, _row(view, "2021-Q2"))[5] == "Đã chốt số liệu"  # inside H1
    assert not view.close_button.isEnabled()
    assert errors == []


def test_calendar_view_lists_each_area_with_its_form(qtbot, host, monkeypatch, errors):
    from datetime import datetime

    from cbdesk.services.calendar import record_form_return
    from cbdesk.ui.views.calendar_view import CalendarView

    on(monkeypatch, date(2021, 6, 16))
    with host.db.session() as s:  # Hòa An's H1 form came back on 16/06, a day late
        record_form_return(s, LEADER, 2021, "2021-H1", "051", "bieu-mau-2021-H1-051.xlsx",
                           at=datetime(2021, 6, 16, 9, 30))
    view = CalendarView(host)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    assert view.current().code == "2021-H1"
    rows = {view.area_model.index(i, 0).data(): _texts(view.area_model, i)
            for i in range(view.area_model.rowCount())}
    assert len(rows) == 10
    assert rows["051 Hòa An"][1:3] == ["16/06/2021", "Chậm"]
    assert rows["040 Thành phố Cao Bằng"][1:3] == ["Chưa gửi", "Chậm"]
    assert "Đã nhận biểu mẫu: 051" in view.detail.text()
    assert _texts(view.model, _row(view, "2021-H1"))[6] == "1/10"


def test_calendar_view_close_needs_a_leader(qtbot, demo_sqlite, monkeypatch, errors):
    from cbdesk.services.database import open_database
    from cbdesk.ui.views.calendar_view import CalendarView

    on(monkeypatch, date(2021, 6, 16))
    db = open_database(str(demo_sqlite))
    try:
        view = CalendarView(Host(db, Actor("cv", Role.STAFF)))
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=30000):
            view.reload()
        assert view.current().code == "2021-H1"
        assert not view.close_button.isEnabled()
        assert view.forms_button.isEnabled() and view.report_button.isEnabled()
    finally:
        db.dispose()


def test_calendar_view_makes_the_forms_of_the_chosen_period(qtbot, host, monkeypatch,
                                                             tmp_path, errors):
    from cbdesk.ui import dialogs, file_actions
    from cbdesk.ui.views.calendar_view import CalendarView

    on(monkeypatch, date(2021, 6, 16))
    monkeypatch.setattr(file_actions.FileDialogs, "folder",
                        classmethod(lambda cls, parent, caption: str(tmp_path)))
    notes = []
    monkeypatch.setattr(dialogs.Notice, "info",
                        classmethod(lambda cls, p, t, x: notes.append(x)))
    monkeypatch.setattr(file_actions.Notice, "info",
                        classmethod(lambda cls, p, t, x: notes.append(x)))
    view = CalendarView(host)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    view.select("2021-Q3")
    view.forms_button.click()
    idle(qtbot)
    assert host.period.code == "2021-Q3"
    made = sorted(p.name for p in tmp_path.glob("bieu-mau-2021-Q3-*.xlsx"))
    assert len(made) == 10 and notes


def test_overview_panel_shows_reports_due_and_late_areas(qtbot, host, monkeypatch, errors):
    from cbdesk.ui.views.overview import OverviewView

    on(monkeypatch, date(2021, 6, 1))
    view = OverviewView(host)
    qtbot.addWidget(view)
    panel = view.calendar_panel
    with qtbot.waitSignal(panel.loaded, timeout=30000):
        view.reload()
    idle(qtbot)
    codes = [r.code for r in panel.rows]
    # Due by 01/07: M06, Q2, H1 (21/06); then the latest overdue first: M05, M04, Q1.
    assert codes == ["2021-M06", "2021-Q2", "2021-H1", "2021-M05", "2021-M04", "2021-Q1"]
    first = _texts(panel.model, 0)
    assert first[:3] == ["Tháng 6/2021", "21/06/2021", "Đang thu thập số liệu"]  # 20 days away
    assert _texts(panel.model, 3)[2] == "Quá hạn báo cáo" and _texts(panel.model, 3)[3] == "0/10"
    assert "3 báo cáo đến hạn trong 30 ngày tới" in panel.summary.text()
    tab = view.tabs.indexOf(panel)
    assert view.tabs.tabText(tab) == "Báo cáo đến hạn (3) · quá hạn 6"
    assert "Đã qua ngày chốt nhưng chưa chốt số liệu" in panel.summary.text()
    assert panel.close_button.isEnabled()
    assert panel.forms_button.isEnabled() and panel.report_button.isEnabled()
    assert errors == []


def test_reminder_at_start_names_reports_due(make_window, demo_sqlite, monkeypatch, qtbot):
    on(monkeypatch, date(2021, 3, 22))
    win = make_window(demo_sqlite)
    banner = win.calendar_reminder
    qtbot.waitUntil(lambda: bool(banner.rows), timeout=30000)
    assert banner.isVisible()
    text = banner.label.text()  # the latest named, the others counted
    assert text.startswith("Báo cáo đến hạn:") and "(hạn 22/03/2021) và 3 kỳ khác" in text
    every = banner.label.toolTip()
    for words in ("Quý I/2021 (hạn 22/03/2021)", "Tháng 3/2021 (hạn 22/03/2021)",
                  "Tháng 2/2021 (hạn 22/02/2021)", "Tháng 1/2021 (hạn 20/01/2021)"):
        assert words in every
    banner.open_button.click()
    assert win.current_key() == "calendar"
    banner.hide_button.click()
    assert not banner.isVisible()


def test_no_reminder_when_nothing_is_due(make_window, demo_sqlite, monkeypatch, qtbot):
    on(monkeypatch, date(2021, 1, 5))  # the first report (January) is due 20/01
    win = make_window(demo_sqlite)
    idle(qtbot)
    assert not win.calendar_reminder.isVisible()


def test_calendar_settings_saved_from_the_settings_view(qtbot, host, errors):
    from cbdesk.core.enums import Role
    from cbdesk.services import calendar as cal
    from cbdesk.services.actors import Actor
    from cbdesk.ui.views.settings_view import SettingsView

    host.actor = Actor("quantri", Role.ADMIN)  # shared settings are the administrator's
    view = SettingsView(host)
    qtbot.addWidget(view)
    view.reload()
    box = view.calendar_box
    assert box.rule.currentData() == "nd09" and box.report_days.value() == 6
    box.rule.setCurrentIndex(box.rule.findData("calendar"))
    box.kinds["M"].setChecked(False)
    box.holidays.setText("01/01, 30/04, 01/05, 02/09, 10/02/2021-16/02/2021")
    assert view.has_unsaved()
    view.save_button.click()
    values = cal.read_settings(host.db)
    assert values["calendar.rule"] == "calendar" and values["calendar.kinds"] == "Q,H,9M,Y"
    assert cal.data_window(host.db, "2021-Q1") == (date(2021, 1, 1), date(2021, 3, 31))
    box.holidays.setText("31/02")
    view.save_button.click()
    assert errors and "31/02" in errors[-1]
    assert cal.read_settings(host.db)["calendar.holidays"].endswith("16/02/2021")


def test_a_closed_period_past_its_due_day_says_both(qtbot, host, monkeypatch, errors):
    from cbdesk.services import periods
    from cbdesk.ui.views.calendar_view import CalendarView

    on(monkeypatch, date(2021, 4, 1))
    periods.close_period(host.db, LEADER, 2021, "2021-Q1")
    view = CalendarView(host)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    assert _texts(view.model, _row(view, "2021-Q1"))[5] == "Quá hạn báo cáo · đã chốt số liệu"
    view.select("2021-Q1")
    assert not view.close_button.isEnabled() and view.hint.text() == ""
