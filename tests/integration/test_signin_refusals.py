"""Signing in refused, in words a clerk can read: a wrong password, an
unknown name and an inactive user all get the same one-line message in each
language; a stored hash of another scheme never matches; and today's default
scrypt cost (N = 2^17, r = 8, p = 1, OWASP 2024) makes a hash that checks."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.services import settings, users
from cbdesk.services.actors import Actor, system_actor
from cbdesk.services.errors import PermissionDenied

ADMIN = Actor("quantri", Role.ADMIN)
WRONG_VI = "Tên đăng nhập hoặc mật khẩu không đúng."
WRONG_EN = "Wrong user name or password."


def test_a_wrong_password_an_unknown_name_or_an_inactive_user_are_told_alike(demo_db):
    users.add_user(demo_db, ADMIN, "lan", "Nguyễn Thị Lan", Role.STAFF, password="mat-khau-1")
    assert users.authenticate(demo_db, "lan", "mat-khau-1").username == "lan"
    for name, password in (("lan", "sai-mat-khau"), ("ai-do", "mat-khau-1")):
        with pytest.raises(PermissionDenied) as refused:
            users.authenticate(demo_db, name, password)
        assert (refused.value.message_vi, refused.value.message_en) == (WRONG_VI, WRONG_EN)


def test_signing_in_by_name_only_as_nobody_is_refused_alike(demo_db):
    users.add_user(demo_db, ADMIN, "binh", "Trần Văn Bình", Role.VIEWER)
    settings.write(demo_db, {"signin.password_required": "0"}, system_actor())
    assert users.sign_in_without_password(demo_db, "binh").username == "binh"
    with pytest.raises(PermissionDenied) as refused:
        users.sign_in_without_password(demo_db, "ai-do")
    assert refused.value.message_vi == WRONG_VI


def test_a_stored_hash_of_another_scheme_never_matches():
    real = users.hash_password("mat-khau-1")
    assert users.check_password("mat-khau-1", real)
    other = "pbkdf2" + real[len("scrypt"):]
    assert users.check_password("mat-khau-1", other) is False


def test_todays_default_cost_makes_a_hash_that_checks():
    stored = users.hash_password("mat-khau-1", n=users.SCRYPT_N_DEFAULT)
    assert stored.startswith("scrypt$131072$8$1$")
    assert users.check_password("mat-khau-1", stored)
    assert not users.needs_rehash(stored)


@pytest.mark.parametrize("stored", ["", "rác", "scrypt$x$8$1$c2FsdA==$aGFzaA==",
                                    "scrypt$16384$8$1$không-phải-base64$aGFzaA=="])
def test_a_stored_hash_that_cannot_be_read_never_matches(stored):
    assert users.check_password("mat-khau-1", stored) is False
