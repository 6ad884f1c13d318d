"""Attachments: documents kept as evidence with a plan, a task, a task update
or a result (target × period × area), stored inside the database so that one
file, its backups and its restores carry them (issue 23).

The bytes are content-addressed (``attachment_blob``, keyed by sha256, stored
once however often attached); each link (``attachment``) names its owner, the
file name as typed (NFC, never used as a path), media type, size, note, who
added it and when. Adding and removing are audited and need the role that may
change the owner. ``verify`` recomputes every blob's sha256 (``cbdesk check``).
"""

from cbdesk.services.attachments.owners import Owner
from cbdesk.services.attachments.store import (
    AttachmentInfo,
    add_bytes,
    add_files,
    attach_everywhere,
    counts,
    fetch,
    list_attachments,
    max_bytes,
    remove,
    result_counts,
)
from cbdesk.services.attachments.verify import verify

__all__ = ["AttachmentInfo", "Owner", "add_bytes", "add_files", "attach_everywhere", "counts", "fetch",
           "list_attachments", "max_bytes", "remove", "result_counts", "verify"]
