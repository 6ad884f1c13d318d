"""A database another program holds is said to be busy — never called
damaged, never kept aside — and opens normally once it is let go."""

from __future__ import annotations

import sqlite3

import pytest

from cbdesk.services.database import DamagedDatabase, open_database
from cbdesk.services.errors import ServiceError


def test_a_database_held_by_another_program_is_busy_not_damaged(demo_file):
    other = sqlite3.connect(demo_file, timeout=0)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE setting SET value = value WHERE key = 'nothing'")
        with pytest.raises(ServiceError) as refused:
            open_database(str(demo_file)).dispose()
        assert not isinstance(refused.value, DamagedDatabase)
        assert "đang bận" in refused.value.message_vi
        assert str(demo_file) in refused.value.message_vi
    finally:
        other.rollback()
        other.close()
    open_database(str(demo_file)).dispose()
    assert demo_file.exists()
