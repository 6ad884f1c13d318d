"""How a target's figures are printed in the report's cells (services.
target_text, shared by screen, PDF and export) and how a target tree is
checked (services.validation.check_target_tree): the short "điểm %", the
"(*)" of a disagreement with the areas, the "(đến hết T6)" of figures that
stop early, last year's level of a change target; parent cycles, breakdowns
that do not add up and an "of which" larger than its parent."""

from __future__ import annotations

from types import SimpleNamespace

from cbdesk.core.enums import Direction, TargetKind
from cbdesk.core.plandata import TargetData
from cbdesk.services import target_text as tt
from cbdesk.services.validation import check_target_tree


def _row(kind=TargetKind.CUMULATIVE, unit="người", decimals=0, **kw):
    progress = SimpleNamespace(change_achieved=kw.pop("change_achieved", None),
                               data_to=kw.pop("data_to", None), threshold=False)
    base = dict(kind=kind, direction=Direction.DECREASE, unit=unit, decimals=decimals,
                progress=progress, ytd=None, mismatch=False, previous_ytd=None,
                period_value=None)
    base.update(kw)
    return SimpleNamespace(**base)


def test_a_change_of_a_rate_is_printed_in_short_points():
    assert tt.plan_text(TargetKind.CHANGE, Direction.DECREASE, 4.0, False, 1, "%") \
        == "giảm 4,0 điểm %"
    assert tt.moved(_row(TargetKind.CHANGE, "%", 1), 1.6) == "giảm 1,6 điểm %"


def test_the_year_to_date_cell_carries_its_disagreement_mark_and_early_stop():
    assert tt.ytd_cell(_row(ytd=6120.0, mismatch=True)) == "6.120 (*)"
    assert tt.ytd_cell(_row(ytd=6120.0, data_to=6)) == "6.120 (đến hết T6)"
    assert tt.ytd_cell(_row(ytd=6120.0, data_to=6), note=False) == "6.120"
    assert tt.data_to_note(_row(data_to=6), 2021) == "(đến hết tháng 6/2021)"
    assert tt.data_to_note(_row()) == ""


def test_last_years_cell_is_a_count_or_a_change_targets_level():
    assert tt.previous_cell(_row(previous_ytd=1234.0)) == "1.234"
    assert tt.previous_cell(_row(TargetKind.CHANGE, "%", 1, previous_ytd=20.9)) == "mức 20,9"
    assert tt.previous_cell(_row()) == ""


def test_a_cycle_of_parents_is_refused_naming_the_targets():
    tree = {"1": TargetData("1", "Một", parent_code="2", relation="of_which"),
            "2": TargetData("2", "Hai", parent_code="1", relation="of_which")}
    problems = check_target_tree(tree)
    assert any("vòng lặp" in vi for vi, _ in problems)


def test_breakdowns_that_do_not_add_up_are_refused_with_their_sum():
    tree = {"1": TargetData("1", "Tổng", "người", target=100),
            "1.1": TargetData("1.1", "A", "người", target=30, parent_code="1",
                              relation="breakdown"),
            "1.2": TargetData("1.2", "B", "người", target=50, parent_code="1",
                              relation="breakdown")}
    problems = check_target_tree(tree)
    assert any("(80)" in vi and "(100)" in vi for vi, _ in problems)


def test_an_of_which_larger_than_its_parent_is_refused():
    tree = {"1": TargetData("1", "Tổng", "người", target=100),
            "1.1": TargetData("1.1", "Trong đó nữ", "người", target=120, parent_code="1",
                              relation="of_which")}
    problems = check_target_tree(tree)
    assert any("'trong đó' (120)" in vi for vi, _ in problems)
    tree["1.1"].target = 60
    assert check_target_tree(tree) == []


def test_the_periods_own_cell_is_a_count_or_a_change_targets_level():
    assert tt.period_cell(_row(period_value=1234.0)) == "1.234"
    assert tt.period_cell(_row(TargetKind.CHANGE, "%", 1, period_value=18.9)) == "mức 18,9"
    assert tt.period_cell(_row()) == ""
