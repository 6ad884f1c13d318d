"""`cbdesk check`: integrity of the database (exit 1 when damaged)."""

from __future__ import annotations

from cbdesk.cli import UserError
from cbdesk.commands.common import say


def add_arguments(p) -> None:
    pass


def run(args) -> int:
    from cbdesk.services.database import integrity_check, open_database

    db = open_database(args.db, create=False, upgrade=False)
    try:
        problems = integrity_check(db)
    finally:
        db.dispose()
    if problems:
        raise UserError(
            "Cơ sở dữ liệu có lỗi: " + "; ".join(problems),
            "The database has problems: " + "; ".join(problems),
        )
    say(
        args,
        f"Cơ sở dữ liệu {db.display_name()} không có lỗi.",
        f"The database {db.display_name()} is sound.",
    )
    return 0
