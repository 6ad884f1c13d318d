"""Files dragged from the file manager onto a task or a grid cell are
attached to it (issue 23). Only local files are taken; nothing is opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView

from cbdesk.ui.dialogs import show_error
from cbdesk.ui.i18n import tr


def local_files(mime) -> list[str]:
    if mime is None or not mime.hasUrls():
        return []
    urls = mime.urls()
    files = [u.toLocalFile() for u in urls if u.isLocalFile()]
    return files if len(files) == len(urls) else []


class FileDrop(QObject):
    """Accept a drop of files on ``view``'s item when ``owner_at(index)`` names
    an owner (None: not here), then ``attach(owner, files)``."""

    def __init__(self, view: QAbstractItemView, owner_at: Callable, attach: Callable):
        super().__init__(view)
        self.view, self.owner_at, self.attach = view, owner_at, attach
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def _owner(self, event):
        index = self.view.indexAt(event.position().toPoint())
        return self.owner_at(index) if index.isValid() else None

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        files = local_files(event.mimeData())
        owner = self._owner(event) if files else None
        if owner is None:
            event.ignore()
            return True
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            try:
                self.attach(owner, files)
            except Exception as e:  # noqa: BLE001 - said in words, nothing saved
                show_error(self.view, e, tr("Could not attach"))
        return True
