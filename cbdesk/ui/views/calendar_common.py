"""What the calendar view, the overview's calendar panel and the start-up
reminder share: state words and colours, the table columns, and the actions
(make the forms, prepare the report, close the period) for one period."""

from __future__ import annotations

from cbdesk.core.enums import TaskStatus
from cbdesk.core.periods import Period
from cbdesk.core.vnformat import format_date
from cbdesk.ui.common import Column
from cbdesk.ui.dialogs import ConfirmDialog, show_error
from cbdesk.ui.i18n import lang, tr

# A period's state drawn in the colours of the task statuses it resembles
# (the word is always shown too).
STATE_COLOURS = {
    "issued": TaskStatus.DONE_ON_TIME,
    "closed": TaskStatus.ONGOING,
    "overdue": TaskStatus.OVERDUE,
    "due_soon": TaskStatus.DONE_LATE,
    "open": TaskStatus.IN_PROGRESS,
    "upcoming": TaskStatus.NOT_STARTED,
}


def rows_table(model, selectable: bool = True):
    """A read-only table of ``model``'s rows, columns fitted to their contents
    and the last one stretched (the calendar view's tables and the panel's)."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    table = QTableView()
    table.setModel(model)
    sel = QAbstractItemView.SelectionMode
    if selectable:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(sel.SingleSelection if selectable else sel.NoSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(model.columns) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def alive(widget) -> bool:
    """Whether ``widget`` still exists (a background job may end after its window closed)."""
    from shiboken6 import isValid

    return isValid(widget)


def when_alive(widget, fn):
    """``fn`` as a callback that does nothing once ``widget`` is gone."""
    return lambda *args: fn(*args) if alive(widget) else None


def today():
    """The day the calendar is judged on (patchable, like the services' own)."""
    from cbdesk.services.plans import today as service_today

    return service_today()


def state_word(state: str) -> str:
    return {
        "issued": tr("Report issued"),
        "closed": tr("Figures closed"),
        "overdue": tr("Report overdue"),
        "due_soon": tr("Due soon"),
        "open": tr("Collecting figures"),
        "upcoming": tr("Not yet begun"),
    }[state]


def state_text(st) -> str:
    """The state word, with the issued report's number."""
    word = state_word(st.state)
    if st.closed and st.state != "closed":
        word += " · " + tr("figures closed")
    if st.report:
        word += " " + tr("(no. {number})").format(number=st.report)
    return word


def areas_text(codes, limit: int = 6) -> str:
    codes = list(codes)
    if not codes:
        return "—"
    shown = ", ".join(codes[:limit])
    return shown + (f" (+{len(codes) - limit})" if len(codes) > limit else "")


def forms_count(st) -> str:
    total = len(st.forms_returned) + len(st.forms_missing)
    return f"{len(st.forms_returned)}/{total}" if total else "—"


def columns(compact: bool = False) -> list[Column]:
    """Columns of a table of PeriodState rows."""
    period = Column(tr("Reporting period"), lambda s: s.period.label(lang()))
    state = Column(tr("State"), state_text, colour=lambda s: STATE_COLOURS[s.state])
    due = Column(tr("Report due"), lambda s: format_date(s.dates.report_due))
    late = Column(tr("Areas late with forms"), lambda s: areas_text(s.forms_late),
                  tooltip=lambda s: ", ".join(s.forms_late) or "—")
    if compact:
        return [period, due, state,
                Column(tr("Forms returned"), forms_count, right=True), late]
    return [
        period,
        Column(tr("Figures from"), lambda s: format_date(s.dates.data_from)),
        Column(tr("Figures to"), lambda s: format_date(s.dates.data_to)),
        Column(tr("Forms due"), lambda s: format_date(s.dates.forms_due)),
        due, state,
        Column(tr("Forms returned"), forms_count, right=True),
        late,
    ]


def _returned(a) -> str:
    if a.returned_on is None:
        return tr("Not returned")
    return format_date(a.returned_on)


def area_columns() -> list[Column]:
    """Columns of a table of one period's AreaReturn rows."""
    return [
        Column(tr("Area"), lambda a: f"{a.code} {a.name}"),
        Column(tr("Form returned"), _returned, tooltip=lambda a: a.file or _returned(a)),
        Column(tr("Late"), lambda a: tr("Late") if a.late else "—",
               colour=lambda a: TaskStatus.OVERDUE if a.late else None),
        Column(tr("From forms"), lambda a: str(a.sources.get("form", 0)), right=True),
        Column(tr("Imported"), lambda a: str(a.sources.get("import", 0)), right=True),
        Column(tr("Typed"), lambda a: str(a.sources.get("typed", 0)), right=True),
        Column(tr("Form file"), lambda a: a.file or "—"),
    ]


def _choose(window, year: int, code: str) -> None:
    """Make ``code`` the window's chosen period (the forms and the report follow it)."""
    if hasattr(window, "set_plan_period"):
        window.set_plan_period(year, code)
    else:
        window.period = Period.parse(code)


def make_forms(window, year: int, code: str) -> None:
    """Make the district forms of ``code`` (asks for a folder)."""
    from cbdesk.ui import file_actions

    _choose(window, year, code)
    file_actions.make_forms(window)


def prepare_report(window, year: int, code: str) -> None:
    """Open the Reports page on the progress report of ``code``."""
    _choose(window, year, code)
    if hasattr(window, "show_view"):
        view = window.show_view("reports")
        if hasattr(view, "set_choice"):
            view.set_choice("progress", code)


def close_period(parent, window, year: int, st) -> bool:
    """Close the figures of the period ``st`` after a confirmation (leaders)."""
    from cbdesk.services import periods as period_service

    label = st.period.label(lang())
    text = tr("The cut-off day of {period} ({day}) has passed. Close its figures? They "
              "become read-only until a leader reopens the period.").format(
        period=label, day=format_date(st.dates.data_to))
    if not ConfirmDialog.ask(parent, tr("Close period"), text):
        return False
    try:
        period_service.close_period(window.db, window.actor, year, st.code)
    except Exception as exc:  # noqa: BLE001 — services' errors carry their message
        show_error(parent, exc)
        return False
    if hasattr(window, "reload_all"):
        window.reload_all()
    return True
