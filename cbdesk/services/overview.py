"""What the Overview (Tổng quan) shows, gathered off the UI thread: the plan's
targets and tasks at the end of a period, the day tasks are judged on, and
the lists the view picks from them (behind, overdue, due soon)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from cbdesk.core.deadlines import Deadline, DeadlineError
from cbdesk.core.enums import TargetStatus, TaskStatus
from cbdesk.core.periods import Period
from cbdesk.services import plans as plan_service
from cbdesk.services.progress import target_rows
from cbdesk.services.tasks_view import task_rows

SOON_DAYS = 30


@dataclass
class OverviewData:
    """Everything the overview shows, gathered off the UI thread."""

    year: int
    period: Period
    as_of: date
    targets: list = field(default_factory=list)
    tasks: list = field(default_factory=list)
    closed: bool = False

    def target_counts(self) -> dict[TargetStatus, int]:
        out = {s: 0 for s in TargetStatus}
        for r in self.targets:
            out[r.status] += 1
        return out

    def task_counts(self) -> dict[TaskStatus, int]:
        out = {s: 0 for s in TaskStatus}
        for t in self.tasks:
            out[t.status] += 1
        return out

    def behind(self) -> list:
        return [r for r in self.targets if r.status.is_short]

    def overdue(self) -> list:
        return [t for t in self.tasks if t.status == TaskStatus.OVERDUE]

    def due_soon(self) -> list:
        """Tasks not done whose deadline falls in the next SOON_DAYS days."""
        out = []
        until = self.as_of + timedelta(days=SOON_DAYS)
        for t in self.tasks:
            if t.done or t.status == TaskStatus.OVERDUE:
                continue
            due = due_date(t.deadline, self.year)
            if due is not None and self.as_of <= due <= until:
                out.append(t)
        return out


def due_date(code: str, year: int) -> date | None:
    try:
        return Deadline.parse(code, year=year).due_date
    except (DeadlineError, ValueError):
        return None


def as_of_date(period: Period, today: date | None = None, cutoff: date | None = None) -> date:
    """The day tasks are judged on: the day the period's figures run to (its
    cut-off day, as the report's ``tính đến ngày``), or today when earlier."""
    today = today or date.today()
    return min(cutoff or period.end, today)


def gather(db, year: int, period: Period) -> OverviewData:
    from cbdesk.services.periods import cutoff_day

    as_of = as_of_date(period, cutoff=cutoff_day(db, period))
    closed = plan_service.closed_periods(db, year)
    return OverviewData(year, period, as_of, target_rows(db, year, period.code),
                        task_rows(db, year, as_of), period.code in closed)
