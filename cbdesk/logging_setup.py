"""A rotating log file in the user's data folder (support basics)."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

_configured = False


def log_path() -> Path:
    from cbdesk.paths import data_dir

    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "cbdesk.log"


def configure() -> Path:
    """Send cbdesk's log records to a rotating file (1 MB × 5); idempotent."""
    global _configured
    path = log_path()
    if not _configured:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("cbdesk")
        root.setLevel(logging.INFO)
        root.addHandler(handler)
        _configured = True
    return path


def log_exception(exc: BaseException) -> Path:
    """Write an unexpected exception with its traceback; return the log's path."""
    try:
        path = configure()
        logging.getLogger("cbdesk").error(
            "unexpected error\n%s",
            "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        )
        return path
    except OSError:
        return Path("(no log)")
