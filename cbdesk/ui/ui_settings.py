"""The window's own remembered choices (geometry, plan, period, view,
language), in ``cbdesk-ui.ini`` in the data folder (tests use a temp one)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from cbdesk.paths import data_dir


def app_settings() -> QSettings:
    """Window geometry and last choices, in the data folder."""
    return QSettings(str(data_dir() / "cbdesk-ui.ini"), QSettings.Format.IniFormat)
