"""Attachments: documents kept as evidence with a plan, a task, a task update
or a result, their bytes stored once (content-addressed). Re-exported by
:mod:`cbdesk.db.models`; import them from there."""

from __future__ import annotations

from cbdesk.db import tables
from cbdesk.db.base import Base


class AttachmentBlob(Base):
    """The bytes of an attached file, stored once however often it is attached
    (content-addressed by its sha256)."""

    __table__ = tables.attachment_blob


class Attachment(Base):
    """A document kept as evidence with a plan, a task, a task update or a
    result (target × period × area). The file name is kept as typed (NFC) and
    never used as a path."""

    __table__ = tables.attachment
