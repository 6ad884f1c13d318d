"""`cbdesk check`: integrity of the database and of its backups (exit 1 when
anything is damaged). A damaged database is named with the newest good backup
and the command that restores it."""

from __future__ import annotations

from cbdesk.cli import UserError
from cbdesk.commands.common import lang, say


def add_arguments(p) -> None:
    p.add_argument("--no-backups", action="store_true", help="do not verify the backups")


def _restore_hint(args, db=None) -> tuple[str, str]:
    """The newest good backup of the database and the command that restores it,
    in both languages; its configured backup folder when it could be opened."""
    from cbdesk.services.backup import backup_folder, newest_good_backup, restore_advice

    folder = backup_folder(db) if db is not None else None
    return restore_advice(newest_good_backup(args.db, folder), args.db)


def _attachment_problems(args, db) -> list[str]:
    """Every attachment's bytes against their sha256 (issue 23)."""
    from cbdesk.services.attachments import verify

    return [vi if lang(args) == "vi" else en for vi, en in verify(db)]


def run(args) -> int:
    from cbdesk.services.backup import list_backups, verify_backup
    from cbdesk.services.database import DamagedDatabase, integrity_check, open_database

    try:
        db = open_database(args.db, create=False, upgrade=False)
    except DamagedDatabase as e:
        vi, en = _restore_hint(args)
        raise UserError(f"{e.message_vi} {vi}", f"{e.message_en} {en}") from e
    try:
        problems = integrity_check(db)
        problems += _attachment_problems(args, db)
        backups = [] if args.no_backups else list_backups(db)
        bad = [(b, verify_backup(b.path, lang(args))) for b in backups]
        bad = [(b, p) for b, p in bad if p]
        if problems and db.is_sqlite and any("schema" not in p for p in problems):
            vi, en = _restore_hint(args, db)
            raise UserError("Cơ sở dữ liệu có lỗi: " + "; ".join(problems) + ". " + vi,
                            "The database has problems: " + "; ".join(problems) + ". " + en)
    finally:
        db.dispose()
    if problems:
        raise UserError("Cơ sở dữ liệu có lỗi: " + "; ".join(problems),
                        "The database has problems: " + "; ".join(problems))
    if bad:
        listing = "; ".join(f"{b.path.name}: {', '.join(p)}" for b, p in bad)
        raise UserError(f"Cơ sở dữ liệu không có lỗi, nhưng {len(bad)} bản sao lưu hỏng: "
                        f"{listing}",
                        f"The database is sound, but {len(bad)} backup(s) are damaged: "
                        f"{listing}")
    say(args, f"Cơ sở dữ liệu {db.display_name()} không có lỗi; {len(backups)} bản sao lưu "
        "đều tốt.", f"The database {db.display_name()} is sound; {len(backups)} backup(s) "
        "are good.")
    return 0
