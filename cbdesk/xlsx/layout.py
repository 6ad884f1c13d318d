"""How our workbooks look to people: bold wrapped headers, frozen header rows,
column widths, number and date formats, A4 print setup.

Write-only worksheets take styles per cell; a :class:`Styles` keeps one
prepared style per look and stamps it on cells cheaply (copying openpyxl's
style array instead of setting font, alignment and format one by one).
"""

from __future__ import annotations

from datetime import date, datetime

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
DATE_FORMAT = "dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def number_format(decimals: int) -> str:
    """``#,##0`` or ``#,##0.00``…: Excel shows the separators of the reader's
    locale (12.000 and 3,45 on a Vietnamese PC)."""
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def decimals_of(value: float, at_least: int = 0, at_most: int = 4) -> int:
    """How many decimals show ``value`` without losing digits (capped)."""
    if float(value).is_integer():
        return max(0, at_least)
    text = repr(float(value))
    if "e" in text or "." not in text:
        return at_most
    return min(max(len(text.split(".")[1]), at_least), at_most)


def safe_text(text: str) -> str:
    """Text an .xlsx cell can hold: no control characters, within Excel's limit."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


class Styles:
    """Prepared cell styles of one write-only workbook."""

    def __init__(self, ws):
        self._ws = ws
        self._cache: dict[str, object] = {}

    def _proto(self, name: str):
        style = self._cache.get(name)
        if style is None:
            cell = WriteOnlyCell(self._ws, None)
            if name == "header":
                cell.font = Font(bold=True)
                cell.alignment = Alignment(wrap_text=True, vertical="center",
                                           horizontal="center")
                cell.fill = HEADER_FILL
                cell.border = BOX
            elif name == "wrap":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif name == "code":
                cell.number_format = "@"
                cell.alignment = Alignment(vertical="top", horizontal="left")
            elif name == "date":
                cell.number_format = DATE_FORMAT
                cell.alignment = Alignment(vertical="top", horizontal="center")
            elif name == "year":
                cell.number_format = "0"
                cell.alignment = Alignment(horizontal="left")
            elif name.startswith("num"):
                cell.number_format = number_format(int(name[3:]))
                cell.alignment = Alignment(vertical="top")
            elif name == "top":
                cell.alignment = Alignment(vertical="top")
            style = self._cache[name] = cell._style
        return style

    def style_id(self, name: str) -> int:
        """The workbook's index of the look ``name``, for cells written as raw XML."""
        return self._ws.parent._cell_styles.add(self._proto(name))

    def cell(self, value, name: str | None = None) -> WriteOnlyCell:
        """A cell holding ``value`` in the look ``name`` (None: plain)."""
        if isinstance(value, str):
            value = safe_text(value)
        elif isinstance(value, datetime):
            value = value.date()
        c = WriteOnlyCell(self._ws, value)
        if isinstance(value, str) and value.startswith("="):
            c.data_type = "s"  # text, never a formula
        if name is not None:
            c._style = self._proto(name)
        return c

    def number(self, value: float | None, at_least: int = 0):
        """A real number shown with as many decimals as it has."""
        if value is None:
            return None
        return self.cell(float(value), f"num{decimals_of(value, at_least)}")

    def text(self, value: str | None, wrap: bool = False):
        """Plain text; None for blank so that empty cells cost nothing."""
        if not value:
            return None
        if wrap or value.startswith("="):
            return self.cell(value, "wrap" if wrap else None)
        return safe_text(value)

    def date(self, value: date | None):
        return None if value is None else self.cell(value, "date")


def set_widths(ws, widths: list[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def print_setup(ws, landscape: bool, title_rows: str | None = "1:1") -> None:
    """A4, fit to the page's width, header rows repeated on every page."""
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    else:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows


__all__ = ["BOX", "INPUT_FILL", "Protection", "Styles", "number_format", "print_setup",
           "safe_text", "set_widths"]
