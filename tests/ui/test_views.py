"""Targets form, tasks view and dialogs, catalogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent

from cbdesk.core.enums import Role, TaskStatus
from cbdesk.services import catalog, targets
from cbdesk.services import tasks as task_service
from cbdesk.services.actors import Actor


def type_vietnamese(widget, text: str) -> None:
    """Type text as an input method commits it (never keyClicks with non-ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, event)


def test_add_target_through_the_form(window, qtbot, monkeypatch):
    from cbdesk.ui.views.target_form import TargetDialog

    view = window.show_view("targets")

    def fill(cls, parent, db, actor, year, code):
        dlg = TargetDialog(parent, db, actor, year, code)
        qtbot.addWidget(dlg)
        dlg.code.setText("15")
        type_vietnamese(dlg.name, "Số lao động được hỗ trợ học nghề")
        assert dlg.name.text() == "Số lao động được hỗ trợ học nghề"
        dlg.unit.setCurrentText("người")
        dlg.target.setText("1.200")
        dlg.alloc_edits["040"].setText("200")
        return dlg.try_save()

    monkeypatch.setattr(TargetDialog, "edit", classmethod(fill))
    view.add_btn.click()
    assert "15" in view.visible_codes()
    form = targets.get_target(window.db, 2021, "15")
    assert form.name == "Số lao động được hỗ trợ học nghề"
    assert form.target == 1200.0 and form.allocations == {"040": 200.0}


def test_target_form_shows_problems_beside_the_fields(window, qtbot):
    from cbdesk.ui.views.target_form import TargetDialog

    dlg = TargetDialog(window, window.db, window.actor, 2021, None)
    qtbot.addWidget(dlg)
    dlg.code.setText("1")
    dlg.unit.setCurrentText("%")
    dlg.target.setText("1,234")
    assert dlg.try_save() is False
    assert not dlg.errors["target"].isHidden() and "không rõ" in dlg.errors["target"].text()
    dlg.target.setText("150")
    assert dlg.try_save() is False
    assert "Đã có chỉ tiêu mã '1'" in dlg.errors["code"].text()
    assert "Hãy nhập tên" in dlg.errors["name"].text()
    assert "0 đến 100" in dlg.errors["target"].text()


def test_edit_target_keeps_allocations(window, qtbot):
    from cbdesk.ui.views.target_form import TargetDialog

    dlg = TargetDialog(window, window.db, window.actor, 2021, "1")
    qtbot.addWidget(dlg)
    assert dlg.target.text() == "12.000"
    assert dlg.alloc_edits["040"].text() == "1.920"
    dlg.target.setText("12.500")
    assert dlg.try_save()
    assert targets.get_target(window.db, 2021, "1").target == 12500.0


def test_viewer_may_not_write(make_window, demo_sqlite, errors):
    win = make_window(demo_sqlite, "2021-Q3", actor=Actor("xem", Role.VIEWER))
    view = win.show_view("entry")
    m = view.model
    view.table.edit_cells({(0, m.editable_columns()[0]): "5"}, "x")
    assert view.save() is False
    assert "không có quyền" in errors[-1]


def test_tasks_view_status_filters_and_update(window, qtbot):
    view = window.show_view("tasks")
    model = view.model
    assert model.rowCount() == 3  # II.1, II.2, II.3 (with children)
    assert model.index(0, 5).data() == "Thường xuyên"
    total = len(view.model.rows)
    view.overdue_box.setChecked(True)
    assert all(r.status is TaskStatus.OVERDUE for r in view.model.rows)
    view.overdue_box.setChecked(False)
    view.unit_box.setCurrentIndex(view.unit_box.findData("TEBDG"))
    assert 0 < len(view.model.rows) < total
    assert all("TEBDG" in (r.lead_unit, *r.coordinating_units) for r in view.model.rows)
    view.unit_box.setCurrentIndex(0)
    view.status_box.setCurrentIndex(view.status_box.findData(TaskStatus.IN_PROGRESS.value))
    assert {r.status for r in view.model.rows} == {TaskStatus.IN_PROGRESS}
    view.status_box.setCurrentIndex(0)
    window.search_edit.setText("binh dang gioi")
    assert "II.3.6" in [r.code for r in view.model.rows]
    window.search_edit.setText("")


