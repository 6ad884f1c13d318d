"""Hidden sheets, rows and columns of a workbook being imported.

What is hidden in Excel is still in the file, and cbdesk imports it like any
other cell (refusing it would block offices that hide helper columns; skipping
it would silently drop figures). But a clerk checking the sheet on screen does
not see those figures, so each import names them: the sheet that is hidden,
the hidden rows and columns that hold data. The notes are warnings (the import
goes ahead) shown in the command line's output and in the window's preview.

Cheap by design: hidden rows and columns are noticed while
:func:`cbdesk.xlsx.safety.scan_sheet` reads the sheet's XML anyway
(:func:`scan_chunk`, one substring test per chunk when nothing is hidden);
hidden sheets come from the workbook's own list of sheets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

_ROW = re.compile(rb'<(?:[\w.-]+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_COL = re.compile(rb'<(?:[\w.-]+:)?col\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_R = re.compile(rb'\br="(\d+)"')
_MIN = re.compile(rb'\bmin="(\d+)"')
_MAX = re.compile(rb'\bmax="(\d+)"')
_ROW_END = re.compile(rb'</(?:[\w.-]+:)?row>')
_FULL_CELL = re.compile(rb'<(?:[\w.-]+:)?c\b[^>]*[^/]>')  # a cell with a value or formula
_MAX_COLUMNS = 16384


@dataclass
class HiddenFound:
    rows: set[int] = field(default_factory=set)  # hidden rows holding data
    cols: set[int] = field(default_factory=set)  # hidden columns (1-based)
    cols_with_data: set[int] = field(default_factory=set)


def scan_chunk(data: bytes, found: HiddenFound) -> None:
    """Note hidden rows holding data and hidden columns in one chunk of a
    sheet's XML (chunks overlap a little; sets absorb repeats)."""
    if found.cols:
        _columns_with_data(data, found)
    if b'hidden="' not in data:
        return
    for m in _COL.finditer(data):
        lo, hi = _MIN.search(m.group(0)), _MAX.search(m.group(0))
        if lo and hi:
            found.cols.update(range(int(lo.group(1)), min(int(hi.group(1)), _MAX_COLUMNS) + 1))
    if found.cols:
        _columns_with_data(data, found)
    for m in _ROW.finditer(data):
        if m.group(0).endswith(b"/>"):
            continue  # a hidden row with no cells
        r = _R.search(m.group(0))
        end = _ROW_END.search(data, m.end())
        if r and (end is None or _FULL_CELL.search(data, m.end(), end.start())):
            found.rows.add(int(r.group(1)))


def _columns_with_data(data: bytes, found: HiddenFound) -> None:
    for col in found.cols - found.cols_with_data:
        letter = get_column_letter(col).encode()
        if re.search(rb'<(?:[\w.-]+:)?c\b[^>]*\br="' + letter + rb'\d+"[^>]*[^/]>', data):
            found.cols_with_data.add(col)


def _ranges(numbers: set[int], name=str) -> str:
    out: list[str] = []
    ordered = sorted(numbers)
    start = prev = ordered[0]
    for n in ordered[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(name(start) if start == prev else f"{name(start)}–{name(prev)}")
        if n is not None:
            start = prev = n
    return ", ".join(out)


def note_sheet(book, ws, found: HiddenFound | None) -> None:
    """Add to ``book.hidden_notes`` what is hidden in ``ws`` (read for import)."""
    notes = getattr(book, "hidden_notes", None)
    if notes is None:
        return
    title = ws.title
    if any(key[0] == title for key in notes):
        return  # read twice: noted once
    state = _state_of(book, title)
    if state in ("hidden", "veryHidden"):
        how_vi = "đang ẩn" if state == "hidden" else "đang ẩn kỹ (veryHidden)"
        how_en = "is hidden" if state == "hidden" else "is very hidden (veryHidden)"
        notes[(title, "sheet")] = (
            f"Trang ‘{title}’ {how_vi}: dữ liệu trong trang vẫn được nhập.",
            f"Sheet ‘{title}’ {how_en}: its data is imported all the same.")
    if found is None:
        return
    if found.rows:
        rows = _ranges(found.rows)
        notes[(title, "rows")] = (
            f"Hàng {rows} của trang ‘{title}’ đang ẩn: vẫn được nhập.",
            f"Row(s) {rows} of sheet ‘{title}’ are hidden: imported all the same.")
    if found.cols_with_data:
        cols = _ranges(found.cols_with_data, get_column_letter)
        notes[(title, "cols")] = (
            f"Cột {cols} của trang ‘{title}’ đang ẩn: vẫn được nhập.",
            f"Column(s) {cols} of sheet ‘{title}’ are hidden: imported all the same.")


def _state_of(book, title: str) -> str:
    """The sheet's state from xl/workbook.xml (read-only openpyxl drops it)."""
    states = getattr(book, "_sheet_states", None)
    if states is None:
        states = {}
        try:
            from defusedxml.ElementTree import fromstring

            root = fromstring(book.wb._archive.read("xl/workbook.xml"))
            for el in root.iter():
                if el.tag.rsplit("}", 1)[-1] == "sheet" and el.get("name") is not None:
                    states[el.get("name")] = el.get("state") or "visible"
        except Exception:  # an odd package: nothing to say about hidden sheets
            states = {}
        book._sheet_states = states
    return states.get(title, "visible")


def notes_of(book) -> list[tuple[str, str]]:
    """The (Vietnamese, English) warning lines gathered while reading ``book``."""
    return list(getattr(book, "hidden_notes", {}).values())
