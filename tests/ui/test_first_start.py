"""Issue 18's "Done when": a new office starts on its own, from an empty database,
in the window alone — no workbook, no command line: the setup with Vietnamese
names (agency, areas, a unit), a plan with a target and a task, a figure
entered, a report made and issued; every empty view on the way says what to
do next with the button to do it."""

from __future__ import annotations

import re

from cbdesk.ui import workers


def _fill_setup(qtbot, wizard_cls, parent, db, actor):
    wiz = wizard_cls(parent, db, actor)
    qtbot.addWidget(wiz)
    wiz.show()
    agency = wiz.agency
    assert not agency.isComplete()  # the agency's name, symbol and place are needed
    for key, value in (("parent_agency", "UBND TỈNH BẮC KẠN"),
                       ("name", "SỞ NỘI VỤ"), ("symbol", "SNV"), ("place", "Bắc Kạn"),
                       ("signer_authority", "KT. GIÁM ĐỐC"), ("signer_title", "PHÓ GIÁM ĐỐC"),
                       ("signer_name", "Nguyễn Thị Hằng"), ("archive_unit", "VP")):
        agency.edits[key].setText(value)
    assert agency.isComplete()
    wiz.next()
    assert wiz.currentPage() is wiz.areas
    wiz.areas.text.setPlainText("01\tThành phố Bắc Kạn\n02 – Huyện Ba Bể")
    assert wiz.areas.status.text() == "2 địa bàn"
    wiz.next()
    assert wiz.currentPage() is wiz.units
    wiz.units.internal.setPlainText("TCBM\tPhòng Tổ chức, biên chế và tổ chức phi chính phủ")
    wiz.next()
    assert wiz.currentPage() is wiz.plan
    wiz.plan.choices["empty"].setChecked(True)
    wiz.plan.year.setValue(2026)
    assert "2026" in wiz.plan.title_edit.text()
    wiz.accept()
    assert wiz.result() == wiz.DialogCode.Accepted, wiz.error.text()
    return wiz.chosen, wiz.plan.year.value()


