"""Every stored attachment checked against its sha256 (``cbdesk check``)."""

from __future__ import annotations

import hashlib

from sqlalchemy import inspect, select

from cbdesk.db.engine import Database
from cbdesk.db.models import Attachment, AttachmentBlob


def verify(db: Database) -> list[tuple[str, str]]:
    """(Vietnamese, English) problems: a blob whose bytes do not hash to its
    key or have another size, or an attachment whose bytes are missing. One
    blob is read at a time. Empty when all is well (or before the schema has
    attachments)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("attachment_blob"):
            return []
    problems: list[tuple[str, str]] = []
    with db.session() as s:
        keys = list(s.scalars(select(AttachmentBlob.sha256).order_by(AttachmentBlob.sha256)))
        names: dict[str, list[str]] = {}
        for sha, aid, name in s.execute(select(Attachment.sha256, Attachment.id,
                                               Attachment.file_name)):
            names.setdefault(sha, []).append(f"#{aid} '{name}'")
    for sha in keys:
        with db.session() as s:
            row = s.execute(select(AttachmentBlob.size, AttachmentBlob.data)
                            .where(AttachmentBlob.sha256 == sha)).first()
        data = bytes(row.data) if row and row.data is not None else b""
        if hashlib.sha256(data).hexdigest() != sha or len(data) != row.size:
            who = ", ".join(names.get(sha, [])) or sha[:12]
            problems.append((f"tài liệu đính kèm {who} bị hỏng (sha256 không khớp)",
                             f"attachment {who} is damaged (sha256 mismatch)"))
    for sha in set(names) - set(keys):
        who = ", ".join(names[sha])
        problems.append((f"tài liệu đính kèm {who} mất nội dung",
                         f"attachment {who} has lost its bytes"))
    return problems
