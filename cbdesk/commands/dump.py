"""`cbdesk dump --plan YEAR` / `--programme 2026-2030 [--year Y]`: JSON on stdout."""

from __future__ import annotations

import sys

from cbdesk.commands.common import open_db, plan_year


def add_arguments(p) -> None:
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--plan", help="plan year")
    which.add_argument("--programme", help="five-year programme, e.g. 2026-2030")
    p.add_argument("--year", help="with --programme: roll up to this year (default: the last "
                   "year with a plan)")


def run(args) -> int:
    if args.programme is not None:
        return _programme(args)
    year = plan_year(args.plan)
    db = open_db(args)
    try:
        from cbdesk.services.dump import plan_dump_json

        text = plan_dump_json(db, year)
    finally:
        db.dispose()
    sys.stdout.write(text + "\n")
    return 0


def _programme(args) -> int:
    from cbdesk.services.programmes import parse_code

    start, end = parse_code(args.programme)
    upto = plan_year(args.year) if args.year else None
    db = open_db(args)
    try:
        from cbdesk.services.programmes.dump import programme_dump_json

        text = programme_dump_json(db, f"{start}-{end}", upto)
    finally:
        db.dispose()
    sys.stdout.write(text + "\n")
    return 0
