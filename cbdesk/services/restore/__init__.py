"""Undoing a deletion: a target with its figures, a task with its progress
history. ``snapshot_*`` reads everything a deletion would remove; ``restore_*``
puts it back (audited as "restored"). The window keeps the snapshots on its
undo stack, so Ctrl+Z brings a deleted target or task back.

Restoring the whole database from a backup file is ``from_backup``
(``restore_backup``), re-exported here: the module ``services/restore.py`` and
this package once had the same name, and the package hid it."""

from cbdesk.services.restore.from_backup import RestoreInfo, restore_backup
from cbdesk.services.restore.snapshots import (
    TargetSnapshot,
    TaskSnapshot,
    restore_target,
    restore_task,
    snapshot_target,
    snapshot_task,
)

__all__ = ["RestoreInfo", "TargetSnapshot", "TaskSnapshot", "restore_backup", "restore_target",
           "restore_task", "snapshot_target", "snapshot_task"]
