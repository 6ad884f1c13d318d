"""The data-entry grid keeps the plan's frame (targets, plan figures, areas,
allocations) between period switches (services.entry_frame): a change made by
another PC — a save, an edit of a target, an import, a write that leaves no
audit entry — is seen at the next switch, never a stale figure. And the
number of statements a switch and a save make is small and does not grow
with the number of cells (each is a round trip on an office LAN)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import event

from cbdesk.services import entry_frame, results
from cbdesk.services.actors import system_actor

ADMIN = system_actor()


@pytest.fixture
def two_clients(demo_db, db_url):
    """Two Database objects on the same database, as two PCs would have."""
    from cbdesk.services.database import open_database

    other = open_database(db_url)
    yield demo_db, other
    other.dispose()
    entry_frame.clear()


class Statements:
    """Counts the statements a database sends (before_cursor_execute)."""

    def __init__(self, db):
        self.n = 0
        event.listen(db.engine, "before_cursor_execute", self._one)
        self.db = db

    def _one(self, *_a):
        self.n += 1

    def __enter__(self):
        self.n = 0
        return self

    def __exit__(self, *_exc):
        return False

    def close(self):
        event.remove(self.db.engine, "before_cursor_execute", self._one)


def _cumulative(grid) -> str:
    return next(r.code for r in grid.rows if r.kind.value == "cumulative" and r.depth == 0)


def test_a_figure_saved_by_another_pc_is_seen_after_switching_period(two_clients):
    a, b = two_clients
    grid = results.entry_grid(a, 2021, "2021-M11")
    code = _cumulative(grid)
    results.entry_grid(a, 2021, "2021-M10")
    results.save_entries(b, ADMIN, 2021, "2021-M11", [results.CellChange(code, None, 4321.0)])
    assert results.entry_grid(a, 2021, "2021-M11").cell(code, None).value == 4321.0


def test_a_target_edited_by_another_pc_is_seen_after_switching_period(two_clients):
    from cbdesk.services import targets

    a, b = two_clients
    grid = results.entry_grid(a, 2021, "2021-M11")
    code = _cumulative(grid)
    area = grid.columns[1].area
    form = targets.get_target(b, 2021, code)
    targets.save_target(b, ADMIN, 2021, replace(form, name="Tên mới của chỉ tiêu",
                                               target=98765.0,
                                               allocations={**form.allocations, area: 4567.0}),
                        original_code=code)
    row = next(r for r in results.entry_grid(a, 2021, "2021-M10").rows if r.code == code)
    assert (row.name, row.plan, row.allocations[area]) == ("Tên mới của chỉ tiêu", 98765.0,
                                                           4567.0)
    assert row.plan_text == "98.765"


def test_an_import_by_another_pc_is_seen_after_switching_period(two_clients):
    from cbdesk.services.plan_apply import apply_plan_data
    from cbdesk.services.plans import plan_to_data

    a, b = two_clients
    grid = results.entry_grid(a, 2021, "2021-M11")
    code = _cumulative(grid)
    area = grid.columns[1].area
    data = plan_to_data(b, 2021, with_results=False)
    t = next(t for t in data.targets if t.code == code)
    t.name = "Chỉ tiêu đổi tên khi nhập"
    t.allocations = {**t.allocations, area: 1111.0}
    apply_plan_data(b, data, ADMIN)
    row = next(r for r in results.entry_grid(a, 2021, "2021-M10").rows if r.code == code)
    assert row.name == "Chỉ tiêu đổi tên khi nhập" and row.allocations[area] == 1111.0


def test_a_target_moved_by_another_pc_without_an_audit_entry_is_seen(two_clients):
    from cbdesk.services import targets

    a, b = two_clients
    before = [r.code for r in results.entry_grid(a, 2021, "2021-M11").rows]
    top = [c for c in before if "." not in c]
    targets.move_target(b, ADMIN, 2021, top[1], -1)  # reorders; writes no audit entry
    after = [r.code for r in results.entry_grid(a, 2021, "2021-M10").rows]
    assert [c for c in after if "." not in c][:2] == [top[1], top[0]]


def test_a_period_switch_makes_two_statements_and_a_save_a_handful(demo_db):
    grid = results.entry_grid(demo_db, 2021, "2021-M11")
    counter = Statements(demo_db)
    try:
        with counter:
            results.entry_grid(demo_db, 2021, "2021-M10")
        # the plan with its closed periods and the frame's stamp; the period's values
        assert counter.n == 2
        codes = [r.code for r in grid.rows if r.editable and r.kind.value == "cumulative"]
        cells = [(c, col.area) for c in codes for col in grid.columns
                 if grid.cell(c, col.area).blocked_by is None
                 and grid.cell(c, col.area).value is None]
        with counter:
            results.save_entries(demo_db, ADMIN, 2021, "2021-M11",
                                 [results.CellChange(*cells[0], 5.0)])
        one = counter.n
        many = [results.CellChange(t, a, 7.0) for t, a in cells[1:21]]
        with counter:
            assert results.save_entries(demo_db, ADMIN, 2021, "2021-M11", many) == len(many)
        assert len(many) == 20 and counter.n == one <= 8
    finally:
        counter.close()
