"""`cbdesk dump --plan YEAR`: the plan as JSON on stdout."""

from __future__ import annotations

import sys

from cbdesk.commands.common import open_db, plan_year


def add_arguments(p) -> None:
    p.add_argument("--plan", required=True, help="plan year")


def run(args) -> int:
    year = plan_year(args.plan)
    db = open_db(args)
    try:
        from cbdesk.services.dump import plan_dump_json

        text = plan_dump_json(db, year)
    finally:
        db.dispose()
    sys.stdout.write(text + "\n")
    return 0
