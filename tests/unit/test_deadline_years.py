"""Deadlines from spreadsheet numbers: 1900–2999 are years, other numbers are
date serials; a deadline cannot be changed once read."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from cbdesk.core.deadlines import Deadline
from cbdesk.core.periods import Period


def test_numbers_from_1900_to_2999_are_whole_years():
    for year in (1900, 2021, 2999, 2021.0):
        d = Deadline.parse(year)
        assert d.kind == "period" and d.period == Period.parse(str(int(year)))
        assert d.due_date == date(int(year), 12, 31)
    for serial in (1899, 3000, 44377):
        assert Deadline.parse(serial).kind == "date"


def test_a_deadline_is_frozen():
    d = Deadline.parse("2021-Q2")
    with pytest.raises(FrozenInstanceError):
        d.kind = "none"
