"""Nhật ký thay đổi: who changed what and when, in words for people (the
target's code and name, the period's label, the area's name, numbers in
Vietnamese notation — ``services.audit_words``), filtered by target, period,
area, user and date, exported to Excel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from cbdesk.core.periods import periods_of_year
from cbdesk.services import audit, audit_words, catalog
from cbdesk.ui.common import View
from cbdesk.ui.flow import FlowLayout
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.workers import BusyBar, run_in_background


class AuditModel(QAbstractTableModel):
    """Audit rows in words (``AuditWords``), newest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[audit_words.AuditWords] = []
        self.headers = [tr("When"), tr("User"), tr("What"), tr("Which"), tr("Field"),
                        tr("Old value"), tr("New value"), tr("Reason")]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return len(self.headers)

    def text(self, r: audit_words.AuditWords, col: int) -> str:
        return [r.at, r.user, r.what, r.subject, r.field, r.old, r.new, r.reason][col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.UserRole:  # sorted by: the entry's order in time, else the words
            r = self.rows[index.row()]
            return r.id if index.column() == 0 else self.text(r, index.column())
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def _date_filter(label: str):
    box = QCheckBox(label)
    edit = QDateEdit(QDate(date.today()))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    edit.setEnabled(False)
    box.toggled.connect(edit.setEnabled)
    return box, edit


class AuditView(View):
    loaded = Signal()

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        lay = QVBoxLayout(self)
        bar = FlowLayout()
        bar.addWidget(QLabel(tr("Target code:")))
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText(tr("e.g. 1.1 (blank: all)"))
        self.key_edit.setMaximumWidth(150)
        bar.addWidget(self.key_edit)
        bar.addWidget(QLabel(tr("Period:")))
        self.period_combo = QComboBox()
        self.period_combo.setMinimumWidth(170)
        bar.addWidget(self.period_combo)
        bar.addWidget(QLabel(tr("Area:")))
        self.area_combo = QComboBox()
        self.area_combo.setMinimumWidth(140)
        bar.addWidget(self.area_combo)
        bar.addWidget(QLabel(tr("User:")))
        self.user_combo = QComboBox()
        self.user_combo.setMinimumWidth(110)
        bar.addWidget(self.user_combo)
        bar.add_stretch()
        lay.addLayout(bar)
        bar2 = FlowLayout()
        self.from_box, self.from_edit = _date_filter(tr("From"))
        self.to_box, self.to_edit = _date_filter(tr("To"))
        for w in (self.from_box, self.from_edit, self.to_box, self.to_edit):
            bar2.addWidget(w)
        self.filter_button = QPushButton(tr("Filter"))
        bar2.addWidget(self.filter_button)
        self.export_button = QPushButton(tr("Export to Excel…"))
        bar2.addWidget(self.export_button)
        bar2.add_stretch()
        self.count_label = QLabel()
        bar2.addWidget(self.count_label)
        lay.addLayout(bar2)
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
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        self.filter_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        self.key_edit.returnPressed.connect(self.reload)
        for combo in (self.period_combo, self.area_combo, self.user_combo):
            combo.activated.connect(lambda _i: self.reload())
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

    def _fill_areas(self) -> None:
        current = self.area_combo.currentData() or ""
        self.area_combo.clear()
        self.area_combo.addItem(tr("All areas"), "")
        for a in catalog.list_areas(self.db):
            self.area_combo.addItem(a.name, a.code)
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(current), 0))

    def set_filters(self, key: str = "", period: str = "", user: str = "", area: str = "",
                    date_from: date | None = None, date_to: date | None = None) -> None:
        """Set the filters (as a user would) and reload; ``key`` is a target code."""
        self.key_edit.setText(key)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(period), 0))
        self.area_combo.setCurrentIndex(max(self.area_combo.findData(area), 0))
        i = self.user_combo.findData(user)
        if i < 0 and user:
            self.user_combo.addItem(user, user)
            i = self.user_combo.count() - 1
        self.user_combo.setCurrentIndex(max(i, 0))
        for box, edit, value in ((self.from_box, self.from_edit, date_from),
                                 (self.to_box, self.to_edit, date_to)):
            box.setChecked(value is not None)
            if value is not None:
                edit.setDate(QDate(value))
        self.reload()

    def current_filter(self) -> audit_words.AuditFilter:
        return audit_words.AuditFilter(
            plan_year=self.year, target=self.key_edit.text().strip().rstrip("|"),
            period=self.period_combo.currentData() or "",
            area=self.area_combo.currentData() or "", user=self.user_combo.currentData() or "",
            date_from=self.from_edit.date().toPython() if self.from_box.isChecked() else None,
            date_to=self.to_edit.date().toPython() if self.to_box.isChecked() else None)

    def reload(self) -> None:
        if self.year is None:
            return
        self._fill_periods()
        if self.area_combo.count() == 0:
            self._fill_areas()
        db, year, filt, language = self.db, self.year, self.current_filter(), lang()

        def fetch():
            rows = audit_words.trail(db, filt, language)
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
        for col, width in ((3, 380), (5, 200), (6, 200), (7, 220)):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), width))
        self.count_label.setText(tr("{n} entries").format(n=len(rows)))
        self.loaded.emit()

    def export(self) -> None:
        """The rows shown, to an Excel workbook."""
        from cbdesk.services.audit_export import export_trail
        from cbdesk.services.errors import ServiceError
        from cbdesk.ui.dialogs import Notice, show_error
        from cbdesk.ui.file_actions import FileDialogs

        path = FileDialogs.save_file(self, tr("Export to Excel…"),
                                     f"nhat-ky-thay-doi-{self.year}.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        try:
            export_trail(self.model.rows, path, lang())
        except ServiceError as e:
            show_error(self, e)
            return
        Notice.info(self, tr("Audit trail"), tr("Saved to {0}.").format(path))

    def search(self, text: str) -> None:
        self.key_edit.setText(text)
        self.reload()
