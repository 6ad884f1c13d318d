"""The window before the database: the first paint of a SQLite file's window.

``ui.session.open_session`` calls :meth:`EarlyWindow.before_open` once the
one-writer lock is taken (or read-only was chosen) and before the database is
opened. When a standard-library look at the file (``services.startup_peek``)
finds its plans and nobody who must sign in, the main window is built and
shown there, with its frame and the plan selector holding those plans, and
painted; SQLAlchemy, the schema check and the data come after. In every other
case (a server URL, a missing or odd file, users to sign in) nothing is shown
and the start-up goes on as before: open, sign in, then the window.
"""

from __future__ import annotations

from pathlib import Path

PAINT_WAIT_MS = 2000  # at most this long for the first paint before opening


class EarlyWindow:
    def __init__(self, app, probe=None):
        self.app = app
        self.probe = probe
        self.window = None

    def before_open(self, path: Path, read_only: bool) -> None:
        from cbdesk.services.startup_peek import peek

        look = peek(path)
        if look is None or look.has_users:
            return
        from cbdesk.ui.main_window import MainWindow

        window = MainWindow(None, read_only=read_only, db_name=str(path))
        window.show_plans(list(look.years))
        if self.probe is not None:
            self.probe.watch(window)
        window.show()
        from cbdesk.ui import preload

        preload.start()  # SQLAlchemy and the services load while the window paints
        self.window = window
        wait_for_first_paint(self.app, window.plan_combo)
        from cbdesk.ui import preload

        preload.wait()  # the main thread imports SQLAlchemy only after it

    def close(self) -> None:
        """The open failed or was given up: the early window goes away."""
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None


def wait_for_first_paint(app, widget, timeout_ms: int = PAINT_WAIT_MS) -> None:
    """Run the event loop until ``widget`` has been painted and that paint
    flushed (on X the window must be mapped and exposed first), or timeout."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()

    class _Painted(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, loop.quit)  # once this paint pass is flushed
            return False

    watcher = _Painted()
    widget.installEventFilter(watcher)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    widget.removeEventFilter(watcher)
