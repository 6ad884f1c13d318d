"""Adding, listing, fetching and removing attachments (see the package doc)."""

from __future__ import annotations

import hashlib
import mimetypes
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from cbdesk.db.engine import Database
from cbdesk.db.models import Area, Attachment, AttachmentBlob, Plan, Target, Task
from cbdesk.services.attachments.owners import Owner, require, resolve
from cbdesk.services.audit import record
from cbdesk.services.errors import NotFound, ServiceError, ValidationError, write_session

SETTING = "attachments.max_mb"
DEFAULT_MB = 50


class AttachmentError(ServiceError):
    """A file that cannot be attached, or stored bytes that are damaged."""


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    plan_year: int
    owner: Owner
    file_name: str
    media_type: str
    size: int
    sha256: str
    note: str
    added_by: str
    added_at: datetime | None

    def as_json(self) -> dict:
        return {"id": self.id, "plan": self.plan_year, "owner": self.owner.key(),
                "owner_kind": self.owner.kind, "task": self.owner.task,
                "update": self.owner.update_id, "target": self.owner.target,
                "period": self.owner.period, "area": self.owner.area,
                "file_name": self.file_name, "media_type": self.media_type,
                "size": self.size, "sha256": self.sha256, "note": self.note,
                "added_by": self.added_by,
                "added_at": self.added_at.isoformat(timespec="seconds")
                if self.added_at else None}


def _mb_text(n: float) -> str:
    from cbdesk.core.vnformat import format_number

    return format_number(round(n, 1), 1 if n != int(n) else 0)


def max_bytes(db: Database) -> int:
    """The size limit of one attachment (setting ``attachments.max_mb``, MB)."""
    from cbdesk.services.settings import read_all

    try:
        mb = float(str(read_all(db).get(SETTING) or DEFAULT_MB).replace(",", "."))
    except ValueError:
        mb = DEFAULT_MB
    return int(max(mb, 0) * 1024 * 1024)


def _too_big(name: str, size: int, limit: int) -> AttachmentError:
    have, lim = _mb_text(size / 1048576), _mb_text(limit / 1048576)
    return AttachmentError(
        f"Tệp '{name}' nặng {have} MB, vượt giới hạn {lim} MB cho một tài liệu đính kèm "
        f"(cài đặt {SETTING}); không có gì được lưu.",
        f"The file '{name}' is {have} MB, over the {lim} MB limit for one attachment "
        f"(setting {SETTING}); nothing was saved.")


def clean_name(name: str) -> str:
    """The file name as typed (NFC), without any folder and without control
    characters; it is only ever shown, never used as a path."""
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    if not name or name in (".", ".."):
        raise ValidationError("Tệp đính kèm phải có tên.", "An attachment needs a file name.")
    return name[:255]


def media_type_of(name: str) -> str:
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"


def add_files(db: Database, actor, year: int, owner: Owner, paths, note: str = "") -> list[
        AttachmentInfo]:
    """Attach the files at ``paths`` to ``owner``: all of them or none."""
    limit = max_bytes(db)
    items = []
    for p in paths:
        p = Path(p)
        name = clean_name(p.name)
        try:
            size = p.stat().st_size
            if size > limit:
                raise _too_big(name, size, limit)
            if not p.is_file():
                raise IsADirectoryError(str(p))
            data = p.read_bytes()
        except OSError as e:
            from cbdesk.services.os_errors import os_reason

            vi, en = os_reason(e, "read")
            raise AttachmentError(f"Không đọc được tệp '{p}': {vi}; không có gì được lưu.",
                                  f"Cannot read the file '{p}': {en}; nothing was saved.") from e
        items.append((name, data))
    return add_bytes(db, actor, year, owner, items, note, limit=limit)


