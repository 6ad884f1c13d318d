"""The calendar settings' limits, to the unit: each number is accepted at both
ends of its range and refused one beyond, an unknown rule or shift is refused
even when the other is right, and an unknown key is refused by name; a refused
save writes nothing."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.services import calendar as cal
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ValidationError

ADMIN = Actor("quantri", Role.ADMIN)


@pytest.mark.parametrize(("key", "low", "high"), [
    ("cutoff_day", 1, 31), ("calendar.forms_due_days", 0, 60),
    ("calendar.report_due_days", 0, 90), ("calendar.due_soon_days", 0, 90)])
def test_each_number_is_accepted_at_both_ends_and_refused_beyond(db, key, low, high):
    for ok in (low, high):
        cal.save_settings(db, ADMIN, {key: str(ok)})
        assert cal.read_settings(db)[key] == str(ok)
    for bad in (low - 1, high + 1):
        with pytest.raises(ValidationError) as caught:
            cal.save_settings(db, ADMIN, {key: str(bad)})
        assert f"{low} đến {high}" in caught.value.message_vi
        assert cal.read_settings(db)[key] == str(high)


def test_an_unknown_rule_or_shift_is_refused_even_beside_a_right_one(db):
    before = cal.read_settings(db)
    with pytest.raises(ValidationError):
        cal.save_settings(db, ADMIN, {"calendar.rule": "lunar", "calendar.shift": "next"})
    with pytest.raises(ValidationError):
        cal.save_settings(db, ADMIN, {"calendar.rule": "nd09", "calendar.shift": "sideways"})
    assert cal.read_settings(db) == before


def test_an_unknown_calendar_key_is_refused_by_name(db):
    with pytest.raises(ValidationError) as caught:
        cal.save_settings(db, ADMIN, {"calendar.colour": "red"})
    assert "calendar.colour" in caught.value.message_vi
    assert "calendar.colour" not in cal.read_settings(db)
