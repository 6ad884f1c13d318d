"""Reading the rows of one sheet into plain values, every bad cell reported
with its sheet, row and column (used by the interchange importer)."""

from __future__ import annotations

from collections.abc import Callable

from cbdesk.xlsx.cells import CellError, Issue
from cbdesk.xlsx.reader import Row, Table

BAD = object()  # a cell that could not be read (already reported)


class SheetRows:
    """The rows of one table and the issue list they report into."""

    def __init__(self, file: str, table: Table, issues: list[Issue]):
        self.file = file
        self.table = table
        self.issues = issues

    def has(self, key: str) -> bool:
        return key in self.table.present

    def read(self, row: Row, key: str, reader: Callable, *args):
        """The cell of column ``key`` read by ``reader``; BAD (and an issue)
        when it cannot be read; None when the column is absent."""
        if key not in self.table.present:
            return None
        raw = row.cells.get(key)
        try:
            return reader(raw, *args)
        except CellError as e:
            self.issue(row, key, e.message_vi, e.message_en, raw)
            return BAD

    def issue(self, row: Row | int | None, key: str | None, vi: str, en: str,
              value: object = None, reading: bool = True) -> None:
        number = row.number if isinstance(row, Row) else row
        self.issues.append(Issue(self.file, vi, en, sheet=self.table.sheet, row=number,
                                 column=self.table.headers.get(key) if key else None,
                                 value=value, reading=reading))

    def resolve(self, row: Row, key: str, code: str, known, what_vi: str,
                what_en: str) -> str | None:
        """``code`` as one of ``known`` codes; a number Excel made of ``040``
        finds ``040``. Reports an unknown code and returns None."""
        if code in known:
            return code
        raw = row.cells.get(key)
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            matches = [k for k in known if k.lstrip("0") == code.lstrip("0") and k != code]
            if len(matches) == 1:
                return matches[0]
        self.issue(row, key, f"không có {what_vi} mã ‘{code}’.",
                   f"there is no {what_en} with the code ‘{code}’.", reading=False)
        return None


def ok(*values) -> bool:
    """Whether none of ``values`` is BAD."""
    return all(v is not BAD for v in values)
