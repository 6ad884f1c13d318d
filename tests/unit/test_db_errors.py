"""Trouble is not damage (services.db_errors): each error a driver or the OS
gives, in words a clerk can act on, naming the file when known."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from cbdesk.services import db_errors as D


def _wrapped(message: str) -> OperationalError:
    return OperationalError("INSERT …", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(("error", "kind"), [
    (sqlite3.OperationalError("database or disk is full"), D.DiskFull),
    (_wrapped("database or disk is full"), D.DiskFull),
    (OSError(errno.ENOSPC, "No space left on device"), D.DiskFull),
    (OSError(errno.ENOSPC, "x"), D.DiskFull),
    (sqlite3.OperationalError("attempt to write a readonly database"), D.ReadOnlyDatabase),
    (OSError(errno.EACCES, "x"), D.ReadOnlyDatabase),
    (OSError(errno.EROFS, "x"), D.ReadOnlyDatabase),
    (PermissionError(errno.EPERM, "Permission denied"), D.ReadOnlyDatabase),
    (sqlite3.OperationalError("read-only file system"), D.ReadOnlyDatabase),
    (_wrapped("database is locked"), D.DatabaseBusy),
    (sqlite3.OperationalError("database table is locked"), D.DatabaseBusy),
    (sqlite3.OperationalError("database is busy"), D.DatabaseBusy),
    (sqlite3.OperationalError("unable to open database file"), D.DatabaseTrouble),
    (sqlite3.OperationalError("disk I/O error"), D.DatabaseTrouble),
])
def test_each_trouble_is_named_for_what_it_is(error, kind):
    got = D.trouble_of(error, "/du lieu/cbdesk.sqlite")
    assert type(got) is kind
    assert "'/du lieu/cbdesk.sqlite'" in got.message_vi and "cbdesk.sqlite" in got.message_en
    assert not D.is_damage(error)
    assert "'" not in D.trouble_of(error).message_vi.split(":")[0]  # no file: none named


@pytest.mark.parametrize("message", ["file is not a database", "database disk image is malformed",
                                     "file is encrypted or is not a database"])
def test_damage_is_damage_and_no_trouble(message):
    assert D.is_damage(sqlite3.DatabaseError(message))
    assert D.is_damage(_wrapped(message))
    assert D.trouble_of(sqlite3.DatabaseError(message)) is None


def test_garbage_text_is_damage():
    bad = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
    assert D.is_damage(bad)
    wrapped = OperationalError("SELECT", {}, bad)
    assert D.is_damage(wrapped)
    assert not D.is_damage(ValueError("x"))
    assert D.trouble_of(ValueError("something else")) is None
    assert D.trouble_of(OSError(errno.ENOENT, "No such file")) is None


def test_text_that_is_not_text_is_found_and_named(tmp_path):
    """content_check: a blob or non-UTF-8 bytes in a text/JSON column are named;
    real blobs (BLOB columns) and good text are not."""
    import sqlite3

    from sqlalchemy import create_engine

    from cbdesk.services import content_check as C

    path = tmp_path / "x.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a VARCHAR(10), j JSON, b BLOB, n INTEGER)")
    conn.execute("INSERT INTO t VALUES ('Kế hoạch', '[1]', X'FF', 3)")
    conn.commit()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as c:
        assert C.undecodable_text(c) == []
    conn.execute("INSERT INTO t VALUES (CAST(X'C3A9FF' AS TEXT), X'FF00', X'FF', 4)")
    conn.commit()
    conn.close()
    with engine.connect() as c:
        assert C.undecodable_text(c) == ["t.a (row id 2): unreadable text",
                                         "t.j (row id 2): unreadable text"]
    engine.dispose()
    bad = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
    assert C.is_undecodable(bad) and C.damaged_text_error(bad) is not None
    assert C.is_undecodable(OperationalError("SELECT", {}, sqlite3.OperationalError(
        "Could not decode to UTF-8 column 'a' with text 'x'")))
    assert not C.is_undecodable(ValueError("x")) and C.damaged_text_error(KeyError(1)) is None


def test_the_window_says_damaged_text_is_damage():
    """The window's words for an error (ui.dialogs.in_words → message_of): text
    that is not text names the damage and `cbdesk check`, not "unexpected"."""
    import sqlite3

    from cbdesk.services.errors import message_of

    raw = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
    wrapped = OperationalError("SELECT", {}, sqlite3.OperationalError(
        "Could not decode to UTF-8 column 'name' with text 'x'"))
    for exc in (raw, wrapped):
        assert "bị hỏng" in message_of(exc, "vi") and "cbdesk check" in message_of(exc, "vi")
        assert "damaged" in message_of(exc, "en")
