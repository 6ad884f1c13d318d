"""Undo in the Targets and Tasks views: a deleted target comes back with its
figures, a deleted task with its progress history; edits and moves are undone;
Edit → Undo is enabled only when there is something to undo."""

from __future__ import annotations

from cbdesk.services import results, targets
from cbdesk.services import tasks as task_service
from cbdesk.ui import dialogs


def _figures(db, code):
    out = {}
    for period in ("2021-Q1", "2021-Q2", "2021-H1"):
        grid = results.entry_grid(db, 2021, period)
        for (t, area), cell in grid.cells.items():
            if t == code and cell.value is not None:
                out[(period, area)] = cell.value
    return out


def test_deleting_a_target_with_its_figures_is_undone_and_redone(window, monkeypatch):
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    view = window.show_view("targets")
    before = _figures(window.db, "6") | _figures(window.db, "5")
    code = "5" if _figures(window.db, "5") else "6"
    figures = _figures(window.db, code)
    assert figures, before
    form = targets.get_target(window.db, 2021, code)
    order = view.visible_codes()
    assert not window.undo_action.isEnabled()
    view.select(code)
    view.delete_btn.click()
    assert code not in view.visible_codes()
    assert window.undo_action.isEnabled() and code in window.undo_action.text()
    window.undo_action.trigger()
    assert view.visible_codes() == order  # back in its place
    assert _figures(window.db, code) == figures
    again = targets.get_target(window.db, 2021, code)
    assert (again.name, again.target, again.allocations) == (form.name, form.target,
                                                              form.allocations)
    window.redo_action.trigger()
    assert code not in view.visible_codes()


def test_editing_and_moving_a_target_are_undone(window, monkeypatch):
    from cbdesk.ui.views.target_form import TargetDialog

    view = window.show_view("targets")

    def rename(cls, parent, db, actor, year, code):
        dlg = TargetDialog(parent, db, actor, year, code)
        dlg.name.setText("Tên đã sửa")
        return dlg.try_save()

    monkeypatch.setattr(TargetDialog, "edit", classmethod(rename))
    old = targets.get_target(window.db, 2021, "3").name
    view.select("3")
    view.edit_btn.click()
    assert targets.get_target(window.db, 2021, "3").name == "Tên đã sửa"
    order = view.visible_codes()
    view.select("3")
    view.down_btn.click()
    assert view.visible_codes() != order
    view.undo()
    assert view.visible_codes() == order
    view.undo()
    assert targets.get_target(window.db, 2021, "3").name == old


def test_deleting_a_task_with_its_history_is_undone(window, monkeypatch):
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    view = window.show_view("tasks")
    code = "II.1"
    history = task_service.history(window.db, 2021, code)
    assert history
    row = next(r for r in task_service.list_tasks(window.db, 2021) if r.code == code)
    view.select(code)
    view.delete_btn.click()
    assert code not in {r.code for r in task_service.list_tasks(window.db, 2021)}
    assert window.save_label.text() != "Chưa lưu trong phiên này"
    window.undo_action.trigger()
    back = next(r for r in task_service.list_tasks(window.db, 2021) if r.code == code)
    assert task_service.history(window.db, 2021, code) == history
    assert (back.title, back.coordinating_units, back.deadline, back.percent_done) == (
        row.title, row.coordinating_units, row.deadline, row.percent_done)
    assert not window.undo_action.isEnabled()


def test_tasks_and_the_audit_trail_sort_by_column(window, qtbot):
    from PySide6.QtCore import QModelIndex, Qt

    from cbdesk.ui.views.tasks import DONE, TITLE

    view = window.show_view("tasks")
    proxy = view.tree.model()
    view.tree.sortByColumn(DONE, Qt.SortOrder.DescendingOrder)
    done = [proxy.index(i, DONE, QModelIndex()).data(Qt.ItemDataRole.UserRole)
            for i in range(proxy.rowCount())]
    assert done == sorted(done, reverse=True) and len(set(done)) > 1
    view.tree.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    view.select("II.2")
    assert view.current().code == "II.2"  # selection maps through the sorting
    audit = window.show_view("audit")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 1, timeout=30000)
    audit.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    sorter = audit.table.model()
    when = [sorter.index(i, 0).data(Qt.ItemDataRole.UserRole) for i in range(sorter.rowCount())]
    assert when == sorted(when, reverse=True)
