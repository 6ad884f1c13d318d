"""Where things are: bundled resources (from source or a frozen build) and the
user's data folder. The one frozen-aware helper (DESIGN.md)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

IS_FROZEN = bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package from source, inside the
    bundle (``sys._MEIPASS``) when frozen by PyInstaller."""
    if IS_FROZEN:
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def guide_dir() -> Path:
    """The user guide (Markdown, ``docs/guide/`` in the source; ``resources/guide``
    inside the bundle, its screenshots in ``resources/images``)."""
    if IS_FROZEN:
        return resource_path("guide")
    return resources_dir().parent / "docs" / "guide"


def data_dir() -> Path:
    """The user's data folder (``%APPDATA%\\cbdesk`` on Windows). ``CBDESK_DATA_DIR``
    overrides it, which the tests use so that they never touch real data."""
    override = os.environ.get("CBDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("cbdesk", appauthor=False, roaming=True))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "cbdesk.sqlite"
