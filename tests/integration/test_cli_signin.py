"""The command line signs in like the window when the database has users
(CBDESK_USER / CBDESK_PASSWORD or --user and a prompt); without users the
local user is the administrator. Passwords: today's scrypt cost, older hashes
upgraded at sign-in."""

from __future__ import annotations

import pytest
from helpers import run_cli

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor

ADMIN = Actor("quantri", Role.ADMIN)


@pytest.fixture
def with_users(demo_sqlite, tmp_path):
    from cbdesk.services import backup, users
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    users.add_user(db, ADMIN, "quantri", "Quản trị", "admin", "mat-khau-qt")
    users.add_user(db, ADMIN, "khach", "Khách", "viewer", "mat-khau-kh")
    good = backup.make_backup(db, tmp_path / "truoc.sqlite")
    db.dispose()
    return demo_sqlite, good.path


def test_the_cli_signs_in_when_the_database_has_users(with_users, tmp_path):
    path, good = with_users
    env = {"CBDESK_DATA_DIR": str(tmp_path / "data")}
    restore = ("restore", str(good), "--db", str(path), "--yes")
    r = run_cli(*restore, env=env)
    assert r.returncode == 1 and "CBDESK_USER" in r.stderr and "CBDESK_PASSWORD" in r.stderr
    r = run_cli(*restore, env={**env, "CBDESK_USER": "quantri"})
    assert r.returncode == 1 and "cần mật khẩu" in r.stderr  # no password, no terminal
    r = run_cli(*restore, env={**env, "CBDESK_USER": "quantri", "CBDESK_PASSWORD": "sai"})
    assert r.returncode == 1 and "không đúng" in r.stderr
    r = run_cli(*restore, "--user", "khach", env={**env, "CBDESK_PASSWORD": "mat-khau-kh"})
    assert r.returncode == 1 and "Quản trị" in r.stderr  # a viewer may not restore
    r = run_cli(*restore, env={**env, "CBDESK_USER": "quantri",
                               "CBDESK_PASSWORD": "mat-khau-qt"})
    assert r.returncode == 0, r.stderr


def test_without_users_the_local_user_is_the_administrator(demo_sqlite, tmp_path):
    from cbdesk.commands.signin import actor_for
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    try:
        assert actor_for(None, db).role is Role.ADMIN
    finally:
        db.dispose()


def test_old_password_hashes_are_upgraded_at_sign_in(db, monkeypatch):
    from cbdesk.db.models import AppUser
    from cbdesk.services import users

    assert users.SCRYPT_N_DEFAULT == 2**17  # OWASP's scrypt recommendation
    monkeypatch.setattr(users, "SCRYPT_N", 2**14)
    users.add_user(db, ADMIN, "lan", "Lan", "staff", "mat-khau-1")
    monkeypatch.setattr(users, "SCRYPT_N", 2**17)
    users.authenticate(db, "lan", "mat-khau-1")
    with db.session() as s:
        stored = s.query(AppUser).filter_by(username="lan").one().password_hash
    assert stored.startswith("scrypt$131072$8$1$")
    assert users.authenticate(db, "lan", "mat-khau-1").username == "lan"


def test_a_user_with_a_password_always_needs_it(db):
    from cbdesk.services import settings, users
    from cbdesk.services.errors import PermissionDenied

    settings.write(db, {"signin.password_required": "0"}, ADMIN)
    users.add_user(db, ADMIN, "admin2", "Quản trị 2", "admin", "mat-khau-2")
    users.add_user(db, ADMIN, "motmay", "Một máy", "staff")
    with pytest.raises(PermissionDenied):
        users.sign_in_without_password(db, "admin2")
    assert users.sign_in_without_password(db, "motmay").role is Role.STAFF
