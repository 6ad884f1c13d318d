"""Every menu action, every button and every context-menu action of every view
is pressed, with every dialog opened, filled with invalid and then valid input,
accepted or cancelled — and nothing raises (qt_default_raising is on).

Actions and buttons are discovered, not listed: a new menu item, button or
context menu is walked too. Only actions that would end the walk are skipped
here (Quit closes the window; "Delete plan" removes the plan the walk needs)
and pressed once at the end."""

from __future__ import annotations

import pytest
from dialog_robot import DialogRobot
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QRadioButton,
    QWidget,
)

from cbdesk.ui.app import _drain_background_work

LAST = ("Quit", "Delete plan")  # English sources (checked against tr() below)


def settle() -> None:
    _drain_background_work(QApplication.instance(), timeout=60)
    QApplication.processEvents()


def menu_actions(menu_bar) -> list[QAction]:
    out: list[QAction] = []

    def walk(actions):
        for a in actions:
            if a.isSeparator():
                continue
            if a.menu() is not None:
                walk(a.menu().actions())
            else:
                out.append(a)
    walk(menu_bar.actions())
    return out


def _patch_choosers(monkeypatch, tmp_path) -> None:
    """The project's own file choosers: saves go to a temp folder, opens cancel."""
    from PySide6.QtPrintSupport import QPrinter

    from cbdesk.ui.file_actions import FileDialogs
    from cbdesk.ui.views.reports_view import ReportsView

    counter = iter(range(10_000))

    def save_path(*args):
        suggested = next((a for a in args if isinstance(a, str) and "." in a), "out.bin")
        return str(tmp_path / f"{next(counter)}-{suggested.split('/')[-1]}")

    monkeypatch.setattr(FileDialogs, "save_file", classmethod(
        lambda cls, parent, caption, suggested, filters: save_path(suggested)))
    monkeypatch.setattr(FileDialogs, "open_files", classmethod(lambda cls, *a, **k: []))
    monkeypatch.setattr(FileDialogs, "folder", classmethod(lambda cls, *a: str(tmp_path)))
    monkeypatch.setattr(ReportsView, "ask_save_path", classmethod(
        lambda cls, parent, caption, suggested, filters: save_path(suggested)))

    def printer(cls, parent):
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(save_path("printed.pdf"))
        return p

    monkeypatch.setattr(ReportsView, "ask_printer", classmethod(printer))


def press_buttons(window, key: str) -> int:
    """Select a row in each list, then press every enabled button of the view
    (found again after each press: a press may rebuild the view)."""
    pressed = 0
    seen: set[str] = set()
    while True:
        view = window.show_view(key)
        settle()
        for item_view in view.findChildren(QAbstractItemView):
            model = item_view.model()
            if model is not None and model.rowCount() and not item_view.currentIndex().isValid():
                item_view.setCurrentIndex(model.index(0, 0))
        todo = [b for b in view.findChildren(QAbstractButton)
                if b.isVisibleTo(view) and b.isEnabled() and _name(b) not in seen]
        if not todo:
            return pressed
        b = todo[0]
        seen.add(_name(b))
        if isinstance(b, (QCheckBox, QRadioButton)):
            b.toggle()
            settle()
            if b.isEnabled():
                b.toggle()
        else:
            b.click()
        pressed += 1
        settle()


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}:{w.objectName()}:{getattr(w, 'text', lambda: '')()}"


def context_menus(window, key: str) -> int:
    """Open each custom context menu of the view and trigger each of its actions."""
    triggered = []

    def run_menu(menu, *args, **kwargs):
        for a in list(menu.actions()):
            if a.isEnabled() and not a.isSeparator() and a.menu() is None:
                triggered.append(a.text())
                a.trigger()
                settle()
        return None

    from cbdesk.ui.context_menus import ContextMenu

    with pytest.MonkeyPatch.context() as m:
        m.setattr(ContextMenu, "popup", classmethod(lambda cls, menu, at: run_menu(menu)))
        _open_menus(window.show_view(key))
    return len(triggered)


def _open_menus(view) -> None:
    for w in [view, *view.findChildren(QWidget)]:
        if w.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
            if isinstance(w, QAbstractItemView) and w.model() and w.model().rowCount():
                w.setCurrentIndex(w.model().index(0, min(w.model().columnCount() - 1, 4)))
                rect = w.visualRect(w.currentIndex())
                w.customContextMenuRequested.emit(rect.center())
            else:
                w.customContextMenuRequested.emit(QPoint(2, 2))
            settle()
        elif w.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu:
            for a in w.actions():
                if a.isEnabled():
                    a.trigger()
                    settle()


@pytest.mark.parametrize("mode", ["cancel", "accept"])
def test_every_action_button_and_dialog_runs_without_error(window, qtbot, monkeypatch,
                                                          tmp_path, mode, errors):
    from cbdesk.ui.i18n import tr

    robot = DialogRobot(mode)
    robot.install(monkeypatch)
    _patch_choosers(monkeypatch, tmp_path)
    last = {tr(t) for t in LAST}

    actions = [a for a in menu_actions(window.menuBar()) if a.text() not in last]
    assert len(actions) >= 15
    for a in actions:
        if a.isEnabled():
            a.trigger()
            settle()
    # Menus may be rebuilt (language switch): walk them again by text.
    pressed = 0
    for key in list(window.keys):
        pressed += press_buttons(window, key)
    assert pressed >= 20
    # The walk may have made a new plan (e.g. a year started from the programme):
    # the context menus are walked on the sample plan, which has rows to click.
    window.plan_combo.setCurrentIndex(window.plan_combo.findData(2021))
    settle()
    menus = sum(context_menus(window, key) for key in list(window.keys))
    assert menus >= 10  # the grid's, the targets' and the tasks' menus were walked
    opened = set(robot.seen)
    assert {"TargetDialog", "TaskDialog", "ProgressDialog", "QMessageBox"} <= opened, opened

    for a in menu_actions(window.menuBar()):
        if a.text() in last and a.isEnabled() and a.text() != tr("Quit"):
            a.trigger()
            settle()
    quit_action = next(a for a in menu_actions(window.menuBar()) if a.text() == tr("Quit"))
    quit_action.trigger()
    settle()
    assert not window.isVisible()
