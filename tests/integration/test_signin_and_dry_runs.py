"""Who needs a password to sign in, what a new user is stored as, which
password hashes are refused unread; and an import that is only looked at
(a dry run, or a summary the user declines) writes nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cbdesk.core.enums import Role
from cbdesk.services import settings, users
from cbdesk.services.actors import Actor, system_actor

ADMIN = Actor("quantri", Role.ADMIN)


def test_a_user_with_a_password_always_needs_it_and_an_unknown_name_too(demo_db):
    users.add_user(demo_db, ADMIN, "lan", "Nguyễn Thị Lan", Role.STAFF, password="mat-khau-1")
    users.add_user(demo_db, ADMIN, "binh", "Trần Văn Bình", Role.VIEWER)
    settings.write(demo_db, {"signin.password_required": "0"}, system_actor())
    assert users.needs_password(demo_db, "lan") is True
    assert users.needs_password(demo_db, " lan ") is True  # as typed, spaces around
    assert users.needs_password(demo_db, "ai-do") is True  # nobody: never "no password"
    assert users.needs_password(demo_db, "binh") is False  # the office allows it
    settings.write(demo_db, {"signin.password_required": "1"}, system_actor())
    assert users.needs_password(demo_db, "binh") is True


def test_a_new_user_is_stored_with_the_name_unit_and_role_given(demo_db):
    from cbdesk.services.plans import plan_to_data

    unit = plan_to_data(demo_db, 2021, with_results=False).units[1].code
    made = users.add_user(demo_db, ADMIN, "lan", "  Nguyễn Thị Lan ", Role.STAFF, unit_code=unit)
    assert (made.full_name, made.unit_code, made.role) == ("Nguyễn Thị Lan", unit, Role.STAFF)
    listed = {u.username: u for u in users.list_users(demo_db)}["lan"]
    assert (listed.full_name, listed.unit_code, listed.role) == ("Nguyễn Thị Lan", unit,
                                                                  Role.STAFF)


@pytest.mark.parametrize("parameters", ["1048577$8$1", "16384$33$1", "16384$8$17"])
def test_a_hash_asking_for_more_than_ours_ever_do_is_refused_without_computing(parameters):
    ours = users.hash_password("mat-khau-1", n=2**14)
    scheme, _n, _r, _p, salt, digest = ours.split("$")
    assert users.check_password("mat-khau-1", ours)
    assert not users.check_password("mat-khau-1", f"{scheme}${parameters}${salt}${digest}")


def test_a_hash_at_the_limits_we_allow_is_still_read():
    # r = 32 and p = 16 are the most we accept (N's limit, 2^20, would cost a test
    # 300 MB and seconds: refused above it, above).
    for n, r, p in ((2**10, 32, 1), (2**10, 8, 16)):
        assert users.check_password("mat-khau-1", users.hash_password("mat-khau-1", n=n, r=r, p=p))
    ours = users.hash_password("mat-khau-1", n=2**14)
    assert not users.check_password("mat-khau-1", "bcrypt$" + ours.split("$", 1)[1])


def test_a_dry_run_or_a_declined_summary_writes_nothing(demo_db):
    from cbdesk.core.plandata import ResultData
    from cbdesk.services.plan_apply import apply_plan_data
    from cbdesk.services.plans import plan_to_data

    before = plan_to_data(demo_db, 2021)
    code = before.targets[0].code
    data = replace(before, results=[*before.results, ResultData(code, "2021-M07", None, 4321.0)])
    seen = []
    looked = apply_plan_data(demo_db, data, ADMIN, dry_run=True)
    declined = apply_plan_data(demo_db, data, ADMIN,
                               accept=lambda summary: seen.append(summary) or False)
    assert len(looked.changes) == len(declined.changes) == 1 and seen == [declined]
    assert plan_to_data(demo_db, 2021) == before
    taken = apply_plan_data(demo_db, data, ADMIN, accept=lambda summary: True)
    assert len(taken.changes) == 1 and plan_to_data(demo_db, 2021) != before
