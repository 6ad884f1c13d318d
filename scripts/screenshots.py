"""Render each main view with the sample plan (6 tháng đầu năm 2021) offscreen
to docs/images/screen-<view>.png at 1366×768, the plan-information dialog to
screen-plan-info.png, and the targets view at 150 % scaling (a subprocess with
QT_SCALE_FACTOR=1.5) to screen-targets-150.png; then every view and the
main dialogs as on a 1366×768 screen at 150 % (a 910 × 480 logical window,
QT_SCALE_FACTOR=1.5) to docs/images/small/<view>.png.

    .venv/bin/python scripts/screenshots.py [--only VIEW --out FILE] [--small]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CBDESK_DATA_DIR", tempfile.mkdtemp(prefix="cbdesk-shots-"))
OUT = ROOT / "docs" / "images"
SMALL = OUT / "small"  # 1366×768 at 150 %


def _settle(app) -> None:
    """Let background work (loading, the report preview) finish and paint."""
    import time

    from cbdesk.ui import workers

    deadline = time.monotonic() + 60
    while workers.busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)


def render(only: str | None, out: Path | None, lang: str, small: bool = False) -> None:
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan
    from cbdesk.ui import i18n
    from cbdesk.ui.app import make_app
    from cbdesk.ui.main_window import MainWindow

    app = make_app(["screenshots"])
    i18n.install(app, lang)
    db_path = Path(os.environ["CBDESK_DATA_DIR"]) / "shots.sqlite"
    db = open_database(str(db_path), create=True)
    install_sample_plan(db)
    win = MainWindow(db)
    win.resize(*((910, 480) if small else (1366, 768)))
    win.show()
    win.load()
    win.set_plan_period(2021, "2021-H1")
    for key in ([only] if only else win.keys):
        view = win.show_view(key)
        if key == "tasks":
            view.tree.setCurrentIndex(view.tree.model().index(0, 0))
        if key == "targets":
            view.select("1")
        if key == "reports":
            view.set_choice("progress", "2021-H1")
            view.preview()
        _settle(app)
        target = out or (SMALL / f"{key}.png" if small else OUT / f"screen-{key}.png")
        win.grab().save(str(target))
        print(target)
    if small:
        _small_dialogs(app, win, db)
    elif not only:  # the Plan menu's dialog, over the window as a user sees it
        from cbdesk.services import plan_info
        from cbdesk.ui.plan_actions import PlanInfoDialog

        dialog = PlanInfoDialog(win, db, win.actor, plan_info.read_header(db, 2021))
        dialog.show()
        _settle(app)
        dialog.grab().save(str(OUT / "screen-plan-info.png"))
        print(OUT / "screen-plan-info.png")
        dialog.close()
    win.close()
    db.dispose()


def _small_dialogs(app, win, db) -> None:
    """The forms people fill, as they open on the small screen."""
    from cbdesk.services import plan_info
    from cbdesk.services import tasks as task_service
    from cbdesk.ui.plan_actions import PlanInfoDialog
    from cbdesk.ui.views.target_form import TargetDialog
    from cbdesk.ui.views.task_dialogs import ProgressDialog, TaskDialog

    task = task_service.list_tasks(db, 2021)[0]
    for name, make in (
            ("dialog-target", lambda: TargetDialog(win, db, win.actor, 2021, "1")),
            ("dialog-new-target", lambda: TargetDialog(win, db, win.actor, 2021, None)),
            ("dialog-task", lambda: TaskDialog(win, db, win.actor, 2021, task)),
            ("dialog-progress", lambda: ProgressDialog(win, db, win.actor, 2021, task)),
            ("dialog-plan-info", lambda: PlanInfoDialog(
                win, db, win.actor, plan_info.read_header(db, 2021)))):
        dialog = make()
        dialog.show()
        _settle(app)
        dialog.grab().save(str(SMALL / f"{name}.png"))
        print(SMALL / f"{name}.png")
        dialog.done(0)


def office_screen(folder: Path) -> str:
    """The offscreen platform with one 1366×768 screen (with QT_SCALE_FACTOR=1.5:
    911 × 512 logical, of which a 910 × 480 window is what the taskbar leaves)."""
    config = folder / "screen.json"
    config.write_text('{"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, '
                      '"height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    return f"offscreen:configfile={config}"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--only")
    p.add_argument("--out", type=Path)
    p.add_argument("--lang", default="vi")
    p.add_argument("--small", action="store_true",
                   help="910 × 480 logical (run with QT_SCALE_FACTOR=1.5)")
    args = p.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    SMALL.mkdir(parents=True, exist_ok=True)
    render(args.only, args.out, args.lang, args.small)
    if not args.only and not args.small:
        env = dict(os.environ, QT_SCALE_FACTOR="1.5",
                   CBDESK_DATA_DIR=tempfile.mkdtemp(prefix="cbdesk-shots-"))
        subprocess.run([sys.executable, __file__, "--only", "targets", "--out",
                        str(OUT / "screen-targets-150.png")], check=True, env=env)
        env["CBDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="cbdesk-shots-")
        env["QT_QPA_PLATFORM"] = office_screen(Path(env["CBDESK_DATA_DIR"]))
        subprocess.run([sys.executable, __file__, "--small"], check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
