"""The window's start (issue 24): the frame and the plan selector are painted
before the database is opened, then the Targets view with the plan's
figures (input held until the database is open), the probe's timing lines, sign-in still first
when users exist, and the daily backup after the first view but before any
write."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def private_data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("CBDESK_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def short_exec(monkeypatch, qtbot):
    """``app.exec()`` inside run_gui: a short turn of the event loop, until
    the first view is on screen, then back (the window is not closed by hand)."""
    def run(self=None, *args):
        qtbot.wait(300)
        for w in _main_windows():  # as the user closing it
            w.close()
            w.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", run)


def _main_windows():
    from cbdesk.ui.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
            and w.isVisible()]


def test_the_frame_and_the_plans_are_painted_before_the_database_opens(
        qapp, demo_sqlite, private_data, short_exec, monkeypatch):
    from cbdesk.services import database
    from cbdesk.ui.app import run_gui

    seen = []
    real_open = database.open_database

    def open_database(*args, **kwargs):
        seen.append([(w.plan_combo.objectName(), w.plan_combo.currentText(), w.db)
                     for w in _main_windows()])
        return real_open(*args, **kwargs)

    monkeypatch.setattr(database, "open_database", open_database)
    assert run_gui(["--db", str(demo_sqlite)]) == 0
    assert seen and seen[0] == [("planSelector", "2021", None)]


def test_the_targets_view_shows_the_plans_figures_before_the_database_opens(
        qapp, demo_sqlite, private_data, short_exec, monkeypatch):
    from cbdesk.services import database
    from cbdesk.ui.app import run_gui

    seen = []
    real_open = database.open_database

    def open_database(*args, **kwargs):
        for w in _main_windows():
            view = w.views.get("targets")
            seen.append((w.db, w.current_key(), view.model.rowCount() > 0 if view else False,
                         [r.code for r in view.rows] if view else []))
        return real_open(*args, **kwargs)

    monkeypatch.setattr(database, "open_database", open_database)
    assert run_gui(["--db", str(demo_sqlite)]) == 0
    from cbdesk.services.progress import target_rows

    db = real_open(str(demo_sqlite))
    try:
        expected = [r.code for r in target_rows(db, 2021, "2021-H1")]
    finally:
        db.dispose()
    assert expected and seen == [(None, "targets", True, expected)]


_HOLD_CHILD = """
import sys
from PySide6.QtCore import QEventLoop, QThread, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from cbdesk.ui.startup import wait_for_first_paint, wait_holding_input

app = QApplication([])
edit = QLineEdit()
edit.show()
wait_for_first_paint(app, edit)
state = {"busy": True}
print("window", int(edit.winId()), flush=True)


def told() -> None:  # the parent's key has reached the X server: now end the wait
    if state["busy"] and sys.stdin.readline():
        # Turns of the wait's own loop while the key comes in from the server
        # (QGuiApplication.sync() would deliver it: it flushes all input).
        for _ in range(100):
            app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            QThread.msleep(5)
        print("while", repr(edit.text()), flush=True)
        state["busy"] = False


