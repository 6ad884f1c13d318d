"""Cold-start probe, run as a fresh subprocess by benchmarks/run.py.

    python benchmarks/gui_probe.py floor          # a bare PySide6 QMainWindow
    python benchmarks/gui_probe.py app --db PATH  # cbdesk's main window on PATH

Prints the start-up probe's JSON lines — ``{"event": "first_paint"}`` once
the window is shown (the floor: after its first paint, seen by a paint event
filter), ``{"event": "interactive"}`` once its first view has data — then a
summary line, then quits. ``app`` is the fallback used while
cbdesk/ui/startup_probe.py (``CBDESK_STARTUP_PROBE=1``) is missing. The parent measures the wall time from spawning
this process to reading that line, so interpreter start-up and every import
count — that is what a user waits for.

The ``app`` mode does not depend on the main window's API: it wraps
``QApplication.exec`` so that, once cbdesk's own start-up reaches the event
loop, a zero-delay timer (after ``show()`` + ``processEvents()``) polls the
visible main window until one of its item views has rows.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = time.perf_counter()
TIMEOUT_S = 60.0
# CBDESK_PROBE_PROFILE=file.prof: write a cProfile of the start-up there.
_PROFILE_TO = os.environ.get("CBDESK_PROBE_PROFILE")
if _PROFILE_TO:
    import cProfile

    _profiler = cProfile.Profile()
    _profiler.enable()


def _report(**fields) -> None:
    """Say how it went and leave at once: what the app does on quit (saving
    settings, closing dialogs) is not part of the start-up being measured."""
    fields.setdefault("in_process_s", round(time.perf_counter() - T0, 4))
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()
    if _PROFILE_TO:
        _profiler.disable()
        _profiler.dump_stats(_PROFILE_TO)
    os._exit(0 if fields.get("ok") else 3)


def _event(name: str, **fields) -> None:
    """One line of the start-up probe's contract (cbdesk/ui/startup_probe.py):
    ``{"event": "first_paint"}`` / ``{"event": "interactive"}``."""
    sys.stdout.write(json.dumps({"event": name, **fields}) + "\n")
    sys.stdout.flush()


def floor() -> int:
    """A bare QMainWindow that says ``first_paint`` (and, having nothing more
    to load, ``interactive``) once its first paint is done: a paint event
    filter, as the app's probe does, then a zero-delay timer so the line
    comes after the paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    win = QMainWindow()
    win.setWindowTitle("floor")
    win.resize(1200, 800)

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, ready)
            return False

    def ready() -> None:
        _event("first_paint")
        _event("interactive")
        _report(ok=True, mode="floor")

    watcher = FirstPaint(win)
    win.installEventFilter(watcher)
    win.show()
    return app.exec()


def _views_with_rows(win) -> list[str]:
    from PySide6.QtWidgets import QAbstractItemView

    found = []
    for view in win.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            found.append(f"{type(view).__name__}/{type(model).__name__}:{model.rowCount()}")
    return found


def app(db: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    state = {"shown_s": None}
    original_exec = QApplication.exec

    def probe() -> None:
        inst = QApplication.instance()
        wins = [w for w in inst.topLevelWidgets() if isinstance(w, QMainWindow)
                and w.isVisible()]
        if wins and state["shown_s"] is None:
            state["shown_s"] = round(time.perf_counter() - T0, 4)
            _event("first_paint", fallback=True)
        views = _views_with_rows(wins[0]) if wins else []
        if views:
            _event("interactive", fallback=True)
            _report(ok=True, mode="app", shown_s=state["shown_s"], views=views[:3])
            inst.quit()
        elif time.perf_counter() - T0 > TIMEOUT_S:
            _report(ok=False, mode="app", error="no main window with data within "
                    f"{TIMEOUT_S:.0f} s", windows=[type(w).__name__ for w in
                                                    inst.topLevelWidgets()])
            inst.exit(3)
        else:
            QTimer.singleShot(5, probe)

    def exec_and_probe(self=None, *args):
        inst = QApplication.instance()
        inst.processEvents()
        QTimer.singleShot(0, probe)
        return original_exec(*args) if self is None else original_exec(self, *args)

    QApplication.exec = exec_and_probe
    QApplication.exec_ = exec_and_probe
    try:
        from cbdesk.ui.app import run_gui
    except ImportError as e:
        _report(ok=False, mode="app", missing=True, error=str(e))
        return 2
    rc = run_gui(["--db", db])
    return int(rc or 0)


def main() -> int:
    if len(sys.argv) >= 2 and sys.argv[1] == "floor":
        return floor()
    if len(sys.argv) >= 4 and sys.argv[1] == "app" and sys.argv[2] == "--db":
        return app(sys.argv[3])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
