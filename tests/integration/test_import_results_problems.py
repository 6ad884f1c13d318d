"""Results arriving in a file, problem by problem: every row naming an
unknown target or a closed period is reported with its target and period
(one never hides the next), and a row already stored as it is never stops
the new rows after it."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.core.plandata import PlanData, ResultData, TargetData
from cbdesk.services import periods
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ValidationError
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.results import entry_grid

ADMIN = Actor("quantri", Role.ADMIN)
TARGETS = [TargetData("1", "Việc làm", "người", target=100),
           TargetData("2", "Đào tạo", "người", target=50)]


def _apply(db, results):
    return apply_plan_data(db, PlanData(year=2021, title="K", targets=TARGETS,
                                        results=results), ADMIN)


def _said(caught) -> str:
    return " ".join(vi for vi, _ in caught.value.problems)


def test_every_row_of_an_unknown_target_is_named(db):
    _apply(db, [])
    with pytest.raises(ValidationError) as caught:
        _apply(db, [ResultData("9", "2021-M01", None, 1.0), ResultData("8", "2021-M02", None, 2.0)])
    said = _said(caught)
    assert "Kết quả chỉ tiêu 9, kỳ 2021-M01: không có chỉ tiêu '9'" in said
    assert "Kết quả chỉ tiêu 8, kỳ 2021-M02: không có chỉ tiêu '8'" in said


def test_every_row_in_a_closed_period_is_named(db):
    _apply(db, [])
    periods.close_period(db, ADMIN, 2021, "2021-Q1")
    with pytest.raises(ValidationError) as caught:
        _apply(db, [ResultData("1", "2021-M01", None, 1.0), ResultData("2", "2021-M02", None, 2.0)])
    said = _said(caught)
    assert "Kết quả chỉ tiêu 1, kỳ 2021-M01: kỳ đã chốt số liệu" in said
    assert "Kết quả chỉ tiêu 2, kỳ 2021-M02: kỳ đã chốt số liệu" in said


def test_a_row_already_stored_never_stops_the_new_rows_after_it(db):
    _apply(db, [ResultData("1", "2021-M01", None, 10.0)])
    _apply(db, [ResultData("1", "2021-M01", None, 10.0), ResultData("2", "2021-M01", None, 7.0)])
    grid = entry_grid(db, 2021, "2021-M01")
    assert (grid.cell("1", None).value, grid.cell("2", None).value) == (10.0, 7.0)


def test_every_row_outside_the_plans_year_is_named(db):
    _apply(db, [])
    with pytest.raises(ValidationError) as caught:
        _apply(db, [ResultData("1", "2020-M01", None, 1.0), ResultData("2", "2022-M02", None, 2.0)])
    said = _said(caught)
    assert "Kết quả chỉ tiêu 1, kỳ 2020-M01: kỳ" in said and "nằm ngoài năm kế hoạch 2021" in said
    assert "Kết quả chỉ tiêu 2, kỳ 2022-M02: kỳ" in said
