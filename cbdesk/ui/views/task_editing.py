"""The Tasks view's changes: add, edit and delete tasks through the services,
each one undoable (a deleted task comes back with its progress history).
Progress updates are a dated history and are not undone."""

from __future__ import annotations

from cbdesk.services import tasks as task_service
from cbdesk.services import undelete
from cbdesk.ui.dialogs import ConfirmDialog, show_error
from cbdesk.ui.i18n import tr
from cbdesk.ui.views.undo_commands import ServiceCommand


def _form(row) -> task_service.TaskForm:
    return task_service.TaskForm(row.code, row.title, row.description, row.parent_code,
                                 row.lead_unit or None, row.coordinating_units, row.deadline,
                                 row.expected_output)


class TaskEditing:
    """Mixin of TasksView (needs ``current``, ``undo_stack``, ``refresh``, ``window_``)."""

    def _row(self, code: str):
        return next((r for r in task_service.list_tasks(self.db, self.year) if r.code == code),
                    None)

    def _codes(self) -> set[str]:
        return {r.code for r in task_service.list_tasks(self.db, self.year)}

    def add_task(self) -> None:
        from cbdesk.ui.views.task_dialogs import TaskDialog

        before = self._codes()
        if TaskDialog.edit(self, self.db, self.actor, self.year, None):
            added = self._codes() - before
            if len(added) == 1:
                code = added.pop()
                snap = undelete.snapshot_task(self.db, self.year, code)
                self._push(tr("Add task %1").replace("%1", code),
                           lambda: undelete.restore_task(self.db, self.actor, snap),
                           lambda: task_service.delete_task(self.db, self.actor, self.year,
                                                            code))
            self.window_._saved()
            self.refresh()

    def edit_task(self) -> None:
        from cbdesk.ui.views.task_dialogs import TaskDialog

        r = self.current()
        if not r:
            return
        before_codes = self._codes()
        if TaskDialog.edit(self, self.db, self.actor, self.year, r):
            codes = self._codes()
            new = r.code if r.code in codes else next(iter(codes - before_codes), None)
            after = self._row(new) if new else None
            if after is not None:
                self._push(tr("Edit task %1").replace("%1", r.code),
                           lambda: self._put(_form(after), r.code),
                           lambda: self._put(_form(r), after.code))
            self.window_._saved()
            self.refresh()

    def _put(self, form: task_service.TaskForm, current_code: str) -> None:
        now = self._row(current_code)
        task_service.save_task(self.db, self.actor, self.year, form, current_code,
                               now.version if now else None)

    def delete_task(self) -> None:
        r = self.current()
        if not r or not ConfirmDialog.ask(
                self, tr("Delete task"),
                tr("Delete task %1 and its progress updates?").replace("%1", r.code)
                + "\n" + tr("Edit → Undo (Ctrl+Z) brings it back.")):
            return
        snap = undelete.snapshot_task(self.db, self.year, r.code)
        try:
            task_service.delete_task(self.db, self.actor, self.year, r.code)
        except Exception as e:  # a service's refusal, in words
            if not hasattr(e, "message_vi"):
                raise
            show_error(self, e)
            return
        self._push(tr("Delete task %1").replace("%1", r.code),
                   lambda: task_service.delete_task(self.db, self.actor, self.year, r.code),
                   lambda: undelete.restore_task(self.db, self.actor, snap))
        self.window_._saved()
        self.refresh()

    # -- undo -----------------------------------------------------------------
    def _push(self, text: str, do, undo) -> None:
        self.undo_stack.push(ServiceCommand(text, do, undo, self))

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()
