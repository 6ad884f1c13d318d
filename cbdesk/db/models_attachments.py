"""Attachments: documents kept as evidence with a plan, a task, a task update
or a result, their bytes stored once (content-addressed). Re-exported by
:mod:`cbdesk.db.models`; import them from there."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cbdesk.db.base import Base


class AttachmentBlob(Base):
    """The bytes of an attached file, stored once however often it is attached
    (content-addressed by its sha256)."""

    __tablename__ = "attachment_blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    """A document kept as evidence with a plan, a task, a task update or a
    result (target × period × area). The file name is kept as typed (NFC) and
    never used as a path."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    owner_kind: Mapped[str] = mapped_column(String(10))  # plan, task, update, result
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), nullable=True)
    update_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress_update.id", ondelete="CASCADE"), nullable=True)
    target_id: Mapped[int | None] = mapped_column(
        ForeignKey("target.id", ondelete="CASCADE"), nullable=True)
    period: Mapped[str | None] = mapped_column(String(12), nullable=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), nullable=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blob.sha256"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(100), default="")
    added_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
