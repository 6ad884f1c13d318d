"""Two clients editing the same result or task (on the real PostgreSQL server
when CBDESK_TEST_PG_URL is set): the second gets ConflictError, never a silent
overwrite. Uses services.results.save_entries and services.tasks."""

from __future__ import annotations

from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ConflictError

AN = Actor("an", Role.STAFF)
BINH = Actor("binh", Role.STAFF)
PERIOD = "2021-M11"


@pytest.fixture
def two_clients(demo_db, db_url):
    """Two Database objects on the same database, as two PCs would have."""
    from cbdesk.services.database import open_database

    other = open_database(db_url)
    yield demo_db, other
    other.dispose()


def _level_target(grid) -> str:
    return next(r.code for r in grid.rows if r.editable and r.kind.value == "level")


def _versions(grid, code):
    return {(code, None): grid.cell(code, None).version}


def test_second_save_of_the_same_result_is_a_conflict(two_clients):
    from cbdesk.services import results

    a, b = two_clients
    grid_a = results.entry_grid(a, 2021, PERIOD)
    grid_b = results.entry_grid(b, 2021, PERIOD)
    code = _level_target(grid_a)
    # Both open the same empty cell; An saves first.
    assert results.save_entries(a, AN, 2021, PERIOD, [results.CellChange(code, None, 11.0)],
                                _versions(grid_a, code)) == 1
    with pytest.raises(ConflictError) as err:
        results.save_entries(b, BINH, 2021, PERIOD, [results.CellChange(code, None, 22.0)],
                             _versions(grid_b, code))
    assert code in err.value.message_vi
    assert results.entry_grid(a, 2021, PERIOD).cell(code, None).value == 11.0

    # Reloaded, Bình can save; then An's stale grid conflicts in turn.
    grid_b = results.entry_grid(b, 2021, PERIOD)
    grid_a_stale = grid_b
    assert results.save_entries(b, BINH, 2021, PERIOD, [results.CellChange(code, None, 22.0)],
                                _versions(grid_b, code)) == 1
    with pytest.raises(ConflictError):
        results.save_entries(a, AN, 2021, PERIOD, [results.CellChange(code, None, 33.0)],
                             _versions(grid_a_stale, code))
    final = results.entry_grid(b, 2021, PERIOD).cell(code, None)
    assert final.value == 22.0 and final.version == 2


def test_second_edit_of_the_same_task_is_a_conflict(two_clients):
    from cbdesk.services import tasks

    a, b = two_clients
    task_a = tasks.list_tasks(a, 2021)[0]
    task_b = tasks.list_tasks(b, 2021)[0]
    assert task_a.code == task_b.code and task_a.version == task_b.version
    tasks.add_update(a, AN, 2021, task_a.code, date(2021, 11, 5), 40.0, note="An",
                     expected_version=task_a.version)
    with pytest.raises(ConflictError):
        tasks.add_update(b, BINH, 2021, task_b.code, date(2021, 11, 6), 90.0, note="Bình",
                         expected_version=task_b.version)
    with pytest.raises(ConflictError):
        tasks.save_task(b, BINH, 2021, tasks.TaskForm(code=task_b.code, title="Bị ghi đè"),
                        original_code=task_b.code, expected_version=task_b.version)
    now = next(t for t in tasks.list_tasks(b, 2021) if t.code == task_a.code)
    assert now.percent_done == 40.0 and now.title != "Bị ghi đè"


def test_version_column_refuses_a_concurrent_overwrite_at_the_orm_level(two_clients):
    """The race the services' version check cannot see (both read before either
    writes) is caught by the ORM's version column: the later UPDATE matches no
    row and fails instead of overwriting."""
    from sqlalchemy import select
    from sqlalchemy.orm.exc import StaleDataError

    from cbdesk.db.models import Result

    a, b = two_clients
    with a.session() as s:
        rid = s.scalars(select(Result.id).limit(1)).first()
    assert rid is not None
    sa, sb = a._factory(), b._factory()
    try:
        ra, rb = sa.get(Result, rid), sb.get(Result, rid)
        ra.value, rb.value = 1.0, 2.0
        sa.commit()
        with pytest.raises(StaleDataError):
            sb.commit()
        sb.rollback()
    finally:
        sa.close()
        sb.close()
    with a.session() as s:
        assert s.get(Result, rid).value == 1.0
