"""Targets view: the plan's targets as a tree with the period's figures and
status (colour and words), search, Vietnamese sort, add/edit/delete."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeView,
    QVBoxLayout,
)

from cbdesk.core import text as vtext
from cbdesk.services import target_text as tt
from cbdesk.ui.common import DASH, GREY, RIGHT, View, num, pct, status_brushes, status_word
from cbdesk.ui.context_menus import install_menu
from cbdesk.ui.flow import FlowLayout
from cbdesk.ui.i18n import tr
from cbdesk.ui.views.target_editing import TargetEditing

_ROOT = QModelIndex()  # the invalid index, as a default argument

CODE, NAME, UNIT, PLAN, PERIOD, YTD, PERCENT, STATUS = range(8)


class _Node:
    __slots__ = ("row", "parent", "children", "texts", "depth")

    def __init__(self, row, parent):
        self.row, self.parent, self.children = row, parent, []
        self.texts: tuple[str, ...] = ()  # the display text of each column, made once
        self.depth = 0 if parent is None or parent.row is None else parent.depth + 1


class TargetTreeModel(QAbstractItemModel):
    """A tree over ``services.progress.target_rows``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.root = _Node(None, None)
        self.nodes: list[_Node] = []
        self.indent = 0  # the tree's indentation per level (set by the view)
        self.headers = [tr("Code"), tr("Target"), tr("Unit"), tr("Year's target"),
                        tr("Period"), tr("Year to date"), tr("% of target"), tr("Status")]

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.root = _Node(None, None)
        nodes = {}
        for r in rows:
            parent = nodes.get(r.parent_code, self.root)
            node = _Node(r, parent)
            node.texts = tuple(self._text(r, c) for c in range(len(self.headers)))
            parent.children.append(node)
            nodes[r.code] = node
        self.nodes = list(nodes.values())
        self.endResetModel()

    def widest(self, column: int, advance) -> int:
        """The widest display text of ``column`` in pixels (``advance``: a font
        metric's horizontalAdvance), with the tree's indentation for column 0
        passed in by the caller: the column's width from the precomputed texts,
        without asking the view to call data() for every cell and role."""
        seen: dict[str, int] = {}
        best = 0
        for node in self.nodes:
            text = node.texts[column]
            w = seen.get(text)
            if w is None:
                w = seen[text] = advance(text)
            if column == 0:
                w += node.depth * self.indent
            best = max(best, w)
        return best

    def row_of(self, index: QModelIndex):
        return index.internalPointer().row if index.isValid() else None

    def index(self, row, column, parent=_ROOT):
        node = parent.internalPointer() if parent.isValid() else self.root
        if 0 <= row < len(node.children):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index=_ROOT):
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.parent.children.index(node), 0, node)

    def rowCount(self, parent=_ROOT):  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        node = parent.internalPointer() if parent.isValid() else self.root
        return len(node.children)

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if (orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.TextAlignmentRole
                and section in (PLAN, PERIOD, YTD, PERCENT)):
            return RIGHT
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, col = index.internalPointer(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.texts[col]
        r = node.row
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (PLAN, PERIOD, YTD, PERCENT):
            return RIGHT
        if col == STATUS and role in (Qt.ItemDataRole.BackgroundRole,
                                      Qt.ItemDataRole.ForegroundRole):
            bg, fg = _brushes(r.status)
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.ForegroundRole and col == UNIT:
            return GREY
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == NAME:
                return r.name
            if col == STATUS and r.progress.pace is not None:
                return tr("Pace against what is due:") + " " + pct(r.progress.pace)
            if r.mismatch:
                return tr("The whole-province figure differs from the sum of the areas.")
        return None

    def _text(self, r, col) -> str:
        # The same words and signs as the report's table (services.target_text):
        # "≤ 3,45", "giảm 4,0 điểm %", "mức 18,9" — screen = paper.
        if col == CODE:
            return r.code
        if col == NAME:
            return r.name
        if col == UNIT:
            return r.unit
        if col == PLAN:
            return tt.plan_cell(r) or DASH
        if col == PERIOD:
            return tt.period_cell(r) or DASH
        if col == YTD:
            return tt.ytd_cell(r) or DASH
        if col == PERCENT:
            return tt.percent_cell(r) or DASH
        if col == STATUS:
            return status_word(r.status)
        return ""


class TargetProxy(QSortFilterProxyModel):
    """Accent-insensitive search (core.text.matches) and Vietnamese sort by name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.query = ""
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.query = text
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802
        if not self.query:
            return True
        idx = self.sourceModel().index(source_row, 0, source_parent)
        r = self.sourceModel().row_of(idx)
        return r is not None and vtext.matches(self.query, f"{r.code} {r.name}")

    def lessThan(self, left, right):  # noqa: N802
        a, b = self.sourceModel().row_of(left), self.sourceModel().row_of(right)
        col = left.column()
        if col == NAME:
            return vtext.collation_key(a.name) < vtext.collation_key(b.name)
        if col == CODE:
            return _code_key(a.code) < _code_key(b.code)
        if col in (PLAN, PERIOD, YTD, PERCENT):
            va = {PLAN: a.target, PERIOD: a.period_value, YTD: a.ytd,
                  PERCENT: a.percent_of_target}[col]
            vb = {PLAN: b.target, PERIOD: b.period_value, YTD: b.ytd,
                  PERCENT: b.percent_of_target}[col]
            return (va is None, va or 0) < (vb is None, vb or 0)
        return vtext.collation_key(self.sourceModel()._text(a, col)) < vtext.collation_key(
            self.sourceModel()._text(b, col))


_BRUSHES: dict = {}


def _brushes(status):
    """status_brushes, made once per status (data() asks for them per paint)."""
    found = _BRUSHES.get(status)
    if found is None:
        found = _BRUSHES[status] = status_brushes(status)
    return found


def _code_key(code: str):
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("."))


class TargetsView(TargetEditing, View):
    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.model = TargetTreeModel(self)
        self.proxy = TargetProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Sized to the contents once per load, not live: live ResizeToContents
        # asks every cell for its data on every change (tens of thousands of
        # calls for 60 rows) and made start-up and period switches slow.
        for c in (CODE, UNIT, PLAN, PERIOD, YTD, PERCENT, STATUS):
            head.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextFormat(Qt.TextFormat.RichText)

        buttons = FlowLayout()
        self.add_btn = QPushButton(tr("Add target…"))
        self.edit_btn = QPushButton(tr("Edit…"))
        self.delete_btn = QPushButton(tr("Delete"))
        self.up_btn = QPushButton(tr("Move up"))
        self.down_btn = QPushButton(tr("Move down"))
        self.count_label = QLabel()
        self.undo_stack = QUndoStack(self)
        self._undo_year = None
        for b in (self.add_btn, self.edit_btn, self.delete_btn, self.up_btn, self.down_btn):
            buttons.addWidget(b)
        buttons.add_stretch()
        buttons.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(split, 1)

        self.add_btn.clicked.connect(self.add_target)
        self.edit_btn.clicked.connect(self.edit_target)
        self.delete_btn.clicked.connect(self.delete_target)
        self.up_btn.clicked.connect(lambda: self.move(-1))
        self.down_btn.clicked.connect(lambda: self.move(1))
        self.tree.doubleClicked.connect(lambda _i: self.edit_target())
        install_menu(self.tree, lambda: [
            (tr("Edit…"), self.edit_target, bool(self.current_code())),
            (tr("Delete"), self.delete_target, bool(self.current_code())),
            (tr("Move up"), lambda: self.move(-1), bool(self.current_code())),
            (tr("Move down"), lambda: self.move(1), bool(self.current_code())), None,
            (tr("Add target…"), self.add_target, True),
            (tr("Undo"), self.undo, self.undo_stack.canUndo())])
        self.tree.selectionModel().currentRowChanged.connect(self._show_detail)

    def reload(self) -> None:
        if self.year is None or self.period is None:
            return
        if self.year != self._undo_year:  # another plan: its own history
            self.undo_stack.clear()
            self._undo_year = self.year
        from cbdesk.services import progress as progress_service  # SQLAlchemy: after the first view

        self.show_rows(progress_service.target_rows(self.db, self.year, self.period))

    def show_rows(self, rows) -> None:
        """Show ``rows`` (``services.progress.target_rows``, or the same rows
        read before the database opened: ``services.first_view``)."""
        current = self.current_code()
        self.rows = rows
        self.model.set_rows(self.rows)
        self.tree.expandAll()
        self._fit_columns()
        self.count_label.setText(tr("Targets:") + f" {len(self.rows)}")
        if current:
            self.select(current)

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text and its header, measured on
        the model's precomputed strings (resizeColumnToContents would ask
        data() for every cell and role: most of the first view's start)."""
        head = self.tree.header()
        advance = self.tree.fontMetrics().horizontalAdvance
        self.model.indent = self.tree.indentation()
        # The item's own margins (focus frame) and, in column 0, the branch
        # decoration of the top level.
        pad = 2 * (self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
        for c in (CODE, UNIT, PLAN, PERIOD, YTD, PERCENT, STATUS):
            width = self.model.widest(c, advance) + pad
            if c == CODE and self.tree.rootIsDecorated():
                width += self.tree.indentation()
            head.resizeSection(c, max(width, head.sectionSizeHint(c)))

    def search(self, text: str) -> None:
        self.proxy.set_query(text)
        self.tree.expandAll()

    def current_code(self) -> str | None:
        r = self.model.row_of(self.proxy.mapToSource(self.tree.currentIndex()))
        return r.code if r else None

    def visible_codes(self) -> list[str]:
        out = []

        def walk(parent):
            for i in range(self.proxy.rowCount(parent)):
                idx = self.proxy.index(i, 0, parent)
                out.append(self.model.row_of(self.proxy.mapToSource(idx)).code)
                walk(idx)
        walk(QModelIndex())
        return out

    def select(self, code: str) -> None:
        def walk(parent):
            for i in range(self.proxy.rowCount(parent)):
                idx = self.proxy.index(i, 0, parent)
                if self.model.row_of(self.proxy.mapToSource(idx)).code == code:
                    self.tree.setCurrentIndex(idx)
                    return True
                if walk(idx):
                    return True
            return False
        walk(QModelIndex())

    def _show_detail(self, current, _previous=None) -> None:
        r = self.model.row_of(self.proxy.mapToSource(current))
        if r is None:
            self.detail.setText("")
            return
        parts = [f"<b>{r.code}. {r.name}</b>"]
        if r.lead_unit:
            parts.append(tr("Lead unit:") + " " + r.lead_unit)
        if r.progress.pace is not None:
            parts.append(tr("Pace against what is due:") + " " + pct(r.progress.pace))
        cells = [f"<td style='padding:0 8px'>{a.name}: {num(a.ytd)} / {num(a.allocation)}</td>"
                 for a in r.areas if a.allocation is not None or a.ytd is not None]
        text = " · ".join(parts)
        if cells:
            rows = "".join("<tr>" + "".join(cells[i:i + 4]) + "</tr>"
                           for i in range(0, len(cells), 4))
            text += ("<br>" + tr("By area (year to date / allocated):")
                     + f"<table>{rows}</table>")
        self.detail.setText(text)
