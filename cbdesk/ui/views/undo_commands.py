"""Undo for the Targets and Tasks views: each change made there (delete, move,
edit through the form) is a command on the view's QUndoStack, done through the
services and undone through them (a deleted target comes back with its figures,
a deleted task with its progress history)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from cbdesk.services.errors import ServiceError


class ServiceCommand(QUndoCommand):
    """``do`` was already done when the command is pushed; Ctrl+Z calls ``undo``,
    Ctrl+Y ``do`` again. A refusal is shown in words and the command dropped."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None],
                 view) -> None:
        super().__init__(text)
        self._do, self._undo, self.view = do, undo, view
        self._first = True

    def _run(self, fn: Callable[[], None]) -> None:
        from cbdesk.ui.dialogs import show_error

        try:
            fn()
        except ServiceError as e:
            show_error(self.view, e)
            self.setObsolete(True)
        self.view.window_.reload_all()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)
