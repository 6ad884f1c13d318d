"""Background work: run a function on the global QThreadPool and get its
result (or its exception) back on the UI thread through Qt signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Jobs still running: keeps their signal objects alive until they report.
_running: set[Job] = set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One call of ``fn`` off the UI thread; ``signals.finished(result)`` or
    ``signals.failed(exception)`` are delivered on the thread that made the job."""

    def __init__(self, fn: Callable[[], object]):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported to the UI, never lost in the pool
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_in_background(fn: Callable[[], object], on_done: Callable[[object], None],
                      on_error: Callable[[BaseException], None]) -> Job:
    """Start ``fn`` in the thread pool; call ``on_done(result)`` or
    ``on_error(exc)`` on the UI thread when it ends.

    ``fn`` must not be the first to import a module: import what it needs on
    the UI thread before starting it. A package first imported on a worker
    while the UI thread imports one of its modules deadlocks in Python's
    import locks and one side gets a "partially initialized module" error
    (seen with services.calendar, whose package imports its own modules)."""
    job = Job(fn)

    def done(result, job=job):
        _running.discard(job)
        on_done(result)

    def failed(exc, job=job):
        _running.discard(job)
        on_error(exc)

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def busy() -> bool:
    """Whether any background job is still running (tests wait on this)."""
    return bool(_running)


class BusyBar:
    """An indeterminate progress bar with a caption, shown while a view's
    background work runs (the view stays usable)."""

    def __init__(self, layout, parent=None):
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

        self.widget = QWidget(parent)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addStretch(1)
        self.widget.hide()
        layout.addWidget(self.widget)
        self.count = 0

    def start(self, text: str) -> None:
        self.count += 1
        self.label.setText(text)
        self.widget.show()

    def stop(self) -> None:
        self.count = max(0, self.count - 1)
        if not self.count:
            self.widget.hide()

    @property
    def active(self) -> bool:
        return self.count > 0
