"""Service rules that mutation testing found unpinned (docs/RELIABILITY.md,
"Mutation testing"): the read-only cell of the entry grid over entered months,
a mismatch of the year to date alone, and the administrator-only changes of
units and areas in catalog_changes (outside the permission table)."""

from __future__ import annotations

from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor

STAFF = Actor("chuyenvien", Role.STAFF)
LEADER = Actor("lanhdao", Role.LEADER)
ADMIN = Actor("quantri", Role.ADMIN)


def _row(db, code, period):
    from cbdesk.services.progress import target_rows

    return next(r for r in target_rows(db, 2021, period) if r.code == code)


def test_a_quarter_cell_over_entered_months_is_read_only_and_shows_their_sum(demo_db):
    from cbdesk.services.results import entry_grid

    months = [entry_grid(demo_db, 2021, f"2021-M0{m}").cell("1", "040").value for m in (1, 2, 3)]
    assert all(v is not None for v in months)
    quarter = entry_grid(demo_db, 2021, "2021-Q1").cell("1", "040")
    assert quarter.value is None
    assert quarter.blocked_by is not None and "2021" in quarter.blocked_by
    assert quarter.derived == pytest.approx(sum(months))
    # A month holding its own figure is not blocked by itself.
    month = entry_grid(demo_db, 2021, "2021-M02").cell("1", "040")
    assert month.blocked_by is None and month.value == months[1]


def test_a_year_to_date_disagreement_alone_raises_the_mismatch_flag(demo_db):
    from cbdesk.services.results import CellChange, save_entries

    # February's province figure equals February's areas, but no January figure
    # was entered for the province: its year to date falls short of the areas'.
    feb = _row(demo_db, "1", "2021-M02")
    area_feb = sum(a.period_value or 0 for a in feb.areas)
    save_entries(demo_db, STAFF, 2021, "2021-M02", [CellChange("1", None, area_feb)])
    row = _row(demo_db, "1", "2021-M02")
    assert row.period_value == area_feb
    assert row.ytd == area_feb
    assert row.mismatch


@pytest.mark.parametrize("actor", [STAFF, LEADER], ids=["staff", "leader"])
def test_only_an_administrator_ends_merges_or_splits_units_and_areas(demo_db, actor):
    from cbdesk.services import catalog, catalog_changes
    from cbdesk.services.errors import PermissionDenied

    catalog.save_unit(demo_db, ADMIN, "DVTHU", "Đơn vị thử")
    tries = [
        lambda: catalog_changes.end_area(demo_db, actor, "053", date(2025, 6, 30)),
        lambda: catalog_changes.end_unit(demo_db, actor, "DVTHU", date(2025, 7, 1)),
        lambda: catalog_changes.merge_units(demo_db, actor, "DVTHU", "TTDVVL", date(2025, 7, 1)),
        lambda: catalog_changes.split_area(demo_db, actor, "045", [
            catalog_changes.NewArea("04501", "Xã A"), catalog_changes.NewArea("04502", "Xã B")],
            date(2025, 7, 1)),
    ]
    for attempt in tries:
        with pytest.raises(PermissionDenied):
            attempt()
    # An administrator may (the same calls go through).
    catalog.save_unit(demo_db, ADMIN, "TTDVVL", "Trung tâm Dịch vụ việc làm tỉnh")
    catalog_changes.merge_units(demo_db, ADMIN, "DVTHU", "TTDVVL", date(2025, 7, 1))
    catalog_changes.end_area(demo_db, ADMIN, "053", date(2025, 6, 30))
