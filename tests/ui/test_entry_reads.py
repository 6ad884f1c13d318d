"""Switching period in the data-entry grid reads little: the grid's view
reload is three statements (the plan with its closed periods and the frame's
stamp, the period's values, the paperclips), each a round trip to a shared
PostgreSQL server; a saved figure and an attached document show after a
switch; the cells' text and look follow edits and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import event

from cbdesk.services import results
from cbdesk.services.actors import system_actor


def test_a_period_switch_in_the_grid_makes_three_statements(make_window, demo_sqlite):
    win = make_window(demo_sqlite, "2021-M11")
    view = win.show_view("entry")
    seen = []

    def one(*_a):
        seen.append(1)

    event.listen(win.db.engine, "before_cursor_execute", one)
    try:
        win.set_plan_period(2021, "2021-M10")
        seen.clear()
        view.reload()  # what a period switch asks of the grid's view
        assert len(seen) == 3
    finally:
        event.remove(win.db.engine, "before_cursor_execute", one)
    assert view.model.grid.period == "2021-M10"


def test_a_figure_saved_elsewhere_and_a_paperclip_show_after_a_switch(make_window, demo_sqlite,
                                                                      tmp_path):
    from cbdesk.services.attachments import Owner, add_files
    from cbdesk.services.database import open_database

    win = make_window(demo_sqlite, "2021-M11")
    view = win.show_view("entry")
    code = next(r.code for r in view.model.grid.rows if r.kind.value == "cumulative")
    other = open_database(str(demo_sqlite))
    try:
        results.save_entries(other, system_actor(), 2021, "2021-M11",
                             [results.CellChange(code, None, 777.0)])
        doc = tmp_path / "biên bản.pdf"
        doc.write_bytes(b"%PDF-1.4 evidence")
        add_files(other, system_actor(), 2021, Owner.of_result(code, "2021-M11", None), [doc])
    finally:
        other.dispose()
    win.set_plan_period(2021, "2021-M10")
    win.set_plan_period(2021, "2021-M11")
    m = view.model
    idx = m.index([r.code for r in m.grid.rows].index(code), m.editable_columns()[0])
    assert idx.data() == "777"
    assert idx.data(Qt.ItemDataRole.DecorationRole) is not None  # the paperclip


def test_an_edited_cell_is_bold_and_yellow_and_undo_restores_its_look(make_window, demo_sqlite):
    win = make_window(demo_sqlite, "2021-M11")
    view = win.show_view("entry")
    m = view.model
    row = next(i for i, r in enumerate(m.grid.rows)
               if r.kind.value == "cumulative" and m.is_editable(i, m.editable_columns()[1]))
    idx = m.index(row, m.editable_columns()[1])
    before = (idx.data(), idx.data(Qt.ItemDataRole.BackgroundRole),
              idx.data(Qt.ItemDataRole.FontRole))
    view.table.edit_cells({(idx.row(), idx.column()): "12345"}, "x")
    assert idx.data() == "12.345" and idx.data(Qt.ItemDataRole.FontRole).bold()
    assert idx.data(Qt.ItemDataRole.BackgroundRole) is not None
    view.undo()
    assert (idx.data(), idx.data(Qt.ItemDataRole.BackgroundRole),
            idx.data(Qt.ItemDataRole.FontRole)) == before
