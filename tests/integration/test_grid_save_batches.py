"""Saving many cells of the grid at once: a cell that needs no write never
stops the cells after it, and a refused save names every refused cell (the
clerk corrects them all in one go) while saving nothing."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ConflictError, ValidationError
from cbdesk.services.grid_types import CellChange
from cbdesk.services.results import SameMoment, entry_grid, save_entries

STAFF = Actor("chuyenvien", Role.STAFF)


def _value(db, period: str, target: str, area: str | None) -> float | None:
    return entry_grid(db, 2021, period).cell(target, area).value


def test_an_unchanged_cell_before_changed_ones_does_not_stop_them(demo_db):
    same = _value(demo_db, "2021-M06", "1", "040")  # 209, typed again
    saved = save_entries(demo_db, STAFF, 2021, "2021-M06", [
        CellChange("1", "040", same), CellChange("1", "042", 150.0),
        CellChange("3", "043", 77.0)])
    assert saved == 2
    assert _value(demo_db, "2021-M06", "1", "042") == 150.0
    assert _value(demo_db, "2021-M06", "3", "043") == 77.0


def test_the_same_fact_for_another_period_ending_that_day_does_not_stop_the_rest(demo_db):
    # Target 2 (a level) holds 3,52 for Q2; June ends the same day: the same
    # figure typed for June is that fact again (nothing to write), not a stop.
    saved = save_entries(demo_db, STAFF, 2021, "2021-M06", [
        CellChange("2", None, 3.52), CellChange("1", "042", 150.0)])
    assert saved == 1
    assert _value(demo_db, "2021-M06", "1", "042") == 150.0


def test_every_refused_cell_is_named_and_nothing_is_saved(demo_db):
    before = {a: _value(demo_db, "2021-Q1", "3", a) for a in ("040", "042")}
    with pytest.raises(ValidationError) as refused:
        save_entries(demo_db, STAFF, 2021, "2021-Q1", [
            CellChange("99", None, 1.0),  # no such target
            CellChange("1", "999", 1.0),  # no such area
            CellChange("14", None, 5.0),  # a qualitative target takes no figure
            CellChange("1", "040", 500.0),  # over January–March already entered
            CellChange("3", "042", -5.0),  # below zero, and over its months too
            CellChange("3", "040", 10.0),  # over its months
        ])
    said = " | ".join(vi for vi, _ in refused.value.problems)
    assert len(refused.value.problems) == 7
    for named in ("'99'", "'999'", "Chỉ tiêu 14", "Chỉ tiêu 1, Thành phố Cao Bằng", "Chỉ tiêu 3, Bảo Lâm"):
        assert named in said
    assert said.count("Chỉ tiêu 3, ") == 3
    assert "(và 6 lỗi khác)" in refused.value.message_vi
    assert {a: _value(demo_db, "2021-Q1", "3", a) for a in ("040", "042")} == before


def test_every_cell_changed_by_someone_else_is_named(demo_db):
    grid = entry_grid(demo_db, 2021, "2021-M06")
    mine = {("1", "040"): grid.cell("1", "040").version, ("1", "042"): grid.cell("1", "042").version}
    save_entries(demo_db, Actor("khac", Role.STAFF), 2021, "2021-M06", [
        CellChange("1", "040", 1.0), CellChange("1", "042", 2.0)])
    with pytest.raises(ConflictError) as stale:
        save_entries(demo_db, STAFF, 2021, "2021-M06", [
            CellChange("1", "040", 3.0), CellChange("1", "042", 4.0)], expected_versions=mine)
    assert stale.value.message_vi.count("1 – ") == 2
    assert _value(demo_db, "2021-M06", "1", "040") == 1.0


def test_every_figure_differing_from_the_same_moment_is_listed_before_replacing(demo_db):
    with pytest.raises(SameMoment) as asked:
        save_entries(demo_db, STAFF, 2021, "2021-M06", [
            CellChange("2", None, 3.4), CellChange("8", None, 34.0)])
    assert [c[0] for c in asked.value.cells] == ["2", "8"]
    assert _value(demo_db, "2021-Q2", "2", None) == 3.52


def test_one_refused_cell_is_told_alone(demo_db):
    with pytest.raises(ValidationError) as refused:
        save_entries(demo_db, STAFF, 2021, "2021-M07", [CellChange("99", None, 1.0)])
    assert refused.value.message_vi == "Không có chỉ tiêu '99'."
    assert refused.value.message_en == "No target '99'."


def test_a_new_figure_starts_at_version_one_and_each_save_moves_it_on(demo_db):
    save_entries(demo_db, STAFF, 2021, "2021-M07", [CellChange("1", "042", 10.0)])
    assert entry_grid(demo_db, 2021, "2021-M07").cell("1", "042").version == 1
    save_entries(demo_db, STAFF, 2021, "2021-M07", [CellChange("1", "042", 11.0)],
                 expected_versions={("1", "042"): 1})
    assert entry_grid(demo_db, 2021, "2021-M07").cell("1", "042").version == 2
