"""What the check of a backup file says, problem by problem (services.
backup_check; `cbdesk check` and the restore dialog show it): a file that is
not SQLite, a damaged page with SQLite's own words, every missing table and
column of a copy (one problem never hides the next), and a dump with an
unknown table, malformed rows or the wrong shape."""

from __future__ import annotations

import gzip
import json
import shutil
import sqlite3

import pytest

from cbdesk.services import backup
from cbdesk.services.backup_check import problems_of
from cbdesk.services.database import open_database


@pytest.fixture
def copies(demo_file, tmp_path):
    """A SQLite backup and a JSON dump of the sample database."""
    db = open_database(str(demo_file))
    try:
        lite = backup.make_backup(db, tmp_path / "b.sqlite").path
        dump = backup.make_backup(db, tmp_path / "b.json.gz").path
    finally:
        db.dispose()
    return lite, dump


def test_a_text_file_is_not_a_sqlite_file(tmp_path):
    f = tmp_path / "ghi-chu.sqlite"
    f.write_text("Đây không phải cơ sở dữ liệu. " * 20, encoding="utf-8")
    assert problems_of(f) == [("không phải tệp SQLite", "not a SQLite file")]


def test_a_damaged_page_is_reported_with_sqlites_own_words(copies, tmp_path):
    lite, _ = copies
    bad = tmp_path / "hong.sqlite"
    data = bytearray(lite.read_bytes())
    page = 4096
    for n in range(3, len(data) // page - 1):  # every b-tree page but the first two
        data[n * page + 8: n * page + 40] = b"\xab" * 32
    bad.write_bytes(bytes(data))
    problems = problems_of(bad)
    assert len(problems) == 1
    vi, en = problems[0]
    assert vi.startswith("tệp bị hỏng (") and en.startswith("the file is damaged (")


def test_an_index_out_of_step_with_its_table_is_named_with_sqlites_findings(copies, tmp_path):
    lite, _ = copies
    bad = tmp_path / "chi-muc.sqlite"
    shutil.copyfile(lite, bad)
    con = sqlite3.connect(bad)
    con.execute("PRAGMA writable_schema=ON")
    row = con.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
                      "WHERE name = 'ix_task_plan_id'").fetchone()
    con.execute("DELETE FROM sqlite_master WHERE name = 'ix_task_plan_id'")
    con.commit()
    con.close()
    con = sqlite3.connect(bad)  # the index unknown: the table changes without it
    con.execute("UPDATE task SET plan_id = plan_id + 1000")
    con.commit()
    con.execute("PRAGMA writable_schema=ON")
    con.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) "
                "VALUES (?, ?, ?, ?, ?)", row)
    con.commit()
    con.close()
    [(vi, en)] = problems_of(bad)
    assert vi.startswith("tệp bị hỏng (") and "ix_task_plan_id" in vi
    assert "None" not in vi and "ix_task_plan_id" in en


def test_every_missing_table_and_column_of_a_copy_is_named(copies, tmp_path):
    lite, _ = copies
    bad = tmp_path / "thieu.sqlite"
    shutil.copyfile(lite, bad)
    con = sqlite3.connect(bad)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DROP TABLE attachment_blob")
    con.execute("ALTER TABLE task DROP COLUMN expected_output")
    con.commit()
    con.close()
    said = " ".join(en for _, en in problems_of(bad))
    assert "missing tables attachment_blob" in said
    assert "table task lacks the columns expected_output" in said


def _rewrite(dump, out, change) -> None:
    with gzip.open(dump, "rb") as f:
        data = json.loads(f.read().decode("utf-8"))
    change(data)
    with gzip.open(out, "wb") as f:
        f.write(json.dumps(data).encode("utf-8"))


def test_a_dump_with_an_unknown_table_and_malformed_rows_names_both(copies, tmp_path):
    _, dump = copies
    bad = tmp_path / "la.json.gz"

    def change(data):
        tables = data["tables"]
        first = next(iter(tables))
        tables.clear()
        tables["bang_la"] = {"columns": ["x"], "rows": [[1]]}
        tables[first] = {"columns": ["id"], "rows": [[1, 2]]}

    _rewrite(dump, bad, change)
    said = " ".join(en for _, en in problems_of(bad))
    assert "unknown table 'bang_la'" in said
    assert "malformed rows" in said


def test_a_dump_that_is_not_an_object_is_not_a_cbdesk_backup(tmp_path):
    bad = tmp_path / "list.json.gz"
    with gzip.open(bad, "wb") as f:
        f.write(b"[1, 2, 3]")
    problems = problems_of(bad)
    assert len(problems) == 1 and "not in cbdesk's format" in problems[0][1]


def test_a_backup_keeps_a_parent_made_after_its_child(db, tmp_path):
    """Rows are written in id order; a task moved under a task created after
    it refers forward, and must still find its parent in the copy."""
    from cbdesk.core.enums import Role
    from cbdesk.core.plandata import PlanData, TaskData
    from cbdesk.services import tasks
    from cbdesk.services.actors import Actor
    from cbdesk.services.backup_rows import build_sqlite, read_rows
    from cbdesk.services.plan_apply import apply_plan_data

    admin = Actor("quantri", Role.ADMIN)
    apply_plan_data(db, PlanData(year=2021, title="K", tasks=[TaskData("A.1", "Con")]), admin)
    apply_plan_data(db, PlanData(year=2021, title="K", tasks=[TaskData("A", "Cha"),
                                                              TaskData("A.1", "Con",
                                                                       parent_code="A")]), admin)
    with db.engine.connect() as conn:
        tables = read_rows(conn)
    copy = tmp_path / "ban-sao.sqlite"
    build_sqlite(tables, copy)
    restored = open_database(str(copy))
    try:
        assert {r.code: r.parent_code for r in tasks.list_tasks(restored, 2021)} \
            == {"A": None, "A.1": "A"}
    finally:
        restored.dispose()


def test_a_backups_contents_list_its_plans_by_year(demo_db):
    from cbdesk.core.enums import Role
    from cbdesk.core.plandata import PlanData
    from cbdesk.services.actors import Actor
    from cbdesk.services.backup_contents import current_contents
    from cbdesk.services.plan_apply import apply_plan_data

    apply_plan_data(demo_db, PlanData(year=2019, title="Kế hoạch 2019"),
                    Actor("quantri", Role.ADMIN))
    assert [p.year for p in current_contents(demo_db).plans] == [2019, 2021]
