"""Printing = the PDF on paper: each report printed through QPrinter (to a PDF
file) comes out with the report's pages, sizes and orientations at 100 %, and
its pages look like the report's (rendered at 150 dpi by poppler, compared
pixel by pixel)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageChops, ImageFilter
from PySide6.QtPrintSupport import QPrinter

from tests.helpers import require_tool

# Share of pixels (150 dpi, grey, both softened by a 1-pixel blur so that
# anti-aliasing of glyph edges does not count) that may differ by more than a
# quarter of the grey range between the report and its print. Measured: about
# 0,4 % for a good print; a print at 96,6 % gives about 10 %, one moved down by
# a third of a millimetre about 5 %.
MAX_DIFFERING = 0.015
GREY_STEP = 64


@pytest.fixture(scope="module")
def reports_pdf(tmp_path_factory):
    """The three report kinds of the sample plan, as PDF bytes."""
    from cbdesk.reports.build import render_report
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan

    path = tmp_path_factory.mktemp("print") / "demo.sqlite"
    db = open_database(str(path), create=True)
    install_sample_plan(db)
    try:
        return {kind: render_report(db, 2021, kind, "2021-H1" if kind == "progress" else None)
                for kind in ("progress", "plan", "assignments")}
    finally:
        db.dispose()


def pdf_printer(out: Path, dpi: int = 300) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(dpi)
    return printer


def page_sizes(path: Path) -> list[tuple[float, float]]:
    with pdfplumber.open(path) as pdf:
        return [(round(float(p.width)), round(float(p.height))) for p in pdf.pages]


def renders(path: Path, folder: Path, stem: str) -> list[Image.Image]:
    """Each page rendered by poppler at 150 dpi, in grey."""
    tool = require_tool("pdftoppm")
    subprocess.run([tool, "-r", "150", "-gray", str(path), str(folder / stem)], check=True,
                   timeout=120)
    return [Image.open(p) for p in sorted(folder.glob(f"{stem}*.pgm"))]


def differing_share(a: Image.Image, b: Image.Image) -> float:
    # Qt's A4 is 595 × 842 pt, reportlab's 595,28 × 841,89: a pixel row or
    # column at 150 dpi; both are compared over their common area.
    assert abs(a.size[0] - b.size[0]) <= 1 and abs(a.size[1] - b.size[1]) <= 1
    box = (0, 0, min(a.size[0], b.size[0]), min(a.size[1], b.size[1]))
    a = a.crop(box).filter(ImageFilter.GaussianBlur(1))
    b = b.crop(box).filter(ImageFilter.GaussianBlur(1))
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > GREY_STEP else 0)
    return diff.histogram()[255] / (a.size[0] * a.size[1])


@pytest.mark.parametrize("kind", ["progress", "plan", "assignments"])
def test_printed_report_matches_the_pdf_page_by_page(qapp, reports_pdf, tmp_path, kind):
    from cbdesk.ui.views.pdf_output import print_pdf

    original = tmp_path / "report.pdf"
    original.write_bytes(reports_pdf[kind])
    printed = tmp_path / "printed.pdf"
    seen = []
    sent = print_pdf(reports_pdf[kind], pdf_printer(printed),
                     progress=lambda done, total: seen.append((done, total)) or True)

    sizes = page_sizes(original)
    assert sent == len(sizes) and page_sizes(printed) == sizes
    assert all(size in ((595, 842), (842, 595)) for size in sizes)  # A4, either way
    if kind == "assignments":
        assert (842, 595) in sizes and (595, 842) in sizes  # the landscape annex
    assert seen[0] == (0, len(sizes)) and seen[-1] == (len(sizes), len(sizes))

    report_pages = renders(original, tmp_path, "a")
    print_pages = renders(printed, tmp_path, "b")
    assert len(report_pages) == len(print_pages) == len(sizes)
    shares = [differing_share(a, b) for a, b in zip(report_pages, print_pages, strict=True)]
    assert max(shares) < MAX_DIFFERING, shares
    # …and the pages are not blank (a blank print would match a blank report).
    assert all(ImageChops.invert(a).getbbox() for a in print_pages)


def test_page_range_and_copies_are_honoured(qapp, reports_pdf, tmp_path):
    from cbdesk.ui.views.pdf_output import print_pdf

    data = reports_pdf["assignments"]
    original = tmp_path / "report.pdf"
    original.write_bytes(data)
    sizes = page_sizes(original)
    assert len(sizes) >= 2

    printed = tmp_path / "printed.pdf"
    printer = pdf_printer(printed, dpi=96)  # small: only pages and sizes are looked at
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, len(sizes))
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    sent = print_pdf(data, printer)
    wanted = sizes[1:]
    if printer.supportsMultipleCopies():  # the printer makes the copies itself
        assert sent == len(wanted) and page_sizes(printed) == wanted
    else:
        assert sent == 2 * len(wanted) and page_sizes(printed) == wanted * 2


def test_two_sided_copies_never_share_a_sheet():
    from cbdesk.ui.views.printing import job_pages

    assert job_pages([0, 1, 2], copies=2, two_sided=True) == [0, 1, 2, None, 0, 1, 2, None]
    assert job_pages([0, 1], copies=2, two_sided=True) == [0, 1, 0, 1]
    assert job_pages([0, 1, 2], copies=2) == [0, 1, 2, 0, 1, 2]
    assert job_pages([0, 1], copies=2, collate=False) == [0, 0, 1, 1]
    assert job_pages([4], copies=1, two_sided=True) == [4]


def test_a_printer_that_keeps_its_paper_gets_the_landscape_page_turned(qapp, reports_pdf,
                                                                     tmp_path):
    from PySide6.QtPdf import QPdfDocument

    from cbdesk.ui.views.printing import print_document

    original = tmp_path / "report.pdf"
    original.write_bytes(reports_pdf["assignments"])
    doc = QPdfDocument()
    doc.load(str(original))
    printed = tmp_path / "printed.pdf"
    try:
        print_document(doc, pdf_printer(printed, dpi=150), per_page_layout=False)
    finally:
        doc.close()
    sizes = page_sizes(original)
    assert page_sizes(printed) == [(595, 842)] * len(sizes)  # all on portrait paper
    landscape = sizes.index((842, 595))
    report_pages = renders(original, tmp_path, "a")
    print_pages = renders(printed, tmp_path, "b")
    turned = report_pages[landscape].rotate(90, expand=True)  # a quarter left
    assert differing_share(turned, print_pages[landscape]) < MAX_DIFFERING
