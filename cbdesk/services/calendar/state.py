"""Where each reported period stands on a given day: open, due soon,
overdue, closed (chốt số liệu) or its report issued; which areas' forms are
missing or late; which periods are due in the coming days and which should be
closed now that their cut-off has passed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from cbdesk.core.calendar import PeriodDates, period_dates, year_calendar
from cbdesk.core.enums import ReportKind
from cbdesk.core.periods import Period
from cbdesk.db.engine import Database
from cbdesk.services.calendar import returns as ret
from cbdesk.services.calendar import rules as cal_rules
from cbdesk.services.forms import district_areas
from cbdesk.services.plans import get_plan

# Model classes are imported in the functions that use them: `cbdesk report`
# loads this module without the ORM (docs/ARCHITECTURE.md, "Reads of plain rows").

# States, most settled first. "upcoming": the window has not begun.
STATES = ("issued", "closed", "overdue", "due_soon", "open", "upcoming")
STATE_LABELS = {
    "issued": ("Đã ban hành báo cáo", "Report issued"),
    "closed": ("Đã chốt số liệu", "Closed"),
    "overdue": ("Quá hạn báo cáo", "Overdue"),
    "due_soon": ("Sắp đến hạn", "Due soon"),
    "open": ("Đang thu thập số liệu", "Open"),
    "upcoming": ("Chưa đến kỳ", "Not yet begun"),
}


def state_label(state: str, lang: str = "vi") -> str:
    vi, en = STATE_LABELS[state]
    return vi if lang == "vi" else en


@dataclass(frozen=True)
class AreaReturn:
    """One district's form for one period: returned when, late or not, and
    where the area's figures for the period came from."""

    code: str
    name: str
    returned_on: date | None
    file: str
    late: bool
    sources: dict[str, int] = field(default_factory=dict)  # form / import / typed → count


@dataclass(frozen=True)
class PeriodState:
    """One period of the calendar as it stands on ``today``."""

    period: Period
    dates: PeriodDates
    state: str
    closed: bool
    report: str | None  # the issued progress report's number
    forms_returned: tuple[str, ...]  # area codes
    forms_missing: tuple[str, ...]  # area codes, by code
    forms_late: tuple[str, ...]  # missing past the forms' due day, or returned after it
    sources: dict[str, dict[str, int]] = field(default_factory=dict)  # area → kind → count
    areas: tuple[AreaReturn, ...] = ()
    _today: date = date.min  # the day the state was judged on

    @property
    def code(self) -> str:
        return self.period.code

    @property
    def cutoff_passed(self) -> bool:
        return self._today > self.dates.data_to

    def as_json(self) -> dict:
        """The row of ``cbdesk calendar --json``."""
        d = self.dates
        return {
            "period": self.code,
            "label": self.period.label("vi"),
            "data_from": d.data_from.isoformat(),
            "data_to": d.data_to.isoformat(),
            "forms_due": d.forms_due.isoformat(),
            "due": d.report_due.isoformat(),
            "state": self.state,
            "closed": self.closed,
            "forms_returned": list(self.forms_returned),
            "forms_missing": list(self.forms_missing),
            "forms_late": list(self.forms_late),
            "forms_returned_on": {a.code: a.returned_on.isoformat() for a in self.areas
                                  if a.returned_on is not None},
            "report": self.report,
            "sources": {area or "province": counts for area, counts in self.sources.items()},
        }


def _state(d: PeriodDates, today: date, closed: bool, report: str | None,
           soon_days: int) -> str:
    if report is not None:
        return "issued"
    if today > d.report_due:
        return "overdue"
    if closed:
        return "closed"
    if today >= d.report_due - timedelta(days=soon_days):
        return "due_soon"
    if today >= d.data_from:
        return "open"
    return "upcoming"


def _issued_numbers(s, plan_id: int) -> dict[str, str]:
    """period code → number of its latest issued progress report."""
    from cbdesk.db.models import IssuedReport

    rows = s.execute(select(IssuedReport.period, IssuedReport.number)
                     .where(IssuedReport.plan_id == plan_id,
                            IssuedReport.kind == ReportKind.PROGRESS.value)
                     .order_by(IssuedReport.issued_at, IssuedReport.id)).all()
    return {period: number for period, number in rows}


