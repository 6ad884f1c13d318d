"""The office's screens: 1366×768 at 150 % (910 × 480 logical pixels usable)
and 1024×768 at 100 %. Every view fits without scrolling the page (its minimum
size is within the page) and its buttons are on screen; the forms fit too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea

from cbdesk.ui.app import _drain_background_work

SIZES = [(910, 480), (1024, 768)]


def _settle() -> None:
    _drain_background_work(QApplication.instance(), timeout=60)
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=["1366x768@150", "1024x768"])
def test_every_view_fits_and_shows_its_buttons(window, size):
    window.resize(*size)
    _settle()
    assert window.width() == size[0] and window.height() == size[1]
    hint = window.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1], hint
    top_save = window.save_button
    assert QRect(0, 0, *size).contains(
        QRect(top_save.mapTo(window, top_save.rect().topLeft()), top_save.size()))
    for key in window.keys:
        view = window.show_view(key)
        _settle()
        page = window.stack.currentWidget().viewport()
        need = view.minimumSizeHint()
        assert need.width() <= page.width() and need.height() <= page.height(), \
            (key, need.toTuple(), page.size().toTuple())
        shown = QRect(0, 0, page.width(), page.height())
        buttons = [b for b in view.findChildren(QAbstractButton)
                   if b.isVisibleTo(view) and b.window() is window
                   and b.parent().metaObject().className() != "QTabBar"]
        assert buttons or key in ("overview",), key
        for b in buttons:
            if not b.isVisible() or _scrolls_inside(b, view):  # another tab; a scrolling part
                continue
            where = QRect(b.mapTo(page, b.rect().topLeft()), b.size())
            assert shown.contains(where), (key, b.text(), where, shown)


def _scrolls_inside(widget, view) -> bool:
    """True for a control inside a scrolling part of the view (reached by
    scrolling that part while the view's own buttons stay in sight)."""
    p = widget.parentWidget()
    while p is not None and p is not view:
        if isinstance(p, QScrollArea):
            return True
        p = p.parentWidget()
    return False


def test_forms_fit_the_small_screen(window):
    from cbdesk.services import plan_info
    from cbdesk.services import tasks as task_service
    from cbdesk.ui.plan_actions import PlanInfoDialog
    from cbdesk.ui.views.target_form import TargetDialog
    from cbdesk.ui.views.task_dialogs import ProgressDialog, TaskDialog

    task = task_service.list_tasks(window.db, 2021)[0]
    for dialog in (TargetDialog(window, window.db, window.actor, 2021, "1"),
                   TargetDialog(window, window.db, window.actor, 2021, None),
                   TaskDialog(window, window.db, window.actor, 2021, task),
                   TaskDialog(window, window.db, window.actor, 2021, None),
                   ProgressDialog(window, window.db, window.actor, 2021, task),
                   PlanInfoDialog(window, window.db, window.actor,
                                  plan_info.read_header(window.db, 2021))):
        need = dialog.minimumSizeHint()
        # a title bar (about 30 px) above it must still fit in 480
        assert need.width() <= 910 and need.height() <= 450, (type(dialog).__name__, need)
        dialog.deleteLater()


def _dialog_classes():
    """Every dialog and wizard class defined in cbdesk.ui."""
    import importlib
    import inspect
    import pkgutil

    from PySide6.QtWidgets import QDialog

    import cbdesk.ui

    found = {}
    for info in pkgutil.walk_packages(cbdesk.ui.__path__, "cbdesk.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__.startswith("cbdesk."):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return found


def test_every_dialog_of_ours_fits_its_screen_when_shown():
    from cbdesk.ui.screen import FitsScreen

    classes = _dialog_classes()
    assert len(classes) >= 20  # the walk found the dialogs (forms, wizards, sign-in…)
    assert [name for name, cls in classes.items() if not issubclass(cls, FitsScreen)] == []


def test_a_dialog_larger_than_its_screen_opens_within_it(qapp):
    from cbdesk.ui.dialogs import CrashDialog

    area = QApplication.primaryScreen().availableGeometry()
    dialog = CrashDialog("report", "/tmp/cbdesk.log")
    dialog.resize(area.width() + 600, area.height() + 400)
    dialog.show()
    try:
        assert dialog.width() <= area.width() and dialog.height() <= area.height()
    finally:
        dialog.close()
        dialog.deleteLater()

