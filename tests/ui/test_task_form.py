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


def test_task_form_puts_a_task_under_a_section_with_a_picked_deadline(window, qtbot):
    from cbdesk.ui.views.task_dialogs import TaskDialog

    dlg = TaskDialog(window, window.db, window.actor, 2021, None)
    qtbot.addWidget(dlg)
    labels = [dlg.parent_box.itemText(i) for i in range(dlg.parent_box.count())]
    assert any(t.startswith("II.3 — ") for t in labels)  # parents listed with their titles
    dlg.parent_box.setCurrentIndex(dlg.parent_box.findData("II.3"))
    assert dlg.code.placeholderText().endswith("II.3.8")  # a hint, not a value
    assert dlg.code.text() == ""
    dlg.code.setText("II.3.8")
    dlg.title.setPlainText("Rà soát hộ nghèo cuối năm")
    dlg.deadline.kind.setCurrentIndex(dlg.deadline.kind.findData("period"))
    dlg.deadline.period.setCurrentIndex(dlg.deadline.period.findData("2021-Q4"))
    assert dlg.deadline.period.isVisibleTo(dlg) and not dlg.deadline.day.isVisibleTo(dlg)
    assert dlg.try_save()
    row = _task(window.db, "II.3.8")
    assert row.parent_code == "II.3" and row.deadline == "2021-Q4"

    again = TaskDialog(window, window.db, window.actor, 2021, row)
    qtbot.addWidget(again)
    assert again.parent_box.currentData() == "II.3"
    assert again.deadline.code() == "2021-Q4"
    again.deadline.kind.setCurrentIndex(again.deadline.kind.findData("date"))
    from PySide6.QtCore import QDate
    again.deadline.day.setDate(QDate(2021, 11, 15))
    assert again.try_save()
    assert _task(window.db, "II.3.8").deadline == "2021-11-15"


def test_a_filled_form_asks_before_discarding_and_keeps_the_typing(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication, QLineEdit

    from cbdesk.ui import dialogs
    from cbdesk.ui.views.target_form import TargetDialog
    from cbdesk.ui.views.task_dialogs import TaskDialog

    asked = []
    monkeypatch.setattr(dialogs.DiscardDialog, "ask",
                        classmethod(lambda cls, parent: asked.append(parent) or False))
    for dlg in (TaskDialog(window, window.db, window.actor, 2021, None),
                TargetDialog(window, window.db, window.actor, 2021, None)):
        qtbot.addWidget(dlg)
        dlg.show()
        QApplication.processEvents()
        # the first field has the focus, so the first keystrokes land in it
        assert QApplication.focusWidget() is dlg.code or dlg.code.hasFocus()
        dlg.reject()  # nothing typed: closes without asking
        assert not dlg.isVisible() and not asked
        dlg.show()
        dlg.code.setText("II.42" if isinstance(dlg, TaskDialog) else "42")
        dlg.reject()  # Esc / Cancel on a filled form: asked, and "keep editing" keeps it
        assert dlg.isVisible() and asked
        assert dlg.code.text() in ("II.42", "42")
        dlg.done(0)
        asked.clear()
    task = TaskDialog(window, window.db, window.actor, 2021, None)
    qtbot.addWidget(task)
    task.show()
    assert task.title.tabChangesFocus()  # Tab moves on instead of typing a tab
    assert isinstance(task.code, QLineEdit)
    task.done(0)


def test_target_form_defaults_and_parent_child_agreement(window, qtbot):
    from cbdesk.core.enums import TargetKind
    from cbdesk.ui.views.target_form import TargetDialog

    dlg = TargetDialog(window, window.db, window.actor, 2021, None)
    qtbot.addWidget(dlg)
    assert dlg.unit.currentText() == ""  # no "%" chosen for the user
    assert not dlg.target.placeholderText()[:1].isdigit()  # a hint does not look like a value
    labels = [dlg.parent_box.itemText(i) for i in range(dlg.parent_box.count())]
    assert "1 — Tạo việc làm mới" in labels
    dlg.unit.setCurrentText("%")
    assert dlg.kind.currentData() == TargetKind.LEVEL.value
    dlg.unit.setCurrentText("người")
    assert dlg.kind.currentData() == TargetKind.CUMULATIVE.value
    # a cumulative "lượt" part of target 2 (a % level) is refused, on the parent field
    dlg.code.setText("2.1")
    dlg.name.setText("Thử")
    dlg.unit.setCurrentText("lượt")
    dlg.target.setText("10")
    dlg.parent_box.setCurrentIndex(dlg.parent_box.findData("2"))
    assert dlg.try_save() is False
    assert not dlg.errors["parent"].isHidden()
    assert "cùng đơn vị tính" in dlg.errors["parent"].text()
