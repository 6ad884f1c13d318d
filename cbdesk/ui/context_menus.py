"""Right-click menus of the lists and the grid: the view's own commands where
the mouse is (built when asked, so each entry's enabled state is current)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

# (text, slot, enabled); None for a separator
Entry = tuple[str, Callable[[], object], bool] | None


class ContextMenu:
    """Showing a menu (modal): a classmethod tests patch (QMenu.exec cannot be)."""

    @classmethod
    def popup(cls, menu: QMenu, at) -> None:
        menu.exec(at)


def install_menu(widget: QWidget, entries: Callable[[], Sequence[Entry]]) -> None:
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos) -> None:
        if isinstance(widget, QAbstractItemView):  # the row under the mouse first
            index = widget.indexAt(pos)
            if index.isValid() and not widget.selectionModel().isSelected(index):
                widget.setCurrentIndex(index)
        menu = QMenu(widget)
        for entry in entries():
            if entry is None:
                menu.addSeparator()
                continue
            text, slot, enabled = entry
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        viewport = widget.viewport() if isinstance(widget, QAbstractItemView) else widget
        ContextMenu.popup(menu, viewport.mapToGlobal(pos))
        menu.deleteLater()

    widget.customContextMenuRequested.connect(show)
