"""Render the reporting calendar's screens with the sample plan as they look
on 16/06/2021 (two days after June's and the half-year's cut-off; June chosen), to docs/images/:
screen-calendar.png (the calendar view, with the start-up reminder in the
status bar), screen-overview-calendar.png (the overview with its panel of
reports due) and screen-settings-calendar.png (the calendar settings).

    .venv/bin/python scripts/screenshots_calendar.py [--day 2021-06-16]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CBDESK_DATA_DIR", tempfile.mkdtemp(prefix="cbdesk-shots-"))
OUT = ROOT / "docs" / "images"


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--day", default="2021-06-16")
    p.add_argument("--size", default="1366x768")
    args = p.parse_args()
    day = date.fromisoformat(args.day)
    width, height = (int(n) for n in args.size.split("x"))

    from screenshots import _settle

    from cbdesk.services import plans
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan
    from cbdesk.ui import i18n
    from cbdesk.ui.app import make_app
    from cbdesk.ui.main_window import MainWindow

    plans.today = lambda: day  # the calendar judged on that day
    app = make_app(["screenshots"])
    i18n.install(app, "vi")
    db = open_database(str(Path(os.environ["CBDESK_DATA_DIR"]) / "shots.sqlite"), create=True)
    install_sample_plan(db)
    from datetime import datetime

    from cbdesk.services.actors import system_actor
    from cbdesk.services.calendar import record_form_return

    with db.session() as s:  # two June forms back, as a demonstration: one on time, one late
        for area, name, at in (("051", "hoa-an", datetime(2021, 6, 15, 9, 40)),
                               ("042", "bao-lam", datetime(2021, 6, 16, 8, 15))):
            record_form_return(s, system_actor(), 2021, "2021-M06", area,
                               f"bieu-mau-2021-M06-{area}-{name}.xlsx", at=at)
    win = MainWindow(db)
    win.resize(width, height)
    win.show()
    win.load()
    win.set_plan_period(2021, "2021-M06")
    suffix = "" if (width, height) == (1366, 768) else f"-{width}x{height}"
    for key, name in (("calendar", "screen-calendar.png"),
                      ("overview", "screen-overview-calendar.png"),
                      ("settings", "screen-settings-calendar.png")):
        view = win.show_view(key)
        _settle(app)
        if key == "overview":  # its tab of reports due
            view.tabs.setCurrentWidget(view.calendar_panel)
            _settle(app)
        target = OUT / name.replace(".png", f"{suffix}.png")
        if suffix:
            target = Path(tempfile.gettempdir()) / target.name  # a check, not for the docs
        win.grab().save(str(target))
        print(target)
    win.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
