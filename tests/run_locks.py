"""Locks between test runs for the few things that cannot be private to a run:
the frozen build in this checkout's dist/ (and PyInstaller's cache in the
user's home, shared by every checkout). A run waits for the lock; it never
builds over a bundle another run is testing.

Shared/exclusive file locks (fcntl) in the system's temporary folder; on
Windows (no fcntl) they do nothing — one run at a time there."""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


def lock_path(name: str, root: Path | None = None) -> Path:
    """``name``'s lock file; per checkout when ``root`` is given, else per machine."""
    tag = "" if root is None else "-" + hashlib.sha1(str(root.resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"cbdesk-test-{name}{tag}.lock"


class FileLock:
    def __init__(self, path: Path):
        self.path = path
        self._fh = None

    def acquire(self, shared: bool = False) -> FileLock:
        if fcntl is None:
            return self
        if self._fh is None:
            self._fh = open(self.path, "a+")  # noqa: SIM115 (held until release)
        fcntl.flock(self._fh, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)  # waits
        return self

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


@contextlib.contextmanager
def exclusive(name: str, root: Path | None = None):
    lock = FileLock(lock_path(name, root)).acquire()
    try:
        yield
    finally:
        lock.release()
