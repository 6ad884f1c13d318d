"""The main window's menu bar: File, Edit, View, Plan, Reports, Tools, Help.
Built (and rebuilt on a language switch) by :func:`build_menus`; the actions
tests and other parts use stay on the window (``save_action``, ``undo_action``…)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from cbdesk.ui.i18n import tr
from cbdesk.ui.views import VIEWS


def build_menus(window) -> None:
    mb = window.menuBar()
    shortcuts: list[tuple[QAction, object]] = []

    def act(menu, text, slot, shortcut=None, enabled=True):
        a = QAction(text, window)
        if shortcut:
            shortcuts.append((a, shortcut))
        a.triggered.connect(slot)
        a.setEnabled(enabled)
        menu.addAction(a)
        return a
    file_menu = mb.addMenu(tr("&File"))
    window.save_action = act(file_menu, tr("Save"), window.save, QKeySequence.StandardKey.Save)
    window.print_action = act(file_menu, tr("Print…"), window.print_report, QKeySequence.StandardKey.Print)
    file_menu.addSeparator()
    from cbdesk.services.permissions import can  # the services' own table
    from cbdesk.ui.menu_extras import later  # modules imported when an item is chosen

    fa = "cbdesk.ui.file_actions"
    act(file_menu, tr("Export to Excel…"), later(fa, "export_workbook", window))
    act(file_menu, tr("Import from Excel…"), later(fa, "import_workbooks", window),
        enabled=can(window.actor, "import.workbook"))
    act(file_menu, tr("Data-collection forms…"), later(fa, "make_forms", window))
    act(file_menu, tr("Read a plan from a document…"), later(fa, "import_plan_document", window),
        enabled=can(window.actor, "import.plan"))
    act(file_menu, tr("Import an office table…"),
        later("cbdesk.ui.table_wizard", "import_office_table", window),
        enabled=can(window.actor, "import.workbook"))
    file_menu.addSeparator()
    act(file_menu, tr("Quit"), window.close, QKeySequence.StandardKey.Quit)
    edit_menu = mb.addMenu(tr("&Edit"))
    window.undo_action = act(edit_menu, tr("Undo"), lambda: _grid_call(window, "undo"),
                             QKeySequence.StandardKey.Undo)
    window.redo_action = act(edit_menu, tr("Redo"), lambda: _grid_call(window, "redo"),
                             QKeySequence("Ctrl+Y"))
    edit_menu.addSeparator()
    act(edit_menu, tr("Search"), lambda: _focus_search(window), QKeySequence.StandardKey.Find)
    view_menu = mb.addMenu(tr("&View"))
    for i, key in enumerate(window.keys):
        act(view_menu, VIEWS[key][0](), lambda _=False, i=i: window.nav.setCurrentRow(i),
            f"Ctrl+{i + 1}")
    _plan_menu(window, mb.addMenu(tr("&Plan")), act, later)
    act(mb.addMenu(tr("&Reports")), tr("Reports…"), lambda: window.show_view("reports"))
    from cbdesk.ui import menu_extras

    tools_menu = mb.addMenu(tr("&Tools"))
    act(tools_menu, tr("Catalogs"), lambda: window.show_view("catalog"))
    act(tools_menu, tr("Settings"), lambda: window.show_view("settings"))
    from cbdesk.ui import signatures

    signatures.install(window, tools_menu, act)
    menu_extras.add_tools(window, tools_menu, act)  # backups
    menu_extras.add_help(window, mb.addMenu(tr("&Help")), act)  # guide (F1), sample, about
    window.pending_shortcuts = shortcuts
    if window.db is not None:  # (without it: after the first paint, ui.startup)
        apply_shortcuts(window)


def apply_shortcuts(window) -> None:
    """The menus' keyboard shortcuts. A window shown before its database
    opens sets them after its first paint: the first shortcut set makes
    PySide6 build the enums of Qt's namespace (~45 ms), and keys wait until
    the database is open anyway (``ui.startup``)."""
    for action, key in getattr(window, "pending_shortcuts", ()):
        action.setShortcut(QKeySequence(key))
    window.pending_shortcuts = []


def _plan_menu(window, menu, act, later) -> None:
    """Plan → Plan information…, New plan…, Delete plan… (their dialogs are
    imported when chosen)."""
    pa = "cbdesk.ui.plan_actions"
    writable = not window.read_only
    act(menu, tr("Plan information…"), later(pa, "edit_plan_info", window))
    act(menu, tr("New plan…"), later(pa, "new_plan", window), enabled=writable)
    menu.addSeparator()
    act(menu, tr("Delete plan…"), later(pa, "delete_plan", window), enabled=writable)


def _grid_call(window, name: str) -> None:
    """Edit → Undo / Redo: passed to the current view when it has them."""
    view = window.current_view()
    if hasattr(view, name):
        getattr(view, name)()


def _focus_search(window) -> None:
    window.search_edit.setFocus()
    window.search_edit.selectAll()