def add_bytes(db: Database, actor, year: int, owner: Owner, items, note: str = "",
              limit: int | None = None) -> list[AttachmentInfo]:
    """Attach ``items`` ((file name, bytes), …) to ``owner`` in one transaction."""
    from cbdesk.core import text as vtext
    from cbdesk.services import permissions

    permissions.require(actor, "attachments.add", db)
    limit = max_bytes(db) if limit is None else limit
    items = [(clean_name(n), bytes(d)) for n, d in items]
    if not items:
        raise ValidationError("Chưa chọn tệp nào để đính kèm.", "No file to attach.")
    for name, data in items:
        if len(data) > limit:
            raise _too_big(name, len(data), limit)
    now = datetime.now().replace(microsecond=0)
    note = vtext.clean(note)
    made = []
    with write_session(db) as s:
        found = resolve(s, year, owner)
        require(s, actor, "attachments.add", owner, found)
        for name, data in items:
            sha = hashlib.sha256(data).hexdigest()
            made.append(_link(s, actor, owner, found, name, data, sha, note, now))
    return [a for a in list_attachments(db, year) if a.id in made]


def attach_everywhere(db: Database, actor, year: int, owners, name: str, data: bytes,
                      note: str = "") -> int:
    """Attach one file to several owners in one transaction, skipping an owner
    that already has these very bytes (a form imported twice is kept once).
    Returns how many links were made; a file over the limit attaches nothing."""
    from cbdesk.services import permissions

    permissions.require(actor, "attachments.add", db)
    name, data = clean_name(name), bytes(data)
    if len(data) > max_bytes(db):
        return 0
    sha = hashlib.sha256(data).hexdigest()
    now = datetime.now().replace(microsecond=0)
    have = {a.owner for a in list_attachments(db, year) if a.sha256 == sha}
    made = 0
    with write_session(db) as s:
        for owner in owners:
            if owner in have:
                continue
            found = resolve(s, year, owner)
            require(s, actor, "attachments.add", owner, found)
            _link(s, actor, owner, found, name, data, sha, note, now)
            have.add(owner)
            made += 1
    return made


def _info(row: Attachment, year: int, task: str | None, target: str | None,
          area: str | None) -> AttachmentInfo:
    owner = Owner(row.owner_kind, task=task, update_id=row.update_id, target=target,
                  period=row.period, area=area)
    return AttachmentInfo(row.id, year, owner, row.file_name, row.media_type, row.size,
                          row.sha256, row.note, row.added_by, row.added_at)


def _query():
    return (select(Attachment, Plan.year, Task.code, Target.code, Area.code)
            .join(Plan, Plan.id == Attachment.plan_id)
            .outerjoin(Task, Task.id == Attachment.task_id)
            .outerjoin(Target, Target.id == Attachment.target_id)
            .outerjoin(Area, Area.id == Attachment.area_id))


def list_attachments(db: Database, year: int, owner: Owner | None = None) -> list[
        AttachmentInfo]:
    """The attachments of the plan of ``year`` (of one owner when given), oldest first."""
    with db.session() as s:
        from cbdesk.services.plans import get_plan

        plan = get_plan(s, year)
        rows = s.execute(_query().where(Attachment.plan_id == plan.id)
                         .order_by(Attachment.id)).all()
        out = [_info(r[0], r[1], r[2], r[3], r[4]) for r in rows]
    if owner is not None:
        out = [a for a in out if a.owner == owner]
    return out


def counts(db: Database, year: int) -> dict[Owner, int]:
    """How many attachments each owner of the plan has (the window's paperclips)."""
    out: dict[Owner, int] = {}
    for a in list_attachments(db, year):
        out[a.owner] = out.get(a.owner, 0) + 1
    return out


def result_counts(db: Database, year: int, period: str) -> dict[tuple[str, str | None], int]:
    """(target code, area code or None) → how many attachments the figure of
    ``period`` has: the data-entry grid's paperclips, in one statement."""
    with db.reading() as conn:
        rows = conn.execute(
            select(Target.code, Area.code, func.count(Attachment.id))
            .select_from(Attachment)
            .join(Plan, Plan.id == Attachment.plan_id)
            .join(Target, Target.id == Attachment.target_id)
            .outerjoin(Area, Area.id == Attachment.area_id)
            .where(Plan.year == int(year), Attachment.owner_kind == "result",
                   Attachment.period == period)
            .group_by(Target.code, Area.code)).all()
    return {(t, a): n for t, a, n in rows}


