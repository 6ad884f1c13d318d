"""Fitting the office's screens: 1366×768 at 150 % (about 910 × 480 logical
pixels usable) and 1024×768. Views sit in a scroll area (nothing is ever out
of reach), windows and dialogs never open larger than the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# The smallest screen the window is designed for, in logical pixels.
SMALL = (910, 480)


class ViewHolder(QScrollArea):
    """A page of the main window. The view fills the page; when the page is
    smaller than the view's minimum size (it should not be at 910 × 480) the
    view keeps its minimum size and scrolls, so nothing is out of reach."""

    def __init__(self):
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        inner = QWidget()
        QVBoxLayout(inner).setContentsMargins(0, 0, 0, 0)
        self.setWidget(inner)
        inner.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return False

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        inner = self.widget()
        need = inner.minimumSizeHint()
        for _ in range(2):  # a scroll bar that appears takes room from the other side
            room = self.viewport().size()
            size = (max(room.width(), need.width()), max(room.height(), need.height()))
            if (inner.width(), inner.height()) != size:
                inner.resize(*size)


def view_holder() -> QScrollArea:
    return ViewHolder()


def fit_to_screen(widget: QWidget, margin: int = 24) -> None:
    """Shrink (and keep on screen) a window or dialog larger than its screen's
    available area."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    w = min(widget.width(), max(area.width() - margin, 200))
    h = min(widget.height(), max(area.height() - margin, 200))
    if (w, h) != (widget.width(), widget.height()):
        widget.resize(w, h)


def scrolled(page: QWidget) -> QScrollArea:
    """A tall page (a long form) in a scroll area without a frame."""
    scroll = QScrollArea()
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    return scroll


# Settings → Interface size: the window's text at these percentages (saved on
# this computer; UI.md: "the font follows the system's and can be made larger").
FONT_SCALES = (100, 115, 130, 150, 175)


def font_scale(settings) -> int:
    try:
        value = int(settings.value("font_scale", 100) or 100)
    except (TypeError, ValueError):
        return 100
    return value if value in FONT_SCALES else 100


def apply_font_scale(percent: int) -> None:
    """Scale the application font from the system's size (remembered once)."""
    app = QApplication.instance()
    if app is None:
        return
    base = app.property("cbdesk_base_point_size")
    if not base:
        base = app.font().pointSizeF()
        app.setProperty("cbdesk_base_point_size", base)
    font = app.font()
    font.setPointSizeF(float(base) * percent / 100)
    app.setFont(font)


class FitsScreen:
    """A dialog's mixin (first among its bases): shrunk to its screen when
    shown, before it appears (a 720 × 640 form on a 910 × 480 screen would
    hide its buttons). Every dialog of ours carries it
    (tests/ui/test_small_screens.py). It is on the dialogs, not an
    application-wide event filter: such a filter sends every event of every
    widget through Python, and made Python build the enums of every Qt class
    that received one (a quarter of the window's start)."""

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        fit_to_screen(self)
        super().showEvent(event)


def install_screen_habits(settings) -> None:
    """Once per application: the saved interface size."""
    app = QApplication.instance()
    if app is None or app.property("cbdesk_screen_habits"):
        return
    app.setProperty("cbdesk_screen_habits", True)
    scale = font_scale(settings)
    if scale != 100:
        apply_font_scale(scale)
