"""Fixtures of the UI tests: a main window on a private sample database,
dialogs patched so that no modal box ever blocks a test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_second_window(monkeypatch):
    """The sample plan opens in a second, detached process: a test records the
    request instead, so no window outlives the test run."""
    from cbdesk.ui.setup import wizard

    monkeypatch.setattr(wizard.DemoLauncher, "launch",
                        classmethod(lambda cls, path: wizard_launched.append(path) or True))


wizard_launched: list = []


@pytest.fixture(autouse=True)
def _vietnamese(qapp):
    from cbdesk.ui import i18n

    i18n.install(qapp, "vi")
    yield


@pytest.fixture
def errors(monkeypatch):
    """Messages that would have been shown in a box, collected instead."""
    from cbdesk.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs.Notice, "error", classmethod(
        lambda cls, parent, title, text: shown.append(text)))
    monkeypatch.setattr(dialogs.Notice, "info", classmethod(
        lambda cls, parent, title, text: shown.append(text)))
    return shown


@pytest.fixture
def make_window(qtbot, monkeypatch, errors):
    from cbdesk.services.database import open_database
    from cbdesk.ui import dialogs
    from cbdesk.ui.main_window import MainWindow

    monkeypatch.setattr(dialogs.SaveChangesDialog, "ask",
                        classmethod(lambda cls, parent, what="": "discard"))
    monkeypatch.setattr(dialogs.DiscardDialog, "ask", classmethod(lambda cls, parent: True))
    opened = []

    def make(path, period="2021-H1", actor=None):
        db = open_database(str(path))
        win = MainWindow(db, actor)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        win.activateWindow()
        win.load()
        win.set_plan_period(2021, period)
        opened.append((win, db))
        return win

    yield make
    for win, db in opened:
        win.close()
        db.dispose()


@pytest.fixture
def window(make_window, demo_sqlite):
    return make_window(demo_sqlite)
