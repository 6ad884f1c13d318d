"""The window's first look at a SQLite file (services.startup_peek, read with
the standard library before the normal open): which file ``--db`` names, the
plans' years newest first and whether anyone must sign in; anything unusual
gives None and leaves the decision to the normal open."""

from __future__ import annotations

from pathlib import Path

from cbdesk.core.enums import Role
from cbdesk.core.plandata import PlanData
from cbdesk.services import users
from cbdesk.services.actors import Actor
from cbdesk.services.database import open_database
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.startup_peek import peek, sqlite_file

ADMIN = Actor("quantri", Role.ADMIN)


def test_the_file_named_by_db_or_the_default_file(tmp_path):
    from cbdesk import paths

    assert sqlite_file(None) == Path(paths.default_db_path()).resolve()
    assert sqlite_file(str(tmp_path / "so-lieu.sqlite")) == (tmp_path / "so-lieu.sqlite").resolve()
    assert sqlite_file("postgresql+psycopg://u@host/db") is None
    assert sqlite_file(str(tmp_path / "a?b.sqlite")) is None


def test_the_plans_years_newest_first_and_whether_someone_must_sign_in(demo_file):
    db = open_database(str(demo_file))
    try:
        apply_plan_data(db, PlanData(year=2022, title="Kế hoạch 2022"), ADMIN)
        first = peek(demo_file)
        users.add_user(db, ADMIN, "lan", "Nguyễn Thị Lan", Role.STAFF, password="mat-khau-1")
    finally:
        db.dispose()
    assert first is not None and first.years == (2022, 2021) and first.has_users is False
    assert peek(demo_file).has_users is True


def test_anything_unusual_is_left_to_the_normal_open(tmp_path):
    note = tmp_path / "ghi-chu.sqlite"
    note.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    assert peek(note) is None
    assert peek(tmp_path / "khong-co.sqlite") is None
