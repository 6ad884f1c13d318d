"""What opening the database and the first view need imported (SQLAlchemy,
the models, the services of the first view), and the mapper set-up of the
first query: :func:`warm_up` does it ahead of time, for the window's start-up
preloader (``ui.preload``) to run on a background thread."""

from __future__ import annotations

import importlib

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


def warm_up() -> None:
    """Import :data:`MODULES` and configure the mappers. A failure stops it
    quietly: whoever imports the module next does so again and says why."""
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001
            return
    try:
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
    except Exception:  # noqa: BLE001
        pass
