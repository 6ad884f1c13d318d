"""Task status (SPEC §3.5, as in the Government Office's tracking of assigned
tasks): done on time / late; not done within the deadline / overdue; ongoing."""

from __future__ import annotations

from datetime import date

from cbdesk.core.deadlines import Deadline
from cbdesk.core.enums import TaskStatus

__all__ = ["task_status"]


def task_status(
    deadline: Deadline | str | None,
    done: bool,
    completed_on: date | None,
    percent_done: float | None,
    as_of: date,
) -> TaskStatus:
    """A task's status on ``as_of`` (SPEC §3.5): done on time or late (by
    the completion day against the due date; on time when either is
    unknown); otherwise ongoing for ``Thường xuyên`` tasks, overdue once the
    due date has passed, in progress when some work is reported, else not
    started."""
    if not isinstance(deadline, Deadline):
        deadline = Deadline.parse(deadline)
    due = deadline.due_date
    if done:
        if completed_on is None or due is None or completed_on <= due:
            return TaskStatus.DONE_ON_TIME
        return TaskStatus.DONE_LATE
    if deadline.kind == "ongoing":
        return TaskStatus.ONGOING
    if due is not None and due < as_of:
        return TaskStatus.OVERDUE
    if percent_done is not None and percent_done > 0:
        return TaskStatus.IN_PROGRESS
    return TaskStatus.NOT_STARTED
