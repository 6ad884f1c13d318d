"""The window's first view read before SQLAlchemy loads (issue 24,
``services.first_view``) gives exactly the rows of ``services.progress``:
every figure, status, area and last year's figures; and it stands aside
(None) whenever the normal open must decide."""

from __future__ import annotations

import sqlite3

import pytest

from cbdesk.services import first_view
from cbdesk.services.progress import target_rows

PERIODS = ("2021", "2021-H1", "2021-H2", "2021-9M", "2021-Q1", "2021-Q3", "2021-M01",
           "2021-M06", "2021-M12")


@pytest.fixture
def sample(demo_file):
    from cbdesk.services.database import open_database

    db = open_database(str(demo_file))
    yield demo_file, db
    db.dispose()


@pytest.mark.parametrize("period", PERIODS)
def test_the_first_view_rows_are_the_services_rows(sample, period):
    path, db = sample
    assert first_view.target_rows(path, 2021, period) == target_rows(db, 2021, period)


def test_results_read_in_batches_of_ids_give_the_same_rows(sample, monkeypatch):
    """A plan with more targets than one statement may name is read in
    several statements (``progress_rows.IDS_PER_READ``), with the same rows."""
    from cbdesk.services import progress_rows

    path, db = sample
    whole = target_rows(db, 2021, "2021-H1")
    assert any(r.ytd is not None for r in whole)
    monkeypatch.setattr(progress_rows, "IDS_PER_READ", 2)
    assert target_rows(db, 2021, "2021-H1") == whole
    assert first_view.target_rows(path, 2021, "2021-H1") == whole


def test_last_year_counts_only_under_the_codes_of_this_year(sample):
    """Last year's figures of a code this plan does not have are not read
    into any row; those of a code it has are its "same period last year"."""
    path, db = sample
    con = sqlite3.connect(path)
    with con:
        (tid,) = con.execute("SELECT id FROM target WHERE plan_id = "
                             "(SELECT id FROM plan WHERE year = 2021) ORDER BY id").fetchone()
        old = _copy_row(con, "plan", "year = 2021", year=2020)
        kept = _copy_row(con, "target", f"id = {tid}", plan_id=old, parent_id=None)
        gone = _copy_row(con, "target", f"id = {tid}", plan_id=old, parent_id=None,
                         code="Z.99")
        for target, value in ((kept, 12.0), (gone, 99.0)):
            con.execute("INSERT INTO result (target_id, period, area_key, value, note, source, "
                        "entered_by, version) VALUES (?, '2020-Q1', 0, ?, '', '', '', 1)",
                        (target, value))
    con.close()
    rows = target_rows(db, 2021, "2021-Q1")
    assert [r.previous_ytd for r in rows if r.previous_ytd is not None] == [12.0]
    assert first_view.target_rows(path, 2021, "2021-Q1") == rows


def test_profiles_achieved_flags_tolerances_and_last_year_are_read_alike(sample):
    """What the sample lacks, made by hand: a monthly profile (JSON), a
    manual 'achieved' flag, changed tolerances, allocations, and last year's
    plan with results (the "same period last year" columns)."""
    path, db = sample
    con = sqlite3.connect(path)
    with con:
        (tid,) = con.execute("SELECT id FROM target WHERE plan_id = "
                             "(SELECT id FROM plan WHERE year = 2021) ORDER BY id").fetchone()
        con.execute("UPDATE target SET profile = ?, manual_achieved = 1 WHERE id = ?",
                    ("[1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]", tid))
        con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES "
                    "('tolerance.behind_below', '0.7'), ('tolerance.ahead_above', '1.3')")
        old = _copy_row(con, "plan", "year = 2021", year=2020)
        old_tid = _copy_row(con, "target", f"id = {tid}", plan_id=old, parent_id=None)
        con.execute("INSERT INTO result (target_id, period, area_key, value, note, source, "
                    "entered_by, version) VALUES (?, '2020-M03', 0, 41.5, '', '', '', 1)",
                    (old_tid,))
    con.close()
    rows = target_rows(db, 2021, "2021-H1")
    assert any(r.previous_ytd == 41.5 for r in rows)
    assert first_view.target_rows(path, 2021, "2021-H1") == rows


def test_no_figure_is_read_from_a_damaged_file(sample):
    """A damaged page the first view never reads (the tasks table's): its
    queries alone would succeed, the page-level check finds the damage, and
    nothing is shown before the normal open offers the good backup."""
    path, db = sample
    db.dispose()
    con = sqlite3.connect(path)
    (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'task'").fetchone()
    (page_size,) = con.execute("PRAGMA page_size").fetchone()
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = bytes(range(256)) * (page_size // 256)
    path.write_bytes(bytes(data))
    con = sqlite3.connect(path)
    try:
        verdict = con.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as e:  # (or the check itself stops on the damage)
        verdict = str(e)
    finally:
        con.close()
    assert verdict != [("ok",)]
    assert first_view.target_rows(path, 2021, "2021-H1") is None


def _copy_row(con, table: str, where: str, **changed) -> int:
    """A copy of one row of ``table`` with ``changed`` columns: its new id."""
    cols = [c[1] for c in con.execute(f"PRAGMA table_info({table})") if c[1] != "id"]
    values = dict(zip(cols, con.execute(f"SELECT {', '.join(cols)} FROM {table} "
                                        f"WHERE {where}").fetchone(), strict=True))
    values.update(changed)
    cur = con.execute(f"INSERT INTO {table} ({', '.join(values)}) "
                      f"VALUES ({', '.join('?' * len(values))})", tuple(values.values()))
    return cur.lastrowid


def test_an_older_schema_a_missing_plan_or_an_odd_file_gives_none(sample, tmp_path):
    path, _db = sample
    assert first_view.target_rows(path, 2030, "2030-H1") is None  # no such plan
    assert first_view.target_rows(path, 2021, "2022-H1") is None  # another year's period
    assert first_view.target_rows(path, 2021, "H7") is None  # not a period
    odd = tmp_path / "odd.sqlite"
    odd.write_bytes(b"not a database at all" * 100)
    assert first_view.target_rows(odd, 2021, "2021-H1") is None
    assert first_view.target_rows(tmp_path / "missing.sqlite", 2021, "2021-H1") is None
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.close()
    assert first_view.target_rows(path, 2021, "2021-H1") is None  # the open upgrades first
