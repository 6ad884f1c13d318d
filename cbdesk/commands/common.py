"""Helpers shared by the subcommands."""

from __future__ import annotations

import sys

from cbdesk.services.files import write_atomically  # noqa: F401  (re-exported)


def open_db(args, create: bool = False):
    from cbdesk.services.database import open_database

    return open_database(args.db, create=create)


def lang(args) -> str:
    return getattr(args, "lang", None) or "vi"


def say(args, vi: str, en: str, stream=None) -> None:
    print(vi if lang(args) == "vi" else en, file=stream or sys.stdout)


def plan_year(text: str) -> int:
    from cbdesk.cli import UserError

    try:
        year = int(str(text).strip())
    except ValueError:
        raise UserError(
            f"Năm kế hoạch '{text}' không hợp lệ.", f"Invalid plan year '{text}'."
        ) from None
    return year
