"""The data-entry grid's model: targets down; code, name, unit and the year's
target (read-only, grey) then the whole province and each area. Edits are
kept as pending values until saved; invalid input is kept red, not accepted."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QUndoCommand

from cbdesk.core.vnformat import NumberFormatError, format_number, parse_number
from cbdesk.services import validation
from cbdesk.services.results import CellChange, Grid
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.views import entry_cells
from cbdesk.ui.views.entry_cells import FIXED, INVALID_BG, PENDING_BG, SLOT

__all__ = ["FIXED", "INVALID_BG", "PENDING_BG", "EditCommand", "EntryModel"]

_ROOT = QModelIndex()  # the invalid index, as a default argument
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_EDIT_ROLE = int(Qt.ItemDataRole.EditRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_VERTICAL = Qt.Orientation.Vertical  # asked hundreds of times a repaint: no lookups


class EntryModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid: Grid | None = None
        self.pending: dict[tuple, float | None] = {}
        self.invalid: dict[tuple, tuple[str, str]] = {}
        self.show_allocations = False
        self.columns: list[tuple[str, str | None]] = []  # ("value"|"alloc", area code)
        # (target code, area code) -> attachments of the cell in this period (paperclip)
        self.attached: dict[tuple, int] = {}
        # What a paint asks, worked out once per grid (entry_cells): per row, per
        # column, a tuple of the roles in entry_cells.ROLES; and the item flags.
        self._cells: list[list[tuple]] = []
        self._flags: list[list] = []
        self._headers: list[str] = []

    # -- data ---------------------------------------------------------------
    def set_grid(self, grid: Grid, attached: dict[tuple, int] | None = None) -> None:
        """Show ``grid`` (one reset); ``attached``: the cells' attachment counts."""
        self.beginResetModel()
        self.grid = grid
        if attached is not None:
            self.attached = attached
        self.pending.clear()
        self.invalid.clear()
        self._columns()
        self.endResetModel()

    def set_show_allocations(self, on: bool) -> None:
        self.beginResetModel()
        self.show_allocations = on
        self._columns()
        self.endResetModel()

    def set_attached(self, attached: dict[tuple, int]) -> None:
        """New attachment counts (paperclips) for the cells of this period."""
        self.attached = attached
        self._build()
        if self._cells:
            self.dataChanged.emit(self.index(0, FIXED), self.index(
                len(self._cells) - 1, self.columnCount() - 1))

    def _columns(self) -> None:
        self.columns = []
        if self.grid is not None:
            for c in self.grid.columns:
                if self.show_allocations and c.area is not None:
                    self.columns.append(("alloc", c.area))
                self.columns.append(("value", c.area))
        self._build()

    def _build(self) -> None:
        if self.grid is None:
            self._cells, self._flags, self._headers = [], [], []
            return
        self._cells, self._flags = entry_cells.build(self)
        names = {c.area: c.name for c in self.grid.columns}
        self._headers = [tr("Code"), tr("Target"), tr("Unit"), tr("Year's target")]
        for kind, area in self.columns:
            name = _two_lines(tr("Whole province") if area is None else names[area])
            self._headers.append((tr("Plan") + "\n" + name) if kind == "alloc" else name)

    def key(self, row: int, col: int) -> tuple | None:
        if self.grid is None or col < FIXED or row >= len(self.grid.rows):
            return None
        kind, area = self.columns[col - FIXED]
        if kind != "value":
            return None
        return (self.grid.rows[row].code, area)

    def is_editable(self, row: int, col: int) -> bool:
        k = self.key(row, col)
        if k is None or self.grid.locked or not self.grid.rows[row].editable:
            return False
        return self.grid.cell(*k).blocked_by is None

    def editable_columns(self) -> list[int]:
        return [FIXED + i for i, (kind, _) in enumerate(self.columns) if kind == "value"]

    def value(self, key: tuple) -> float | None:
        if key in self.pending:
            return self.pending[key]
        return self.grid.cell(*key).value

    def changes(self) -> list[CellChange]:
        return [CellChange(t, a, v) for (t, a), v in self.pending.items()]

    def versions(self) -> dict:
        return {k: self.grid.cell(*k).version for k in self.pending}

    def has_changes(self) -> bool:
        return bool(self.pending or self.invalid)

    # -- Qt -----------------------------------------------------------------
    def rowCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() or self.grid is None else FIXED + len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if self.grid is None or orientation == _VERTICAL:
            return None
        if role == _DISPLAY:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        if role == _TOOLTIP and section >= FIXED:
            kind, area = self.columns[section - FIXED]
            return area or tr("Whole province")
        return None

    def look(self, row: int, col: int) -> tuple | None:
        """What the cell paints (entry_cells.ROLES order), None outside the grid."""
        if 0 <= row < len(self._cells):
            cells = self._cells[row]
            if 0 <= col < len(cells):
                return cells[col]
        return None

    def flags(self, index):
        row, col = index.row(), index.column()
        if 0 <= row < len(self._flags) and 0 <= col < len(self._flags[row]):
            return self._flags[row][col]
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=_DISPLAY):
        """What a paint asks comes from the tables built with the grid; the edit
        text and the tooltips (asked one cell at a time) are worked out here."""
        slot = SLOT.get(role)
        if slot is not None:
            row = index.row()
            if row < 0 or row >= len(self._cells):
                return None
            return self._cells[row][index.column()][slot]
        if role != _EDIT_ROLE and role != _TOOLTIP:
            return None
        if not index.isValid() or self.grid is None:
            return None
        row, col = index.row(), index.column()
        r = self.grid.rows[row]
        if col < FIXED:
            return r.name if role == _TOOLTIP and col == 1 else None
        kind, area = self.columns[col - FIXED]
        if kind == "alloc":
            return None
        key = (r.code, area)
        cell = self.grid.cell(*key)
        if role == _EDIT_ROLE:
            if key in self.invalid:
                return self.invalid[key][0]
            v = self.value(key)
            return "" if v is None else format_number(v)
        if key in self.invalid:
            return self.invalid[key][1]
        if cell.blocked_by:
            return tr("Entered by smaller periods (e.g. %1); the figure shown is "
                      "their total and is edited there.").replace("%1", cell.blocked_by)
        if cell.shared_from and key not in self.pending:
            return tr("The figure of %1, which ends the same day: one figure per moment. "
                      "Typing another one here replaces it.").replace("%1", cell.shared_from)
        if not r.editable:
            return tr("A qualitative target takes no figure.")
        alloc = r.allocations.get(area) if area else r.plan
        if alloc is not None:
            return tr("Plan:") + " " + format_number(alloc)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        """Direct edit (no undo); the view goes through :meth:`apply` instead."""
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index.row(), index.column()):
            return False
        self.apply({self.key(index.row(), index.column()): self.parse(value)})
        return True

    # -- edits --------------------------------------------------------------
    @staticmethod
    def parse(text) -> tuple[str, float | None, str | None]:
        """(raw text, value, error message)."""
        raw = "" if text is None else str(text)
        try:
            return raw, parse_number(raw), None
        except NumberFormatError as e:
            return raw, None, e.message(lang())

    def state(self, key: tuple) -> tuple:
        """The cell's edit state, for undo: ("pending"|"invalid"|"stored", payload)."""
        if key in self.invalid:
            return ("invalid", self.invalid[key])
        if key in self.pending:
            return ("pending", self.pending[key])
        return ("stored", None)

    def restore(self, states: dict[tuple, tuple]) -> None:
        for key, (kind, payload) in states.items():
            self.pending.pop(key, None)
            self.invalid.pop(key, None)
            if kind == "pending":
                self.pending[key] = payload
            elif kind == "invalid":
                self.invalid[key] = payload
        self._changed(states)

    def range_problem(self, key: tuple, value: float | None) -> str | None:
        """The service's own range check of a figure (a rate over 100, a negative
        count), as the cell is typed or pasted rather than at Save."""
        row = next((r for r in self.grid.rows if r.code == key[0]), None)
        if row is None or value is None:
            return None
        found = validation.check_value(row.code, row.unit, row.kind, value, "giá trị", "value")
        if not found:
            return None
        text = found[0][0 if lang() == "vi" else 1]
        return text.split(": ", 1)[1] if ": " in text else text

    def where(self, key: tuple) -> str:
        """"1.1 · Bảo Lâm": the target and the area of a cell, in words."""
        name = tr("Whole province") if key[1] is None else next(
            (c.name for c in self.grid.columns if c.area == key[1]), key[1])
        return f"{tr('Target')} {key[0]} · {name}"

    def apply(self, edits: dict[tuple, tuple[str, float | None, str | None]]) -> None:
        for key, (raw, value, error) in edits.items():
            self.pending.pop(key, None)
            self.invalid.pop(key, None)
            error = error or self.range_problem(key, value)
            if error:
                self.invalid[key] = (raw, error)
            elif value != self.grid.cell(*key).value:
                self.pending[key] = value
        self._changed(edits)

    def _changed(self, keys) -> None:
        codes = {r.code: i for i, r in enumerate(self.grid.rows)}
        cols = {c[1]: FIXED + i for i, c in enumerate(self.columns) if c[0] == "value"}
        for t, a in keys:
            entry_cells.refresh(self, codes[t], cols[a])
            idx = self.index(codes[t], cols[a])
            self.dataChanged.emit(idx, idx)


class EditCommand(QUndoCommand):
    """One user edit (a typed value, a paste, a clear) — undoable."""

    def __init__(self, model: EntryModel, edits: dict, text: str):
        super().__init__(text)
        self.model, self.edits = model, edits
        self.before = {k: model.state(k) for k in edits}

    def redo(self) -> None:
        self.model.apply(self.edits)

    def undo(self) -> None:
        self.model.restore(self.before)


def _two_lines(name: str) -> str:
    """A long area name over two header lines (Thành phố / Cao Bằng)."""
    words = name.split()
    if len(name) <= 11 or len(words) < 2:
        return name
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i]))
                                                      - len(" ".join(words[i:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])
