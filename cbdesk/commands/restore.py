"""`cbdesk restore FILE [--yes]`: replace the database with a verified backup."""

from __future__ import annotations

import sys
from pathlib import Path

from cbdesk.cli import UserError
from cbdesk.commands.common import lang, say


def add_arguments(p) -> None:
    p.add_argument("file", metavar="FILE", help="backup file (.sqlite or .json.gz)")
    p.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")


def _confirm(args, target: str) -> bool:
    question = (f"Khôi phục sẽ thay thế cơ sở dữ liệu hiện tại ({target}) bằng bản sao lưu "
                f"'{args.file}'. Cơ sở dữ liệu hiện tại sẽ được sao lưu trước. Tiếp tục? [c/K] "
                if lang(args) == "vi" else
                f"Restoring replaces the current database ({target}) with the backup "
                f"'{args.file}'. The current database is backed up first. Continue? [y/N] ")
    print(question, end="", flush=True)
    try:
        answer = sys.stdin.readline().strip().lower()
    except (OSError, KeyboardInterrupt):
        return False
    return answer in {"c", "có", "co", "y", "yes"}


def run(args) -> int:
    from cbdesk.services.backup_check import verify_backup
    from cbdesk.services.database import resolve
    from cbdesk.services.restore import restore_backup

    backup = Path(args.file)
    problems = verify_backup(backup, lang(args))
    if problems:
        raise UserError(
            f"Không thể khôi phục từ '{backup}': {'; '.join(problems)}. "
            "Cơ sở dữ liệu hiện tại không bị thay đổi.",
            f"Cannot restore from '{backup}': {'; '.join(problems)}. "
            "The current database was not changed.")
    target = resolve(args.db)
    _signed_in_admin(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("Khôi phục cần xác nhận: chạy lại với --yes.",
                            "Restore needs confirmation: run it again with --yes.")
        if not _confirm(args, target):
            say(args, "Đã hủy; không thay đổi gì.", "Cancelled; nothing changed.")
            return 1
    info = restore_backup(args.db, backup)
    if info.saved_current:
        say(args, f"Cơ sở dữ liệu cũ đã được sao lưu tại {info.saved_current}.",
            f"The previous database was backed up to {info.saved_current}.")
    if info.kept_damaged:
        say(args, f"Tệp hỏng được giữ nguyên tại {info.kept_damaged}.",
            f"The damaged file is kept at {info.kept_damaged}.")
    say(args, f"Đã khôi phục từ {backup}.", f"Restored from {backup}.")
    return 0


def _signed_in_admin(args) -> None:
    """A database with users is restored by an administrator only (signed in
    like any command). A damaged or missing file has nobody to ask: whoever may
    replace the file on disk may restore it."""
    from cbdesk.commands.signin import actor_for
    from cbdesk.services import permissions
    from cbdesk.services.database import DatabaseError, open_database

    try:
        db = open_database(args.db, create=False, upgrade=False)
    except DatabaseError:
        return
    try:
        permissions.require(actor_for(args, db), "backup.restore", db)
    finally:
        db.dispose()
