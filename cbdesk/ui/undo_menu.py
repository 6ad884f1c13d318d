"""Edit → Undo / Redo follow the current view: enabled only when the view has
something to undo (its ``undo_stack``), and saying what will be undone."""

from __future__ import annotations

from shiboken6 import isValid

from cbdesk.ui.i18n import tr


def sync_undo_actions(window) -> None:
    if not (isValid(window) and isValid(window.undo_action) and isValid(window.redo_action)):
        return  # the window is going away
    view = window.views.get(window.current_key())
    stack = getattr(view, "undo_stack", None) if view is not None and isValid(view) else None
    if stack is not None and not isValid(stack):  # a view being destroyed
        stack = None
    can_undo, can_redo = bool(stack and stack.canUndo()), bool(stack and stack.canRedo())
    window.undo_action.setEnabled(can_undo)
    window.redo_action.setEnabled(can_redo)
    window.undo_action.setText(tr("Undo") + (f": {stack.undoText()}" if can_undo else ""))
    window.redo_action.setText(tr("Redo") + (f": {stack.redoText()}" if can_redo else ""))
