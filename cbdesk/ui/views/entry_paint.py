"""How a cell of the data-entry grid is painted: its background, its figure
laid out once and kept (QStaticText), the paperclip, and the current cell
framed as a spreadsheet frames it.

Qt's own item painting lays out every cell's text again on every paint
(shaping, eliding) and asks the model for eight roles one Python call at a
time; with ~400 cells on screen that was most of a period switch
(docs/benchmarks.md). This paints from the look the model works out once per
grid (entry_cells: text, icon, alignment, background, foreground, font).
The model still answers every role for everything else that reads it
(copy, accessibility, tests)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

# Plain ints: a Qt flag is a Python enum, and each `&` on one makes another
# (about a microsecond; a paint tests three per cell).
_SELECTED = QStyle.StateFlag.State_Selected.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_ELIDE = Qt.TextElideMode.ElideRight
_PLAIN = Qt.TextFormat.PlainText
_ICON = 16  # the paperclip's size (attachments_dialog.paperclip_icon)
_KEEP = 6000  # laid-out texts kept; a few periods' worth of a large plan


class CellPainter(QStyledItemDelegate):
    """Paints the grid's cells from ``model.look(row, col)``; editing stays
    QStyledItemDelegate's (a line edit)."""

    def __init__(self, view):
        super().__init__(view)
        self.margin = view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        self._look = view.model().look  # the grid's model is set before its painter
        self._laid: dict[tuple, tuple[QStaticText, float, float]] = {}
        self._colours: dict[int, tuple] = {}

    def forget(self) -> None:
        """The view's font or palette changed: lay out and look up again."""
        self._laid.clear()
        self._colours.clear()

    def paint(self, painter, option, index):
        look = self._look(index.row(), index.column())
        if look is None:
            super().paint(painter, option, index)
            return
        text, icon, align, bg, fg, font = look
        rect = option.rect
        x, y, w, h = rect.getRect()
        state = option.state.value
        active = state & _ACTIVE
        colours = self._colours.get(active) or self._look_up(option.palette, active)
        text_colour, base_colour, highlight, highlight_text = colours
        # The current cell stays in its own colours inside its frame, as a
        # spreadsheet shows the active cell of a selection.
        focus = state & _FOCUS
        selected = state & _SELECTED and not focus
        if selected:
            painter.fillRect(rect, highlight)
        elif bg is not None:
            painter.fillRect(rect, bg)
        elif focus:  # the view has filled a selected row's panel already
            painter.fillRect(rect, base_colour)
        left = x + self.margin
        if icon is not None:
            icon.paint(painter, QRect(left, y + (h - _ICON) // 2, _ICON, _ICON))
            left += _ICON + self.margin
        right = x + w - self.margin  # one past the text's last pixel
        if text:
            # The painter holds the view's font; a bold or italic cell sets
            # its own and puts the view's back.
            shown = None if font is None else font.resolve(option.font)
            static, tw, th = self._layout(text, right - left, font, shown, painter)
            if shown is not None:
                painter.setFont(shown)
            painter.setPen(highlight_text if selected else fg if fg is not None
                           else text_colour)
            tx = max(right - round(tw), left) if align is not None else left
            painter.drawStaticText(tx, y + (h - round(th)) // 2, static)
            if shown is not None:
                painter.setFont(option.font)
        if focus:
            # Framed (Qt's dotted focus line is hard to find in a grid of figures).
            painter.setPen(QPen(highlight.color(), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _look_up(self, palette, active: int) -> tuple:
        """(text colour, base colour, highlight brush, highlighted text colour)
        of the view's palette, looked up once per palette (a look-up with enum
        arguments costs more than the rest of a cell; ``forget`` on a change)."""
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        role = QPalette.ColorRole
        found = self._colours[active] = (
            palette.color(group, role.Text), palette.color(group, role.Base),
            palette.brush(group, role.Highlight), palette.color(group, role.HighlightedText))
        return found

    def _layout(self, text: str, width: int, font, shown: QFont | None, painter):
        key = (text, width, id(font))  # entry_cells keeps one QFont per look
        laid = self._laid.get(key)
        if laid is None:
            if len(self._laid) >= _KEEP:
                self._laid.clear()
            metrics = painter.fontMetrics() if shown is None else QFontMetrics(shown)
            elided = metrics.elidedText(text, _ELIDE, max(width, 0))
            static = QStaticText(elided)
            static.setTextFormat(_PLAIN)
            static.prepare(QTransform(), painter.font() if shown is None else shown)
            size = static.size()
            laid = self._laid[key] = (static, size.width(), size.height())
        return laid
