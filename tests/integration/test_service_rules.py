"""Rules of the services that no test used to pin down (mutations survived):
the overlap rule of the entry grid, the tolerance setting, the province vs.
areas mismatch flag, and a qualitative decrease reached only at equality."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role, TargetStatus
from cbdesk.services.actors import Actor

STAFF = Actor("chuyenvien", Role.STAFF)
ADMIN = Actor("quantri", Role.ADMIN)


def _row(db, code, period):
    from cbdesk.services.progress import target_rows

    return next(r for r in target_rows(db, 2021, period) if r.code == code)


def test_a_cumulative_cell_overlapping_an_entered_period_is_refused(demo_db):
    from cbdesk.services.errors import ValidationError
    from cbdesk.services.results import CellChange, entry_grid, save_entries

    # Target 1 (cumulative) has monthly figures for 040: a quarter would count them twice.
    with pytest.raises(ValidationError) as e:
        save_entries(demo_db, STAFF, 2021, "2021-Q1", [CellChange("1", "040", 500.0)])
    assert "trùng thời gian" in e.value.message_vi
    assert entry_grid(demo_db, 2021, "2021-Q1").cell("1", "040").value is None
    # A level target may have a quarter beside its months: a moment, not a sum.
    assert save_entries(demo_db, STAFF, 2021, "2021-Q1", [CellChange("2", None, 3.4)]) == 1
    # …and a cumulative cell with no overlapping figure is accepted.
    assert save_entries(demo_db, STAFF, 2021, "2021-M01", [CellChange("6", "040", 7.0)]) == 1


def test_the_tolerance_setting_decides_behind_on_track_and_ahead(demo_db):
    from cbdesk.services import settings

    assert _row(demo_db, "7", "2021-H1").status is TargetStatus.ON_TRACK  # pace ≈ 90 %
    assert _row(demo_db, "1", "2021-H1").status is TargetStatus.ON_TRACK  # pace ≈ 102 %
    settings.write(demo_db, {"tolerance.behind_below": "0.95",
                             "tolerance.ahead_above": "1.01"}, ADMIN)
    assert _row(demo_db, "7", "2021-H1").status is TargetStatus.BEHIND
    assert _row(demo_db, "1", "2021-H1").status is TargetStatus.AHEAD


def test_a_province_figure_that_disagrees_with_its_areas_is_flagged(demo_db):
    from cbdesk.services.results import CellChange, save_entries

    row = _row(demo_db, "1", "2021-M01")
    area_sum = sum(a.period_value or 0 for a in row.areas)
    assert not row.mismatch and row.period_value == area_sum
    save_entries(demo_db, STAFF, 2021, "2021-M01", [CellChange("1", None, area_sum + 1)])
    row = _row(demo_db, "1", "2021-M01")
    assert row.mismatch and row.period_value == area_sum + 1  # shown, not replaced
    save_entries(demo_db, STAFF, 2021, "2021-M01", [CellChange("1", None, area_sum)])
    assert not _row(demo_db, "1", "2021-M01").mismatch


def test_a_qualitative_decrease_is_not_achieved_at_equality():
    from cbdesk.core.periods import Period
    from cbdesk.core.progress import compute_progress

    def status(ytd, period="2021-H1"):
        return compute_progress("qualitative", "decrease", None, 10.0, ytd,
                                Period.parse(period)).status

    assert status(9.0) is TargetStatus.ACHIEVED
    assert status(10.0) is TargetStatus.BEHIND  # no lower than the baseline: not a decrease
    assert status(11.0) is TargetStatus.BEHIND
    # At the year's end the words are đạt / không đạt (SPEC §3.5).
    assert status(9.0, "2021") is TargetStatus.ACHIEVED
    assert status(10.0, "2021") is TargetStatus.NOT_ACHIEVED
    assert status(11.0, "2021") is TargetStatus.NOT_ACHIEVED