def test_a_new_office_starts_on_its_own(qtbot, make_window, db_url, monkeypatch, errors):
    from cbdesk.services import catalog, issued
    from cbdesk.services.audit import list_entries
    from cbdesk.services.audit_words import Describer
    from cbdesk.services.database import open_database
    from cbdesk.services.progress import target_rows
    from cbdesk.services.tasks import list_tasks
    from cbdesk.ui.empty_states import banner_of
    from cbdesk.ui.setup.wizard import SetupWizard
    from cbdesk.ui.views.reports_view import ReportsView
    from cbdesk.ui.views.target_form import TargetDialog
    from cbdesk.ui.views.task_dialogs import TaskDialog

    open_database(db_url, create=True).dispose()  # empty: a SQLite file or the test server
    win = make_window(db_url)
    assert win.year is None

    # Every plan view says there is no plan yet, with the way on.
    for key in ("overview", "targets", "entry", "tasks", "reports", "audit"):
        win.show_view(key)
        banner = banner_of(win, key)
        assert banner is not None and "Chưa có kế hoạch" in banner.label.text(), key
        assert banner.button("Thiết lập cơ quan…") is not None
        assert banner.button("Kế hoạch mới…") is not None
        assert not win.views[key].isVisible()
    win.show_view("catalog")
    assert "Chưa có địa bàn" in banner_of(win, "catalog").label.text()

    # The setup, from the banner's button.
    monkeypatch.setattr(SetupWizard, "run", classmethod(
        lambda cls, parent, db, actor: _fill_setup(qtbot, cls, parent, db, actor)))
    win.show_view("overview")
    banner_of(win, "overview").button("Thiết lập cơ quan…").click()
    org = catalog.get_organisation(win.db)
    assert (org.name, org.symbol, org.place, org.signer_name) == (
        "SỞ NỘI VỤ", "SNV", "Bắc Kạn", "Nguyễn Thị Hằng")
    assert [(a.code, a.name) for a in catalog.list_areas(win.db)] == [
        ("01", "Thành phố Bắc Kạn"), ("02", "Huyện Ba Bể")]
    assert [u.code for u in catalog.list_units(win.db)] == ["TCBM"]
    assert win.year == 2026 and win.current_key() == "targets"
    assert win.windowTitle() == "cbdesk — Kế hoạch 2026 · 6 tháng đầu năm 2026"

    # A plan without targets says so, with the button that adds one.
    banner = banner_of(win, "targets")
    assert banner is not None and "chưa có chỉ tiêu" in banner.label.text()

    def fill_target(cls, parent, db, actor, year, code):
        dlg = TargetDialog(parent, db, actor, year, code)
        qtbot.addWidget(dlg)
        dlg.code.setText("1")
        dlg.name.setText("Số công chức được bồi dưỡng")
        dlg.unit.setCurrentText("người")
        dlg.target.setText("1.200")
        dlg.lead.setCurrentIndex(dlg.lead.findData("TCBM"))
        return dlg.try_save()

    monkeypatch.setattr(TargetDialog, "edit", classmethod(fill_target))
    banner.button("Thêm chỉ tiêu…").click()
    assert win.show_view("targets").visible_codes() == ["1"]
    assert banner_of(win, "targets") is None

    # Tasks: the same.
    win.show_view("tasks")
    banner = banner_of(win, "tasks")
    assert banner is not None and "chưa có nhiệm vụ" in banner.label.text()

    def fill_task(cls, parent, db, actor, year, row):
        dlg = TaskDialog(parent, db, actor, year, row)
        qtbot.addWidget(dlg)
        dlg.code.setText("II.1")
        dlg.title.setPlainText("Tổ chức bồi dưỡng kiến thức quản lý nhà nước")
        dlg.lead.setCurrentIndex(dlg.lead.findData("TCBM"))
        dlg.deadline.set_code("Quý II/2026")
        return dlg.try_save()

    monkeypatch.setattr(TaskDialog, "edit", classmethod(fill_task))
    banner.button("Thêm nhiệm vụ…").click()
    assert [t.code for t in list_tasks(win.db, 2026)] == ["II.1"]
    assert banner_of(win, "tasks") is None

    # A figure for the first area, entered in the grid and saved.
    entry = win.show_view("entry")
    assert banner_of(win, "entry") is None
    m = entry.model
    row = [r.code for r in m.grid.rows].index("1")
    col = m.editable_columns()[[c.area for c in m.grid.columns].index("01")]
    entry.table.edit_cells({(row, col): "350"}, "nhập")
    win.save_action.trigger()
    assert not entry.has_unsaved()
    [t] = target_rows(win.db, 2026, "2026-H1")
    assert t.period_value == 350

    # The report: previewed, then issued with its number.
    reports = win.show_view("reports")
    assert banner_of(win, "reports") is None
    reports.set_choice("progress", "2026-H1")
    reports.number_edit.setText("1")
    with qtbot.waitSignal(reports.rendered, timeout=60000):
        reports.preview_button.click()
    assert reports.pdf_doc.pageCount() >= 1
    monkeypatch.setattr(ReportsView, "confirm", classmethod(lambda cls, *a: True))
    with qtbot.waitSignal(reports.issued_changed, timeout=60000):
        reports.issue_button.click()
    [info] = issued.list_issued(win.db, 2026)
    assert info.number == "01"
    qtbot.waitUntil(lambda: not workers.busy(), timeout=60000)

    # The audit trail tells the story in words.
    describer = Describer(win.db, "vi")
    words = [describer.describe(r) for r in list_entries(win.db)]
    text = "\n".join(f"{w.what} {w.subject} {w.field} {w.old} {w.new} {w.reason}"
                     for w in words)
    assert "|" not in text and not re.search(r"\d\.\d", text.replace("Chỉ tiêu 1", ""))
    assert "Báo cáo số 01/BC-SNV" in text
    assert "Chỉ tiêu 1 – Số công chức được bồi dưỡng · 6 tháng đầu năm 2026 · " \
           "Thành phố Bắc Kạn" in text
    assert "Nhiệm vụ II.1 – Tổ chức bồi dưỡng" in text
    assert not [e for e in errors if "Traceback" in e]
