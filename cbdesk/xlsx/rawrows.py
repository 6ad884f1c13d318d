"""The rows of the one sheet that grows with the data (`Kết quả`, 100.000 rows
and more), written as worksheet XML directly instead of cell by cell through
openpyxl, whose write-only mode costs several microseconds per cell.

openpyxl still writes the sheet itself — header, widths, frozen pane, print
setup, styles — and registers the cell styles the rows use; :func:`splice`
then puts the rows inside its ``<sheetData>``. Text goes in as inline strings,
as openpyxl's write-only mode does.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

from cbdesk.xlsx.layout import safe_text


class RawRows:
    """Rows of plain values (str, float, None) and their cell styles, as XML."""

    def __init__(self, first_row: int = 2):
        self.next_row = first_row
        self._parts: list[bytes] = []  # each row encoded at once: no second copy as text
        self._text: dict[str, str] = {}

    def _cell_text(self, text: str) -> str:
        found = self._text.get(text)
        if found is None:
            clean = escape(safe_text(text))
            space = ' xml:space="preserve"' if clean != clean.strip() or "\n" in clean else ""
            found = f' t="inlineStr"><is><t{space}>{clean}</t></is></c>'
            if len(self._text) < 50_000:  # codes and periods repeat; notes rarely do
                self._text[text] = found
        return found

    def append(self, values: list, styles: list[int | None]) -> None:
        """One row: ``values[i]`` in column i+1 with style id ``styles[i]``."""
        n = self.next_row
        out = [f'<row r="{n}">']
        for i, value in enumerate(values):
            if value is None or value == "":
                continue
            ref = f"{_LETTERS[i]}{n}"
            style = styles[i]
            s = f' s="{style}"' if style else ""
            if isinstance(value, str):
                out.append(f'<c r="{ref}"{s}{self._cell_text(value)}')
            else:
                number = float(value)
                text = str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(
                    number)
                out.append(f'<c r="{ref}"{s}><v>{text}</v></c>')
        out.append("</row>")
        self._parts.append("".join(out).encode("utf-8"))
        self.next_row += 1

    def chunks(self) -> list[bytes]:
        """The rows' XML, one piece per row (written out as they are: a big
        sheet is never joined into one more copy)."""
        return self._parts


_LETTERS = [chr(ord("A") + i) for i in range(26)]


def style_id(wb, cell) -> int:
    """The workbook's index of ``cell``'s style (registering it), as openpyxl
    computes it when it writes a styled cell."""
    return wb._cell_styles.add(cell._style)


def splice(xlsx: bytes, rows: dict[str, list[bytes]], dimensions: dict[str, str]) -> bytes:
    """``xlsx`` with the pieces ``rows[member]`` put inside the ``<sheetData>``
    of each worksheet part ``member``, and a ``<dimension ref=…>`` added to each
    part of ``dimensions`` (openpyxl's write-only mode writes none, which makes
    streaming readers parse a whole sheet to learn its size). The rows are
    streamed into the new member, never joined: this sets the export's peak
    memory on a big plan."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    missing = set(rows)
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            name = info.filename
            if name in dimensions and b"<dimension" not in data:
                data = _add_dimension(data, dimensions[name])
            info.compress_type = zipfile.ZIP_DEFLATED
            cut = _rows_go_at(data) if name in rows else None
            if cut is None:
                dst.writestr(info, data)
                continue
            missing.discard(name)
            head, tail = cut
            with dst.open(info, "w") as member:
                member.write(head)
                for piece in rows[name]:
                    member.write(piece)
                member.write(tail)
    if missing:  # never a workbook silently missing its rows
        raise RuntimeError(f"no <sheetData> in {sorted(missing)} to put the rows in")
    return out.getvalue()


def _rows_go_at(data: bytes) -> tuple[bytes, bytes] | None:
    """The worksheet XML cut where rows go: (up to the rows, from </sheetData>)."""
    end = data.find(b"</sheetData>")
    if end >= 0:
        return data[:end], data[end:]
    empty = data.find(b"<sheetData/>")
    if empty >= 0:
        return data[:empty] + b"<sheetData>", b"</sheetData>" + data[empty + len(b"<sheetData/>"):]
    return None


def _add_dimension(data: bytes, ref: str) -> bytes:
    """The dimension goes right after <sheetPr> (or first in the worksheet)."""
    tag = f'<dimension ref="{ref}"/>'.encode()
    end = data.find(b"</sheetPr>")
    if end >= 0:
        end += len(b"</sheetPr>")
    else:
        m = re.search(rb"<sheetPr\b[^>]*/>", data) or re.search(rb"<worksheet\b[^>]*>", data)
        if m is None:
            return data
        end = m.end()
    return data[:end] + tag + data[end:]
