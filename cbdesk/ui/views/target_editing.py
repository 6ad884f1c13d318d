"""The Targets view's changes: add, edit, delete and move targets through the
services, each one undoable (a deleted target comes back with its figures)."""

from __future__ import annotations

from cbdesk.ui.i18n import tr

# The services and dialogs are imported when a change is made, not with the
# view: the Targets view is the window's first view, shown before SQLAlchemy
# has loaded (services.first_view).


class TargetEditing:
    """Mixin of TargetsView (needs ``current_code``, ``undo_stack``, ``window_``)."""

    def add_target(self) -> None:
        from cbdesk.services import targets as target_service
        from cbdesk.services import undelete
        from cbdesk.ui.views.target_form import TargetDialog

        before = set(target_service.search(self.db, self.year, ""))
        if TargetDialog.edit(self, self.db, self.actor, self.year, None):
            added = set(target_service.search(self.db, self.year, "")) - before
            if len(added) == 1:
                code = added.pop()
                snap = undelete.snapshot_target(self.db, self.year, code)
                self._push(tr("Add target %1").replace("%1", code),
                           lambda: undelete.restore_target(self.db, self.actor, snap),
                           lambda: target_service.delete_target(self.db, self.actor,
                                                                self.year, code))
            self.window_._saved()
            self.window_.reload_all()

    def edit_target(self) -> None:
        from cbdesk.services import targets as target_service
        from cbdesk.ui.views.target_form import TargetDialog

        code = self.current_code()
        if not code:
            return
        before_codes = set(target_service.search(self.db, self.year, ""))
        before = target_service.get_target(self.db, self.year, code)
        if TargetDialog.edit(self, self.db, self.actor, self.year, code):
            codes = set(target_service.search(self.db, self.year, ""))
            new = code if code in codes else next(iter(codes - before_codes), None)
            if new is not None:
                after = target_service.get_target(self.db, self.year, new)
                self._push(tr("Edit target %1").replace("%1", code),
                           lambda: self._put(after, before.code),
                           lambda: self._put(before, after.code))
            self.window_._saved()
            self.window_.reload_all()

    def _put(self, form, current_code: str) -> None:
        """Save ``form`` over the target now called ``current_code``."""
        from dataclasses import replace

        from cbdesk.services import targets as target_service

        now = target_service.get_target(self.db, self.year, current_code)
        target_service.save_target(self.db, self.actor, self.year,
                                   replace(form, version=now.version), current_code)

    def delete_target(self) -> None:
        from cbdesk.services import targets as target_service
        from cbdesk.services import undelete
        from cbdesk.ui.dialogs import ConfirmDialog, show_error

        code = self.current_code()
        if not code or not ConfirmDialog.ask(
                self, tr("Delete target"),
                tr("Delete target %1 and the figures entered for it?").replace("%1", code)
                + "\n" + tr("Edit → Undo (Ctrl+Z) brings it back.")):
            return
        snap = undelete.snapshot_target(self.db, self.year, code)
        try:
            target_service.delete_target(self.db, self.actor, self.year, code)
        except Exception as e:
            if not hasattr(e, "message_vi"):
                raise
            show_error(self, e)
            return
        self._push(tr("Delete target %1").replace("%1", code),
                   lambda: target_service.delete_target(self.db, self.actor, self.year, code),
                   lambda: undelete.restore_target(self.db, self.actor, snap))
        self.window_._saved()
        self.window_.reload_all()

    def move(self, step: int) -> None:
        from cbdesk.services import targets as target_service
        from cbdesk.ui.dialogs import show_error

        code = self.current_code()
        if code:
            try:
                target_service.move_target(self.db, self.actor, self.year, code, step)
            except Exception as e:
                if not hasattr(e, "message_vi"):
                    raise
                show_error(self, e)
            else:
                self._push(tr("Move target %1").replace("%1", code),
                           lambda: target_service.move_target(self.db, self.actor, self.year,
                                                              code, step),
                           lambda: target_service.move_target(self.db, self.actor, self.year,
                                                              code, -step))
                self.window_._saved()
            self.window_.reload_all()

    # -- undo -----------------------------------------------------------------
    def _push(self, text: str, do, undo) -> None:
        from cbdesk.ui.views.undo_commands import ServiceCommand

        self.undo_stack.push(ServiceCommand(text, do, undo, self))

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()
