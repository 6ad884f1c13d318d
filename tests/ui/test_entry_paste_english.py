"""Pasting into the entry grid from an English-settings Excel: `34.4` and,
beside it, `12,000` are read as that PC wrote them; `12,000` alone could be
either and stays refused (red, not saved)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_entry import cell_index


def test_a_block_copied_from_an_english_excel_is_read_the_english_way(make_window,
                                                                    demo_sqlite):
    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    start = cell_index(view, "1", "040")
    view.table.setCurrentIndex(start)
    assert view.table.paste_block("1,234\t12,000\n34.4\t0.5\n") == 4
    pending = view.model.pending
    codes = [r.code for r in view.model.grid.rows]
    below = codes[codes.index("1") + 1]
    right = [c.area for c in view.model.grid.columns][
        [c.area for c in view.model.grid.columns].index("040") + 1]
    assert pending[("1", "040")] == 1234 and pending[("1", right)] == 12000
    assert pending[(below, "040")] == 34.4 and pending[(below, right)] == 0.5
    assert start.data() == "1.234"  # shown the Vietnamese way
    assert not view.model.invalid


def test_an_ambiguous_pasted_number_is_refused(make_window, demo_sqlite):
    win = make_window(demo_sqlite, "2021-Q3")
    view = win.show_view("entry")
    start = cell_index(view, "1", "040")
    view.table.setCurrentIndex(start)
    view.table.paste_block("12,000\n")
    assert not view.model.pending and start.data() == "12,000"
    assert "không rõ" in start.data(Qt.ToolTipRole)
    assert view.save() is False
