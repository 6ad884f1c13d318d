"""Saving a report over a PDF that Acrobat holds open (Windows refuses the
replacement): the window names the file and tells the clerk to close it."""

from __future__ import annotations

import os

from tests.integration.test_file_in_use import ENGLISH_SYSTEM_WORDS, windows_refusal


def test_saving_over_a_pdf_open_in_acrobat_says_close_it(make_window, demo_sqlite, tmp_path,
                                                         monkeypatch, qtbot, errors):
    from cbdesk.services import files
    from cbdesk.ui.views.reports_view import ReportsView

    target = tmp_path / "Báo cáo 6 tháng.pdf"
    target.write_bytes(b"%PDF- open in Acrobat")
    real_replace = os.replace

    def replace(src, dst):
        if os.fspath(dst) == os.fspath(target):
            raise windows_refusal(32)
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    monkeypatch.setattr(ReportsView, "ask_save_path", classmethod(lambda cls, *a: str(target)))
    win = make_window(demo_sqlite, "2021-H1")
    reports = win.show_view("reports")
    reports.set_choice("progress", "2021-H1")
    with qtbot.waitSignal(reports.rendered, timeout=60000):
        reports.pdf_button.click()
    assert len(errors) == 1
    assert str(target) in errors[0] and "Hãy đóng tệp đó rồi thử lại" in errors[0]
    assert not ENGLISH_SYSTEM_WORDS.search(errors[0])
    assert target.read_bytes() == b"%PDF- open in Acrobat"
