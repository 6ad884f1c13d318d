"""The overview's chart: % of the year's target achieved against % due, a bar
pair per target, legible in grey (solid = achieved, hatched = due) with the
status in words."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from cbdesk.services import target_text as tt
from cbdesk.ui.common import DASH, pct, status_brushes, status_word
from cbdesk.ui.i18n import tr

SOON_DAYS = 30


class ProgressChart(QWidget):
    """Horizontal bars per target: % achieved (solid) against % due (hatched
    outline), with the status in words so a grey printout still reads."""

    clicked = Signal(str)

    ROW = 34
    LABEL_W = 230
    TEXT_W = 210

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list) -> None:
        self.rows = list(rows)
        self.setMinimumHeight(48 + self.ROW * max(len(self.rows), 1) + 8)
        self.setFixedHeight(self.minimumHeight())
        self.update()

    @staticmethod
    def figures(row) -> tuple[float | None, float | None]:
        """(% achieved, % due) of a target row, in percent units; none for a
        threshold (a ceiling or floor is not a share of anything: drawn as the
        threshold line with the value on its side)."""
        if row.progress.threshold:
            return None, None
        share = row.progress.share
        return row.percent_of_target, (share * 100.0 if share is not None else None)

    @staticmethod
    def words(row) -> str:
        """The row's text: the report's own cells (services.target_text)."""
        if row.progress.threshold:
            return f"{tt.ytd_cell(row) or DASH} ({tt.plan_cell(row)}) · {status_word(row.status)}"
        achieved, due = ProgressChart.figures(row)
        return f"{pct(achieved)} / {pct(due)} · {status_word(row.status)}"

    def _legend_two_lines(self) -> bool:
        """A narrow chart (a small screen, longer English words) puts its second
        legend entry on a line of its own instead of cutting it off."""
        fm = self.fontMetrics()
        need = 6 + 24 + fm.horizontalAdvance(tr("Achieved (% of the year's target)")) + 16 \
            + 24 + fm.horizontalAdvance(tr("Due by the end of the period"))
        return need > self.width() - 6

    def _top(self) -> int:
        return 48 if self._legend_two_lines() else 30

    def _scale_max(self) -> float:
        top = 100.0
        for r in self.rows:
            a, d = self.figures(r)
            top = max(top, a or 0, d or 0)
        return min(top, 200.0)

    def row_at(self, y: float) -> int | None:
        i = int((y - self._top()) // self.ROW)
        return i if 0 <= i < len(self.rows) else None

    def mousePressEvent(self, event):  # noqa: N802
        i = self.row_at(event.position().y())
        if i is not None:
            self.clicked.emit(self.rows[i].code)

    def mouseMoveEvent(self, event):  # noqa: N802
        i = self.row_at(event.position().y())
        shape = Qt.CursorShape
        self.setCursor(shape.PointingHandCursor if i is not None else shape.ArrowCursor)
        if i is not None:
            self.setToolTip(f"{self.rows[i].code}. {self.rows[i].name}")

    def paintEvent(self, _event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(self.rect(), Qt.white)
        fm = p.fontMetrics()
        w = self.width()
        x0 = min(self.LABEL_W, int(w * 0.36))
        text_w = min(self.TEXT_W, int(w * 0.30))
        bar_w = max(60, w - x0 - text_w - 12)
        top_pct = self._scale_max()

        def xs(value: float) -> float:
            return x0 + bar_w * max(0.0, min(value, top_pct)) / top_pct

        # Legend
        p.setPen(Qt.black)
        p.setBrush(QColor("#333333"))
        two = self._legend_two_lines()
        lx0 = 6 if two or x0 + 40 + fm.horizontalAdvance(
            tr("Achieved (% of the year's target)") + tr("Due by the end of the period")) \
            > w else x0
        p.drawRect(QRectF(lx0, 8, 18, 10))
        p.drawText(int(lx0 + 24), 18, tr("Achieved (% of the year's target)"))
        lx = 6 if two else lx0 + 34 + fm.horizontalAdvance(tr("Achieved (% of the year's target)"))
        ly = 26 if two else 8
        p.setBrush(QBrush(QColor("#333333"), Qt.BrushStyle.BDiagPattern))
        p.drawRect(QRectF(lx, ly, 18, 10))
        p.drawText(int(lx + 24), ly + 10, tr("Due by the end of the period"))

        # 100 % line
        p.setPen(QPen(QColor("#888888"), 1, Qt.PenStyle.DashLine))
        x100 = xs(100.0)
        p.drawLine(int(x100), self._top() - 4, int(x100), self.height() - 4)

        for i, r in enumerate(self.rows):
            y = self._top() + i * self.ROW
            if i % 2:
                p.fillRect(0, y, w, self.ROW, QColor("#f6f6f6"))
            label = fm.elidedText(f"{r.code}  {r.name}", Qt.TextElideMode.ElideRight, x0 - 12)
            p.setPen(Qt.black)
            p.drawText(QRectF(6, y, x0 - 10, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            achieved, due = self.figures(r)
            bg, fg = status_brushes(r.status)
            if due is not None:
                p.setPen(QPen(QColor("#222222"), 1))
                p.setBrush(QBrush(QColor("#555555"), Qt.BrushStyle.BDiagPattern))
                p.drawRect(QRectF(x0, y + 5, max(xs(due) - x0, 1), 10))
            if achieved is not None:
                p.setPen(QPen(fg.darker(130), 1))
                p.setBrush(fg)
                p.drawRect(QRectF(x0, y + 17, max(xs(achieved) - x0, 1), 11))
            if r.progress.threshold and r.ytd is not None and r.target is not None:
                # A threshold: its line across the middle of the bar area and
                # the value a dot on its side (below a ceiling is left of it,
                # above a floor right of it) — never a bar of a ratio.
                xt = x0 + bar_w / 2
                p.setPen(QPen(Qt.black, 2))
                p.drawLine(int(xt), y + 4, int(xt), y + self.ROW - 4)
                side = 0 if abs(r.ytd - r.target) < 1e-9 else (-1 if r.ytd < r.target else 1)
                mx = xt + 16 * side
                p.setPen(QPen(fg.darker(130), 1))
                p.setBrush(fg)
                p.drawEllipse(QRectF(mx - 5, y + self.ROW / 2 - 5, 10, 10))
            text = self.words(r)
            p.setPen(fg)
            p.drawText(
                QRectF(x0 + bar_w + 8, y, text_w, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                fm.elidedText(text, Qt.TextElideMode.ElideRight, text_w),
            )
        p.end()
