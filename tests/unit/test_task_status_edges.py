"""Task status at its edges: any reported work, however small, is progress."""

from __future__ import annotations

from datetime import date

from cbdesk.core.enums import TaskStatus
from cbdesk.core.task_status import task_status

AS_OF = date(2021, 5, 1)


def test_a_fraction_of_a_percent_done_is_in_progress():
    assert task_status("2021-12-31", False, None, 0.5, AS_OF) is TaskStatus.IN_PROGRESS
    assert task_status("2021-12-31", False, None, 1.0, AS_OF) is TaskStatus.IN_PROGRESS
    assert task_status("2021-12-31", False, None, 0.0, AS_OF) is TaskStatus.NOT_STARTED
    assert task_status("2021-12-31", False, None, None, AS_OF) is TaskStatus.NOT_STARTED
