"""`cbdesk backup [-o FILE]`: a verified backup of the database."""

from __future__ import annotations

from pathlib import Path

from cbdesk.commands.common import open_db, say


def add_arguments(p) -> None:
    p.add_argument("-o", "--output", metavar="FILE",
                   help="backup file (.sqlite, or .json.gz for a portable dump) or folder; "
                        "default: the backup folder, rotated")


def run(args) -> int:
    from cbdesk.services.backup import make_backup

    db = open_db(args)
    try:
        info = make_backup(db, Path(args.output) if args.output else None, reason="manual")
    finally:
        db.dispose()
    from cbdesk.core.vnformat import format_number

    mb = info.size / 1048576  # attachments make backups grow: the size is said
    say(args, f"Đã sao lưu và kiểm tra: {info.path} ({format_number(mb, 1)} MB)",
        f"Backed up and verified: {info.path} ({mb:.1f} MB)")
    return 0
