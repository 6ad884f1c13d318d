"""A layout that wraps its widgets onto the next line when the width runs out
(button bars and filter bars on a 1366×768 screen at 150 %: 910 px wide)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Left to right, wrapping; ``add_stretch`` pushes what follows to the right
    end of its line when it fits there."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self._stretch_before: set[int] = set()
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # -- building -------------------------------------------------------------
    def add_widgets(self, *widgets: QWidget) -> FlowLayout:
        for w in widgets:
            self.addWidget(w)
        return self

    def add_stretch(self) -> None:
        self._stretch_before.add(len(self._items))

    # -- QLayout --------------------------------------------------------------
    def addItem(self, item) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        w = sum(i.sizeHint().width() + self._gap for i in self._visible())
        h = max((i.sizeHint().height() for i in self._visible()), default=0)
        m = self.contentsMargins()
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list:
        return [i for i in self._items
                if not (isinstance(i, QWidgetItem) and i.widget() and i.widget().isHidden())]

    def _place(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list] = [[]]
        x = 0
        for n, item in enumerate(self._items):
            if item not in self._visible():
                continue
            w = item.sizeHint().width()
            if lines[-1] and x + w > area.width():
                lines.append([])
                x = 0
            lines[-1].append((n, item))
            x += w + self._gap
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for _n, i in line)
            widths = [i.sizeHint().width() for _n, i in line]
            free = area.width() - sum(widths) - self._gap * (len(line) - 1)
            x = area.x()
            for (n, item), w in zip(line, widths, strict=True):
                if n in self._stretch_before and free > 0 and n != line[0][0]:
                    x += free
                    free = 0
                if apply:
                    policy = item.widget().sizePolicy() if item.widget() else None
                    h = height if policy and policy.verticalPolicy() != QSizePolicy.Policy.Fixed \
                        else item.sizeHint().height()
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + self._gap
            y += height + self._gap
        return y - self._gap - area.y() + m.top() + m.bottom()
