"""The task form: coordinating units checked, stored, shown again and changed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cbdesk.services import catalog
from cbdesk.services import tasks as task_service


def _check(dlg, codes) -> None:
    for i in range(dlg.coords.count()):
        item = dlg.coords.item(i)
        item.setCheckState(Qt.CheckState.Checked
                           if item.data(Qt.ItemDataRole.UserRole) in codes
                           else Qt.CheckState.Unchecked)


def _task(db, code):
    return next(r for r in task_service.list_tasks(db, 2021) if r.code == code)


def test_task_with_coordinating_units_is_added_edited_and_saved(window, qtbot, monkeypatch):
    from cbdesk.ui.views.task_dialogs import TaskDialog

    view = window.show_view("tasks")
    units = [u.code for u in catalog.list_units(window.db)]
    assert len(units) >= 3
    opened = []

    def fill_new(cls, parent, db, actor, year, row):
        dlg = TaskDialog(parent, db, actor, year, row)
        qtbot.addWidget(dlg)
        opened.append(dlg)
        dlg.code.setText("II.9")
        dlg.title.setPlainText("Kiểm tra liên ngành về an toàn lao động")
        _check(dlg, units[:2])
        dlg.accept()
        return dlg.result() == TaskDialog.DialogCode.Accepted

    monkeypatch.setattr(TaskDialog, "edit", classmethod(fill_new))
    view.add_btn.click()
    assert opened and opened[0].error.text() == ""
    assert set(_task(window.db, "II.9").coordinating_units) == set(units[:2])

    def edit_existing(cls, parent, db, actor, year, row):
        dlg = TaskDialog(parent, db, actor, year, row)
        qtbot.addWidget(dlg)
        checked = {dlg.coords.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(dlg.coords.count())
                   if dlg.coords.item(i).checkState() == Qt.CheckState.Checked}
        assert checked == set(units[:2])  # the stored units are shown ticked
        _check(dlg, [units[1], units[2]])
        dlg.accept()
        return dlg.result() == TaskDialog.DialogCode.Accepted

    monkeypatch.setattr(TaskDialog, "edit", classmethod(edit_existing))
    view.select("II.9")
    view.edit_btn.click()
    row = _task(window.db, "II.9")
    assert set(row.coordinating_units) == {units[1], units[2]}
    names = {u.code: u.name for u in catalog.list_units(window.db)}
    assert set(row.coordinating_names) == {names[units[1]], names[units[2]]}