def fetch(db: Database, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """An attachment and its bytes, checked against their sha256 (a damaged
    attachment is refused rather than handed out)."""
    with db.session() as s:
        row = s.execute(_query().where(Attachment.id == int(attachment_id))).first()
        if row is None:
            raise NotFound(f"Không có tài liệu đính kèm số {attachment_id}.",
                           f"No attachment number {attachment_id}.")
        info = _info(row[0], row[1], row[2], row[3], row[4])
        data = s.scalars(select(AttachmentBlob.data)
                         .where(AttachmentBlob.sha256 == info.sha256)).first()
    data = bytes(data) if data is not None else b""
    if hashlib.sha256(data).hexdigest() != info.sha256:
        raise AttachmentError(
            f"Tài liệu đính kèm số {info.id} ('{info.file_name}') bị hỏng: nội dung không "
            "khớp mã sha256 đã lưu. Hãy khôi phục từ bản sao lưu.",
            f"Attachment {info.id} ('{info.file_name}') is damaged: its bytes do not match "
            "the stored sha256. Restore it from a backup.")
    return info, data


def remove(db: Database, actor, attachment_id: int, reason: str = "") -> AttachmentInfo:
    """Remove one attachment (audited with what it was); its bytes go when no
    other attachment uses them."""
    from cbdesk.services import permissions

    permissions.require(actor, "attachments.remove", db)
    with db.session() as s:
        row = s.execute(_query().where(Attachment.id == int(attachment_id))).first()
    if row is None:
        raise NotFound(f"Không có tài liệu đính kèm số {attachment_id}.",
                       f"No attachment number {attachment_id}.")
    info = _info(row[0], row[1], row[2], row[3], row[4])
    with write_session(db) as s:
        found = resolve(s, info.plan_year, info.owner) if info.owner.kind != "update" else None
        if found is None:  # an update's task is named by its id
            from cbdesk.services.attachments.owners import Resolved

            task = s.get(Task, row[0].task_id)
            found = Resolved(s.get(Plan, row[0].plan_id), task=task)
        require(s, actor, "attachments.remove", info.owner, found)
        current = s.get(Attachment, info.id)
        if current is None:
            from cbdesk.services.errors import ConflictError

            raise ConflictError("Tài liệu này vừa được người khác gỡ.",
                                "Someone else removed this attachment just now.")
        record(s, actor, "attachment", f"{info.id} {info.owner.key()}", "removed",
               f"{info.file_name} ({info.size} B, sha256 {info.sha256})", None,
               info.plan_year, reason=reason or info.owner.label("vi"))
        s.delete(current)
        s.flush()
        left = s.scalar(select(func.count()).select_from(Attachment)
                        .where(Attachment.sha256 == info.sha256))
        if not left:
            blob = s.get(AttachmentBlob, info.sha256)
            if blob is not None:
                s.delete(blob)
    return info


def _link(s, actor, owner, found, name: str, data: bytes, sha: str, note: str, now) -> int:
    """Store the bytes once (by sha256) and link them to ``owner``, audited;
    the new attachment's id."""
    if s.get(AttachmentBlob, sha) is None:
        s.add(AttachmentBlob(sha256=sha, size=len(data), data=data))
        s.flush()
    row = Attachment(plan_id=found.plan.id, owner_kind=owner.kind,
                     task_id=found.task.id if found.task else None,
                     update_id=found.update_id, target_id=found.target_id,
                     period=found.period, area_id=found.area_id, file_name=name,
                     media_type=media_type_of(name), size=len(data), sha256=sha,
                     note=note, added_by=actor.username, added_at=now)
    s.add(row)
    s.flush()
    record(s, actor, "attachment", f"{row.id} {owner.key()}", "added", None,
           f"{name} ({len(data)} B, sha256 {sha})", found.plan.year,
           reason=owner.label("vi"), at=now)
    return row.id
