"""The whole round of issue 6's "Done when", in one window, from the GUI alone:
open the 2021 sample plan, enter figures for 2021-H1, preview, print to PDF and
issue the progress report, close the period."""

from __future__ import annotations

import pdfplumber
from PySide6.QtPrintSupport import QPrinter

from cbdesk.ui import workers


def _cell(view, code, area):
    m = view.model
    row = [r.code for r in m.grid.rows].index(code)
    col = m.editable_columns()[[c.area for c in m.grid.columns].index(area)]
    return m.index(row, col)


def test_a_new_user_reports_the_first_half_year(qtbot, make_window, demo_sqlite, tmp_path,
                                                 monkeypatch, errors):
    from cbdesk.services import issued
    from cbdesk.services.plans import closed_periods
    from cbdesk.services.progress import target_rows
    from cbdesk.ui.dialogs import ConfirmDialog
    from cbdesk.ui.views.reports_view import ReportsView

    win = make_window(demo_sqlite, "2021-H1")
    assert win.windowTitle() == "cbdesk — Kế hoạch 2021 · 6 tháng đầu năm 2021"

    # Enter a figure for 2021-H1 (households out of poverty, whole province) and save.
    entry = win.show_view("entry")
    idx = _cell(entry, "6", None)
    entry.table.edit_cells({(idx.row(), idx.column()): "2.600"}, "nhập")
    win.save_action.trigger()
    assert not entry.has_unsaved()
    row = {r.code: r for r in target_rows(win.db, 2021, "2021-H1")}["6"]
    assert row.period_value == 2600 and round(row.percent_of_target, 1) == 50.4

    # Preview the progress report.
    reports = win.show_view("reports")
    reports.set_choice("progress", "2021-H1")
    reports.number_edit.setText("08")
    with qtbot.waitSignal(reports.rendered, timeout=60000):
        reports.preview_button.click()
    assert reports.pdf_doc.pageCount() >= 2

    # Print it (Ctrl+P) to a PDF printer.
    printed = tmp_path / "in.pdf"

    def printer(cls, parent):
        p = QPrinter(QPrinter.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setResolution(300)  # a small job (tests/ui/test_printing.py checks the output)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(ReportsView, "ask_printer", classmethod(printer))
    win.print_action.trigger()
    qtbot.waitUntil(lambda: printed.exists() and printed.stat().st_size > 0 and not
                    workers.busy(), timeout=60000)
    with pdfplumber.open(printed) as pdf:
        assert len(pdf.pages) == reports.pdf_doc.pageCount()

    # Issue it: the number and the exact PDF are stored.
    monkeypatch.setattr(ReportsView, "confirm", classmethod(lambda cls, *a: True))
    with qtbot.waitSignal(reports.issued_changed, timeout=60000):
        reports.issue_button.click()
    [info] = issued.list_issued(win.db, 2021)
    assert info.number == "08"
    with pdfplumber.open(__import__("io").BytesIO(issued.issued_pdf(win.db, info.id))) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "2.600" in text and "Số: 08/BC-SLĐTBXH" in text

    # Close the period from the overview; the grid turns read-only.
    overview = win.show_view("overview")
    qtbot.waitUntil(lambda: not workers.busy(), timeout=60000)
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    with qtbot.waitSignal(overview.loaded, timeout=60000):
        overview.close_button.click()
    assert "2021-H1" in closed_periods(win.db, 2021)
    entry = win.show_view("entry")
    entry.reload()
    assert entry.grid.locked and "đã chốt số liệu" in entry.grid.locked_note
    assert not [e for e in errors if "Traceback" in e]
