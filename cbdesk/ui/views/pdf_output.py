"""Getting a rendered PDF out: to a file (atomically), into a QPdfDocument for
the preview, onto a printer page by page."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from cbdesk.ui.i18n import tr


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


def print_pdf(data: bytes, printer: QPrinter, folder: str | None = None) -> int:
    """Print a PDF's pages on ``printer`` as images (QtPdf renders, QPainter
    prints); returns the number of pages printed."""
    with tempfile.TemporaryDirectory(prefix="cbdesk-print-", dir=folder) as tmp:
        doc = load_pdf(data, tmp, "print.pdf")
        count = doc.pageCount()
        if count <= 0:
            doc.close()
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            doc.close()
            raise OSError(tr("The printer could not be started."))
        try:
            dpi = min(max(printer.resolution(), 96), 200)
            for i in range(count):
                if i:
                    printer.newPage()
                pts = doc.pagePointSize(i)
                size = QSize(
                    max(1, round(pts.width() / 72 * dpi)), max(1, round(pts.height() / 72 * dpi))
                )
                image = doc.render(i, size)
                area = painter.viewport()
                scaled = size.scaled(area.size(), Qt.KeepAspectRatio)
                x = area.x() + (area.width() - scaled.width()) // 2
                y = area.y() + (area.height() - scaled.height()) // 2
                # The painter scales the page image to the paper; no resampling here.
                painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
        finally:
            painter.end()
            doc.close()
        return count
