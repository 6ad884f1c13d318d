"""The data-entry grid keeps one fact per moment (SPEC §3.5): the H1 cell of a
rate shows the June figure that counts, marked with where it came from, and
typing a different figure asks before replacing it — never silently ignored."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cbdesk.services import progress
from cbdesk.ui.dialogs import ConfirmDialog


def cell_index(view, code, area):
    m = view.model
    row = [r.code for r in m.grid.rows].index(code)
    col = m.editable_columns()[[c.area for c in m.grid.columns].index(area)]
    return m.index(row, col)


def _ytd(db, code, period="2021-H1"):
    return {r.code: r for r in progress.target_rows(db, 2021, period)}[code].ytd


def test_h1_cell_shows_the_june_rate_with_its_origin(make_window, demo_sqlite):
    win = make_window(demo_sqlite, "2021-H1")
    view = win.show_view("entry")
    idx = cell_index(view, "8", None)
    assert idx.data() == "33,8"  # the Q2 figure, shown where H1 is asked
    assert "Quý II/2021" in idx.data(Qt.ToolTipRole)  # the sample enters rates by quarter
    assert idx.data(Qt.FontRole).italic()
    assert view.model.is_editable(idx.row(), idx.column())
    assert "Số in nghiêng lấy từ" in view.info.text() and "Quý II/2021" in view.info.text()


def test_typing_another_rate_asks_then_replaces(make_window, demo_sqlite, monkeypatch):
    win = make_window(demo_sqlite, "2021-H1")
    view = win.show_view("entry")
    idx = cell_index(view, "8", None)
    asked = []
    monkeypatch.setattr(ConfirmDialog, "ask",
                        classmethod(lambda cls, p, title, text: asked.append(text) or False))
    view.table.edit_cells({(idx.row(), idx.column()): "35,2"}, "x")
    assert view.save() is False  # declined: nothing saved, nothing lost
    assert asked and "33,8" in asked[0] and "35,2" in asked[0]
    assert _ytd(win.db, "8") == 33.8
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    assert view.save() is True
    assert _ytd(win.db, "8") == 35.2 and _ytd(win.db, "8", "2021-Q2") == 35.2


def test_the_grid_states_plan_figures_as_the_report_does(make_window, demo_sqlite):
    win = make_window(demo_sqlite, "2021-H1")
    view = win.show_view("entry")
    m = view.model
    plan = {r.code: m.index(i, 3).data() for i, r in enumerate(m.grid.rows)}
    assert plan["2"] == "≤ 3,45" and plan["8"] == "≥ 34,4"
    assert plan["5"] == "giảm 4,0 điểm %" and plan["1"] == "12.000"
