"""Switching the interface language while the window is open: Qt's and
cbdesk's translators replaced, then the menus, the navigation, the top bar and
every view rebuilt in the new language (views are made again on first show)."""

from __future__ import annotations


def switch_language(window, language: str) -> None:
    """Install ``language`` and re-word ``window`` (a MainWindow) in it; the
    caller has already asked about unsaved edits."""
    from PySide6.QtWidgets import QApplication

    from cbdesk.ui import i18n
    from cbdesk.ui.i18n import tr
    from cbdesk.ui.menus import build_menus
    from cbdesk.ui.views import VIEWS

    i18n.install(QApplication.instance(), language)
    current = window.current_key()
    for view in window.views.values():
        view.setParent(None)
        view.deleteLater()
    window.views.clear()
    window.menuBar().clear()
    build_menus(window)
    window._sync_undo()
    for i, key in enumerate(window.keys):
        window.nav.item(i).setText(VIEWS[key][0]())
    window.plan_label.setText(tr("Plan:"))
    window.period_label.setText(tr("Period:"))
    window.search_edit.setPlaceholderText(tr("Search…"))
    window.save_button.setText(tr("Save"))
    window.save_button.setToolTip(tr("Save the figures entered (Ctrl+S)"))
    window.db_label.setText(tr("Database:") + " " + window.db_name)
    window.save_label.setText(tr("Not saved in this session"))
    if window.year is not None and window.period is not None:
        window._loading = True
        try:
            window._fill_periods(window.year, window.period.code)
        finally:
            window._loading = False
    window._update_title()
    window.show_view(current)
