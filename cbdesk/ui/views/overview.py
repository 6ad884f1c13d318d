"""Tổng quan: how the plan stands at the end of the chosen period — targets
and tasks by status, targets behind schedule, tasks overdue or due soon, a
bar chart of % achieved against % due, and closing / reopening the period."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbdesk.core.enums import Role
from cbdesk.core.periods import Period
from cbdesk.core.vnformat import format_percent
from cbdesk.services import periods as period_service
from cbdesk.services import target_text as tt
from cbdesk.services.overview import OverviewData, gather
from cbdesk.ui.common import DASH, Column, RowsModel, View, pct, status_word
from cbdesk.ui.dialogs import ConfirmDialog, show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.views.overview_chart import ProgressChart
from cbdesk.ui.workers import BusyBar, run_in_background


class StatusCountsModel(RowsModel):
    """Status · count · share of the total."""

    def __init__(self, parent=None):
        super().__init__([
            Column(tr("Status"), lambda r: status_word(r[0]), colour=lambda r: r[0]),
            Column(tr("Count"), lambda r: str(r[1]), right=True),
            Column(tr("Share"), lambda r: format_percent(r[2], 1) if r[2] is not None
                   else "—", right=True),
        ], parent)

    def set_counts(self, counts: dict) -> None:
        total = sum(counts.values())
        self.set_rows([(s, n, (100.0 * n / total) if total else None)
                       for s, n in counts.items()])


def _table(model) -> QTableView:
    t = QTableView()
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    return t


class ReasonDialog:
    """Asks why a closed period is reopened; None when cancelled."""

    @classmethod
    def ask(cls, parent, title: str, label: str) -> str | None:
        dlg = QInputDialog(parent)
        dlg.setWindowTitle(title)
        dlg.setLabelText(label)
        dlg.setOkButtonText(tr("OK"))
        dlg.setCancelButtonText(tr("Cancel"))
        if dlg.exec() != QInputDialog.DialogCode.Accepted:
            return None
        text = dlg.textValue().strip()
        return text or None


class OverviewView(View):
    """Tổng quan. ``open_item(kind, code)`` asks the window to show a target
    (kind ``"target"``) or a task (``"task"``) in its own view."""

    open_item = Signal(str, str)
    loaded = Signal()
    period_state_changed = Signal()

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.data: OverviewData | None = None
        self._build()
        self.open_item.connect(self._forward)

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title_label = QLabel()
        f = QFont(self.title_label.font())
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title_label.setFont(f)
        self.title_label.setWordWrap(True)
        head.addWidget(self.title_label, 1)
        self.state_label = QLabel()
        head.addWidget(self.state_label)
        self.close_button = QPushButton(tr("Close period"))
        self.close_button.setToolTip(tr("Lock the figures of this period (leaders)"))
        self.reopen_button = QPushButton(tr("Reopen period…"))
        self.reopen_button.setToolTip(tr("Unlock the figures of this period, with a reason "
                                         "kept in the audit trail (leaders)"))
        head.addWidget(self.close_button)
        head.addWidget(self.reopen_button)
        lay.addLayout(head)
        self.busy = BusyBar(lay, self)

        counts = QWidget()
        grid = QGridLayout(counts)
        grid.setContentsMargins(0, 0, 0, 0)
        self.target_counts = StatusCountsModel(self)
        self.task_counts = StatusCountsModel(self)
        for col, (title, model) in enumerate(((tr("Targets by status"), self.target_counts),
                                              (tr("Tasks by status"), self.task_counts))):
            box = QGroupBox(title)
            bl = QVBoxLayout(box)
            bl.setContentsMargins(6, 4, 6, 6)
            view = _table(model)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setAlternatingRowColors(False)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            row_h = view.fontMetrics().height() + 4
            view.verticalHeader().setDefaultSectionSize(row_h)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setFixedHeight(row_h * 6 + view.horizontalHeader().sizeHint().height() + 4)
            bl.addWidget(view)
            grid.addWidget(box, 0, col)
        lay.addWidget(counts)

        self.behind_model = RowsModel([
            Column(tr("Code"), lambda r: r.code),
            Column(tr("Target"), lambda r: r.name),
            Column(tr("Year's target"), lambda r: tt.plan_cell(r) or DASH, right=True),
            Column(tr("Year to date"), lambda r: tt.ytd_cell(r) or DASH, right=True),
            Column(tr("% of year's target"), lambda r: pct(r.percent_of_target), right=True),
            Column(tr("Pace"), lambda r: pct(r.progress.pace), right=True),
            Column(tr("Status"), lambda r: status_word(r.status), colour=lambda r: r.status),
        ], self)
        task_cols = lambda: [  # noqa: E731
            Column(tr("Code"), lambda t: t.code),
            Column(tr("Task"), lambda t: t.title),
            Column(tr("Lead unit"), lambda t: t.lead_unit),
            Column(tr("Deadline"), lambda t: t.deadline_label),
            Column(tr("Status"), lambda t: status_word(t.status), colour=lambda t: t.status),
        ]
        self.overdue_model = RowsModel(task_cols(), self)
        self.soon_model = RowsModel(task_cols(), self)
        self.tabs = QTabWidget()
        self.behind_view = _table(self.behind_model)
        self.overdue_view = _table(self.overdue_model)
        self.soon_view = _table(self.soon_model)
        for view, kind in ((self.behind_view, "target"), (self.overdue_view, "task"),
                           (self.soon_view, "task")):
            hh = view.horizontalHeader()
            hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.activated.connect(lambda idx, v=view, k=kind: self._activate(v, k, idx))
            view.clicked.connect(lambda idx, v=view, k=kind: self._activate(v, k, idx))
            self.tabs.addTab(view, "")
        from cbdesk.ui.views.calendar_panel import CalendarPanel, tab_title

        self.calendar_panel = CalendarPanel(self)  # reports due in 30 days, late forms
        self.tabs.addTab(self.calendar_panel, self.calendar_panel.title())
        self.calendar_panel.title_changed.connect(lambda t, late: tab_title(self.tabs, t, late))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tabs)
        chart_box = QGroupBox(tr("Progress of every target: achieved against due"))
        cl = QVBoxLayout(chart_box)
        cl.setContentsMargins(4, 4, 4, 4)
        self.chart = ProgressChart()
        self.chart.clicked.connect(lambda code: self.open_item.emit("target", code))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        cl.addWidget(scroll)
        split.addWidget(chart_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])
        lay.addWidget(split, 1)

        self.close_button.clicked.connect(self.close_period)
        self.reopen_button.clicked.connect(self.reopen_period)
        self._update_tabs()
        self._update_header()

    # -- data ----------------------------------------------------------------
    def period_obj(self) -> Period | None:
        p = self.period
        if p is None or isinstance(p, Period):
            return p
        return Period.parse(p)

    def reload(self) -> None:
        year, period = self.year, self.period_obj()
        if year is None or period is None:
            return
        self.busy.start(tr("Computing the figures…"))
        self.calendar_panel.reload()
        db = self.db
        run_in_background(lambda: gather(db, year, period), self._loaded, self._failed)

    def _failed(self, exc) -> None:
        self.busy.stop()
        show_error(self, exc)

    def _loaded(self, data: OverviewData) -> None:
        self.busy.stop()
        if data.year != self.year or data.period != self.period_obj():
            return  # the choice changed while computing: a newer load follows
        self.data = data
        self.target_counts.set_counts(data.target_counts())
        self.task_counts.set_counts(data.task_counts())
        self.behind_model.set_rows(data.behind())
        self.overdue_model.set_rows(data.overdue())
        self.soon_model.set_rows(data.due_soon())
        self.chart.set_rows(data.targets)
        self._update_tabs()
        self._update_header()
        self.loaded.emit()

    def _update_tabs(self) -> None:
        self.tabs.setTabText(0, tr("Behind schedule") + f" ({self.behind_model.rowCount()})")
        self.tabs.setTabText(1, tr("Overdue tasks") + f" ({self.overdue_model.rowCount()})")
        self.tabs.setTabText(2, tr("Due within 30 days") + f" ({self.soon_model.rowCount()})")
        self.tabs.setTabToolTip(0, tr("Targets behind schedule"))
        self.tabs.setTabToolTip(2, tr("Tasks due in the next 30 days"))

    def _update_header(self) -> None:
        period = self.period_obj()
        if self.year is None or period is None:
            self.title_label.setText(tr("Overview"))
            self.close_button.setEnabled(False)
            self.reopen_button.setEnabled(False)
            return
        text = tr("Overview") + f" — {tr('Plan')} {self.year} · {period.label(lang())}"
        if self.data is not None:
            text += " · " + tr("tasks judged on") + " " + self.data.as_of.strftime("%d/%m/%Y")
        self.title_label.setText(text)
        closed = bool(self.data and self.data.closed)
        self.state_label.setText(tr("Figures closed (read-only)") if closed
                                 else tr("Figures open for entry"))
        leader = self.actor.role.rank >= Role.LEADER.rank
        read_only = getattr(self.window_, "read_only", False)
        self.close_button.setEnabled(leader and not closed and not read_only)
        self.reopen_button.setEnabled(leader and closed and not read_only)

    # -- clicks --------------------------------------------------------------
    def _activate(self, view: QTableView, kind: str, index) -> None:
        row = view.model().rows[index.row()]
        self.open_item.emit(kind, row.code)

    def _forward(self, kind: str, code: str) -> None:
        """Show the item in the main window's own view when it can."""
        win = self.window_
        key = {"target": "targets", "task": "tasks"}[kind]
        if not hasattr(win, "show_view"):
            return
        try:
            view = win.show_view(key)
        except (KeyError, ValueError):
            return
        for name in ("select_code", "select", "show_code"):
            if hasattr(view, name):
                getattr(view, name)(code)
                break

    # -- closing / reopening -------------------------------------------------
    def close_period(self) -> None:
        period = self.period_obj()
        if period is None:
            return
        if not ConfirmDialog.ask(self, tr("Close period"),
                                 tr("Close the figures of {period}? They become read-only "
                                    "until a leader reopens the period.")
                                 .format(period=period.label(lang()))):
            return
        try:
            period_service.close_period(self.db, self.actor, self.year, period.code)
        except Exception as exc:  # noqa: BLE001 — services' errors carry their message
            show_error(self, exc)
            return
        self._period_state_changed()

    def reopen_period(self) -> None:
        period = self.period_obj()
        if period is None:
            return
        reason = ReasonDialog.ask(self, tr("Reopen period"),
                                  tr("Why is {period} reopened? The reason is kept in the "
                                     "audit trail.").format(period=period.label(lang())))
        if not reason:
            return
        try:
            period_service.reopen_period(self.db, self.actor, self.year, period.code, reason)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._period_state_changed()

    def _period_state_changed(self) -> None:
        self.period_state_changed.emit()
        win = self.window_
        if hasattr(win, "reload_all"):
            win.reload_all()
        else:
            self.reload()

