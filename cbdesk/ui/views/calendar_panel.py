"""The overview's calendar panel: the reports due in the next 30 days and
those overdue, the areas late with their forms, with the buttons to make the
forms or prepare the report, and the periods whose cut-off has passed but
whose figures are still open (closing suggested).

It is a page of the overview's tabs (titled with the number due, in red when
some are overdue), so the overview keeps fitting a small screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cbdesk.core.enums import Role
from cbdesk.services import calendar as cal  # here, not on the worker (see ui.workers)
from cbdesk.ui.common import RowsModel
from cbdesk.ui.dialogs import show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.views import calendar_common as cc
from cbdesk.ui.workers import run_in_background

DAYS = 30
MAX_OVERDUE = 3  # the latest overdue periods shown beside those due


def gather(db, year: int, day):
    return year, cal.agenda(db, year, day, DAYS)


def tab_title(tabs, text: str, overdue: bool) -> None:
    """Title the panel's tab; red when a report is overdue."""
    from PySide6.QtGui import QColor

    for i in range(tabs.count()):
        if isinstance(tabs.widget(i), CalendarPanel):
            tabs.setTabText(i, text)
            tabs.setTabToolTip(i, tr("Reports due in the next 30 days"))
            tabs.tabBar().setTabTextColor(i, QColor("#a3230b") if overdue else QColor())
            return


class CalendarPanel(QWidget):
    """Built by the overview with its view as ``owner`` (db, actor, year, window_)."""

    loaded = Signal()
    title_changed = Signal(str, bool)  # the tab's title, whether some are overdue

    def __init__(self, owner, parent=None):
        super().__init__(parent)
        self.owner = owner
        self.agenda = None
        self.rows: list = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel(cc.columns(compact=True), self)
        self.table = cc.rows_table(self.model)
        lay.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.forms_button = QPushButton(tr("Make the forms…"))
        self.report_button = QPushButton(tr("Prepare the report"))
        self.close_button = QPushButton(tr("Close period…"))
        self.calendar_button = QPushButton(tr("Reporting calendar"))
        row = QHBoxLayout()
        for b in (self.forms_button, self.report_button, self.close_button,
                  self.calendar_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        # Small enough that the overview still fits a small screen; it scrolls.
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 3)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.forms_button.clicked.connect(self.make_forms)
        self.report_button.clicked.connect(self.prepare_report)
        self.close_button.clicked.connect(self.close_suggested)
        self.calendar_button.clicked.connect(self.open_calendar)
        self._update()

    def reload(self) -> None:
        year = self.owner.year
        if year is None:
            return
        db, day = self.owner.db, cc.today()
        run_in_background(lambda: gather(db, year, day), cc.when_alive(self, self._loaded),
                          cc.when_alive(self, lambda exc: show_error(self, exc)))

    def _loaded(self, result) -> None:
        year, agenda = result
        if year != self.owner.year:
            return
        self.agenda = agenda
        self.rows = agenda.due + agenda.overdue[-MAX_OVERDUE:][::-1]
        self.model.set_rows(self.rows)
        if self.rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update()
        self.title_changed.emit(self.title(), bool(agenda.overdue))
        self.loaded.emit()

    def title(self) -> str:
        """The tab's title: how many reports are due in 30 days (and overdue)."""
        a = self.agenda
        text = tr("Reports due") + f" ({len(a.due) if a else 0})"
        if a and a.overdue:
            text += " · " + tr("overdue") + f" {len(a.overdue)}"
        return text

    def current(self):
        idx = self.table.currentIndex()
        return self.rows[idx.row()] if idx.isValid() and idx.row() < len(self.rows) else None

    def _update(self) -> None:
        st = self.current()
        self.forms_button.setEnabled(st is not None)
        self.report_button.setEnabled(st is not None)
        a = self.agenda
        to_close = a.to_close if a else []
        leader = self.owner.actor.role.rank >= Role.LEADER.rank
        read_only = getattr(self.owner.window_, "read_only", False)
        self.close_button.setEnabled(bool(to_close) and leader and not read_only)
        if a is None:
            self.summary.setText("")
            return
        parts = [tr("{n} due in the next 30 days, {m} overdue.").format(
            n=len(a.due), m=len(a.overdue))]
        late = a.late_areas()
        if st is not None and st.forms_late:
            parts.append(tr("{period}: {n} areas late with their forms.").format(
                period=st.period.label(lang()), n=len(st.forms_late)))
        elif late:
            parts.append(tr("Areas late with forms in {n} periods.").format(n=len(late)))
        if to_close:
            parts.append(tr("Cut-off passed, figures still open: {period}.").format(
                period=to_close[-1].period.label(lang())))
        self.summary.setText(" ".join(parts))

    # -- actions -------------------------------------------------------------
    def make_forms(self) -> None:
        st = self.current()
        if st is not None:
            cc.make_forms(self.owner.window_, self.owner.year, st.code)

    def prepare_report(self) -> None:
        st = self.current()
        if st is not None:
            cc.prepare_report(self.owner.window_, self.owner.year, st.code)

    def close_suggested(self) -> None:
        """Close the latest period whose cut-off has passed (after a confirmation)."""
        if self.agenda and self.agenda.to_close:
            if cc.close_period(self, self.owner.window_, self.owner.year,
                               self.agenda.to_close[-1]):
                self.reload()

    def open_calendar(self) -> None:
        win = self.owner.window_
        if hasattr(win, "show_view"):
            win.show_view("calendar")
