"""fastcells.value_rows gives exactly what openpyxl's read-only
iter_rows(values_only=True) gives (issue 24: the import reads inline strings
without a rich-text object per cell, and a plain sheet through the stdlib's C
XML parser); a sheet declaring a document type is not plain and keeps
defusedxml's parser; one declaring an entity is refused."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from cbdesk.xlsx.fastcells import value_rows
from cbdesk.xlsx.safety import scan_sheet

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# Inline strings plain, as rich runs, with a phonetic run, empty and spaced;
# a number, a boolean, an error, a formula string, a formula without a
# saved result, a gap of missing rows, cells without references.
_ROWS = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Kỳ</t></is></c><c r="C1"><v>7</v></c></row>'
    '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> 1.1 </t></is></c>'
    '<c r="B2" t="inlineStr"><is><r><t>Quý </t></r><r><rPr><b/></rPr><t>II</t></r>'
    '<rPh sb="0" eb="1"><t>x</t></rPh></is></c><c r="C2"><v>12000.5</v></c>'
    '<c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c></row>'
    '<row r="3"><c r="A3" t="inlineStr"><is><t/></is></c><c r="B3" t="inlineStr"></c>'
    '<c r="C3" t="str"><f>A1</f><v>Mã</v></c><c r="D3"><f>1+1</f></c>'
    '<c r="E3" s="1"><v>45000</v></c></row>'
    '<row r="7"><c t="inlineStr"><is><t>không tham chiếu</t></is></c><c><v>3</v></c>'
    '<c r="F7" t="inlineStr"><is><r><t>a</t></r><r><t></t></r><r><t>b</t></r></is></c></row>'
)


def _workbook(rows: str = _ROWS, prolog: str = "") -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["E3"] = date(2023, 3, 15)  # registers a date style (id 1)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                head, _, rest = data.decode().partition("<sheetData>")
                _, _, tail = rest.partition("</sheetData>")
                head = prolog + head  # before the root element (no XML declaration)
                data = (head + "<sheetData>" + rows + "</sheetData>" + tail).encode()
            dst.writestr(info, data)
    return out.getvalue()


def test_value_rows_equal_openpyxl_read_only_values():
    wb = openpyxl.load_workbook(io.BytesIO(_workbook()), read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        ws.reset_dimensions()
        for min_row in (1, 2, 4):
            for max_col in (2, 6, 9):
                expected = list(ws.iter_rows(min_row=min_row, max_col=max_col,
                                             values_only=True))
                assert list(value_rows(ws, min_row, max_col)) == expected
                assert list(value_rows(ws, min_row, max_col, plain=True)) == expected
        rows = list(value_rows(ws, 1, 6))
    finally:
        wb.close()
    assert rows[1][:5] == (" 1.1 ", "Quý II", 12000.5, True, "#N/A")
    assert rows[2][:5] == ("", None, "Mã", None, datetime(2023, 3, 15))
    assert rows[3] == rows[4] == rows[5] == (None,) * 6  # missing rows come blank
    assert rows[6] == ("không tham chiếu", 3, None, None, None, "ab")


def _scan(data: bytes):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return scan_sheet(z, "xl/worksheets/sheet1.xml")


def test_a_sheet_is_plain_unless_it_declares_a_document_type():
    assert _scan(_workbook()).plain
    assert not _scan(_workbook(prolog="<!DOCTYPE worksheet>")).plain


def test_a_workbook_whose_sheet_declares_an_entity_is_refused_on_opening(tmp_path):
    """defusedxml refuses the entity when openpyxl opens the workbook, before
    any row is read (so no such sheet reaches the C parser)."""
    from cbdesk.xlsx.cells import WorkbookRefused
    from cbdesk.xlsx.reader import Book

    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&x;&x;</t></is></c></row>'
    path = tmp_path / "entity.xlsx"
    path.write_bytes(_workbook(rows, prolog='<!DOCTYPE worksheet [<!ENTITY x "lol">]>'))
    assert not _scan(path.read_bytes()).plain
    with pytest.raises(WorkbookRefused):
        Book(path, path.name)


def test_inline_text_is_openpyxls_rich_text_content():
    from xml.etree.ElementTree import fromstring

    from openpyxl.cell.text import Text

    from cbdesk.xlsx.fastcells import inline_text

    for body in ("<t>Mã</t>", "<t/>", "", "<r><t>Quý </t></r><r><rPr><b/></rPr><t>II</t></r>",
                 "<t>đầu</t><r><t> và </t></r><rPh sb='0' eb='1'><t>x</t></rPh><r><t>cuối</t></r>",
                 "<r><t>chạy</t></r><t>trơn</t>", "<t xml:space='preserve'>  cách  </t>",
                 "<t>một</t><t>hai</t>", "<r><rPr/></r><r><t/></r>"):
        el = fromstring(f'<is xmlns="{_NS}">{body}</is>')
        assert inline_text(el) == Text.from_tree(el).content, body
