"""Printing a PDF as it is: every page at 100 % on its own paper size and
orientation, at the printer's resolution, in bands so memory stays bounded.

QtPdf (PDFium) only renders to images, so a page goes to the printer as a few
raster bands at the printer's resolution (300 to 600 dpi; a 600-dpi laser
prints text as sharp as from a PDF viewer's "Actual size"). Bands that are
blank paper are not sent at all, which keeps the print job small.

The print dialog's choices are honoured: the page range (or ranges), the number
of copies and collation (done here when the printer cannot do copies itself),
and two-sided printing (the printer's setting is left as chosen; with copies
made here, an odd page count gets a blank back so a copy never starts on the
back of the previous one).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QPoint, QRect, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

MIN_DPI = 300
MAX_DPI = 600
BAND_BYTES = 16 * 1024 * 1024  # one band's image, at most (4 bytes a pixel)

Progress = Callable[[int, int], bool]
"""progress(done, total) → False to stop printing."""


def print_dpi(printer: QPrinter) -> int:
    """The resolution pages are rendered at: the printer's, within 300–600 dpi."""
    return min(max(printer.resolution(), MIN_DPI), MAX_DPI)


def page_layout(points: QSizeF) -> QPageLayout:
    """A full-page layout (no margins) for a PDF page of ``points`` (1/72 inch):
    the standard size (A4…) when it is one, in the page's own orientation."""
    w, h = points.width(), points.height()
    landscape = w > h
    portrait_size = QSizeF(min(w, h), max(w, h))
    size = QPageSize(portrait_size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the print dialog asked for (all when no range)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = printer.pageRanges()
        if not ranges.isEmpty():
            return [i for i in range(count) if ranges.contains(i + 1)]
        first, last = printer.fromPage(), printer.toPage()
        if first > 0:
            last = last if last > 0 else count
            return [i for i in range(count) if first <= i + 1 <= last]
    return list(range(count))


def job_pages(pages: list[int], copies: int = 1, collate: bool = True,
              two_sided: bool = False) -> list[int | None]:
    """The sheets' sides in printing order when the program makes the
    ``copies``: page numbers, ``None`` for a blank back (two-sided, so that a
    collated copy never starts on the back of the previous one)."""
    if copies <= 1:
        return list(pages)
    if not collate:
        return [page for page in pages for _ in range(copies)]
    one: list[int | None] = list(pages)
    if two_sided and len(one) % 2:
        one.append(None)
    return one * copies


def printer_job(printer: QPrinter, pages: list[int]) -> list[int | None]:
    """``job_pages`` for the print dialog's choices; none when the printer
    makes the copies itself."""
    if printer.supportsMultipleCopies():
        return list(pages)
    return job_pages(pages, printer.copyCount(), printer.collateCopies(),
                     printer.duplex() != QPrinter.DuplexMode.DuplexNone)


def _on_paper(image: QImage) -> QImage:
    """PDFium's band (transparent where nothing is drawn) on white paper,
    without an alpha channel: the printer (and a PDF printer's file) gets
    half the data."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    if not image.isNull():
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.end()
    return paper


def _blank(image: QImage) -> bool:
    """True when the band is plain white paper."""
    data = bytes(image.constBits())
    return data.count(255) == len(data)


def draw_page(doc: QPdfDocument, index: int, painter: QPainter, dpi: int,
              device_dpi: tuple[int, int], turned: bool = False) -> None:
    """Draw page ``index`` at 100 %, from the paper's corner, as bands.
    ``turned``: the paper is in the other orientation than the page (the
    printer refused to change it within the job): the page goes on it turned
    a quarter left, as a printer driver prints a landscape page."""
    pts = doc.pagePointSize(index)
    painter.save()
    if turned:
        painter.translate(0, round(pts.width() / 72 * device_dpi[1]))
        painter.rotate(-90)
    full = QSize(max(1, round(pts.width() / 72 * dpi)), max(1, round(pts.height() / 72 * dpi)))
    band_h = max(16, min(full.height(), BAND_BYTES // (4 * full.width())))
    sx, sy = device_dpi[0] / dpi, device_dpi[1] / dpi
    top = 0
    while top < full.height():
        height = min(band_h, full.height() - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(QRect(QPoint(0, top), QSize(full.width(), height)))
        band = doc.render(index, QSize(full.width(), height), options)
        band = _on_paper(band)
        if not _blank(band):
            target = QRect(0, round(top * sy), round(full.width() * sx),
                           round((top + height) * sy) - round(top * sy))
            painter.drawImage(target, band)
        top += height
    painter.restore()


def _landscape(size: QSizeF) -> bool:
    return size.width() > size.height()


def print_document(doc: QPdfDocument, printer: QPrinter,
                   progress: Progress | None = None, per_page_layout: bool = True) -> int:
    """Print the loaded ``doc`` on ``printer``; returns the pages sent (0 when
    stopped or nothing chosen). Raises OSError when the printer cannot start.

    Each page gets its own paper layout where Qt allows changing it within a
    job (its PDF engine: PDF files and CUPS printers); elsewhere (Windows'
    printers) a page whose orientation differs from the paper's is printed
    turned on it."""
    sides = printer_job(printer, chosen_pages(printer, doc.pageCount()))
    if not sides:
        return 0
    printer.setFullPage(True)
    first = next((p for p in sides if p is not None), 0)
    printer.setPageLayout(page_layout(doc.pagePointSize(first)))
    dpi = print_dpi(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer")
    per_page_layout = per_page_layout and printer.paintEngine().type() == QPaintEngine.Type.Pdf
    sent = 0
    try:
        for n, page in enumerate(sides):
            if progress is not None and not progress(n, len(sides)):
                printer.abort()
                return 0
            size = doc.pagePointSize(page if page is not None else first)
            if n:
                if per_page_layout:
                    printer.setPageLayout(page_layout(size))
                printer.newPage()
            if page is None:
                continue
            paper = printer.pageLayout().fullRectPoints().size()
            draw_page(doc, page, painter, dpi, (printer.logicalDpiX(), printer.logicalDpiY()),
                      turned=_landscape(size) != _landscape(QSizeF(paper)))
            sent += 1
        if progress is not None:
            progress(len(sides), len(sides))
    finally:
        painter.end()
    return sent
