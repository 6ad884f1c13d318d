"""Tasks view: tasks by section with status in colour and words, filters by
unit, status and overdue, the task form and the progress-update dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from cbdesk.core import text as vtext
from cbdesk.core.enums import TaskStatus
from cbdesk.core.vnformat import format_date
from cbdesk.services import catalog
from cbdesk.services import tasks as task_service
from cbdesk.ui.common import DASH, RIGHT, View, pct, status_brushes, status_word
from cbdesk.ui.context_menus import install_menu
from cbdesk.ui.flow import FlowLayout
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.views.attachments_dialog import paperclip_icon
from cbdesk.ui.views.task_editing import TaskEditing

_ROOT = QModelIndex()  # the invalid index, as a default argument

CODE, TITLE, LEAD, COORD, DEADLINE, STATUS, DONE, LAST = range(8)


class TaskTreeModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.children: dict[str | None, list] = {}
        self.attached: dict[str, int] = {}  # task code -> attachments (the paperclip)
        self.headers = [tr("Section"), tr("Task"), tr("Lead unit"), tr("Coordinating units"),
                        tr("Deadline"), tr("Status"), tr("% done"), tr("Last update")]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        codes = {r.code for r in rows}
        self.children = {}
        for r in rows:
            parent = r.parent_code if r.parent_code in codes else None
            self.children.setdefault(parent, []).append(r)
        self._parent = {r.code: (r.parent_code if r.parent_code in codes else None)
                        for r in rows}
        self.endResetModel()

    def row_of(self, index):
        return index.internalPointer() if index.isValid() else None

    def index(self, row, column, parent=_ROOT):
        key = parent.internalPointer().code if parent.isValid() else None
        kids = self.children.get(key, [])
        if 0 <= row < len(kids):
            return self.createIndex(row, column, kids[row])
        return QModelIndex()

    def parent(self, index=_ROOT):
        if not index.isValid():
            return QModelIndex()
        pcode = self._parent.get(index.internalPointer().code)
        if pcode is None:
            return QModelIndex()
        grand = self._parent.get(pcode)
        siblings = self.children.get(grand, [])
        for i, r in enumerate(siblings):
            if r.code == pcode:
                return self.createIndex(i, 0, r)
        return QModelIndex()

    def rowCount(self, parent=_ROOT):  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        key = parent.internalPointer().code if parent.isValid() else None
        return len(self.children.get(key, []))

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = index.internalPointer(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {CODE: r.code, TITLE: r.title, LEAD: r.lead_unit_name or DASH,
                    COORD: ", ".join(r.coordinating_names) or DASH,
                    DEADLINE: _deadline(r), STATUS: status_word(r.status),
                    DONE: pct(r.percent_done).replace(",0%", "%"),
                    LAST: format_date(r.last_update) if r.last_update else DASH}[col]
        if role == Qt.ItemDataRole.UserRole:  # what the column sorts by
            return _sort_key(r, col)
        if role == Qt.ItemDataRole.DecorationRole and col == TITLE:
            return paperclip_icon(self.attached.get(r.code, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == DONE:
            return RIGHT
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and (
                col == STATUS or (r.overdue and col in (CODE, DEADLINE))):
            bg, fg = status_brushes(r.status)
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TITLE:
                n = self.attached.get(r.code, 0)
                return (r.title + ("\n\n" + r.description if r.description else "")
                        + (f"\n\n{tr('Attached documents:')} {n}" if n else ""))
            if col == LAST and r.last_note:
                return r.last_note
            if col == COORD:
                return ", ".join(r.coordinating_names)
        return None


def _sort_key(r, col: int):
    if col == CODE:  # II.10 after II.9
        return ".".join(f"{int(p):05d}" if p.isdigit() else p for p in r.code.split("."))
    if col == DONE:
        return float(r.percent_done)
    if col == LAST:
        return r.last_update.isoformat() if r.last_update else ""
    if col == DEADLINE:
        from cbdesk.core.deadlines import Deadline

        due = Deadline.parse(r.deadline).due_date() if r.deadline else None
        return due.isoformat() if due else "9999"
    return None


def _deadline(r) -> str:
    from cbdesk.core.deadlines import Deadline

    return Deadline.parse(r.deadline).label(lang()) if r.deadline else DASH


class TaskSorter(QSortFilterProxyModel):
    """Sorts by a column: codes and numbers by value, dates by date, words in
    Vietnamese order."""

    def lessThan(self, left, right):  # noqa: N802
        a = left.data(Qt.ItemDataRole.UserRole)
        b = right.data(Qt.ItemDataRole.UserRole)
        if a is not None and b is not None:
            return a < b
        return vtext.collation_key(left.data() or "") < vtext.collation_key(right.data() or "")


class TasksView(TaskEditing, View):
    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.query = ""
        self.model = TaskTreeModel(self)
        self.sorter = TaskSorter(self)
        self.sorter.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.sorter)
        self.tree.setSortingEnabled(True)  # a click on a column header sorts by it
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the plan's order first
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(False)
        head = self.tree.header()
        head.setStretchLastSection(False)
        # The title takes what the other columns leave, but never less than 240 px:
        # on a narrow window (910 px, 1366×768 at 150 %) the list scrolls sideways
        # instead of squeezing the title to nothing (see _fit_title).
        head.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(TITLE, 240)
        self.tree.viewport().installEventFilter(self)
        for c, w in ((CODE, 90), (LEAD, 150), (COORD, 130), (DEADLINE, 100), (STATUS, 130),
                     (DONE, 80), (LAST, 105)):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.tree.setColumnWidth(c, w)
        self.unit_box = QComboBox()
        self.unit_box.setMinimumWidth(160)
        self.unit_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_box.setMinimumContentsLength(18)
        self.status_box = QComboBox()
        self.status_box.addItem(tr("All statuses"), None)
        for s in TaskStatus:
            self.status_box.addItem(s.label(lang()), s.value)
        self.overdue_box = QCheckBox(tr("Overdue only"))
        self.add_btn = QPushButton(tr("Add task…"))
        self.edit_btn = QPushButton(tr("Edit…"))
        self.update_btn = QPushButton(tr("Update progress…"))
        self.delete_btn = QPushButton(tr("Delete"))
        self.files_btn = QPushButton(tr("Attached documents…"))
        self.count = QLabel()
        self.undo_stack = QUndoStack(self)
        self._undo_year = None
        bar = FlowLayout()
        bar.addWidget(QLabel(tr("Unit:")))
        bar.addWidget(self.unit_box)
        bar.addWidget(QLabel(tr("Status:")))
        bar.addWidget(self.status_box)
        bar.addWidget(self.overdue_box)
        bar.add_stretch()
        bar.addWidget(self.count)
        bar2 = FlowLayout()
        for b in (self.add_btn, self.edit_btn, self.update_btn, self.delete_btn, self.files_btn):
            bar2.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(bar2)
        lay.addLayout(bar)
        lay.addWidget(self.tree, 1)
        self.unit_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overdue_box.toggled.connect(lambda _b: self.refresh())
        self.add_btn.clicked.connect(self.add_task)
        self.edit_btn.clicked.connect(self.edit_task)
        self.update_btn.clicked.connect(self.update_progress)
        self.delete_btn.clicked.connect(self.delete_task)
        self.files_btn.clicked.connect(self.show_attachments)
        from cbdesk.ui.views.attachment_drop import FileDrop

        self.file_drop = FileDrop(self.tree, self._owner_at, self._attach_dropped)
        self.tree.doubleClicked.connect(lambda _i: self.update_progress())
        install_menu(self.tree, lambda: [
            (tr("Update progress…"), self.update_progress, self.current() is not None),
            (tr("Edit…"), self.edit_task, self.current() is not None),
            (tr("Delete"), self.delete_task, self.current() is not None), None,
            (tr("Add task…"), self.add_task, True),
            (tr("Undo"), self.undo, self.undo_stack.canUndo())])

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return False

    def _fit_title(self) -> None:
        others = sum(self.tree.columnWidth(c) for c in range(self.sorter.columnCount())
                     if c != TITLE)
        self.tree.setColumnWidth(TITLE, max(240, self.tree.viewport().width() - others))

    def as_of(self) -> date:
        """Statuses are judged at the end of the chosen period, or today if earlier."""
        return min(date.today(), self.period.end) if self.period else date.today()

    def reload(self) -> None:
        if self.year is None:
            return
        if self.year != self._undo_year:  # another plan: its own history
            self.undo_stack.clear()
            self._undo_year = self.year
        current = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(tr("All units"), None)
        for u in catalog.list_units(self.db):
            self.unit_box.addItem(u.name, u.code)
        self.unit_box.setCurrentIndex(max(self.unit_box.findData(current), 0))
        self.unit_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if self.year is None:
            return
        rows = task_service.list_tasks(self.db, self.year, self.as_of(),
                                       self.unit_box.currentData(),
                                       TaskStatus(self.status_box.currentData())
                                       if self.status_box.currentData() else None,
                                       self.overdue_box.isChecked(), self.query)
        from cbdesk.services.attachments import counts

        self.model.attached = {o.task: n for o, n in counts(self.db, self.year).items()
                               if o.kind == "task"}
        self.model.set_rows(rows)
        self.tree.expandAll()
        self.count.setText(tr("Tasks:") + f" {len(rows)}")

    def search(self, text: str) -> None:
        self.query = text
        self.refresh()

    def current(self):
        return self.model.row_of(self.sorter.mapToSource(self.tree.currentIndex()))

    def select(self, code: str) -> None:
        def walk(parent):
            for i in range(self.model.rowCount(parent)):
                idx = self.model.index(i, 0, parent)
                if idx.internalPointer().code == code:
                    self.tree.setCurrentIndex(self.sorter.mapFromSource(idx))
                    return True
                if walk(idx):
                    return True
            return False
        walk(QModelIndex())

    def update_progress(self) -> None:
        from cbdesk.ui.views.task_dialogs import ProgressDialog

        r = self.current()
        if r and ProgressDialog.edit(self, self.db, self.actor, self.year, r):
            self.window_._saved()
            self.refresh()
            self.select(r.code)

    def show_attachments(self) -> None:
        """The documents kept with the current task (Add / Open / Save a copy / Remove)."""
        from cbdesk.services.attachments import Owner
        from cbdesk.ui.views.attachments_dialog import AttachmentsDialog

        r = self.current()
        if r is None:
            return
        if AttachmentsDialog.open_for(self, self.db, self.actor, self.year,
                                      Owner.of_task(r.code),
                                      tr("Task") + f" {r.code} — {r.title}"):
            self.refresh()
            self.select(r.code)

    def _owner_at(self, index):
        from cbdesk.services.attachments import Owner

        r = self.model.row_of(self.sorter.mapToSource(index))  # the tree shows the sorter
        return Owner.of_task(r.code) if r is not None else None

    def _attach_dropped(self, owner, files) -> None:
        from cbdesk.services.attachments import add_files

        add_files(self.db, self.actor, self.year, owner, files)
        self.refresh()
        self.select(owner.task)
