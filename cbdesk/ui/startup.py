"""The window before the database: the first paint of a SQLite file's window.

``ui.session.open_session`` calls :meth:`EarlyWindow.before_open` once the
one-writer lock is taken (or read-only was chosen) and before the database is
opened. When a standard-library look at the file (``services.startup_peek``)
finds its plans and nobody who must sign in, the main window is built and
shown there, with its frame and the plan selector holding those plans, and
painted. When the file is at this version's schema and the remembered view
is the Targets view, that view is filled next from the same kind of look
(``services.first_view``: the very rows ``services.progress`` makes) and
painted. Only then do SQLAlchemy and the services load, on a thread, while the
event loop keeps the window painted; keys and clicks in that time (about
0,4 s) are held and handled once the database is open (the window's actions
need it). The schema check, the open and the data read through the services
come after, as before. In every other
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
        self.window = window
        from cbdesk.ui import preload

        early_view = self._wants_first_view()
        if not early_view:  # nothing more to show: SQLAlchemy loads while the window paints
            preload.start()
        wait_for_first_paint(self.app, window.plan_combo)
        from cbdesk.ui.menus import apply_shortcuts

        apply_shortcuts(window)
        if early_view:
            self._first_view(path)
            preload.start()  # SQLAlchemy and the services: on a thread, the view painted
        wait_holding_input(self.app, preload.running)
        preload.wait()  # the main thread imports SQLAlchemy only after it

    def _wants_first_view(self) -> bool:
        """The remembered view is the Targets view, for a chosen plan and period."""
        from cbdesk.ui.ui_settings import app_settings

        window = self.window
        return (app_settings().value("view", "targets") == "targets"
                and window.year is not None and window.period is not None)

    def _first_view(self, path: Path) -> None:
        """The Targets view filled from a standard-library read, and painted."""
        window = self.window
        from cbdesk.services.first_view import target_rows

        rows = target_rows(path, window.year, window.period)
        if rows is None:  # anything unusual: the normal open decides
            return
        window.show_first_view("targets", rows)
        if self.probe is not None:
            self.probe.interactive()
        wait_for_first_paint(self.app, window.view("targets").tree.viewport())

    def close(self) -> None:
        """The open failed or was given up: the early window goes away."""
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None


def wait_holding_input(app, busy, poll_ms: int = 5) -> None:
    """Run the event loop (paints, timers) while ``busy()`` is true; keys and
    clicks wait in the queue until it returns."""
    from PySide6.QtCore import QEventLoop, QTimer

    if not busy():
        return
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: None if busy() else loop.quit())
    timer.start(poll_ms)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()


def wait_for_first_paint(app, widget, timeout_ms: int = PAINT_WAIT_MS) -> None:
    """Run the event loop until ``widget`` has been painted and that paint
    flushed (on X the window must be mapped and exposed first), or timeout;
    keys and clicks wait (the database is not open yet)."""
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
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    widget.removeEventFilter(watcher)
