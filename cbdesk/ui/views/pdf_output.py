"""Getting a rendered PDF out: to a file (atomically), into a QPdfDocument for
the preview, onto a printer page by page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from cbdesk.ui.i18n import tr
from cbdesk.ui.views.printing import Progress, print_document


def write_file(path: str | Path, data: bytes) -> None:
    """Write ``data`` whole or not at all (a half-written report is worse than none)."""
    from cbdesk.services.files import write_atomically

    write_atomically(path, data)


def load_pdf(data: bytes, folder: str, name: str) -> QPdfDocument:
    """A QPdfDocument over ``data`` (written to ``folder``/``name``: loading a
    file is synchronous, a device is not)."""
    path = Path(folder) / name
    path.write_bytes(data)
    doc = QPdfDocument()
    doc.load(str(path))
    return doc


def print_pdf(data: bytes, printer: QPrinter, folder: str | None = None,
              progress: Progress | None = None) -> int:
    """Print a PDF as it is (100 %, each page on its own paper size and
    orientation, at the printer's resolution: cbdesk.ui.views.printing);
    returns the number of pages sent, 0 when stopped through ``progress``."""
    with tempfile.TemporaryDirectory(prefix="cbdesk-print-", dir=folder) as tmp:
        doc = load_pdf(data, tmp, "print.pdf")
        try:
            if doc.pageCount() <= 0:
                return 0
            try:
                return print_document(doc, printer, progress)
            except OSError:
                raise OSError(tr("The printer could not be started.")) from None
        finally:
            doc.close()


def print_with_progress(parent, data: bytes, printer: QPrinter) -> int | None:
    """``print_pdf`` behind a progress bar with a Stop button; the pages sent,
    or None when the clerk stopped it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog

    bar = QProgressDialog(tr("Preparing the pages for the printer…"), tr("Stop"), 0, 0, parent)
    bar.setWindowTitle(tr("Print"))
    bar.setWindowModality(Qt.WindowModality.WindowModal)
    bar.setMinimumDuration(0)
    bar.setAutoClose(False)
    bar.setAutoReset(False)

    def step(done: int, total: int) -> bool:
        bar.setMaximum(total)
        bar.setValue(done)
        if done < total:
            bar.setLabelText(tr("Printing page {n} of {total}…").format(n=done + 1, total=total))
        return not bar.wasCanceled()

    try:
        pages = print_pdf(data, printer, progress=step)
        return None if bar.wasCanceled() else pages
    finally:
        bar.close()
        bar.deleteLater()
