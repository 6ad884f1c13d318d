"""Data entry: typing, invalid input, paste of a large block, undo/redo,
copy, save and reopen, closed periods, conflicts, unsaved edits on close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication

from cbdesk.core.plandata import AreaData, PlanData, TargetData
from cbdesk.services import periods, results
from cbdesk.services.actors import system_actor


def cell_index(view, code, area):
    m = view.model
    row = [r.code for r in m.grid.rows].index(code)
    col = m.editable_columns()[[c.area for c in m.grid.columns].index(area)]
    return m.index(row, col)


def test_typing_replaces_enter_moves_and_save_reopens(make_window, demo_sqlite, qtbot):
    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    table = view.table
    idx = cell_index(view, "1", None)
    table.setCurrentIndex(idx)
    table.setFocus()
    qtbot.keyClick(table, "9")  # typing opens the editor and replaces the content
    editor = table.indexWidget(idx)
    assert editor is not None and editor.text() == "9"
    editor.setText("1234")
    # what the delegate does on Enter: commit, close with "submit" → the cursor moves down
    table.commitData(editor)
    table.closeEditor(editor, QAbstractItemDelegate.SubmitModelCache)
    assert table.currentIndex().row() == idx.row() + 1
    assert idx.data() == "1.234"
    assert view.model.pending == {("1", None): 1234.0}
    assert idx.data(Qt.BackgroundRole) is not None  # marked unsaved
    # F2 edits the cell in place; Vietnamese decimals accepted
    table.edit_cells({(cell_index(view, "2", None).row(), idx.column()): "3,45"}, "x")
    assert win.save_action.shortcut().toString() == "Ctrl+S"
    win.save_action.trigger()  # what Ctrl+S does
    assert not view.has_unsaved()
    assert "Đã lưu lúc" in win.save_label.text()
    win.close()
    again = make_window(demo_sqlite, "2021-Q3")
    v2 = again.show_view("entry")
    assert cell_index(v2, "1", None).data() == "1.234"
    assert cell_index(v2, "2", None).data() == "3,45"


def test_invalid_input_is_red_with_a_message_and_not_saved(make_window, demo_sqlite, errors):
    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    idx = cell_index(view, "1", "040")
    view.table.edit_cells({(idx.row(), idx.column()): "1,234"}, "x")
    assert idx.data() == "1,234"
    assert "không rõ" in idx.data(Qt.ToolTipRole)
    assert not view.model.pending
    assert view.save() is False
    assert errors and "tô đỏ" in errors[-1]
    view.table.edit_cells({(idx.row(), idx.column()): "1.234"}, "x")
    assert view.save() is True
    grid = results.entry_grid(win.db, 2021, "2021-Q3")
    assert grid.cell("1", "040").value == 1234.0


def test_rate_over_100_turns_red_as_pasted_with_target_and_area_named(make_window, demo_sqlite,
                                                                      errors):
    from cbdesk.ui.views.entry_model import INVALID_BG

    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    idx = cell_index(view, "2", None)  # a rate (%), whole province
    view.table.setCurrentIndex(idx)
    assert view.table.paste_block("1.234\n") == 1
    assert idx.data(Qt.BackgroundRole) == INVALID_BG  # red at once, not yellow
    assert not view.model.pending
    shown = view.problem.text()
    assert not view.problem.isHidden()
    assert "Chỉ tiêu 2" in shown and "Toàn tỉnh" in shown and "từ 0 đến 100" in shown
    assert view.save() is False
    assert "tô đỏ" in errors[-1]
    view.undo()
    assert view.problem.isHidden() and not view.model.invalid


def test_save_message_names_each_problem_once_with_its_area(window, errors):
    from cbdesk.services.errors import ValidationError
    from cbdesk.services.results import CellChange
    from cbdesk.ui.dialogs import show_error

    try:
        results.save_entries(window.db, window.actor, 2021, "2021-Q3",
                             [CellChange("2", None, 300.0), CellChange("2", "040", 150.0)])
    except ValidationError as e:
        show_error(window, e)
    text = errors[-1]
    lines = [ln for ln in text.splitlines() if ln.startswith("• ")]
    assert len(lines) == 2 and len(set(lines)) == 2
    assert "toàn tỉnh" in lines[0] and "Chỉ tiêu 2" in lines[0]
    names = {c.area: c.name for c in results.entry_grid(window.db, 2021, "2021-Q3").columns}
    assert names["040"] in lines[1]


def test_undo_redo_delete_and_copy(make_window, demo_sqlite, qtbot):
    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    t = view.table
    a, b = cell_index(view, "1", None), cell_index(view, "1", "040")
    t.edit_cells({(a.row(), a.column()): "12000", (b.row(), b.column()): "3,5"}, "x")
    view.undo()
    assert a.data() == "" and not view.model.pending
    view.redo()
    assert a.data() == "12.000"
    t.setCurrentIndex(a)
    t.selectionModel().select(b, t.selectionModel().SelectionFlag.Select)
    assert t.copy_block() == "12.000\t3,5"
    assert QApplication.clipboard().text() == "12.000\t3,5"
    t.setCurrentIndex(b)
    qtbot.keyClick(t, Qt.Key_Delete)
    assert ("1", "040") not in view.model.pending and b.data() == ""
    assert win.undo_action.shortcut().toString() == "Ctrl+Z"
    win.undo_action.trigger()
    assert b.data() == "3,5"


def big_plan() -> PlanData:
    areas = [AreaData("P", "Tỉnh thử", "province")] + [
        AreaData(f"A{i:02d}", f"Huyện {i}", "district", "P") for i in range(12)]
    targets = [TargetData(f"{i + 1}", f"Chỉ tiêu số {i + 1}", "người", target=1000.0)
               for i in range(65)]
    return PlanData(year=2021, title="Kế hoạch thử", areas=areas, targets=targets)


def test_paste_a_10_by_60_block_lands_in_the_right_cells(make_window, tmp_path, errors):
    from cbdesk.services.database import open_database
    from cbdesk.services.plan_apply import apply_plan_data

    path = tmp_path / "big.sqlite"
    db = open_database(str(path), create=True)
    apply_plan_data(db, big_plan(), system_actor())
    db.dispose()
    win = make_window(path, "2021-Q1")
    view = win.show_view("entry")
    start = cell_index(view, "3", "A00")  # row 3 of 65, first district column
    view.table.setCurrentIndex(start)
    lines = ["\t".join(f"{r}.{c:03d}" if c else f"{r},5" for c in range(10))
             for r in range(60)]
    QApplication.clipboard().setText("\r\n".join(lines) + "\r\n")
    assert view.table.paste_block() == 600
    assert view.save(), errors
    grid = results.entry_grid(win.db, 2021, "2021-Q1")
    for r in range(60):
        for c in range(10):
            expect = float(f"{r}{c:03d}") if c else r + 0.5
            assert grid.cell(str(r + 3), f"A{c:02d}").value == expect, (r, c)
    assert grid.cell("3", None).value is None and grid.cell("3", "A10").value is None
    assert grid.cell("63", "A00").value is None


def test_closed_period_is_read_only_with_a_banner(make_window, demo_sqlite):
    from datetime import datetime

    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    periods.close_period(db, system_actor(), 2021, "2021-Q1", at=datetime(2021, 4, 15))
    db.dispose()
    win = make_window(demo_sqlite, "2021-Q1")
    view = win.show_view("entry")
    assert view.banner.text() == "Kỳ Quý I/2021 đã chốt số liệu ngày 15/04/2021 — chỉ xem"
    assert not view.banner.isHidden()
    idx = cell_index(view, "2", None)
    assert not (idx.flags() & Qt.ItemIsEditable)
    assert view.table.edit_cells({(idx.row(), idx.column()): "3"}, "x") == 0


def test_stale_version_is_a_conflict(make_window, demo_sqlite, errors):
    win = make_window(demo_sqlite, "2021-Q2")
    view = win.show_view("entry")
    idx = cell_index(view, "2", None)
    grid = results.entry_grid(win.db, 2021, "2021-Q2")
    results.save_entries(win.db, system_actor(), 2021, "2021-Q2",
                         [results.CellChange("2", None, 3.0)],
                         {("2", None): grid.cell("2", None).version})
    view.table.edit_cells({(idx.row(), idx.column()): "3,1"}, "x")
    assert view.save() is False
    assert "người khác sửa" in errors[-1]


def test_closing_with_unsaved_edits_asks(make_window, demo_sqlite, monkeypatch):
    from cbdesk.ui import dialogs

    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    idx = cell_index(view, "1", None)
    view.table.edit_cells({(idx.row(), idx.column()): "5"}, "x")
    monkeypatch.setattr(dialogs.SaveChangesDialog, "ask", classmethod(lambda c, p, w="": "cancel"))
    assert win.close() is False
    monkeypatch.setattr(dialogs.SaveChangesDialog, "ask", classmethod(lambda c, p, w="": "save"))
    assert win.close() is True
    assert results.entry_grid(win.db, 2021, "2021-Q3").cell("1", None).value == 5.0


def test_switching_period_loads_the_new_grid(window):
    # (how fast: benchmarks/, never a wall-clock assertion in tests/)
    view = window.show_view("entry")
    window.set_plan_period(2021, "2021-Q2")
    assert view.model.grid.period == "2021-Q2"
