"""Restore checks each file once (issue 24): the backup's working copy gets
quick_check, the current database is checked when it is opened and becomes
the before-restore backup itself (moved, not copied); a failure after it was
moved puts it back."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CBDESK_DATA_DIR", str(folder))
    return folder


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _backup_of(demo_sqlite: Path, dest: Path) -> Path:
    from cbdesk.services import backup
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    try:
        return backup.make_backup(db, dest).path
    finally:
        db.dispose()


def _checks_traced(monkeypatch) -> list[str]:
    """Every PRAGMA integrity_check / quick_check any sqlite3 connection runs."""
    seen: list[str] = []
    real = sqlite3.connect

    def connect(*a, **k):
        con = real(*a, **k)
        con.set_trace_callback(
            lambda sql: seen.append(sql) if "_check" in sql.lower() else None)
        return con

    monkeypatch.setattr(sqlite3, "connect", connect)
    return seen


def test_restore_checks_the_backup_once_with_quick_check(demo_sqlite, tmp_path, data_dir,
                                                         monkeypatch):
    from cbdesk.services import backup_check
    from cbdesk.services.restore import restore_backup

    good = _backup_of(demo_sqlite, tmp_path / "good.sqlite")
    checked: list[tuple[str, bool]] = []
    real = backup_check.problems_of

    def spy(path, quick=False):
        checked.append((Path(path).name, quick))
        return real(path, quick)

    monkeypatch.setattr("cbdesk.services.restore.problems_of", spy)
    traced = _checks_traced(monkeypatch)
    sha = _sha(good)
    restore_backup(str(demo_sqlite), good)
    # One check of the file that becomes the database, page level; none of the
    # source (it passed integrity_check when it was made).
    assert checked == [(demo_sqlite.name + ".restore-part", True)]
    assert not any("integrity_check" in sql.lower() for sql in traced)
    assert _sha(good) == sha  # the backup itself is never written


def test_the_current_database_file_itself_becomes_the_before_restore_backup(
        demo_sqlite, tmp_path, data_dir):
    from cbdesk.services import backup
    from cbdesk.services.restore import restore_backup

    good = _backup_of(demo_sqlite, tmp_path / "good.sqlite")
    con = sqlite3.connect(demo_sqlite)
    con.execute("UPDATE plan SET title = 'đã sửa sau khi sao lưu'")
    con.commit()
    con.close()
    inode = demo_sqlite.stat().st_ino
    info = restore_backup(str(demo_sqlite), good)
    assert info.saved_current is not None and info.saved_current.parent == data_dir / "backups"
    assert "before-restore" in info.saved_current.name
    assert info.saved_current.stat().st_ino == inode  # moved, not copied
    assert backup.verify_backup(info.saved_current) == []
    con = sqlite3.connect(f"file:{info.saved_current}?mode=ro", uri=True)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained
    assert {r[0] for r in con.execute("SELECT title FROM plan")} == {"đã sửa sau khi sao lưu"}
    con.close()
    con = sqlite3.connect(demo_sqlite)
    titles = {r[0] for r in con.execute("SELECT title FROM plan")}
    con.close()
    assert "đã sửa sau khi sao lưu" not in titles


def test_a_restore_failing_after_the_current_file_was_moved_puts_it_back(
        demo_sqlite, tmp_path, data_dir, monkeypatch):
    from cbdesk.services import restore
    from cbdesk.services.backup import BackupError

    good = _backup_of(demo_sqlite, tmp_path / "good.sqlite")
    con = sqlite3.connect(demo_sqlite)
    con.execute("UPDATE plan SET title = 'sau sao lưu'")
    con.commit()
    con.close()
    inode = demo_sqlite.stat().st_ino
    real = os.replace

    def replace(src, dest):
        if str(src).endswith(".restore-part"):
            raise OSError(28, "No space left on device")
        return real(src, dest)

    monkeypatch.setattr(restore.os, "replace", replace)
    with pytest.raises(BackupError) as e:
        restore.restore_backup(str(demo_sqlite), good)
    assert demo_sqlite.stat().st_ino == inode  # the same file, back where it was
    con = sqlite3.connect(demo_sqlite)
    assert {r[0] for r in con.execute("SELECT title FROM plan")} == {"sau sao lưu"}
    assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    con.close()
    assert not list((data_dir / "backups").glob("*before-restore*"))
    assert str(demo_sqlite) in e.value.message_vi
    assert not (demo_sqlite.parent / (demo_sqlite.name + ".restore-part")).exists()


def test_a_damaged_backup_found_by_the_working_copy_check_changes_nothing(
        demo_sqlite, tmp_path, data_dir):
    from cbdesk.services.backup import BackupError
    from cbdesk.services.restore import restore_backup

    good = _backup_of(demo_sqlite, tmp_path / "good.sqlite")
    raw = bytearray(good.read_bytes())
    page = 4096
    raw[3 * page + 8: 3 * page + 400] = b"\xff" * 392  # a b-tree page scribbled on
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(bytes(raw))
    before = _sha(demo_sqlite)
    with pytest.raises(BackupError) as e:
        restore_backup(str(demo_sqlite), bad)
    assert "không bị thay đổi" in e.value.message_vi
    assert _sha(demo_sqlite) == before
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())
