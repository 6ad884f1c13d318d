"""The look of each signature, drawn with ReportLab into a one-page PDF of the
widget's exact size (pyHanko then uses that page as the widget's appearance):
the signer's image; the seal with the agency's name and the signing time; the
attachment text in Times New Roman 10 pt. Fonts are the reports' own (Times
New Roman when installed, else the bundled metric-compatible Liberation
Serif), embedded, so Vietnamese prints right."""

from __future__ import annotations

import io

from cbdesk.services.signing.errors import SigningError
from cbdesk.services.signing.layout import (
    ANNEX_TEXT_LEADING,
    ANNEX_TEXT_SIZE,
    INFO_LEADING,
    INFO_SIZE,
    Box,
)


def image_size(png: bytes, what_vi: str, what_en: str) -> tuple[int, int]:
    """Pixel size of a transparent PNG; refuses anything else (NĐ 30 asks for
    a PNG with a transparent background)."""
    from PIL import Image, UnidentifiedImageError

    try:
        img = Image.open(io.BytesIO(png))
        img.load()
    except (UnidentifiedImageError, OSError, ValueError):
        raise SigningError(f"Ảnh {what_vi} không đọc được.",
                           f"The {what_en} image cannot be read.") from None
    if img.format != "PNG":
        raise SigningError(f"Ảnh {what_vi} phải là tệp PNG (đang là {img.format}).",
                           f"The {what_en} image must be a PNG file (it is {img.format}).")
    transparent = img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info
    if not transparent:
        raise SigningError(f"Ảnh {what_vi} phải có nền trong suốt (PNG có kênh alpha).",
                           f"The {what_en} image needs a transparent background (PNG with alpha).")
    return img.size


def _canvas(buf, box: Box):
    from reportlab.pdfgen.canvas import Canvas

    # the report font from the start: no unembedded Helvetica in the resources
    c = Canvas(buf, pagesize=(box.width, box.height), invariant=1, pageCompression=1,
               initialFontName=_fonts().regular, initialFontSize=10)
    c.setCreator("cbdesk")
    return c


def _image(png: bytes):
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(png))


def signer_appearance(box: Box, png: bytes) -> bytes:
    buf = io.BytesIO()
    c = _canvas(buf, box)
    c.drawImage(_image(png), 0, 0, box.width, box.height, mask="auto")
    c.showPage()
    c.save()
    return buf.getvalue()


def _fonts():
    from cbdesk.reports.fonts import register_fonts

    return register_fonts("auto")


def agency_appearance(box: Box, seal: Box, png: bytes, lines: list[str]) -> bytes:
    """The seal at its box (relative to the widget's), the lines under it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts = _fonts()
    buf = io.BytesIO()
    c = _canvas(buf, box)
    c.drawImage(_image(png), seal.x0 - box.x0, seal.y0 - box.y0, seal.width, seal.height,
                mask="auto")
    c.setFillColorRGB(0, 0, 0)
    y = seal.y0 - box.y0 - INFO_LEADING + 2
    for line in lines:
        size = INFO_SIZE
        while size > 4 and stringWidth(line, fonts.regular, size) > box.width:
            size -= 0.5
        c.setFont(fonts.regular, size)
        c.drawCentredString(box.width / 2, y, line)
        y -= INFO_LEADING
    c.showPage()
    c.save()
    return buf.getvalue()


def annex_appearance(box: Box, lines: list[str]) -> bytes:
    """Lines right-aligned at the box's right edge, Times New Roman 10 pt,
    upright, black (NĐ 30 for an attachment's agency signature)."""
    fonts = _fonts()
    buf = io.BytesIO()
    c = _canvas(buf, box)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(fonts.regular, ANNEX_TEXT_SIZE)
    y = box.height - ANNEX_TEXT_SIZE
    for line in lines:
        c.drawRightString(box.width, y, line)
        y -= ANNEX_TEXT_LEADING
    c.showPage()
    c.save()
    return buf.getvalue()
