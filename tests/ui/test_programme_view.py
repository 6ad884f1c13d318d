"""The programme view in the window: the demonstration database's 2021–2025
programme with the 2021 plan's figures, % of the programme target and status."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt


def test_window_shows_the_demo_programme_with_the_2021_figures(make_window, tmp_path, qtbot,
                                                              errors):
    from cbdesk.services.database import open_database
    from cbdesk.services.setup.demo import install_demo

    path = tmp_path / "demo.sqlite"
    db = open_database(str(path), create=True)
    install_demo(db)
    db.dispose()
    win = make_window(path)
    view = win.show_view("programme")
    qtbot.waitUntil(lambda: view.review is not None, timeout=20000)
    assert view.review.code == "2021-2025"
    model = view.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "2021" in headers and "% kế hoạch giai đoạn" in headers
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    # Jobs: 6.120 (the sample's first half of 2021) of 60.000 = 10,2 %.
    assert first[0] == "GD.1" and "6.120 (đến T 6)" in first and "10,2%" in first
    assert "2021-2025" in view.title_label.text()
    assert not errors
    if os.environ.get("CBDESK_SHOT_DIR"):
        win.grab().save(str(Path(os.environ["CBDESK_SHOT_DIR"]) / "programme_view.png"))





def test_starting_the_next_yearly_plan_from_the_programme_view(make_window, tmp_path, qtbot,
                                                              monkeypatch, errors):
    from cbdesk.services.database import open_database
    from cbdesk.services.setup.demo import install_demo
    from cbdesk.ui import dialogs

    path = tmp_path / "demo.sqlite"
    db = open_database(str(path), create=True)
    install_demo(db)
    db.dispose()
    win = make_window(path)
    view = win.show_view("programme")
    qtbot.waitUntil(lambda: view.review is not None, timeout=20000)
    assert view.next_year() == 2022 and view.start_button.isEnabled()
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, p, t, x: True))
    view.start_plan()
    assert win.year == 2022 and not errors
    from cbdesk.services.plans import plan_to_data

    targets = {t.code: t for t in plan_to_data(win.db, 2022).targets}
    assert targets["GD.1"].target == 12000  # 60.000 over five years
