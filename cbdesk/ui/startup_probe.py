"""Start-up timing lines for the benchmark (``CBDESK_STARTUP_PROBE=1``).

With the variable set, the window's start writes JSON lines to stdout, each
flushed at once, so a parent process can time spawn → line:

- ``{"event": "first_paint"}`` once the main window has been painted with its
  plan selector (the QComboBox named ``planSelector``) visible and holding the
  plans, and that paint flushed to the screen (on X: a round trip to the
  server after the backing store was flushed);
- ``{"event": "interactive"}`` once the first view shows the plan's data,
  has been painted, and control is back in the event loop. When the first
  view is shown before the database opens (``ui.startup``), keys and clicks
  typed in the next ~0,4 s wait in the queue until it is open.

``interactive`` never comes before ``first_paint``. Without the variable
nothing of this module is imported (:func:`enabled` is read by ``ui.app``
with ``os.environ`` only) and nothing is printed.
"""

from __future__ import annotations

import json
import os
import sys

ENV = "CBDESK_STARTUP_PROBE"
PLAN_SELECTOR = "planSelector"


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


def say(event: str) -> None:
    """One JSON line on stdout, flushed (a windowed build may have no stdout)."""
    out = sys.stdout
    if out is None:
        return
    try:
        out.write(json.dumps({"event": event}) + "\n")
        out.flush()
    except (OSError, ValueError):  # a closed pipe must not stop the window
        pass


class Probe:
    """Watches the main window's paint events (only while the probe is on)."""

    def __init__(self, app):
        from PySide6.QtCore import QEvent, QObject

        self.app = app
        self.said: list[str] = []
        self.window = None  # the main window, once it exists
        self.ready = False  # the first view holds the plan's data
        self._pending: set[str] = set()
        paint = QEvent.Type.Paint
        probe = self

        class _Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
                if event.type() == paint:
                    probe._painted(obj)
                return False

        # On the main window only, as the benchmark's floor watches its own
        # window: a filter on the application would send every event of every
        # widget through Python, a cost of the probe that users never pay.
        self._filter = _Filter()

    # -- what the app tells the probe ----------------------------------------
    def watch(self, window) -> None:
        """The main window whose first paint and first view are timed."""
        if self.window is not None:
            self.window.removeEventFilter(self._filter)
        self.window = window
        window.installEventFilter(self._filter)

    def interactive(self) -> None:
        """The first view holds the plan's data: say so after its next paint."""
        self.ready = True
        if self.window is not None:
            self.window.update()  # its next paint shows the data

    # -- paint events --------------------------------------------------------
    def _painted(self, obj) -> None:
        win = self.window
        if win is None or not obj.isWidgetType() or obj.window() is not win:
            return
        if "first_paint" not in self.said and "first_paint" not in self._pending:
            from PySide6.QtWidgets import QComboBox

            combo = win.findChild(QComboBox, PLAN_SELECTOR)
            if (combo is not None and combo.isVisible() and win.isVisible()
                    and getattr(win, "plans_loaded", False)):
                self._after_loop("first_paint")
        if self.ready and "interactive" not in self._pending:
            self._after_loop("interactive")

    def _after_loop(self, event: str) -> None:
        """Say ``event`` once this paint pass is over and flushed (a zero timer
        runs when control is back in the event loop)."""
        from PySide6.QtCore import QTimer

        self._pending.add(event)
        QTimer.singleShot(0, lambda: self._say(event))

    def _say(self, event: str) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QGuiApplication

        if event in self.said:
            return
        if event == "interactive" and "first_paint" not in self.said:
            QTimer.singleShot(0, lambda: self._say(event))  # keep the order
            return

        QGuiApplication.sync()  # on X: the server has the painted pixels
        self.said.append(event)
        say(event)
        if len(self.said) == 2 and self.window is not None:
            self.window.removeEventFilter(self._filter)


_probe: Probe | None = None


def install(app) -> Probe:
    global _probe
    _probe = Probe(app)
    return _probe


def current() -> Probe | None:
    return _probe
