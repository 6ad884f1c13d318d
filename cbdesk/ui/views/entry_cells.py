"""What the data-entry grid paints, worked out once per cell: the text and
the look of every cell of a grid (display text, paperclip, alignment,
background, foreground, font, flags) as plain tables, built when the grid is
set and redone for a cell when it is edited. A repaint then only indexes
these tables: the view asks ~8 roles of every visible cell on every paint,
and answering them from the grid's objects each time was most of the cost
of switching period.

The figures themselves are the service's (``services.results.entry_grid``);
this only formats them (``core.vnformat``) and picks colours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from cbdesk.core.vnformat import format_number
from cbdesk.ui.common import DASH, GREY, READONLY_BG, RIGHT

FIXED = 4  # code, name, unit, year's target
PENDING_BG = QColor("#fff3b0")
INVALID_BG = QColor("#f8c7c3")

# The roles a paint asks of every visible cell, in the order of a cell's tuple.
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
         Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole,
         Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
SLOT = {int(r.value): i for i, r in enumerate(ROLES)}

_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDIT = _READ | Qt.ItemFlag.ItemIsEditable

_FONTS: dict[tuple[bool, bool], QFont] = {}


def font(bold: bool, italic: bool) -> QFont:
    f = _FONTS.get((bold, italic))
    if f is None:
        f = QFont()
        f.setBold(bold)
        f.setItalic(italic)
        _FONTS[(bold, italic)] = f
    return f


def fixed_cells(r) -> list[tuple]:
    """The four read-only columns of a grid row (code, name, unit, year's target)."""
    plan = r.plan_text or (format_number(r.plan, r.decimals or None)
                           if r.plan is not None else DASH)
    return [(r.code, None, None, READONLY_BG, None, None),
            (("   " * r.depth) + r.name, None, None, READONLY_BG, None, None),
            (r.unit, None, None, READONLY_BG, GREY, None),
            (plan, None, RIGHT, READONLY_BG, GREY, None)]


def alloc_cell(r, area: str) -> tuple:
    v = r.allocations.get(area)
    return ("" if v is None else format_number(v), None, RIGHT, READONLY_BG, GREY, None)


def value_cell(model, r, key: tuple, editable: bool, icon) -> tuple:
    """One figure's cell: as typed (red), pending (yellow, bold), stored, or
    the figure of an overlapping / same-moment period (grey, italic)."""
    cell = model.grid.cells.get(key)
    blocked = cell.blocked_by if cell is not None else None
    shared = cell.shared_from if cell is not None else None
    pending = key in model.pending
    invalid = model.invalid.get(key)
    if invalid is not None:
        text = invalid[0]
    else:
        v = model.pending[key] if pending else (cell.value if cell is not None else None)
        if v is None and (blocked or shared) and not pending:
            text = format_number(cell.derived) if cell.derived is not None else ""
        else:
            text = "" if v is None else format_number(v)
    if invalid is not None:
        bg = INVALID_BG
    elif pending:
        bg = PENDING_BG
    elif not editable:
        bg = READONLY_BG
    else:
        bg = None
    fg = GREY if (blocked or not r.editable or (shared and not pending)) else None
    derived = bool(blocked) or (bool(shared) and not pending)
    return (text, icon(model.attached.get(key, 0)), RIGHT, bg, fg,
            font(pending, derived) if (pending or derived) else None)


def figure_text(value: float) -> str:
    """format_number(value), remembered: a grid shows the same small figures
    many times over, period after period."""
    text = _FIGURES.get(value)
    if text is None:
        if len(_FIGURES) >= 20_000:
            _FIGURES.clear()
        text = _FIGURES[value] = format_number(value)
    return text


_FIGURES: dict[float, str] = {}


def build(model) -> tuple[list[list[tuple]], list[list]]:
    """Every cell's roles and flags, row by row. A plain stored figure (most
    cells) is made here directly; the others by ``value_cell``."""
    from cbdesk.ui.views.attachments_dialog import paperclip_icon

    grid = model.grid
    cells: list[list[tuple]] = []
    flags: list[list] = []
    locked = grid.locked
    stored = grid.cells.get
    pending, invalid, attached = model.pending, model.invalid, model.attached
    for r in grid.rows:
        row = fixed_cells(r)
        frow = [_READ] * FIXED
        open_row = not locked and r.editable
        plain_bg = None if open_row else READONLY_BG
        plain_fg = None if r.editable else GREY
        plain_flag = _EDIT if open_row else _READ
        for kind, area in model.columns:
            if kind == "value":
                key = (r.code, area)
                cell = stored(key)
                if ((cell is None or (cell.blocked_by is None and cell.shared_from is None))
                        and key not in pending and key not in invalid and key not in attached):
                    v = None if cell is None else cell.value
                    row.append(("" if v is None else figure_text(v), None, RIGHT, plain_bg,
                                plain_fg, None))
                    frow.append(plain_flag)
                    continue
                editable = open_row and (cell is None or cell.blocked_by is None)
                row.append(value_cell(model, r, key, editable, paperclip_icon))
                frow.append(_EDIT if editable else _READ)
            else:
                row.append(alloc_cell(r, area))
                frow.append(_READ)
        cells.append(row)
        flags.append(frow)
    return cells, flags


def refresh(model, row: int, col: int) -> None:
    """Work out one value cell again (after an edit, an undo, a redo)."""
    from cbdesk.ui.views.attachments_dialog import paperclip_icon

    key = model.key(row, col)
    if key is None:
        return
    model._cells[row][col] = value_cell(model, model.grid.rows[row], key,
                                        model._flags[row][col] == _EDIT, paperclip_icon)
