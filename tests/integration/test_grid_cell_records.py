"""Cells of the data-entry grid as they are stored and told: a new figure
records who entered it and when (and so does its audit entry), the question
"one figure per moment" names the target, the place, the stored period and
both figures in each language, a refused save names at most five conflicting
cells, a figure kept for a district no longer valid stays out of the grid
without hiding the others, and cells print in Vietnamese notation."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from cbdesk.core.enums import Role, TargetKind
from cbdesk.db.models import AuditEntry, Result
from cbdesk.services import catalog
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ConflictError
from cbdesk.services.plans import plan_to_data
from cbdesk.services.results import (
    CellChange,
    SameMoment,
    entry_grid,
    format_cell,
    save_entries,
)

STAFF = Actor("canbo", Role.STAFF)
ADMIN = Actor("quantri", Role.ADMIN)


def _codes(db, kind: TargetKind) -> list[str]:
    return [t.code for t in plan_to_data(db, 2021, with_results=False).targets
            if TargetKind(t.kind) is kind]


def test_a_new_figure_records_who_entered_it_and_when(demo_db):
    code = _codes(demo_db, TargetKind.CUMULATIVE)[0]
    save_entries(demo_db, STAFF, 2021, "2021-M11", [CellChange(code, None, 321.0)])
    with demo_db.session() as s:
        row = s.scalars(select(Result).where(Result.period == "2021-M11")).one()
        assert (row.value, row.entered_by, row.note, row.source) == (321.0, "canbo", "", "")
        assert row.entered_at is not None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.key == f"{code}|2021-M11|")).one()
        assert entry.user == "canbo" and entry.at == row.entered_at
    assert entry_grid(demo_db, 2021, "2021-M11").cell(code, None).value == 321.0


def test_one_figure_per_moment_is_asked_naming_target_place_period_and_figures(demo_db):
    code = _codes(demo_db, TargetKind.LEVEL)[0]
    save_entries(demo_db, STAFF, 2021, "2021-Q2", [CellChange(code, None, 5.0)])
    with pytest.raises(SameMoment) as asked:
        save_entries(demo_db, STAFF, 2021, "2021-M06", [CellChange(code, None, 7.0)])
    assert asked.value.message_vi == (
        f"Cùng một thời điểm chỉ có một số liệu: chỉ tiêu {code}, toàn tỉnh: đã có 5 "
        "(Quý II/2021), nhập 7. Thay số liệu cũ bằng số mới?")
    assert asked.value.message_en == (
        f"One figure per moment: target {code}, toàn tỉnh: 5 stored (Quý II/2021), "
        "7 typed. Replace the stored figure with the new one?")


def _conflict(db, n: int) -> ConflictError:
    codes = _codes(db, TargetKind.CUMULATIVE)[:n]
    assert len(codes) == n
    with pytest.raises(ConflictError) as refused:
        save_entries(db, STAFF, 2021, "2021-M10", [CellChange(c, None, 1.0) for c in codes],
                     expected_versions={(c, None): 99 for c in codes})
    return refused.value, codes


def test_a_refused_save_names_at_most_five_conflicting_cells(demo_db):
    if len(_codes(demo_db, TargetKind.CUMULATIVE)) < 6:
        pytest.fail("the sample plan needs six cumulative targets for this test")
    six, codes = _conflict(demo_db, 6)
    named = ", ".join(f"{c} – Toàn tỉnh" for c in codes[:5])
    assert f"mở bảng: {named} …. Không có gì" in six.message_vi
    assert f"opened the grid: {named}. Nothing was saved" in six.message_en
    assert f"{codes[5]} – Toàn tỉnh" not in six.message_vi
    five, codes = _conflict(demo_db, 5)
    named = ", ".join(f"{c} – Toàn tỉnh" for c in codes)
    assert f"mở bảng: {named}. Không có gì" in five.message_vi


def test_a_figure_of_a_district_no_longer_valid_stays_out_without_hiding_others(demo_db):
    code = _codes(demo_db, TargetKind.CUMULATIVE)[0]
    catalog.save_area(demo_db, ADMIN, "ZZ-CU", "Huyện cũ")
    save_entries(demo_db, STAFF, 2021, "2021-M02", [CellChange(code, "ZZ-CU", 4.0)])
    catalog.save_area(demo_db, ADMIN, "ZZ-CU", "Huyện cũ", valid_to=date(2020, 12, 31))
    save_entries(demo_db, STAFF, 2021, "2021-M02", [CellChange(code, None, 9.0)])
    grid = entry_grid(demo_db, 2021, "2021-M02")
    assert "ZZ-CU" not in [c.area for c in grid.columns]
    assert ("ZZ-CU" not in {a for _, a in grid.cells})
    assert grid.cell(code, None).value == 9.0


def test_cells_print_in_vietnamese_notation_and_blank_when_empty():
    assert format_cell(1234.5, 1) == "1.234,5"
    assert format_cell(0.0, 0) == "0"
    assert format_cell(None) == ""


def test_a_quarter_over_months_counts_only_the_months_with_a_figure(db):
    from cbdesk.core.plandata import PlanData, ResultData, TargetData
    from cbdesk.services.plan_apply import apply_plan_data

    apply_plan_data(db, PlanData(
        year=2021, title="K", targets=[TargetData("1", "Việc làm", "người", target=100)],
        results=[ResultData("1", "2021-M01", None, None, note="chưa có số liệu"),
                 ResultData("1", "2021-M02", None, 5.0)]), ADMIN)
    cell = entry_grid(db, 2021, "2021-Q1").cell("1", None)
    assert (cell.value, cell.blocked_by, cell.derived) == (None, "Tháng 1/2021", 5.0)


def test_clearing_a_cell_never_asks_about_the_same_figure_of_another_period(db):
    from cbdesk.core.plandata import PlanData, ResultData, TargetData
    from cbdesk.services.plan_apply import apply_plan_data

    apply_plan_data(db, PlanData(
        year=2021, title="K", targets=[TargetData("1", "Tỷ lệ", "%", kind="level", target=60)],
        results=[ResultData("1", "2021-Q2", None, 55.0), ResultData("1", "2021-M06", None, 55.0)]),
        ADMIN)
    assert entry_grid(db, 2021, "2021-M06").cell("1", None).value == 55.0
    assert save_entries(db, STAFF, 2021, "2021-M06", [CellChange("1", None, None)]) == 1
    assert entry_grid(db, 2021, "2021-M06").cell("1", None).value is None
    assert entry_grid(db, 2021, "2021-Q2").cell("1", None).value == 55.0
