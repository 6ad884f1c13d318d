"""Nhật ký thay đổi: who changed what and when (old and new value, reason),
filtered by target, period and user."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from cbdesk.core.periods import Period, periods_of_year
from cbdesk.services import audit
from cbdesk.ui.common import View
from cbdesk.ui.flow import FlowLayout
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.workers import BusyBar, run_in_background


def _entity_word(entity: str) -> str:
    return {"result": tr("Result"), "target": tr("Target"), "task": tr("Task"),
            "period": tr("Report period"), "report": tr("Report"), "plan": tr("Plan"),
            "setting": tr("Setting"), "user": tr("User")}.get(entity, entity)


def _field_word(row) -> str:
    if row.entity == "period" and row.field == "closed":
        return tr("Closed")
    if row.entity == "plan":
        from cbdesk.ui.plan_actions import field_labels

        return field_labels().get(row.field, row.field)
    return {"value": tr("Value"), "status": tr("Status"), "issued": tr("Issued"),
            "target": tr("Year's target")}.get(row.field, row.field)


def _value(row, value: str | None) -> str:
    if value is None:
        return ""
    if row.entity == "period" and row.field == "closed":
        return tr("closed") if value in ("1", "True", "true") else tr("open")
    return value


def mentions_period(key: str, code: str) -> bool:
    """Whether an audit key (``1.1|2021-H1|040``, ``2021-H1``…) is about ``code``."""
    return code in key.split("|") or key == code


class AuditModel(QAbstractTableModel):
    """Audit rows, newest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[audit.AuditRow] = []
        self.headers = [tr("When"), tr("User"), tr("What"), tr("Key"), tr("Field"),
                        tr("Old value"), tr("New value"), tr("Reason")]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return len(self.headers)

    def text(self, r: audit.AuditRow, col: int) -> str:
        return [
            r.at.strftime("%d/%m/%Y %H:%M:%S") if r.at else "",
            r.user, _entity_word(r.entity), r.key, _field_word(r),
            _value(r, r.old), _value(r, r.new), r.reason or "",
        ][col]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return self.text(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.UserRole:  # sorted by: the time itself, else the words
            r = self.rows[index.row()]
            return (r.at.isoformat() if r.at else "") if index.column() == 0 \
                else self.text(r, index.column())
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None


class AuditView(View):
    loaded = Signal()

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        lay = QVBoxLayout(self)
        bar = FlowLayout()
        bar.addWidget(QLabel(tr("Target code:")))
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText(tr("e.g. 1.1 (blank: all)"))
        self.key_edit.setMinimumWidth(190)
        self.key_edit.setMaximumWidth(220)
        bar.addWidget(self.key_edit)
        bar.addWidget(QLabel(tr("Period:")))
        self.period_combo = QComboBox()
        self.period_combo.setMinimumWidth(180)
        bar.addWidget(self.period_combo)
        bar.addWidget(QLabel(tr("User:")))
        self.user_combo = QComboBox()
        self.user_combo.setMinimumWidth(140)
        bar.addWidget(self.user_combo)
        self.filter_button = QPushButton(tr("Filter"))
        bar.addWidget(self.filter_button)
        bar.add_stretch()
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        lay.addLayout(bar)
        self.busy = BusyBar(lay, self)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.sorter = QSortFilterProxyModel(self)
        self.sorter.setSourceModel(self.model)
        self.sorter.setSortRole(Qt.ItemDataRole.UserRole)
        self.sorter.setSortLocaleAware(True)  # Vietnamese order (the locale is vi)
        self.table.setModel(self.sorter)
        self.table.setSortingEnabled(True)  # a click on a column header sorts by it
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        hh.setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.filter_button.clicked.connect(self.reload)
        self.key_edit.returnPressed.connect(self.reload)
        self.period_combo.activated.connect(lambda _i: self.reload())
        self.user_combo.activated.connect(lambda _i: self.reload())
        self._users: list[str] = []
        self._periods_year: int | None = None

    def _fill_periods(self) -> None:
        if self._periods_year == self.year:
            return
        self._periods_year = self.year
        self.period_combo.clear()
        self.period_combo.addItem(tr("All periods"), "")
        for p in periods_of_year(self.year):
            self.period_combo.addItem(p.label(lang()), p.code)

    def set_filters(self, key: str = "", period: str = "", user: str = "") -> None:
        """Set the three filters (as a user would) and reload."""
        self.key_edit.setText(key)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(period), 0))
        i = self.user_combo.findData(user)
        if i < 0 and user:
            self.user_combo.addItem(user, user)
            i = self.user_combo.count() - 1
        self.user_combo.setCurrentIndex(max(i, 0))
        self.reload()

    def reload(self) -> None:
        if self.year is None:
            return
        self._fill_periods()
        db, year = self.db, self.year
        key = self.key_edit.text().strip() or None
        period = self.period_combo.currentData() or ""
        user = self.user_combo.currentData() or None

        def fetch():
            rows = audit.list_entries(db, plan_year=year, key_prefix=key, user=user)
            if period:
                p = Period.parse(period)
                rows = [r for r in rows
                        if mentions_period(r.key, p.code)
                        or (r.entity == "period" and r.key == p.code)]
            users = sorted({r.user for r in audit.list_entries(db, plan_year=year)})
            return rows, users

        self.busy.start(tr("Reading the audit trail…"))
        run_in_background(fetch, self._loaded, self._failed)

    def _failed(self, exc) -> None:
        from cbdesk.ui.dialogs import show_error

        self.busy.stop()
        show_error(self, exc)

    def _loaded(self, result) -> None:
        self.busy.stop()
        rows, users = result
        self.model.set_rows(rows)
        if users != self._users:
            current = self.user_combo.currentData() or ""
            self._users = users
            self.user_combo.clear()
            self.user_combo.addItem(tr("All users"), "")
            for u in users:
                self.user_combo.addItem(u, u)
            self.user_combo.setCurrentIndex(max(self.user_combo.findData(current), 0))
        self.table.resizeColumnsToContents()
        for col in (3, 5, 6):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))
        self.count_label.setText(tr("{n} entries").format(n=len(rows)))
        self.loaded.emit()

    def search(self, text: str) -> None:
        self.key_edit.setText(text)
        self.reload()
