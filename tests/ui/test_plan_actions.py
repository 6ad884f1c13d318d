"""The Plan menu: the plan's information edited in a dialog, a new year's plan
carried over from the last, a plan deleted (after a backup)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from cbdesk.services import plan_info
from cbdesk.ui import plan_actions


def _menu_actions(window) -> dict[str, object]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Kế hoạch")
    return {a.text(): a for a in menu.actions() if a.text()}


def test_the_plan_menu_speaks_vietnamese(window):
    assert set(_menu_actions(window)) == {"Thông tin kế hoạch…", "Kế hoạch mới…",
                                          "Xóa kế hoạch…"}


def test_editing_the_plan_information(window, qtbot):
    header = plan_info.read_header(window.db, 2021)
    dialog = plan_actions.PlanInfoDialog(window, window.db, window.actor, header)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == header.title
    assert dialog.legal_bases.toPlainText().count("\n") == 2  # three legal bases
    dialog.number.setText("07/KH-SLĐTBXH")
    dialog.legal_bases.setPlainText(dialog.legal_bases.toPlainText()
                                    + "\n\nQuyết định số 9/QĐ-UBND ngày 05/01/2021")
    dialog.dated.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
    now = plan_info.read_header(window.db, 2021)
    assert now.doc_number == "07/KH-SLĐTBXH" and now.doc_date is not None
    assert now.legal_bases[-1] == "Quyết định số 9/QĐ-UBND ngày 05/01/2021"
    assert len(now.legal_bases) == 4  # the blank line is not a legal basis


def test_a_plan_without_a_title_is_refused_in_the_dialog(window, qtbot):
    header = plan_info.read_header(window.db, 2021)
    dialog = plan_actions.PlanInfoDialog(window, window.db, window.actor, header)
    qtbot.addWidget(dialog)
    dialog.title.setText("  ")
    dialog.accept()
    assert dialog.result() != QDialog.Accepted  # stays open, says why
    assert "phải có tên" in dialog.error.text()
    assert plan_info.read_header(window.db, 2021) == header


def test_read_only_window_shows_the_information_without_saving(make_window, demo_sqlite, qtbot):
    from cbdesk.services.database import open_database
    from cbdesk.ui.main_window import MainWindow

    db = open_database(str(demo_sqlite), read_only=True)
    win = MainWindow(db, read_only=True)
    qtbot.addWidget(win)
    try:
        actions = _menu_actions(win)
        assert actions["Thông tin kế hoạch…"].isEnabled()
        assert not actions["Kế hoạch mới…"].isEnabled()
        assert not actions["Xóa kế hoạch…"].isEnabled()
        dialog = plan_actions.PlanInfoDialog(win, db, win.actor,
                                             plan_info.read_header(db, 2021), read_only=True)
        qtbot.addWidget(dialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box.button(QDialogButtonBox.Save) is None
        assert box.button(QDialogButtonBox.Close) is not None
    finally:
        win.close()
        db.dispose()


def test_a_new_plan_carried_over_opens_in_the_window(window, monkeypatch, qtbot):
    offered = {}

    def ask(cls, parent, infos):
        dialog = cls(parent, infos)
        qtbot.addWidget(dialog)
        offered["choice"] = dialog.choice()
        return dialog.choice()

    monkeypatch.setattr(plan_actions.NewPlanDialog, "ask", classmethod(ask))
    plan_actions.new_plan(window)
    year, title, carry_from = offered["choice"]
    assert (year, carry_from) == (2022, 2021) and "2022" in title
    assert window.year == 2022 and window.plan_combo.currentData() == 2022
    targets = window.show_view("targets")
    assert targets.model.rowCount() > 10


def test_deleting_a_plan_backs_up_first(window, monkeypatch, errors):
    from cbdesk.services import backup
    from cbdesk.services.plans import plan_exists
    from cbdesk.ui import dialogs

    plan_info.create_plan(window.db, window.actor, 2022, "Kế hoạch năm 2022")
    window.load()
    window.set_plan_period(2022, "2022-H1")
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    plan_actions.delete_plan(window)
    assert not plan_exists(window.db, 2022) and plan_exists(window.db, 2021)
    assert [b.reason for b in backup.list_backups(window.db)][:1] == ["before-delete"]
    assert errors == ["Đã xóa kế hoạch năm 2022."]
    assert window.year == 2021
