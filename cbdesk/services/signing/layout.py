"""Where the signatures go on the page, by Nghị định 30/2020/NĐ-CP, Phụ lục I
(chữ ký số trên văn bản điện tử):

- the signer's image (the handwritten signature) centred between the signer's
  title and name — in the signing room cbdesk's renderer marks in the PDF
  (named destination ``cbdesk_signer_block``, a /FitR box);
- the agency's seal, at its actual size, over about the left third of the
  signer's image, with the agency's name and the signing time;
- on an attachment, the agency's signature as text at the top right of the
  attachment's first page (annex first pages are marked ``cbdesk_annex_N``).

Only geometry here (PDF points, origin bottom left); no drawing.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4
SIGNER_MARK = "cbdesk_signer_block"  # the same names as reports/pdf.py writes
ANNEX_PREFIX = "cbdesk_annex_"
SIGNER_FIELD = "cbdesk_signer"
AGENCY_FIELD = "cbdesk_agency"
ANNEX_FIELD = "cbdesk_agency_annex"

SIGNATURE_MAX_W = 60 * MM  # the handwritten signature's box at most
SIGNATURE_MARGIN = 1 * MM  # kept free above and below it in the signing room
SEAL_DEFAULT_MM = 36.0
SEAL_OVER = 1 / 3  # share of the signer's image the seal covers, from the left
INFO_SIZE = 7.0  # pt, the agency's name and time under the seal
INFO_LEADING = 8.0
ANNEX_TEXT_SIZE = 10.0  # pt, Times New Roman (NĐ 30)
ANNEX_TEXT_LEADING = 12.0
ANNEX_TEXT_TOP = 6 * MM  # from the page's top edge
ANNEX_TEXT_WIDTH = 80 * MM


@dataclass(frozen=True)
class Box:
    page: int  # 0-based page index
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2

    def rect(self) -> tuple[float, float, float, float]:
        return (round(self.x0, 2), round(self.y0, 2), round(self.x1, 2), round(self.y1, 2))


def signature_box(room: Box, image_size: tuple[int, int]) -> Box:
    """The signer's image, aspect kept, as large as fits the signing room
    (at most 60 mm wide), centred in it — between title and name."""
    iw, ih = image_size
    max_w = min(room.width * 0.9, SIGNATURE_MAX_W)
    max_h = room.height - 2 * SIGNATURE_MARGIN
    scale = min(max_w / iw, max_h / ih)
    w, h = iw * scale, ih * scale
    cx, cy = room.centre
    return Box(room.page, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def seal_box(signature: Box, seal_mm: float = SEAL_DEFAULT_MM) -> Box:
    """The seal, ``seal_mm`` across, its right edge at a third of the signer's
    image from the left, centred on the image vertically."""
    size = seal_mm * MM
    right = signature.x0 + signature.width * SEAL_OVER
    cy = signature.centre[1]
    return Box(signature.page, right - size, cy - size / 2, right, cy + size / 2)


INFO_WIDTH = 1.5  # × the seal's size: room for the agency's name under it


def agency_widget_box(seal: Box, info_lines: int) -> Box:
    """The agency's widget: the seal with its information lines under it
    (centred on the seal, a little wider than it)."""
    cx = seal.centre[0]
    half = seal.width * INFO_WIDTH / 2
    return Box(seal.page, cx - half, seal.y0 - info_lines * INFO_LEADING, cx + half, seal.y1)


def annex_text_box(frame: Box, page_height: float, lines: int) -> Box:
    """Top right of an attachment's first page: right-aligned with the text
    frame, in the top margin."""
    top = page_height - ANNEX_TEXT_TOP
    h = lines * ANNEX_TEXT_LEADING + 2
    return Box(frame.page, frame.x1 - ANNEX_TEXT_WIDTH, top - h, frame.x1, top)
