"""Writing a file people will open (a report, a workbook, a form): whole or not
at all. The one atomic writer of cbdesk — the CLI, the workbooks and the window
all use it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cbdesk.services.errors import ServiceError


class FileWriteError(ServiceError):
    """The file could not be written; nothing was left behind."""


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write to a temporary file beside ``path``, flush it to the disk, then
    rename it over ``path``: never a half-written file, even on a power cut."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise FileWriteError(f"Không có thư mục '{folder}' để ghi tệp.",
                             f"The folder '{folder}' does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".cbdesk-", suffix=".part", dir=folder)
    except OSError as e:
        raise FileWriteError(f"Không ghi được vào thư mục '{folder}': {e.strerror}.",
                             f"Cannot write to the folder '{folder}': {e.strerror}.") from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise FileWriteError(f"Không ghi được tệp '{path}': {e.strerror}.",
                             f"Cannot write the file '{path}': {e.strerror}.") from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
