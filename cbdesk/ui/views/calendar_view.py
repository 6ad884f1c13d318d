"""Lịch báo cáo: the plan's year at a glance — each reported period with the
window its figures cover, the forms' and the report's due days, its state,
the district forms returned and late — and, for the chosen period, where its
figures came from, with the buttons to make the forms, prepare the report or
close the period once its cut-off has passed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from cbdesk.core.enums import Role
from cbdesk.core.vnformat import format_date
from cbdesk.services import calendar as cal  # here, not on the worker (see ui.workers)
from cbdesk.ui.common import RowsModel, View
from cbdesk.ui.dialogs import show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.views import calendar_common as cc
from cbdesk.ui.workers import BusyBar, run_in_background


def gather(db, year: int, day):
    return year, cal.load_rules(db), cal.year_states(db, year, day)


def rule_text(rules) -> str:
    if rules.rule == "nd09":
        text = tr("Decree 09/2019/NĐ-CP: figures from day {start} of the month before to "
                  "day {end}").format(start=rules.cutoff_day + 1, end=rules.cutoff_day)
    else:
        text = tr("Calendar months: figures from the first to the last day")
    return text + " · " + tr("forms due {forms} days and the report {report} days after the "
                             "cut-off").format(forms=rules.forms_due_days,
                                               report=rules.report_due_days)


class CalendarView(View):
    loaded = Signal()

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.rows: list = []
        self.rules = None
        lay = QVBoxLayout(self)
        self.title_label = QLabel()
        f = QFont(self.title_label.font())
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title_label.setFont(f)
        lay.addWidget(self.title_label)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        lay.addWidget(self.rule_label)
        self.busy = BusyBar(lay, self)

        self.model = RowsModel(cc.columns(), self)
        self.table = cc.rows_table(self.model)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.area_model = RowsModel(cc.area_columns(), self)
        self.area_table = cc.rows_table(self.area_model, selectable=False)
        for t in (self.table, self.area_table):  # compact rows: the year fits on screen
            t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.area_table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 200])
        lay.addWidget(split, 1)

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.detail)
        buttons = QHBoxLayout()
        self.forms_button = QPushButton(tr("Make the forms…"))
        self.report_button = QPushButton(tr("Prepare the report"))
        self.close_button = QPushButton(tr("Close period…"))
        self.close_button.setToolTip(tr("Lock the figures of this period (leaders)"))
        self.hint = QLabel()
        for b in (self.forms_button, self.report_button, self.close_button):
            buttons.addWidget(b)
        buttons.addWidget(self.hint, 1)
        lay.addLayout(buttons)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.forms_button.clicked.connect(self.make_forms)
        self.report_button.clicked.connect(self.prepare_report)
        self.close_button.clicked.connect(self.close_period)
        self._show_detail()

    # -- data ----------------------------------------------------------------
    def reload(self) -> None:
        year = self.year
        if year is None:
            return
        self.title_label.setText(tr("Reporting calendar") + f" — {tr('Plan')} {year}")
        self.busy.start(tr("Reading the calendar…"))
        db, day = self.db, cc.today()
        run_in_background(lambda: gather(db, year, day), cc.when_alive(self, self._loaded),
                          cc.when_alive(self, self._failed))

    def _failed(self, exc) -> None:
        self.busy.stop()
        show_error(self, exc)

    def _loaded(self, result) -> None:
        self.busy.stop()
        year, rules, rows = result
        if year != self.year:
            return
        self.rules, self.rows = rules, rows
        self.rule_label.setText(rule_text(rules) + " · " + tr("judged on {day}").format(
            day=format_date(cc.today())))
        self.model.set_rows(rows)
        self.select(self._wanted_code())
        self.loaded.emit()

    def _wanted_code(self) -> str | None:
        """The window's chosen period when it is reported, else the first one due."""
        period = self.period
        code = getattr(period, "code", period)
        codes = [r.code for r in self.rows]
        if code in codes:
            return code
        day = cc.today()
        return next((r.code for r in self.rows if r.dates.report_due >= day),
                    codes[-1] if codes else None)

    def select(self, code: str | None) -> None:
        for i, r in enumerate(self.rows):
            if r.code == code:
                self.table.setCurrentIndex(self.model.index(i, 0))
                self.table.scrollTo(self.model.index(i, 0))
                break
        self._show_detail()

    def current(self):
        idx = self.table.currentIndex()
        return self.rows[idx.row()] if idx.isValid() and idx.row() < len(self.rows) else None

    def _show_detail(self) -> None:
        st = self.current()
        leader = self.actor.role.rank >= Role.LEADER.rank if self.rows else False
        read_only = getattr(self.window_, "read_only", False)
        for b in (self.forms_button, self.report_button):
            b.setEnabled(st is not None)
        suggest = st is not None and st.cutoff_passed and not st.closed
        self.close_button.setEnabled(bool(suggest and leader and not read_only))
        self.hint.setText(tr("The cut-off day has passed: closing the period is suggested.")
                          if suggest else "")
        self.area_model.set_rows(st.areas if st is not None else [])
        if st is None:
            self.detail.setText("")
            return
        lines = [
            f"<b>{st.period.label(lang())}</b> — " + cc.state_text(st),
            tr("Forms returned: {areas}").format(areas=cc.areas_text(st.forms_returned, 12))
            + " · " + tr("missing: {areas}").format(areas=cc.areas_text(st.forms_missing, 12))
            + " · " + tr("late: {areas}").format(areas=cc.areas_text(st.forms_late, 12)),
            tr("Figures entered for this period: {form} from forms, {imported} imported, "
               "{typed} typed").format(**self._source_counts(st)),
        ]
        self.detail.setText("<br>".join(lines))

    @staticmethod
    def _source_counts(st) -> dict[str, int]:
        out = {"form": 0, "imported": 0, "typed": 0}
        for counts in st.sources.values():
            out["form"] += counts.get("form", 0)
            out["imported"] += counts.get("import", 0)
            out["typed"] += counts.get("typed", 0)
        return out

    # -- actions -------------------------------------------------------------
    def make_forms(self) -> None:
        st = self.current()
        if st is not None:
            cc.make_forms(self.window_, self.year, st.code)

    def prepare_report(self) -> None:
        st = self.current()
        if st is not None:
            cc.prepare_report(self.window_, self.year, st.code)

    def close_period(self) -> None:
        st = self.current()
        if st is not None and cc.close_period(self, self.window_, self.year, st):
            if not hasattr(self.window_, "reload_all"):
                self.reload()
