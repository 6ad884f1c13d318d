"""Help → About names the licences (LGPL for Qt/PySide6, OFL for the fonts)
and the folder holding their full texts, which the program carries."""

from __future__ import annotations


def test_about_names_the_licences_and_their_folder(make_window, demo_sqlite, errors):
    from cbdesk.ui.dialogs import licences_dir

    win = make_window(demo_sqlite, "2021-Q3")
    win.about()
    text = errors[-1]
    assert "GNU LGPL v3" in text and "SIL Open Font License 1.1" in text
    assert "Phiên bản Qt:" in text
    folder = licences_dir()
    assert str(folder) in text
    names = {p.name for p in folder.iterdir()}
    assert {"NOTICES.txt", "LGPL-3.0.txt", "GPL-3.0.txt", "cbdesk-MIT.txt"} <= names
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (folder / "LGPL-3.0.txt").read_text()
    notices = (folder / "NOTICES.txt").read_text(encoding="utf-8")
    assert "download.qt.io" in notices and "Open Font License" in notices
