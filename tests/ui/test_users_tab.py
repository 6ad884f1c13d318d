"""Catalogs → Users: an admin adds people and roles; anyone else is refused by
the services, whatever the screen shows."""

from __future__ import annotations

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor


def test_an_admin_adds_a_user_and_staff_cannot(make_window, demo_sqlite, errors, monkeypatch):
    from cbdesk.services import users
    from cbdesk.ui import dialogs

    monkeypatch.setattr(dialogs.Notice, "info", classmethod(lambda cls, p, t, x: None))
    window = make_window(demo_sqlite)
    tab = window.show_view("catalog").users_tab
    tab.username.setText("lan")
    tab.full_name.setText("Nguyễn Thị Lan")
    tab.role.setCurrentIndex(tab.role.findData("staff"))
    tab.unit.setText("LDVL")
    tab.password.setText("mật-khẩu-dài")
    tab.save()
    assert [(u.username, u.full_name, u.role, u.unit_code) for u in users.list_users(window.db)
            ] == [("lan", "Nguyễn Thị Lan", Role.STAFF, "LDVL")]
    assert users.authenticate(window.db, "lan", "mật-khẩu-dài").unit_code == "LDVL"

    window.actor = Actor("lan", Role.STAFF, "LDVL")
    tab.username.setText("hung")
    tab.save()
    assert errors and "Quản trị" in errors[-1]
    assert [u.username for u in users.list_users(window.db)] == ["lan"]
