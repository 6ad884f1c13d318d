"""The daily start-up backup, off the window's critical path but before any
write: the backup of the file as it was opened.

Order at start (``ui.app``): the one-writer lock, the open (schema upgrade
with its own copy), the window and its first view; then :class:`DailyBackup`
is created on the UI thread before control goes back to the event loop, so
before any user action. From then on every INSERT/UPDATE/DELETE through
``db`` waits until the backup is made (or found not due): :meth:`run`, on a
background thread, copies the file and opens the gate. A write that comes
first also tells the backup to start at once, so nothing waits on anything
but the copy itself.
"""

from __future__ import annotations

import re
import threading

from sqlalchemy import event

# COPY: imports stream their rows into PostgreSQL with COPY … FROM STDIN (db/bulk.py).
_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|COPY)\b",
                    re.IGNORECASE)
WAIT_S = 300.0  # a write never waits longer than this for the copy


class DailyBackup:
    def __init__(self, db):
        self.db = db
        self._done = threading.Event()
        self._go = threading.Event()
        self.result = None
        event.listen(db.engine, "before_cursor_execute", self._hold_writes)

    def _hold_writes(self, conn, cursor, statement, parameters, context, executemany):
        if self._done.is_set() or not _WRITE.match(statement):
            return
        if threading.current_thread() is self._worker:
            return  # the backup's own work is never held
        self._go.set()
        self._done.wait(WAIT_S)

    _worker: threading.Thread | None = None

    def start_now(self) -> None:
        """The window is interactive: the copy may start."""
        self._go.set()

    def finished(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def run(self):
        """The daily backup (None when one exists for today); the gate opens
        when it ends, made or failed."""
        from cbdesk.services import backup

        self._worker = threading.current_thread()
        try:
            self._go.wait(WAIT_S)
            self.result = backup.backup_if_due(self.db)
            return self.result
        finally:
            self._done.set()
