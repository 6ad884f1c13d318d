"""Signing in: nobody to pick on a fresh install; once users exist, a name
(and a password when the admin requires one) gives the role the services enforce."""

from __future__ import annotations

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor, system_actor


def test_without_users_the_person_at_the_pc_is_admin(qapp, db):
    from cbdesk.ui.signin import sign_in

    assert sign_in(db).role == Role.ADMIN


def test_users_pick_their_name_and_type_a_password_when_required(qapp, db, monkeypatch):
    from cbdesk.services import settings, users
    from cbdesk.ui import signin

    admin = Actor("quantri", Role.ADMIN)
    users.add_user(db, admin, "lan", "Nguyễn Thị Lan", Role.STAFF, password="mật-khẩu-1")
    answers = iter([("lan", "sai"), ("lan", "mật-khẩu-1")])
    shown: list[str] = []

    def ask(cls, names, password_required, error=""):
        shown.append(error)
        assert names == [("lan", "Nguyễn Thị Lan (Chuyên viên)")]
        return next(answers)

    monkeypatch.setattr(signin.SignInDialog, "ask", classmethod(ask))
    settings.write(db, {"signin.password_required": "1"}, system_actor())
    actor = signin.sign_in(db)
    assert actor.username == "lan" and actor.role == Role.STAFF
    assert shown[0] == "" and shown[1]  # the wrong password was said, then asked again

    # Without required passwords, a user with no password signs in by name;
    # one who has a password still needs it (choosing "lan" without it fails).
    settings.write(db, {"signin.password_required": "0"}, system_actor())
    users.add_user(db, admin, "binh", "Trần Bình", Role.VIEWER)
    tries = iter([("lan", ""), ("binh", "")])
    errors: list[str] = []

    def ask_twice(cls, names, required, error=""):
        errors.append(error)
        return next(tries)

    monkeypatch.setattr(signin.SignInDialog, "ask", classmethod(ask_twice))
    assert signin.sign_in(db).username == "binh"
    assert errors[0] == "" and errors[1]  # "lan" without her password was refused
    monkeypatch.setattr(signin.SignInDialog, "ask",
                        classmethod(lambda cls, names, required, error="": None))
    assert signin.sign_in(db) is None
