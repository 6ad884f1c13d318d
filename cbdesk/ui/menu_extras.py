"""Menu items added by issue 18, kept out of the main window's module:
Tools → Back up now, Restore…, Backup folder…; Help → User guide (F1), Set up
the office…, Open the sample plan, Open data folder, About."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from cbdesk.ui.i18n import tr


def later(module: str, name: str, *args):
    """A menu slot that imports ``module`` only when chosen: the window's first
    paint does not wait for the services (and SQLAlchemy) behind each item."""
    def slot(*_ignored):
        import importlib

        return getattr(importlib.import_module(module), name)(*args)
    return slot


def add_tools(window, menu, act) -> None:
    bd = "cbdesk.ui.backup_dialogs"
    writable = not window.read_only
    menu.addSeparator()
    window.backup_action = act(menu, tr("Back up now"), later(bd, "back_up_now", window),
                               enabled=writable)
    window.restore_action = act(menu, tr("Restore…"), later(bd, "restore_from_backup", window),
                                enabled=writable)
    act(menu, tr("Backup folder…"), lambda: window.show_view("settings"))


def add_help(window, menu, act) -> None:
    wizard = "cbdesk.ui.setup.wizard"
    window.guide_action = act(menu, tr("User guide"),
                              later("cbdesk.ui.help_browser", "open_guide", window),
                              QKeySequence.StandardKey.HelpContents)
    menu.addSeparator()
    act(menu, tr("Set up the office…"), later(wizard, "run_setup", window),
        enabled=not window.read_only)
    act(menu, tr("Open the sample plan (its own file)"), later(wizard, "open_demo", window))
    act(menu, tr("Open data folder"), window.open_data_folder)
    menu.addSeparator()
    act(menu, tr("About cbdesk"), window.about)


def open_folder(folder) -> None:
    """A folder in the system's file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def about(window, version: str) -> None:
    """Help → About: version, database, schema, data folder, log file."""
    from cbdesk.services.database import schema_revision
    from cbdesk.ui.dialogs import AboutDialog

    AboutDialog.show_about(window, version, window.db.display_name(),
                           schema_revision(window.db) or "—")