QTimer.singleShot(0, told)
wait_holding_input(app, lambda: state["busy"])
app.processEvents()
print("after", repr(edit.text()), flush=True)
"""


def test_another_remembered_view_waits_for_the_database(qapp, demo_sqlite, private_data,
                                                         short_exec, monkeypatch):
    """The early read knows only the Targets view: with the Tasks view
    remembered, no view is shown before the open, and the Tasks view comes
    with the database, holding its rows."""
    from cbdesk.services import database
    from cbdesk.ui.app import run_gui
    from cbdesk.ui.ui_settings import app_settings

    app_settings().setValue("view", "tasks")
    seen, loaded = [], []
    real_open = database.open_database

    def open_database(*args, **kwargs):
        seen.append([sorted(w.views) for w in _main_windows()])
        return real_open(*args, **kwargs)

    def closing_exec(self=None, *args):
        for w in _main_windows():
            loaded.append((w.current_key(), w.views["tasks"].model.rowCount() > 0))
            w.close()
            w.deleteLater()
        return 0

    monkeypatch.setattr(database, "open_database", open_database)
    monkeypatch.setattr(QApplication, "exec", closing_exec)
    assert run_gui(["--db", str(demo_sqlite)]) == 0
    assert seen == [[[]]]
    assert loaded == [("tasks", True)]


def test_keys_typed_while_the_database_opens_are_handled_after(tmp_path):
    """A real X server: a key typed during the wait is held (not handled),
    then handled once the wait is over (not lost)."""
    from benchmarks.jobs_start import xvfb
    from tests.helpers import require_tool

    xdotool = require_tool("xdotool")
    require_tool("Xvfb")
    with xvfb() as display:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display)
        child = subprocess.Popen([sys.executable, "-c", _HOLD_CHILD], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=env, cwd=ROOT)
        try:
            window = child.stdout.readline().split()[1]
            subprocess.run([xdotool, "windowfocus", "--sync", window, "key", "a"], env=env,
                           check=True, timeout=60)
            child.stdin.write("typed\n")
            child.stdin.flush()
            out, err = child.communicate(timeout=120)
        finally:
            child.kill()
    assert out.splitlines() == ["while ''", "after 'a'"], err


def test_the_probe_says_first_paint_then_interactive_and_nothing_without_it(
        qapp, demo_sqlite, private_data, short_exec, monkeypatch, capsys):
    from cbdesk.ui.app import run_gui

    monkeypatch.delenv("CBDESK_STARTUP_PROBE", raising=False)
    assert run_gui(["--db", str(demo_sqlite)]) == 0
    assert capsys.readouterr().out == ""

    monkeypatch.setenv("CBDESK_STARTUP_PROBE", "1")
    assert run_gui(["--db", str(demo_sqlite)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert lines == [{"event": "first_paint"}, {"event": "interactive"}]


def test_the_user_command_prints_the_probe_lines_in_order(demo_sqlite, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CBDESK_DATA_DIR=str(tmp_path / "d"),
               CBDESK_STARTUP_PROBE="1")
    proc = subprocess.Popen([sys.executable, "-m", "cbdesk", "--db", str(demo_sqlite)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(
        proc.stdout.readline() for _ in range(2)), daemon=True)
    reader.start()
    reader.join(120)
    proc.kill()
    proc.wait()
    assert [json.loads(x)["event"] for x in lines] == ["first_paint", "interactive"]


def test_the_first_paint_and_the_first_view_need_no_sqlalchemy(demo_sqlite):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cbdesk.ui import app as a, main_window, session, startup, startup_probe\n"
        "from cbdesk.services import first_view, startup_peek\n"
        "w = main_window.MainWindow(None, db_name='x.sqlite')\n"
        "w.show_plans([2022, 2021])\n"
        "w.show(); app.processEvents()\n"
        f"rows = first_view.target_rows(Path({str(demo_sqlite)!r}), 2021, '2021-H1')\n"
        "w.show_first_view('targets', rows); app.processEvents()\n"
        "assert w.views['targets'].model.rowCount() > 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'openpyxl', 'reportlab', 'docx', 'pyhanko')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=ROOT,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_with_users_sign_in_comes_before_any_window(qapp, demo_sqlite, private_data,
                                                    short_exec, monkeypatch):
    from cbdesk.core.enums import Role
    from cbdesk.services import users
    from cbdesk.services.actors import system_actor
    from cbdesk.services.database import open_database
    from cbdesk.ui.app import run_gui
    from cbdesk.ui.signin import SignInDialog

    db = open_database(str(demo_sqlite))
    users.add_user(db, system_actor(), "lan", "Nguyễn Thị Lan", Role.STAFF,
                   password="mật-khẩu-1")
    db.dispose()
    windows_at_sign_in = []

    def ask(cls, names, password_required, error=""):
        windows_at_sign_in.append(len(_main_windows()))
        return None  # cancelled

    monkeypatch.setattr(SignInDialog, "ask", classmethod(ask))
    assert run_gui(["--db", str(demo_sqlite)]) == 0
    assert windows_at_sign_in == [0]


def test_the_daily_backup_comes_after_the_first_view(qapp, demo_sqlite, private_data,
                                                     short_exec, monkeypatch):
    from cbdesk.services import backup
    from cbdesk.ui.app import run_gui

    rows_at_backup = []
    real = backup.backup_if_due

    def due(db):
        rows_at_backup.append([w.views["targets"].model.rowCount() for w in _main_windows()
                               if "targets" in w.views])
        return real(db)

    monkeypatch.setattr(backup, "backup_if_due", due)
    assert run_gui(["--db", str(demo_sqlite)]) == 0
    assert rows_at_backup and rows_at_backup[0] and rows_at_backup[0][0] > 0
    assert [b.reason for b in backup.list_backups(str(demo_sqlite))][-1] == "daily"


def test_a_write_waits_for_the_daily_backup_of_the_file_as_opened(demo_sqlite,
                                                                  private_data):
    import sqlite3

    from cbdesk.services import backup, settings
    from cbdesk.services.actors import system_actor
    from cbdesk.services.database import open_database
    from cbdesk.services.write_gate import DailyBackup

    db = open_database(str(demo_sqlite))
    try:
        daily = DailyBackup(db)
        wrote = threading.Event()

        def write():
            settings.write(db, {"cutoff_day": "20"}, system_actor())
            wrote.set()

        writer = threading.Thread(target=write)
        writer.start()
        assert not wrote.wait(0.5)  # held: no backup yet
        made = daily.run()  # the write asked for it: it starts at once
        writer.join(60)
        assert wrote.is_set() and made is not None and made.reason == "daily"
        with sqlite3.connect(made.path) as copy:
            row = copy.execute("SELECT value FROM setting WHERE key = 'cutoff_day'").fetchone()
        assert row is None or row[0] != "20"  # the copy is of the file as it was opened
        assert settings.read_all(db)["cutoff_day"] == "20"
        assert backup.backup_if_due(db) is None  # one a day
    finally:
        db.dispose()


def test_the_garbage_collector_is_on_again_once_the_window_has_started(
        qapp, demo_sqlite, private_data, short_exec, monkeypatch):
    """`cbdesk` turns the collector off for the start (cbdesk.__main__); a
    window left running for a day must collect again."""
    import gc

    from cbdesk.ui import app

    seen = []
    real_after = app._after_start
    monkeypatch.setattr(app, "_after_start",
                        lambda *a: (seen.append(gc.isenabled()), real_after(*a)))
    gc.disable()
    try:
        assert app.run_gui(["--db", str(demo_sqlite)]) == 0
        assert seen == [True]
    finally:
        gc.unfreeze()
        gc.enable()
