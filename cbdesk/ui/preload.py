"""Importing what opening the database needs (SQLAlchemy, the models, the
services of the first view) on a background thread while the main thread
builds, shows and paints the window: the same imports, overlapped with Qt's
own work (PySide6 lets go of the GIL inside Qt calls).

What is imported is :mod:`cbdesk.services.warmup`'s list; this module only
runs it on a thread. Nothing run there may import Qt or any ``cbdesk.ui``
module. A failure is ignored: the main thread then imports (and reports) as it
would have anyway.
"""

from __future__ import annotations

import threading

_thread: threading.Thread | None = None


def _run() -> None:
    from cbdesk.services.warmup import warm_up

    warm_up()


def wait() -> None:
    """Let the preloader finish before the calling (main) thread imports any of
    it: SQLAlchemy's package has import cycles of its own that only work when
    one thread imports them."""
    if _thread is not None and _thread is not threading.current_thread():
        _thread.join()


def running() -> bool:
    """The preloader has started and not finished."""
    return _thread is not None and _thread.is_alive()


def start() -> None:
    """Start the preloader once (a no-op when it already ran or runs)."""
    global _thread
    if _thread is None:
        _thread = threading.Thread(target=_run, name="cbdesk-preload", daemon=True)
        _thread.start()
