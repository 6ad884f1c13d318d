"""Importing what opening the database needs (SQLAlchemy, the models, the
services of the first view) on a background thread while the main thread
builds, shows and paints the window: the same imports, overlapped with Qt's
own work (PySide6 lets go of the GIL inside Qt calls).

Imports are thread-safe in Python (per-module locks); the main thread simply
waits for a module the preloader is still importing. Nothing here may import
Qt or any ``cbdesk.ui`` module. A failure is ignored: the main thread then
imports (and reports) as it would have anyway.
"""

from __future__ import annotations

import importlib
import threading

MODULES = (
    "sqlalchemy.orm",
    "cbdesk.db.models",
    "cbdesk.services.database",
    "cbdesk.services.identity",
    "cbdesk.services.backup",
    "cbdesk.services.users",
    "cbdesk.services.settings",
    "cbdesk.services.plans",
    "cbdesk.services.progress",
    "cbdesk.services.target_text",
    "cbdesk.services.setup.first_start",
)

_thread: threading.Thread | None = None


def _run() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the main thread imports it again and says why
            return
    try:
        from sqlalchemy.orm import configure_mappers

        configure_mappers()  # the first query's mapper set-up, done here
    except Exception:  # noqa: BLE001
        pass


def wait() -> None:
    """Let the preloader finish before the calling (main) thread imports any of
    it: SQLAlchemy's package has import cycles of its own that only work when
    one thread imports them."""
    if _thread is not None and _thread is not threading.current_thread():
        _thread.join()


def start() -> None:
    """Start the preloader once (a no-op when it already ran or runs)."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_run, name="cbdesk-preload", daemon=True)
        _thread.start()
