"""What the data-entry grid reads besides the figures (services.entry_frame,
kept between calls): the plan's allocations per district beside the figures
even with other plans in the database, the districts valid at any time of the
year (one that ended in January included), and the lock of a closed period
with the day it was closed — the day given, a second period closed (and
reopened) beside the first, and an old closed row without a time still locking."""

from __future__ import annotations

from datetime import date, datetime

from cbdesk.core.enums import Role
from cbdesk.core.plandata import PlanData
from cbdesk.services import catalog, periods
from cbdesk.services.actors import Actor
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.plans import plan_to_data
from cbdesk.services.results import entry_grid

ADMIN = Actor("quantri", Role.ADMIN)


def test_the_grid_shows_each_targets_allocations_with_other_plans_beside(demo_db):
    apply_plan_data(demo_db, PlanData(year=2022, title="Kế hoạch 2022"), ADMIN)
    wanted = {t.code: t.allocations for t in plan_to_data(demo_db, 2021).targets
              if t.allocations}
    assert wanted  # the sample plan allocates some targets to districts
    rows = {r.code: r.allocations for r in entry_grid(demo_db, 2021, "2021-M03").rows}
    for code, allocations in wanted.items():
        assert rows[code] == allocations


def test_a_district_that_ended_in_january_is_still_a_column_of_that_year(demo_db):
    catalog.save_area(demo_db, ADMIN, "ZZ-CU", "Huyện cũ", valid_to=date(2021, 1, 15))
    catalog.save_area(demo_db, ADMIN, "ZZ-XUA", "Huyện xưa", valid_to=date(2020, 12, 31))
    columns = [c.area for c in entry_grid(demo_db, 2021, "2021-M01").columns]
    assert "ZZ-CU" in columns and "ZZ-XUA" not in columns


def test_a_closed_period_locks_the_grid_naming_the_day_it_was_closed(demo_db):
    assert periods.close_period(demo_db, ADMIN, 2021, "2021-Q1", at=datetime(2021, 4, 15, 9))
    grid = entry_grid(demo_db, 2021, "2021-M02")
    assert grid.locked
    assert grid.locked_note == "Kỳ Quý I/2021 đã chốt số liệu ngày 15/04/2021"
    assert not entry_grid(demo_db, 2021, "2021-M04").locked
    # A second period closed beside the first is closed too.
    assert periods.close_period(demo_db, ADMIN, 2021, "2021-M05", at=datetime(2021, 6, 2, 9))
    assert entry_grid(demo_db, 2021, "2021-M05").locked
    assert not periods.close_period(demo_db, ADMIN, 2021, "2021-M05")  # already closed
    # Reopening one of them reopens that one only.
    periods.reopen_period(demo_db, ADMIN, 2021, "2021-M05", "Sửa số liệu tháng 5")
    assert not entry_grid(demo_db, 2021, "2021-M05").locked
    assert entry_grid(demo_db, 2021, "2021-M02").locked


def test_a_closed_period_stored_without_a_time_still_locks_the_grid(demo_db):
    from sqlalchemy import select

    from cbdesk.db.models import ClosedPeriod, Plan

    with demo_db.session() as s:
        plan_id = s.scalar(select(Plan.id).where(Plan.year == 2021))
        s.add(ClosedPeriod(plan_id=plan_id, period="2021-M07", closed_by="cu", closed_at=None))
    grid = entry_grid(demo_db, 2021, "2021-M07")
    assert grid.locked and grid.locked_note == "Kỳ Tháng 7/2021 đã chốt số liệu"
