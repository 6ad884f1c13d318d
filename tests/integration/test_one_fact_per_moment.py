"""SPEC §3.5 "values at the same moment are one fact": for level and change
targets, H1, Q2 and June end the same day and hold one figure — the grid shows
it in every such cell with where it came from, typing a different one asks and
then replaces it, and an import carrying both refuses naming both. On every
engine of the ``db`` fixture."""

from __future__ import annotations

import pytest

from cbdesk.core.plandata import AreaData, PlanData, ResultData, TargetData
from cbdesk.services.actors import system_actor
from cbdesk.services.errors import ValidationError
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.progress import target_rows
from cbdesk.services.results import CellChange, SameMoment, entry_grid, save_entries


def _plan(results) -> PlanData:
    return PlanData(
        year=2021, title="Kế hoạch thử năm 2021", areas=[AreaData("A", "Huyện A")],
        targets=[
            TargetData("8", "Tỷ lệ lao động qua đào tạo", "%", "level", "increase", 34.4, 32.4,
                       decimals=1),
            TargetData("1", "Tạo việc làm mới", "người", "cumulative", "increase", 12000.0),
        ],
        results=results)


@pytest.fixture
def june(db):
    apply_plan_data(db, _plan([ResultData("8", "2021-M06", None, 33.8)]), system_actor())
    return db


def _ytd(db, period="2021-H1") -> float:
    return {r.code: r for r in target_rows(db, 2021, period)}["8"].ytd


def test_the_grid_shows_the_june_figure_in_h1_and_q2_with_its_origin(june):
    for period in ("2021-H1", "2021-Q2"):
        cell = entry_grid(june, 2021, period).cell("8", None)
        assert cell.value is None and cell.derived == 33.8
        assert cell.shared_from == "Tháng 6/2021"
        assert cell.blocked_by is None  # still editable
    # A period ending another day shares nothing.
    assert entry_grid(june, 2021, "2021-9M").cell("8", None).shared_from is None
    # Cumulative targets are sums, not moments.
    assert entry_grid(june, 2021, "2021-H1").cell("1", None).shared_from is None


def test_typing_a_different_figure_asks_then_replaces(june):
    actor = system_actor()
    with pytest.raises(SameMoment) as err:
        save_entries(june, actor, 2021, "2021-H1", [CellChange("8", None, 35.2)])
    assert "33,8" in err.value.message_vi and "35,2" in err.value.message_vi
    assert "Tháng 6/2021" in err.value.message_vi
    assert _ytd(june) == 33.8  # nothing saved
    assert save_entries(june, actor, 2021, "2021-H1", [CellChange("8", None, 35.2)],
                        replace_moment=True) == 1
    # The typed figure is the one that counts, everywhere: H1, Q2, June, 9M.
    for period in ("2021-H1", "2021-Q2", "2021-M06"):
        assert _ytd(june, period) == 35.2
    june_cell = entry_grid(june, 2021, "2021-M06").cell("8", None)
    assert june_cell.value is None and june_cell.derived == 35.2
    assert june_cell.shared_from == "6 tháng đầu năm 2021"


def test_the_same_figure_again_is_no_change(june):
    assert save_entries(june, system_actor(), 2021, "2021-Q2",
                        [CellChange("8", None, 33.8)]) == 0
    assert entry_grid(june, 2021, "2021-Q2").cell("8", None).shared_from == "Tháng 6/2021"


def test_an_import_carrying_both_figures_is_refused_naming_both(db):
    with pytest.raises(ValidationError) as err:
        apply_plan_data(db, _plan([ResultData("8", "2021-M06", None, 33.8),
                                   ResultData("8", "2021-H1", None, 35.2)]), system_actor())
    msg = err.value.message_vi
    assert "Tháng 6/2021 = 33,8" in msg and "6 tháng đầu năm 2021 = 35,2" in msg


def test_an_import_replaces_the_stored_figure_of_the_same_moment(june):
    apply_plan_data(june, _plan([ResultData("8", "2021-H1", None, 35.2)]), system_actor())
    assert _ytd(june) == 35.2 and _ytd(june, "2021-M06") == 35.2
    assert entry_grid(june, 2021, "2021-M06").cell("8", None).shared_from == \
        "6 tháng đầu năm 2021"