def test_progress_update_dialog_appends_and_shows_history(window, qtbot, monkeypatch):
    from cbdesk.ui.views.task_dialogs import ProgressDialog

    view = window.show_view("tasks")
    view.select("II.3.2")
    row = view.current()
    before = len(task_service.history(window.db, 2021, "II.3.2"))

    def fill(cls, parent, db, actor, year, r):
        dlg = ProgressDialog(parent, db, actor, year, r)
        qtbot.addWidget(dlg)
        assert dlg.history.model().rowCount() == before
        dlg.on.setDate(QDate(2021, 6, 20))
        dlg.percent.setValue(60)
        type_vietnamese(dlg.note, "Đã rà soát 1.200 hộ nghèo")
        return dlg.try_save()

    monkeypatch.setattr(ProgressDialog, "edit", classmethod(fill))
    view.update_btn.click()
    hist = task_service.history(window.db, 2021, "II.3.2")
    assert len(hist) == before + 1
    assert any(u.note == "Đã rà soát 1.200 hộ nghèo" and u.date == date(2021, 6, 20)
               for u in hist)
    assert view.current().code == "II.3.2"
    assert view.tree.model().index(view.tree.currentIndex().row(), 6,
                                   view.tree.currentIndex().parent()).data() == "60%"
    assert row.version != view.current().version


def test_stale_task_update_is_a_conflict(window):
    from cbdesk.services.errors import ConflictError

    row = task_service.list_tasks(window.db, 2021)[0]
    task_service.add_update(window.db, window.actor, 2021, row.code, date(2021, 6, 1), 10,
                            expected_version=row.version)
    try:
        task_service.add_update(window.db, window.actor, 2021, row.code, date(2021, 6, 2), 20,
                                expected_version=row.version)
    except ConflictError as e:
        assert "người khác sửa" in e.message_vi
    else:
        raise AssertionError("no conflict")


def test_catalogs_merge_areas_and_organisation(window, monkeypatch):
    from cbdesk.ui.views.catalog import MergeDialog

    view = window.show_view("catalog")
    assert view.areas.rowCount() == 11
    monkeypatch.setattr(MergeDialog, "ask", classmethod(
        lambda cls, parent, areas: ("045", "040", date(2025, 7, 1))))
    view.merge()
    merged = {a.code: a for a in catalog.list_areas(window.db)}["045"]
    assert merged.merged_into == "040" and merged.valid_to == date(2025, 6, 30)
    view.org_fields["signer_name"].setText("Nguyễn Văn Ánh")
    view.save_org()
    assert catalog.get_organisation(window.db).signer_name == "Nguyễn Văn Ánh"
    assert "%" in [view.uom.item(i).text() for i in range(view.uom.count())]
    names = [view.units.index(i, 1).data() for i in range(view.units.rowCount())]
    assert "Phòng Lao động - Việc làm" in names
    assert view.units.index(0, 2).data(Qt.DisplayRole) == "Nội bộ"


def test_a_leader_deletes_a_task_after_confirming(make_window, demo_sqlite, monkeypatch, errors):
    from cbdesk.ui.dialogs import ConfirmDialog

    win = make_window(demo_sqlite)
    view = win.show_view("tasks")
    view.select("II.3.7")
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: False))
    view.delete_btn.click()
    assert "II.3.7" in [r.code for r in view.model.rows]
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    view.delete_btn.click()
    assert "II.3.7" not in [r.code for r in view.model.rows]
    view.select("II.3")
    view.delete_btn.click()  # has sub-tasks: refused in words
    assert errors and "nhiệm vụ con" in errors[-1]
