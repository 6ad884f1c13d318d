"""One writer per SQLite file: a lock file next to the database.

``<db>.lock`` holds who has the file open (pid, host, user, time) and is locked
by the operating system (``msvcrt.locking`` on Windows, ``fcntl.flock`` on
POSIX) for as long as the holder runs. The OS drops the lock when the holder
dies, however it dies (killed, power cut), so a stale lock is simply taken
over. A second instance gets :class:`AlreadyOpen` naming the holder, and the
GUI can offer to open the database read-only instead.

Also here: :func:`is_network_path` and :func:`network_warning`, since a SQLite
file on a network share is the one set-up where neither WAL nor the lock file
can be trusted.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cbdesk.services.errors import ServiceError

# Windows: the byte that is locked, far from the JSON at offset 0 so that the
# holder's details stay readable by the instance that is refused.
_WIN_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or last held) a lock file."""

    pid: int | None = None
    host: str = ""
    user: str = ""
    since: str = ""  # ISO date-time

    def describe(self, lang: str = "vi") -> str:
        if lang == "vi":
            who = self.user or "không rõ"
            return (f"{who} trên máy {self.host or 'không rõ'} (tiến trình {self.pid or '?'}, "
                    f"từ {self.since or '?'})")
        who = self.user or "unknown"
        return (f"{who} on {self.host or 'unknown host'} (process {self.pid or '?'}, "
                f"since {self.since or '?'})")


class AlreadyOpen(ServiceError):
    """Another instance of cbdesk has the database open for writing."""

    def __init__(self, db_path: Path, holder: LockHolder):
        super().__init__(
            f"Cơ sở dữ liệu '{db_path}' đang được mở bởi {holder.describe('vi')}. "
            "Chỉ một người được ghi vào tệp tại một thời điểm; có thể mở ở chế độ chỉ đọc.",
            f"The database '{db_path}' is open by {holder.describe('en')}. Only one person "
            "may write to the file at a time; it can be opened read-only.",
        )
        self.db_path = db_path
        self.holder = holder


def lock_path_for(db_path: Path) -> Path:
    """``<db>.lock`` beside the database file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def read_holder(lock_file: Path) -> LockHolder:
    """The details written in a lock file (empty when unreadable)."""
    try:
        with open(lock_file, encoding="utf-8") as f:
            data = json.loads(f.read(4096) or "{}")
    except (OSError, ValueError):
        return LockHolder()
    if not isinstance(data, dict):
        return LockHolder()
    pid = data.get("pid")
    return LockHolder(pid=pid if isinstance(pid, int) else None, host=str(data.get("host", "")),
                      user=str(data.get("user", "")), since=str(data.get("since", "")))


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (service account, container)
        user = ""
    return LockHolder(pid=os.getpid(), host=socket.gethostname(), user=user,
                      since=datetime.now().isoformat(timespec="seconds"))


def _try_os_lock(fd: int) -> bool:
    """Take the OS lock on ``fd`` without waiting; False when someone has it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """The write lock of one SQLite file. Use :meth:`acquire` / :meth:`release`,
    or as a context manager. ``previous`` is the holder found in a stale lock
    file that was taken over (None when the file was free or new)."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self._fd: int | None = None
        self.previous: LockHolder | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise :class:`AlreadyOpen` naming who has it."""
        if self._fd is not None:
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_os_lock(fd):
            os.close(fd)
            raise AlreadyOpen(self.db_path, read_holder(self.path))
        old = read_holder(self.path)
        self.previous = old if old.pid is not None else None
        payload = json.dumps(_me().__dict__, ensure_ascii=False).encode("utf-8")
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, payload)
        try:
            os.fsync(fd)
        except OSError:
            pass
        self._fd = fd
        return self

    def release(self) -> None:
        """Let go of the lock. The file stays (deleting it would race with an
        instance that opened it meanwhile); it is emptied so nobody is named."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        try:
            _os_unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def acquire(db_path: Path) -> InstanceLock:
    """Take the write lock of ``db_path`` (raises AlreadyOpen)."""
    return InstanceLock(db_path).acquire()


# ---------------------------------------------------------------- network paths

NETWORK_FSTYPES = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "smb2", "ncpfs", "afs", "9p", "ceph",
    "glusterfs", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "lustre", "davfs",
    "fuse.davfs2", "fuse.rclone",
})

_DRIVE_REMOTE = 4


def _is_unc(text: str) -> bool:
    t = text.replace("/", "\\")
    if t.startswith("\\\\?\\") or t.startswith("\\\\.\\"):
        return t[4:].upper().startswith("UNC\\")
    return t.startswith("\\\\") and len(t) > 2 and t[2] not in "\\"


def _windows_drive_is_remote(text: str) -> bool:
    if len(text) < 2 or text[1] != ":":
        return False
    try:
        import ctypes

        get_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
        return get_type(text[:2] + "\\") == _DRIVE_REMOTE
    except Exception:  # not Windows, or the call is unavailable
        return False


def _mount_fstype(path: str, mounts_text: str) -> str | None:
    """The file-system type of the longest mount point containing ``path``."""
    best, best_type = "", None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if path == point or path.startswith(point.rstrip("/") + "/") or point == "/":
            if len(point) >= len(best):
                best, best_type = point, parts[2]
    return best_type


def is_network_path(path: str | os.PathLike, mounts_text: str | None = None) -> bool:
    """Whether ``path`` is on a network share: a UNC path (``\\\\server\\share``),
    on Windows a mapped network drive, on POSIX a path on an nfs/cifs/smb… mount
    (read from /proc/mounts, or ``mounts_text`` in tests)."""
    text = str(path)
    if _is_unc(text):
        return True
    if sys.platform == "win32":
        try:
            text = os.path.abspath(text)
        except (OSError, ValueError):
            pass
        return _windows_drive_is_remote(text)
    if mounts_text is None:
        try:
            with open("/proc/mounts", encoding="utf-8", errors="replace") as f:
                mounts_text = f.read()
        except OSError:
            return False
    try:
        resolved = str(Path(text).expanduser().resolve())
    except (OSError, RuntimeError):
        resolved = os.path.abspath(text)
    fstype = _mount_fstype(resolved, mounts_text)
    return fstype is not None and fstype.lower() in NETWORK_FSTYPES


def network_warning(path: str | os.PathLike, lang: str = "vi") -> str | None:
    """A warning for a SQLite file on a network share, None for a local file."""
    if not is_network_path(path):
        return None
    if lang == "vi":
        return (f"Tệp cơ sở dữ liệu '{path}' nằm trên ổ mạng. SQLite trên ổ mạng có thể hỏng "
                "dữ liệu khi mất kết nối hoặc khi nhiều máy cùng ghi. Để nhiều máy dùng chung, "
                "hãy dùng chế độ máy chủ PostgreSQL; nếu chỉ một máy, hãy để tệp trên ổ đĩa "
                "của máy đó.")
    return (f"The database file '{path}' is on a network drive. SQLite on a network share "
            "can be damaged when the connection drops or several PCs write. To share data "
            "between PCs use the PostgreSQL server mode; for one PC keep the file on its "
            "local disk.")
