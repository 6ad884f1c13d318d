"""The progress report's rows (services.progress.target_rows, one computation
for screen, PDF, export and dump): last year's same-period figure sums every
entry of last year, a breakdown parent not entered itself sums the parts that
have figures (an empty part adds nothing), and rows are indented by depth."""

from __future__ import annotations

from cbdesk.core.enums import Role
from cbdesk.core.plandata import PlanData, ResultData, TargetData
from cbdesk.services.actors import Actor
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.progress import target_rows

ADMIN = Actor("quantri", Role.ADMIN)


def _plan(db, year, results=()):
    targets = [
        TargetData("1", "Lao động có việc làm", "người", target=1000),
        TargetData("2", "Đào tạo nghề", "người", target=500),
        TargetData("2.1", "Sơ cấp", "người", target=300, parent_code="2", relation="breakdown"),
        TargetData("2.2", "Trung cấp", "người", target=200, parent_code="2",
                   relation="breakdown"),
    ]
    apply_plan_data(db, PlanData(year=year, title=f"Kế hoạch {year}", targets=targets,
                                 results=list(results)), ADMIN)


def test_last_years_same_period_sums_every_entry_of_last_year(db):
    _plan(db, 2020, [ResultData("1", "2020-M01", None, 10.0),
                     ResultData("1", "2020-M02", None, 20.0),
                     ResultData("2.1", "2020-M02", None, 7.0)])
    _plan(db, 2021, [ResultData("1", "2021-M02", None, 25.0)])
    rows = {r.code: r for r in target_rows(db, 2021, "2021-M02")}
    assert rows["1"].previous_ytd == 30.0
    assert rows["1"].previous_period_value == 20.0
    assert rows["1"].ytd == 25.0  # this year: February alone


def test_a_breakdown_parent_sums_the_parts_that_have_figures(db):
    _plan(db, 2021, [ResultData("2.1", "2021-M01", None, 12.0),
                     ResultData("2.1", "2021-M02", None, 8.0)])
    rows = {r.code: r for r in target_rows(db, 2021, "2021-M02")}
    assert rows["2.2"].ytd is None
    assert (rows["2"].period_value, rows["2"].ytd) == (8.0, 20.0)


def test_rows_are_indented_by_their_depth(db):
    _plan(db, 2021)
    assert [(r.code, r.depth) for r in target_rows(db, 2021, "2021-M01")] == [
        ("1", 0), ("2", 0), ("2.1", 1), ("2.2", 1)]
