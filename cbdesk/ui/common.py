"""Shared bits of the views: number display, status colours, a small table
model over a list of rows, and the base class of the pluggable views."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cbdesk.core.enums import TargetStatus, TaskStatus
from cbdesk.core.vnformat import format_number, format_percent
from cbdesk.ui.i18n import lang

_ROOT = QModelIndex()  # the invalid index, as a default argument

DASH = "—"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GREY = QColor("#6b6b6b")
READONLY_BG = QColor("#f1f1f1")

# Background / text colour per status; the word is always shown too.
STATUS_COLOURS = {
    TargetStatus.ACHIEVED: ("#d7f0dc", "#14632b"),
    TargetStatus.EXCEEDED: ("#d4ecf7", "#0b5573"),
    TargetStatus.NOT_ACHIEVED: ("#fde2d9", "#a3230b"),
    TargetStatus.AHEAD: ("#d4ecf7", "#0b5573"),
    TargetStatus.ON_TRACK: ("#e6f4e1", "#2d6a1f"),
    TargetStatus.BEHIND: ("#fde2d9", "#a3230b"),
    TargetStatus.NO_DATA: ("#eeeeee", "#555555"),
    TaskStatus.DONE_ON_TIME: ("#d7f0dc", "#14632b"),
    TaskStatus.DONE_LATE: ("#fff1cc", "#7a5200"),
    TaskStatus.OVERDUE: ("#fde2d9", "#a3230b"),
    TaskStatus.IN_PROGRESS: ("#e6f0fb", "#1d4f91"),
    TaskStatus.NOT_STARTED: ("#eeeeee", "#555555"),
    TaskStatus.ONGOING: ("#eef3e6", "#3c5a14"),
}


def num(value: float | None, decimals: int | None = None) -> str:
    return DASH if value is None else format_number(value, decimals)


def pct(value: float | None) -> str:
    return DASH if value is None else format_percent(value, 1)


def status_brushes(status) -> tuple[QColor, QColor]:
    bg, fg = STATUS_COLOURS.get(status, ("#ffffff", "#000000"))
    return QColor(bg), QColor(fg)


def status_word(status) -> str:
    return status.label(lang())


class Column:
    """One column of a RowsModel: a header and how to show a row in it."""

    def __init__(self, header: str, text: Callable, right: bool = False,
                 colour: Callable | None = None, tooltip: Callable | None = None):
        self.header, self.text, self.right = header, text, right
        self.colour, self.tooltip = colour, tooltip


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of frozen dataclasses."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return RIGHT
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and col.colour:
            bg, fg = status_brushes(col.colour(row))
            return bg if role == Qt.ItemDataRole.BackgroundRole else fg
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else col.text(row)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


class View(QWidget):
    """Base of the pluggable views: the main window calls ``reload`` when the
    plan or period changes; views with edits answer ``has_unsaved`` and ``save``."""

    title = ""

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window_ = window

    @property
    def db(self):
        return self.window_.db

    @property
    def actor(self):
        return self.window_.actor

    @property
    def year(self) -> int | None:
        return self.window_.year

    @property
    def period(self):
        return self.window_.period

    def reload(self) -> None:
        pass

    def search(self, text: str) -> None:
        pass

    def has_unsaved(self) -> bool:
        return False

    def save(self) -> bool:
        return True

    def discard(self) -> None:
        pass
