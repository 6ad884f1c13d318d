"""Screenshots of a new office's first steps (issue 18), offscreen, for the user
guide: the setup's pages (setup-*.png), the empty views (empty-*.png), the
restore list (backup-restore.png), the guide itself (guide.png) and the areas
catalog (catalog-areas.png), into docs/images/ (or --out DIR).

    .venv/bin/python scripts/screenshots_setup.py [--out DIR] [--all]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CBDESK_DATA_DIR", tempfile.mkdtemp(prefix="cbdesk-shots-"))


def _settle(app) -> None:
    import time

    from cbdesk.ui import workers

    deadline = time.monotonic() + 60
    while workers.busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)


GUIDE_SET = {"setup-1-agency.png", "setup-2-areas.png", "setup-3-units.png",
             "setup-4-plan.png", "empty-no-plan.png", "empty-plan-targets.png",
             "backup-restore.png", "guide.png", "catalog-areas.png"}


def render(out: Path, everything: bool = False) -> None:
    from cbdesk.services import backup, backup_contents
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan
    from cbdesk.ui import i18n
    from cbdesk.ui.app import make_app
    from cbdesk.ui.backup_dialogs import RestoreDialog
    from cbdesk.ui.help_browser import GuideDialog
    from cbdesk.ui.main_window import MainWindow
    from cbdesk.ui.setup.wizard import SetupWizard

    out.mkdir(parents=True, exist_ok=True)
    app = make_app(["screenshots"])
    i18n.install(app, "vi")
    data = Path(os.environ["CBDESK_DATA_DIR"])

    # An empty database: every view's empty state.
    db = open_database(str(data / "trong.sqlite"), create=True)
    win = MainWindow(db)
    win.resize(1366, 768)
    win.show()
    win.load()
    for key in win.keys:
        win.show_view(key)
        _settle(app)
        win.grab().save(str(out / f"empty-{key}.png"))
    (out / "empty-overview.png").replace(out / "empty-no-plan.png")

    # The setup, page by page.
    wiz = SetupWizard(win, db, win.actor)
    wiz.show()
    for key, value in (("parent_agency", "UBND TỈNH CAO BẰNG"),
                       ("name", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), ("symbol", "SLĐTBXH"),
                       ("place", "Cao Bằng"), ("signer_authority", "KT. GIÁM ĐỐC"),
                       ("signer_title", "PHÓ GIÁM ĐỐC"), ("signer_name", "Nguyễn Văn An")):
        wiz.agency.edits[key].setText(value)
    _settle(app)
    wiz.grab().save(str(out / "setup-1-agency.png"))
    wiz.next()
    wiz.areas.take_builtin()
    _settle(app)
    wiz.grab().save(str(out / "setup-2-areas.png"))
    wiz.next()
    wiz.units.internal.setPlainText("VL\tPhòng Lao động - Việc làm\nVP\tVăn phòng Sở")
    wiz.units.external.setPlainText("SKHDT\tSở Kế hoạch và Đầu tư")
    _settle(app)
    wiz.grab().save(str(out / "setup-3-units.png"))
    wiz.next()
    wiz.plan.year.setValue(2026)
    _settle(app)
    wiz.grab().save(str(out / "setup-4-plan.png"))
    wiz.accept()
    win.load()
    win.set_plan_period(2026, "2026-H1")
    for key in ("targets", "tasks", "entry", "audit"):
        win.show_view(key)
        _settle(app)
        win.grab().save(str(out / f"empty-plan-{key}.png"))
    win.close()
    db.dispose()

    # The sample: the areas catalog, the restore list, the guide.
    db = open_database(str(data / "mau.sqlite"), create=True)
    install_sample_plan(db)
    win = MainWindow(db)
    win.resize(1366, 768)
    win.show()
    win.load()
    win.set_plan_period(2021, "2021-H1")
    cat = win.show_view("catalog")
    cat.tabs.setCurrentIndex(1)
    _settle(app)
    win.grab().save(str(out / "catalog-areas.png"))
    backup.make_backup(db, reason="manual")
    entries = backup_contents.backup_entries(db, "vi")
    dialog = RestoreDialog(win, entries, backup.backup_folder(db))
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out / "backup-restore.png"))
    guide = GuideDialog(win)
    guide.show()
    _settle(app)
    guide.grab().save(str(out / "guide.png"))
    win.close()
    db.dispose()
    if not everything:  # the other empty views: looked at, not kept in docs/
        for png in out.glob("empty-*.png"):
            if png.name not in GUIDE_SET:
                png.unlink()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    ap.add_argument("--all", action="store_true", help="keep every empty view's picture")
    args = ap.parse_args()
    render(args.out, args.all)
    return 0


if __name__ == "__main__":
    sys.exit(main())
