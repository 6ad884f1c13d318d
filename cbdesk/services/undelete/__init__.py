"""Undoing a deletion (not to be confused with services.restore, which restores a
backup): a target with its figures, a task with its progress
history. ``snapshot_*`` reads everything a deletion would remove; ``restore_*``
puts it back (audited as "restored"). The window keeps the snapshots on its
undo stack, so Ctrl+Z brings a deleted target or task back."""

from cbdesk.services.undelete.snapshots import (
    TargetSnapshot,
    TaskSnapshot,
    restore_target,
    restore_task,
    snapshot_target,
    snapshot_task,
)

__all__ = ["TargetSnapshot", "TaskSnapshot", "restore_target", "restore_task",
           "snapshot_target", "snapshot_task"]
