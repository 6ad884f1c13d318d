"""Writing a file people will open (a report, a workbook, a form): whole or not
at all. The one atomic writer of cbdesk — the CLI, the workbooks and the window
all use it. A refusal names the file and says why in the clerk's words (a
file open in Acrobat or Excel: close it first; services.os_errors)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cbdesk.services.errors import ServiceError
from cbdesk.services.os_errors import os_reason


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
        vi, en = os_reason(e, "folder")
        raise FileWriteError(f"Không ghi được vào thư mục '{folder}': {vi}.",
                             f"Cannot write to the folder '{folder}': {en}.") from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        vi, en = os_reason(e)
        raise FileWriteError(f"Không ghi được tệp '{path}': {vi}.",
                             f"Cannot write the file '{path}': {en}.") from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