def year_states(db: Database, year: int, today: date | None = None) -> list[PeriodState]:
    """Every reported period of the ``year`` plan, in the order they are due.
    NotFound when there is no such plan."""
    from cbdesk.db.models import ClosedPeriod

    today = today or date.today()
    with db.session() as s:
        plan = get_plan(s, year)
        rules = cal_rules.rules(s)
        try:
            soon = cal_rules.due_soon_days(cal_rules.values(s))
        except ValueError:  # hand-edited setting: the default
            soon = 7
        closed = set(s.scalars(select(ClosedPeriod.period)
                               .where(ClosedPeriod.plan_id == plan.id)))
        issued = _issued_numbers(s, plan.id)
    areas = district_areas(db, year)
    returns = ret.form_returns(db, year)
    sources = ret.figure_sources(db, year)
    out = []
    for d in year_calendar(year, rules):
        code = d.period.code
        is_closed = any(Period.parse(c).contains(d.period) for c in closed)
        live = [a.code for a in areas]
        back = tuple(a for a in live if (code, a) in returns)
        missing = tuple(a for a in live if (code, a) not in returns)
        late = tuple(a for a in live
                     if ((code, a) not in returns and today > d.forms_due)
                     or ((code, a) in returns and returns[(code, a)].at is not None
                         and returns[(code, a)].at.date() > d.forms_due))
        mine = sources.get(code, {})
        detail = []
        for a in areas:
            r = returns.get((code, a.code))
            detail.append(AreaReturn(a.code, a.name, r.at.date() if r and r.at else None,
                                     r.file if r else "", a.code in late,
                                     mine.get(a.code, {})))
        st = PeriodState(d.period, d, _state(d, today, is_closed, issued.get(code), soon),
                         is_closed, issued.get(code), back, missing, late,
                         mine, areas=tuple(detail), _today=today)
        out.append(st)
    return out


def period_state(db: Database, year: int, period_code: str,
                 today: date | None = None) -> PeriodState:
    """One period's state (ValidationError when it is outside the plan's year)."""
    from cbdesk.services.plans import check_period

    p = check_period(year, period_code)
    for st in year_states(db, year, today):
        if st.period == p:
            return st
    # A kind the office does not report still has its dates and state.
    with db.session() as s:
        rules = cal_rules.rules(s)
    d = period_dates(p, rules)
    day = today or date.today()
    return PeriodState(p, d, _state(d, day, False, None, 7), False, None, (), (), (), {},
                       _today=day)


def data_window(db: Database, period_code: str,
                stored: dict[str, str] | None = None) -> tuple[date, date]:
    """The first and last day the figures of ``period_code`` cover under the
    office's rules (the report's ``tính đến ngày`` is the second).
    ``stored``: the setting table already read (key → value), not read again."""
    if stored is not None:
        rules = cal_rules.rules_of(cal_rules.values_from(stored))
    else:
        with db.read_session() as s:  # reads only: no BEGIN/COMMIT round trips
            rules = cal_rules.rules(s)
    d = period_dates(Period.parse(period_code), rules)
    return d.data_from, d.data_to


def report_due(db: Database, period_code: str) -> date:
    """The day the report of ``period_code`` is due."""
    with db.session() as s:
        rules = cal_rules.rules(s)
    return period_dates(Period.parse(period_code), rules).report_due


def check_report_date(db: Database, period_code: str, day: date) -> None:
    """Refuse (ValidationError) a report dated before its period's cut-off day:
    its figures run to that day (SPEC §3.4). A date after the due day is allowed
    (a late report is still a report). The one check: ``services.report_checks``."""
    from cbdesk.services.report_checks import check_date

    check_date(db, Period.parse(period_code), day)


def forms_due(db: Database, period: Period) -> date:
    """The day district forms of ``period`` are due back."""
    with db.session() as s:
        rules = cal_rules.rules(s)
    return period_dates(period, rules).forms_due


@dataclass(frozen=True)
class Agenda:
    """What needs doing soon: periods due in the next days, those overdue,
    areas late with their forms, periods whose cut-off passed but are open."""

    today: date
    due: list[PeriodState]
    overdue: list[PeriodState]
    to_close: list[PeriodState]

    def late_areas(self) -> dict[str, list[str]]:
        """period code → areas late with their forms, for due and overdue periods."""
        return {st.code: list(st.forms_late) for st in self.due + self.overdue
                if st.forms_late and st.state != "issued"}


def agenda(db: Database, year: int, today: date | None = None, days: int = 30) -> Agenda:
    """The calendar's to-do list on ``today`` for the ``year`` plan."""
    today = today or date.today()
    rows = year_states(db, year, today)
    until = today + timedelta(days=days)
    due = [st for st in rows if st.state not in ("issued", "overdue")
           and today <= st.dates.report_due <= until]
    overdue = [st for st in rows if st.state == "overdue"]
    to_close = [st for st in rows if not st.closed and today > st.dates.data_to]
    return Agenda(today, due, overdue, to_close)


def reminder(db: Database, today: date | None = None) -> list[PeriodState]:
    """Periods whose report is due today or overdue, for the plan of this
    year and the year before (a December report is due in January): the
    reminder shown when the program opens."""
    from cbdesk.db.models import Plan

    today = today or date.today()
    with db.session() as s:
        years = set(s.scalars(select(Plan.year)))
    out = []
    for y in (today.year - 1, today.year):
        if y in years:
            out += [st for st in year_states(db, y, today)
                    if st.state not in ("issued", "upcoming")
                    and today >= st.dates.report_due]
    return out
