"""The main window: plan and period, navigation, search, sort, translations."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cbdesk.core import text as vtext

ROOT = Path(__file__).resolve().parents[2]


def test_title_follows_plan_and_period(window):
    assert window.windowTitle() == "cbdesk — Kế hoạch 2021 · 6 tháng đầu năm 2021"
    window.set_plan_period(2021, "2021-Q2")
    assert window.windowTitle() == "cbdesk — Kế hoạch 2021 · Quý II/2021"
    assert window.period.code == "2021-Q2"
    assert window.db.display_name() in window.db_label.text()


def test_every_view_shows(window, qtbot):
    for key in window.keys:
        view = window.show_view(key)
        assert view.isVisible()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Tổng quan", "Chỉ tiêu", "Nhập số liệu", "Nhiệm vụ", "Báo cáo", "Lịch báo cáo",
        "Kế hoạch 5 năm", "Danh mục",
        "Nhật ký thay đổi", "Cài đặt"]


def test_period_choice_is_remembered(make_window, demo_sqlite, tmp_path):
    win = make_window(demo_sqlite, "2021-Q3")
    win.close()
    copy = shutil.copy(demo_sqlite, tmp_path / "again.sqlite")
    win2 = make_window(copy, period="")
    assert win2.period.code == "2021-Q3"


def test_target_tree_figures_and_status_words(window):
    view = window.show_view("targets")
    model = view.model
    first = model.index(0, 0)
    assert model.index(0, 1).data() == "Tạo việc làm mới"
    assert model.index(0, 3).data() == "12.000"
    assert model.index(0, 4).data() == "6.120"
    assert model.index(0, 6).data() == "51,0%"
    assert model.index(0, 7).data() == "Đúng tiến độ"
    assert model.index(0, 3).data(Qt.TextAlignmentRole) & Qt.AlignRight
    child = model.index(0, 7, first)
    assert child.data() == "Chậm tiến độ"
    assert child.data(Qt.BackgroundRole) is not None
    last = model.index(model.rowCount() - 1, 6)
    assert last.data() == "—"


def test_search_ignores_accents(window):
    view = window.show_view("targets")
    window.search_edit.setText("giam ngheo")
    assert view.visible_codes() == ["5"]
    window.search_edit.setText("")
    assert len(view.visible_codes()) == 17


def test_search_box_gets_its_clear_button_with_the_first_text(window):
    assert not window.search_edit.isClearButtonEnabled()  # not in the first paint
    window.search_edit.setText("giam")
    assert window.search_edit.isClearButtonEnabled()
    window.search_edit.setText("")
    assert window.search_edit.isClearButtonEnabled()


def test_target_columns_fit_their_widest_text_and_header(window):
    view = window.show_view("targets")
    head, metrics = view.tree.header(), view.tree.fontMetrics()
    proxy = view.proxy

    def texts(column, parent=None, depth=0):
        from PySide6.QtCore import QModelIndex

        parent = parent or QModelIndex()
        for i in range(proxy.rowCount(parent)):
            yield proxy.index(i, column, parent).data(), depth
            yield from texts(column, proxy.index(i, 0, parent), depth + 1)

    for column in (0, 2, 3, 4, 5, 6, 7):
        widest = max(metrics.horizontalAdvance(t) + (view.tree.indentation() * d if column == 0
                                                     else 0) for t, d in texts(column))
        assert head.sectionSize(column) >= widest
        assert head.sectionSize(column) >= head.sectionSizeHint(column)
    assert head.sectionSize(3) < 3 * metrics.horizontalAdvance("12.000") + 40  # not padded out


def test_sort_by_name_in_vietnamese_order(window):
    view = window.show_view("targets")
    view.tree.sortByColumn(1, Qt.AscendingOrder)
    proxy = view.proxy
    names = [proxy.index(i, 1).data() for i in range(proxy.rowCount())]
    assert names == sorted(names, key=vtext.collation_key)
    assert names.index("Giảm tỷ lệ hộ nghèo") < names.index("Số hộ thoát nghèo")
    # Python's code-point order differs: Vietnamese order is really used
    assert names.index("Tư vấn việc làm, học nghề và chính sách pháp luật lao động") < \
        names.index("Tuyển mới đào tạo nghề") or sorted(names) != names


def test_every_ui_string_has_a_vietnamese_translation():
    from cbdesk.ui.i18n import read_ts, source_strings, ts_path

    table = {src for (_ctx, src) in read_ts(ts_path("vi"))}
    missing = sorted(source_strings() - table)
    assert not missing, f"no Vietnamese for: {missing}"


def test_qt_buttons_speak_vietnamese(qapp):
    from cbdesk.ui.dialogs import message_box

    B = QMessageBox.StandardButton
    box = message_box(None, QMessageBox.Question, "t", "x", B.Yes | B.No | B.Cancel | B.Save)
    assert [box.button(b).text() for b in (B.Yes, B.No, B.Cancel, B.Save)] == [
        "Có", "Không", "Hủy", "Lưu"]
    box.deleteLater()


def test_english_can_be_chosen(qapp):
    from cbdesk.ui import i18n

    i18n.install(qapp, "en")
    try:
        assert i18n.tr("Targets") == "Targets"
    finally:
        i18n.install(qapp, "vi")
    assert i18n.tr("Targets") == "Chỉ tiêu"


def test_translations_load_without_compiler(qapp, monkeypatch):
    from cbdesk.ui import i18n

    translator = i18n.TsTranslator(i18n.ts_path("vi"))
    assert translator.translate("cbdesk", "Overdue only") == "Chỉ quá hạn"


def test_first_start_offers_the_sample_plan(qapp, tmp_path, monkeypatch):
    from cbdesk.services.plans import list_plans
    from cbdesk.ui import dialogs
    from cbdesk.ui.session import open_session

    monkeypatch.setattr(dialogs.FirstRunDialog, "ask", classmethod(lambda cls, p=None: "sample"))
    session = open_session(str(tmp_path / "new.sqlite"))
    assert [p.year for p in list_plans(session.db)] == [2021]
    session.close(make_exit_backup=False)
    monkeypatch.setattr(dialogs.FirstRunDialog, "ask", classmethod(lambda cls, p=None: None))
    assert open_session(str(tmp_path / "other.sqlite")) is None
    assert not (tmp_path / "other.sqlite").exists()


def test_damaged_file_is_a_message_and_exit_1(qapp, tmp_path, errors, monkeypatch):
    from cbdesk.ui.app import run_gui

    monkeypatch.setenv("CBDESK_DATA_DIR", str(tmp_path / "data"))  # no backups to offer
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 20)
    assert run_gui(["--db", str(bad)]) == 1
    assert errors and "hỏng" in errors[0] and "Traceback" not in errors[0]


def test_smoke_exits_0(demo_sqlite, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CBDESK_DATA_DIR=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "cbdesk", "--smoke", "--db", str(demo_sqlite)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "smoke ok" in run.stdout


def test_switching_the_language_changes_the_menus_at_once(make_window, demo_sqlite):
    from cbdesk.ui import i18n

    window = make_window(demo_sqlite)
    titles = lambda: [a.text() for a in window.menuBar().actions()]  # noqa: E731
    assert titles()[0] == "&Tệp"
    try:
        assert window.set_language("en")
        assert titles()[0] == "&File"
        assert window.nav.item(1).text() == "Targets"
        assert window.period_combo.currentText() == "First half of 2021"
        assert window.current_view() is not None
    finally:
        window.set_language("vi")
    assert titles()[0] == "&Tệp" and i18n.lang() == "vi"
    assert window.period_combo.currentText() == "6 tháng đầu năm 2021"
