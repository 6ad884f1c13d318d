"""The calendar's states decided to the day: the due day itself is not yet
overdue, the first day of "due soon" and of the data window count, a form
returned on its due day is on time, the agenda's window includes both of its
ends, the reminder covers last year's plan and this year's, and a setting
edited by hand or a period the office does not report still give a state."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cbdesk.core.enums import Role
from cbdesk.services import calendar as cal
from cbdesk.services.actors import Actor

ADMIN = Actor("quantri", Role.ADMIN)


def _state(db, code: str, today: date) -> str:
    return {st.code: st.state for st in cal.year_states(db, 2021, today)}[code]


def _dates(db, code: str):
    return {st.code: st.dates for st in cal.year_states(db, 2021, date(2021, 1, 1))}[code]


def test_state_labels_in_both_languages():
    assert cal.state_label("overdue", "vi") == "Quá hạn báo cáo"
    assert cal.state_label("overdue", "en") == "Overdue"


def test_the_report_due_day_itself_is_not_yet_overdue(demo_db):
    due = _dates(demo_db, "2021-M04").report_due
    assert _state(demo_db, "2021-M04", due) == "due_soon"
    assert _state(demo_db, "2021-M04", due + timedelta(days=1)) == "overdue"


def test_due_soon_starts_exactly_the_set_number_of_days_before(demo_db):
    due = _dates(demo_db, "2021-M04").report_due
    assert _state(demo_db, "2021-M04", due - timedelta(days=7)) == "due_soon"
    assert _state(demo_db, "2021-M04", due - timedelta(days=8)) == "open"


def test_a_period_is_open_from_the_first_day_of_its_data_window(demo_db):
    start = _dates(demo_db, "2021-M04").data_from
    assert _state(demo_db, "2021-M04", start) == "open"
    assert _state(demo_db, "2021-M04", start - timedelta(days=1)) == "upcoming"


def test_a_form_returned_on_its_due_day_is_on_time_and_the_day_after_is_late(demo_db):
    from cbdesk.services.calendar.returns import record_form_return

    d = _dates(demo_db, "2021-M04")
    areas = cal.year_states(demo_db, 2021, d.data_from)[0].forms_missing
    on_time, late = areas[0], areas[1]
    with demo_db.session() as s:
        record_form_return(s, ADMIN, 2021, "2021-M04", on_time, "a.xlsx",
                           at=datetime.combine(d.forms_due, datetime.min.time()).replace(hour=16))
        record_form_return(s, ADMIN, 2021, "2021-M04", late, "b.xlsx",
                           at=datetime.combine(d.forms_due + timedelta(days=1),
                                               datetime.min.time()).replace(hour=8))
    st = cal.period_state(demo_db, 2021, "2021-M04", d.forms_due + timedelta(days=3))
    assert on_time in st.forms_returned and late in st.forms_returned
    assert on_time not in st.forms_late
    assert late in st.forms_late


def test_the_agenda_includes_reports_due_today_and_on_its_last_day(demo_db):
    due = _dates(demo_db, "2021-M04").report_due
    today = cal.agenda(demo_db, 2021, due, days=30)
    assert "2021-M04" in [st.code for st in today.due]
    last_day = cal.agenda(demo_db, 2021, due - timedelta(days=10), days=10)
    assert "2021-M04" in [st.code for st in last_day.due]
    beyond = cal.agenda(demo_db, 2021, due - timedelta(days=11), days=10)
    assert "2021-M04" not in [st.code for st in beyond.due]


def test_the_reminder_in_january_covers_last_years_plan_and_this_years(demo_db):
    from cbdesk.core.plandata import PlanData
    from cbdesk.services.plan_apply import apply_plan_data

    apply_plan_data(demo_db, PlanData(year=2022, title="Kế hoạch 2022"), ADMIN)
    codes = [st.code for st in cal.reminder(demo_db, date(2022, 1, 10))]
    assert "2021-M12" in codes  # last year's, overdue
    assert [c for c in codes if c.startswith("2022")] == []  # nothing of 2022 due yet
    assert [st.code for st in cal.reminder(demo_db, date(2022, 1, 25))][-1].startswith("2022")


def test_a_hand_edited_due_soon_setting_falls_back_to_seven_days(demo_db):
    from cbdesk.db.models import Setting

    with demo_db.session() as s:
        s.merge(Setting(key="calendar.due_soon_days", value="bảy"))
    due = _dates(demo_db, "2021-M04").report_due
    assert _state(demo_db, "2021-M04", due - timedelta(days=7)) == "due_soon"
    assert _state(demo_db, "2021-M04", due - timedelta(days=8)) == "open"


def test_a_period_the_office_does_not_report_still_has_its_dates_and_state(demo_db):
    cal.save_settings(demo_db, ADMIN, {"calendar.kinds": "Q"})
    assert "2021-M04" not in [st.code for st in cal.year_states(demo_db, 2021, date(2021, 1, 1))]
    d = cal.period_state(demo_db, 2021, "2021-M04", date(2021, 3, 20)).dates
    st = cal.period_state(demo_db, 2021, "2021-M04", d.report_due)
    assert st.code == "2021-M04" and st.closed is False
    assert st.state == "due_soon"
    assert st.forms_returned == () and st.report is None


def test_a_figure_from_a_districts_form_counts_as_that_districts_return_only(demo_db):
    from cbdesk.core.plandata import PlanData, ResultData
    from cbdesk.services.calendar.returns import FORM_SOURCE, form_returns
    from cbdesk.services.plan_apply import apply_plan_data
    from cbdesk.services.plans import plan_to_data

    data = plan_to_data(demo_db, 2021, with_results=False)
    area = cal.year_states(demo_db, 2021, date(2021, 1, 1))[0].forms_missing[0]
    target = next(t.code for t in data.targets if t.kind == "cumulative")
    apply_plan_data(demo_db, PlanData(year=2021, title=data.title, results=[
        ResultData(target, "2021-M04", area, 12.0, source=f"{FORM_SOURCE} huyen.xlsx")]), ADMIN)
    returns = {k: v for k, v in form_returns(demo_db, 2021).items() if k[0] == "2021-M04"}
    assert list(returns) == [("2021-M04", area)]
    assert returns[("2021-M04", area)].file == "huyen.xlsx"
