"""The values of a read-only worksheet's rows, as openpyxl's
``iter_rows(values_only=True)`` gives them, without building a rich-text
object per inline-string cell.

openpyxl parses every ``<c t="inlineStr">`` through ``Text.from_tree`` (a
descriptor-checked object per cell), which is most of the cost of reading
the results sheet, whose text cells cbdesk writes as inline strings (as
openpyxl's own write-only mode does). Here the cell's text is taken straight
from the element — the same string ``Text.content`` gives: the plain ``<t>``
then each run's ``<t>``, phonetic runs left out. Every other cell goes
through openpyxl's own ``parse_cell``.

The XML itself: openpyxl parses through defusedxml, whose parser is the
stdlib's pure-Python one (a Python call per element start, end and event —
a third of reading the results sheet). A sheet whose raw bytes were found
plain (no document type declaration, hence no entity; an ASCII-compatible
encoding: xlsx/safety.py) goes through the stdlib's C-accelerated parser
instead — expat as well, which loads no external entity — keeping only the
rows (the other elements do not hold values). Any other sheet is parsed as
openpyxl does.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import iterparse as c_iterparse

from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS

_INLINE = f"{{{SHEET_MAIN_NS}}}is"
_T = f"{{{SHEET_MAIN_NS}}}t"
_R = f"{{{SHEET_MAIN_NS}}}r"
_ROW = f"{{{SHEET_MAIN_NS}}}row"


def inline_text(child) -> str:
    """``Text.from_tree(child).content`` of an ``<is>`` element: its plain
    ``<t>`` (the last, should a broken file hold two, as openpyxl reads it),
    then each run's ``<t>`` (children walked once, no path search)."""
    if len(child) == 1:  # the usual <is><t>text</t></is>
        only = child[0]
        if only.tag == _T:
            return only.text or ""
    plain = None
    parts = []
    for el in child:
        tag = el.tag
        if tag == _T:
            plain = el
        elif tag == _R:
            t = el.find(_T)
            if t is not None and t.text is not None:
                parts.append(t.text)
    if plain is not None and plain.text is not None:
        parts.insert(0, plain.text)
    return "".join(parts)


class _Parser(WorkSheetParser):
    def parse_cell(self, element):
        if element.get("t") != "inlineStr" or self.rich_text or not self.data_only:
            return super().parse_cell(element)
        coordinate = element.get("r")
        style_id = element.get("s", 0)
        if style_id:
            style_id = int(style_id)
        if coordinate:
            row, column = coordinate_to_tuple(coordinate)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        value, data_type = None, "inlineStr"
        child = element.find(_INLINE)
        if child is not None:
            value, data_type = inline_text(child), "s"
        return {"row": row, "column": column, "value": value, "data_type": data_type,
                "style_id": style_id}


class _PlainParser(_Parser):
    def parse(self):
        """The rows, as ``WorkSheetParser.parse`` yields them, through the C parser."""
        for _, element in c_iterparse(self.source):
            if element.tag == _ROW:
                row = self.parse_row(element)
                element.clear()
                yield row


def value_rows(ws, min_row: int, max_col: int, plain: bool = False) -> Iterator[tuple]:
    """``ws.iter_rows(min_row=min_row, max_col=max_col, values_only=True)`` of
    a read-only worksheet whose dimensions were reset (no last row): missing
    rows come as blank rows, each row ``max_col`` values wide. ``plain``: the
    sheet's XML was found plain (SheetScan.plain), so the C parser reads it."""
    wb = ws.parent
    empty = (None,) * max_col
    counter = min_row
    with ws._get_source() as src:
        parser = (_PlainParser if plain else _Parser)(
            src, ws._shared_strings, data_only=wb.data_only, epoch=wb.epoch,
            date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
        for idx, row in parser.parse():
            for _ in range(counter, idx):
                counter += 1
                yield empty
            if counter <= idx:
                counter += 1
                yield tuple(ws._get_row(row, 1, max_col, True))
