"""`cbdesk attachment ID -o FILE`: save a copy of an attached document (its
bytes checked against their sha256, the file written atomically)."""

from __future__ import annotations

from pathlib import Path

from cbdesk.commands.common import open_db, say, write_atomically


def add_arguments(p) -> None:
    p.add_argument("id", help="the attachment's number (see 'cbdesk attachments')")
    p.add_argument("-o", "--output", required=True, help="the file to write")


def run(args) -> int:
    from cbdesk.cli import UserError
    from cbdesk.services.attachments import fetch

    try:
        number = int(str(args.id).strip())
    except ValueError:
        raise UserError(f"Số tài liệu đính kèm '{args.id}' không hợp lệ.",
                        f"Invalid attachment number '{args.id}'.") from None
    db = open_db(args)
    try:
        info, data = fetch(db, number)
    finally:
        db.dispose()
    out = write_atomically(Path(args.output).expanduser(), data)
    say(args, f"Đã lưu '{info.file_name}' ({info.size} byte, sha256 {info.sha256}) vào {out}.",
        f"Saved '{info.file_name}' ({info.size} bytes, sha256 {info.sha256}) to {out}.")
    return 0
