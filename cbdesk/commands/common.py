"""Helpers shared by the subcommands."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def open_db(args, create: bool = False):
    from cbdesk.services.database import open_database

    return open_database(args.db, create=create)


def lang(args) -> str:
    return getattr(args, "lang", None) or "vi"


def say(args, vi: str, en: str, stream=None) -> None:
    print(vi if lang(args) == "vi" else en, file=stream or sys.stdout)


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename: never a half file."""
    from cbdesk.cli import UserError

    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            f"Không có thư mục '{folder}' để ghi tệp.", f"The folder '{folder}' does not exist."
        )
    try:
        fd, tmp = tempfile.mkstemp(prefix=".cbdesk-", suffix=".part", dir=folder)
    except OSError as e:
        raise UserError(
            f"Không ghi được vào thư mục '{folder}': {e.strerror}.",
            f"Cannot write to the folder '{folder}': {e.strerror}.",
        ) from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(
            f"Không ghi được tệp '{path}': {e.strerror}.",
            f"Cannot write the file '{path}': {e.strerror}.",
        ) from e
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def plan_year(text: str) -> int:
    from cbdesk.cli import UserError

    try:
        year = int(str(text).strip())
    except ValueError:
        raise UserError(
            f"Năm kế hoạch '{text}' không hợp lệ.", f"Invalid plan year '{text}'."
        ) from None
    return year
