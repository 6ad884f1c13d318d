"""Backups made and restored from the window (Tools → Back up now, Restore…),
the user guide opened by F1, the catalog's area changes, the sample plan in its
own file (issue 18)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from cbdesk.ui import workers


def test_backup_and_restore_from_the_window(qtbot, window, monkeypatch, errors, tmp_path):
    from cbdesk.services import backup, settings
    from cbdesk.services.progress import target_rows
    from cbdesk.services.results import CellChange, save_entries
    from cbdesk.ui import backup_dialogs
    from cbdesk.ui.dialogs import ConfirmDialog

    folder = tmp_path / "Sao lưu"
    settings.write(window.db, {"backup.folder": str(folder)}, window.actor)
    before = {r.code: r.period_value for r in target_rows(window.db, 2021, "2021-H1")}

    # Công cụ → Sao lưu ngay
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: not workers.busy() and bool(backup.list_backups(window.db)),
                    timeout=60000)
    [made] = backup.list_backups(window.db)
    assert made.path.parent == folder and made.reason == "manual"
    assert any("Đã sao lưu và kiểm tra xong" in e for e in errors)

    # A figure changed after the backup.
    save_entries(window.db, window.actor, 2021, "2021-H1", [CellChange("6", None, 9999)])
    assert {r.code: r.period_value for r in target_rows(window.db, 2021, "2021-H1")}["6"] == 9999

    # Công cụ → Khôi phục…: the list shows the verified backup and what it holds.
    seen = {}

    def choose(cls, parent, entries, folder_shown):
        dialog = cls(parent, entries, folder_shown)
        qtbot.addWidget(dialog)
        seen["rows"] = [[dialog.table.item(r, c).text() for c in range(dialog.COLUMNS)]
                        for r in range(dialog.table.rowCount())]
        dialog.select_path(made.path)
        dialog._accept_selected()
        return dialog.chosen

    def confirm(cls, parent, title, text):
        seen["confirm"] = text
        return True

    monkeypatch.setattr(backup_dialogs.RestoreDialog, "ask", classmethod(choose))
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(confirm))
    window.restore_action.trigger()
    [row] = [r for r in seen["rows"] if r[0].startswith(made.created.strftime("%d/%m/%Y"))
             and "sao lưu tay" in r[0]]
    assert row[3] == "tốt" and "Kế hoạch 2021" in row[4] and "chỉ tiêu" in row[4]
    assert row[1].endswith("KB") or row[1].endswith("MB")
    assert "sẽ thay đổi" in seen["confirm"] and "Dòng nhật ký" in seen["confirm"]
    after = {r.code: r.period_value for r in target_rows(window.db, 2021, "2021-H1")}
    assert after == before
    assert any("Đã khôi phục" in e for e in errors)
    # The data before the restore was kept as a backup of its own.
    assert any(i.reason == "before-restore" for i in backup.list_backups(window.db))
    assert window.year == 2021


def test_f1_opens_the_guide(qtbot, window):
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key_F1)
    guide = window.guide_dialog
    qtbot.addWidget(guide)
    assert guide.isVisible()
    assert guide.toc.count() >= 7
    assert "Hướng dẫn sử dụng" in guide.text()
    titles = [guide.toc.item(i).text() for i in range(guide.toc.count())]
    assert any("Sao lưu" in t for t in titles) and any("Bắt đầu" in t for t in titles)
    guide.toc.setCurrentRow(titles.index(next(t for t in titles if "Sao lưu" in t)))
    assert "Khôi phục" in guide.text()


def test_catalog_areas_added_ended_and_split_in_the_window(window, monkeypatch):
    from cbdesk.services import catalog
    from cbdesk.services.catalog_changes import NewArea
    from cbdesk.ui.views import catalog_dialogs

    view = window.show_view("catalog")
    monkeypatch.setattr(catalog_dialogs.AreaDialog, "ask", classmethod(
        lambda cls, parent, areas, area=None: ("060", "Xã Mới", "commune", "04",
                                               date(2025, 7, 1), None)))
    view.add_area()
    areas = {a.code: a for a in catalog.list_areas(window.db)}
    assert areas["060"].name == "Xã Mới" and areas["060"].parent_code == "04"
    view.area_table.selectRow([a.code for a in view.areas.rows].index("053"))
    monkeypatch.setattr(catalog_dialogs.EndDialog, "ask", classmethod(
        lambda cls, *a: date(2025, 6, 30)))
    view.end_area()
    monkeypatch.setattr(catalog_dialogs.SplitDialog, "ask", classmethod(
        lambda cls, parent, areas: ("042", [NewArea("04201", "Xã Lý Bôn"),
                                            NewArea("04202", "Xã Quảng Lâm")],
                                    date(2025, 7, 1))))
    view.split_area()
    areas = {a.code: a for a in catalog.list_areas(window.db)}
    assert areas["042"].valid_to == date(2025, 6, 30)
    assert areas["04201"].valid_from == date(2025, 7, 1)
    assert view.areas.rowCount() == 14
    view.unit_table.selectRow(0)
    monkeypatch.setattr(catalog_dialogs.EndDialog, "ask", classmethod(
        lambda cls, *a: date(2026, 1, 1)))
    view.end_unit()
    assert not catalog.list_units(window.db)[0].active


def test_the_sample_opens_as_its_own_file(window, monkeypatch, tmp_path):
    from cbdesk.services.plans import list_plans
    from cbdesk.services.setup import demo
    from cbdesk.ui.setup import wizard

    launched = []
    monkeypatch.setattr(demo, "demo_path", lambda: tmp_path / "cbdesk-demo.sqlite")
    monkeypatch.setattr(wizard.DemoLauncher, "launch",
                        classmethod(lambda cls, path: launched.append(path) or True))
    wizard.open_demo(window)
    assert launched == [tmp_path / "cbdesk-demo.sqlite"]
    from cbdesk.services.database import open_database

    db = open_database(str(launched[0]))
    try:
        assert [p.year for p in list_plans(db)] == [2021]
        assert demo.state(db) == "sample"
    finally:
        db.dispose()


def test_the_audit_view_reads_in_words_and_exports(qtbot, window, monkeypatch, tmp_path):
    import re

    import openpyxl

    from cbdesk.services.results import CellChange, save_entries
    from cbdesk.ui.file_actions import FileDialogs

    save_entries(window.db, window.actor, 2021, "2021-H1", [CellChange("2", "040", 3.52)])
    view = window.show_view("audit")
    qtbot.waitUntil(lambda: not workers.busy(), timeout=30000)  # its first load
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.set_filters(area="040")
    m = view.model
    assert m.rowCount() >= 1 and all(r.area == "040" for r in m.rows)
    texts = [m.data(m.index(i, c)) for i in range(m.rowCount()) for c in range(3, 8)]
    assert not any("|" in t for t in texts)
    assert not any(re.search(r"(?<![\d.])\d+\.\d+(?![\d.])", t.replace("Chỉ tiêu ", ""))
                   for t in texts if not t.startswith("Chỉ tiêu"))
    assert any("3,52%" in t for t in texts) and any("Thành phố Cao Bằng" in t for t in texts)
    out = tmp_path / "nhật ký.xlsx"
    monkeypatch.setattr(FileDialogs, "save_file", classmethod(lambda cls, *a: str(out)))
    view.export_button.click()
    ws = openpyxl.load_workbook(out).active
    assert ws.max_row == m.rowCount() + 1 and ws.cell(1, 4).value == "Nội dung"


def test_setup_again_keeps_the_agency_and_carries_a_plan_over(qtbot, window, monkeypatch):
    from cbdesk.services import catalog
    from cbdesk.services.plans import list_plans
    from cbdesk.ui.setup import wizard

    before = catalog.get_organisation(window.db)

    def run(cls, parent, db, actor):
        wiz = cls(parent, db, actor)
        qtbot.addWidget(wiz)
        assert wiz.agency.edits["name"].text() == before.name  # as it is now
        wiz.show()
        wiz.next()
        wiz.next()
        wiz.next()
        assert wiz.plan.year.value() == 2022
        wiz.plan.carry.setCurrentIndex(wiz.plan.carry.findData(2021))
        wiz.accept()
        return wiz.chosen, wiz.plan.year.value()

    monkeypatch.setattr(wizard.SetupWizard, "run", classmethod(run))
    wizard.run_setup(window)
    assert sorted(p.year for p in list_plans(window.db)) == [2021, 2022]
    after = catalog.get_organisation(window.db)
    assert after.recipients == before.recipients and after.signer_name == before.signer_name
    assert window.year == 2022 and window.show_view("targets").visible_codes()


def test_settings_and_catalogs_show_their_values_before_any_plan(make_window, tmp_path):
    from cbdesk.services.database import open_database

    path = tmp_path / "trong.sqlite"
    open_database(str(path), create=True).dispose()
    win = make_window(path)
    settings = win.show_view("settings")
    assert settings.behind_spin.value() == 85 and settings.keep_spin.value() == 10
    win.show_view("catalog")
    assert win.views["catalog"].uom.count() > 0  # the usual units of measure
