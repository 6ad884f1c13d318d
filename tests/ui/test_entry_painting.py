"""The grid paints what its model says: the quick table build gives each
cell the look the careful one would (stored, pending, invalid, closed,
attached), and the cell painter puts those looks on screen: the figure's
text, the yellow of an unsaved cell, the red of an invalid one, the
highlight of a selection, the current cell's frame."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QImage, QStaticText
from PySide6.QtWidgets import QApplication

from cbdesk.ui.views import entry_cells
from cbdesk.ui.views.attachments_dialog import paperclip_icon
from cbdesk.ui.views.entry_model import FIXED


def _cell_index(view, code, area):
    m = view.model
    row = [r.code for r in m.grid.rows].index(code)
    col = m.editable_columns()[[c.area for c in m.grid.columns].index(area)]
    return m.index(row, col)


def _careful_looks(model) -> list[list[tuple]]:
    """Every value cell through value_cell, the one-cell path edits use."""
    grid = model.grid
    out = []
    for r in grid.rows:
        row = []
        for kind, area in model.columns:
            if kind != "value":
                row.append(entry_cells.alloc_cell(r, area))
                continue
            key = (r.code, area)
            cell = grid.cells.get(key)
            editable = (not grid.locked and r.editable
                        and (cell is None or cell.blocked_by is None))
            row.append(entry_cells.value_cell(model, r, key, editable, paperclip_icon))
        out.append(row)
    return out


def _value_looks(model) -> list[list[tuple]]:
    return [[model.look(i, c) for c in range(FIXED, model.columnCount())]
            for i in range(model.rowCount())]


def _comparable(looks):
    """Icons compared by presence (a QIcon has no value equality)."""
    return [[(t, i is not None, a, b, f, o) for t, i, a, b, f, o in row] for row in looks]


def test_the_quick_build_gives_every_cell_the_careful_look(make_window, demo_sqlite):
    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    model = view.model
    a = _cell_index(view, "1", None)
    b = _cell_index(view, "2", "040")
    view.table.edit_cells({(a.row(), a.column()): "1234",  # pending
                           (b.row(), b.column()): "1,234"}, "x")  # invalid
    model.set_attached({("3", None): 2})  # a paperclip
    model.set_show_allocations(True)  # the plan columns as well
    assert _comparable(_value_looks(model)) == _comparable(_careful_looks(model))
    looks = _value_looks(model)
    assert any(cell[3] == entry_cells.PENDING_BG for row in looks for cell in row)
    assert any(cell[3] == entry_cells.INVALID_BG for row in looks for cell in row)
    assert any(cell[1] is not None for row in looks for cell in row)
    win.close()


def test_a_closed_period_builds_grey_read_only_cells(make_window, demo_sqlite):
    from cbdesk.services import periods
    from cbdesk.services.actors import system_actor
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    periods.close_period(db, system_actor(), 2021, "2021-Q1")
    db.dispose()
    win = make_window(demo_sqlite, "2021-Q1")
    model = win.show_view("entry").model
    assert model.grid.locked
    assert _comparable(_value_looks(model)) == _comparable(_careful_looks(model))
    win.close()


def _colour_at(image: QImage, rect) -> QColor:
    return image.pixelColor(rect.center().x(), rect.top() + 3)


def _has_ink(image: QImage, rect, background: QColor) -> bool:
    """Some pixel of the cell's inside differs from its background: text."""
    for x in range(rect.left() + 3, rect.right() - 3, 2):
        for y in range(rect.top() + 4, rect.bottom() - 4, 2):
            if image.pixelColor(x, y) != background:
                return True
    return False


def test_the_painter_shows_figures_states_selection_and_the_current_cell(
        make_window, demo_sqlite, qtbot):
    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    table, model = view.table, view.model
    pending = _cell_index(view, "1", None)
    invalid = _cell_index(view, "2", None)
    table.edit_cells({(pending.row(), pending.column()): "1234",
                      (invalid.row(), invalid.column()): "abc"}, "x")
    below = max(pending.row(), invalid.row()) + 1
    current = next(model.index(r, c) for r in range(below, model.rowCount() - 1)
                   for c in range(FIXED, model.columnCount()) if model.look(r, c)[3] is None)
    chosen = model.index(current.row() + 1, current.column())
    table.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    win.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(current)
    table.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.Select)
    qtbot.wait(50)
    image = table.viewport().grab().toImage()
    assert table.hasFocus(), QApplication.focusWidget()
    rect = table.visualRect
    assert _colour_at(image, rect(pending)) == entry_cells.PENDING_BG
    assert _colour_at(image, rect(invalid)) == entry_cells.INVALID_BG
    assert _has_ink(image, rect(pending), entry_cells.PENDING_BG)  # "1.234" is drawn
    highlight = table.palette().color(table.palette().ColorGroup.Active,
                                      table.palette().ColorRole.Highlight)
    assert _colour_at(image, rect(chosen)) == highlight
    # the current cell: framed in the highlight colour, white inside
    r = rect(current)
    assert image.pixelColor(r.center().x(), r.top() + 1) == highlight
    assert image.pixelColor(r.center().x(), r.center().y()) == QColor("white")
    win.close()


def test_a_long_name_is_cut_with_an_ellipsis_in_its_column(make_window, demo_sqlite):
    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    table, model = view.table, view.model
    table.setColumnWidth(1, 60)
    row = max(range(model.rowCount()), key=lambda i: len(model.look(i, 1)[0]))
    table.viewport().grab()  # paints, so the laid-out text is kept
    painter = table.itemDelegate()
    kept = [text for (text, width, _font), (static, _w, _h) in painter._laid.items()
            if text == model.look(row, 1)[0] and isinstance(static, QStaticText)]
    assert kept, "the long name was painted from a kept layout"
    shown = [static.text() for (text, _w, _f), (static, _x, _y) in painter._laid.items()
             if text == model.look(row, 1)[0]]
    assert all(s.endswith("…") and len(s) < len(model.look(row, 1)[0]) for s in shown)
    win.close()


def test_a_new_font_or_palette_lays_the_texts_out_again(make_window, demo_sqlite):
    win = make_window(demo_sqlite, "2021-Q3")
    table = win.show_view("entry").table
    painter = table.itemDelegate()
    table.viewport().grab()
    assert painter._laid and painter._colours
    before = {key: size for key, (_s, *size) in painter._laid.items()}
    bigger = table.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    table.setFont(bigger)
    assert not painter._laid and not painter._colours  # forgotten with the old font
    table.viewport().grab()
    after = {key: size for key, (_s, *size) in painter._laid.items()}
    common = [k for k in after if k in before and k[0]]
    assert common and all(after[k][1] > before[k][1] for k in common)  # taller text
    win.close()
