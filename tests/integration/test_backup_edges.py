"""The edges of making a backup that a clerk never sees until they matter: the
format of the file written (a portable dump is a dump, a copy in a folder is a
SQLite file), a copy that fails its check is refused and leaves nothing, a
database gone from under the app or a folder that cannot be made gives a
clear message, a file unchanged since its newest backup gets no exit backup,
and leftovers of killed backups are cleaned whatever the database's name."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from cbdesk.services import backup
from cbdesk.services.backup_check import problems_of
from cbdesk.services.database import open_database

GZIP_MAGIC = b"\x1f\x8b"
SQLITE_MAGIC = b"SQLite format 3\x00"


@pytest.fixture
def opened(demo_file):
    db = open_database(str(demo_file))
    yield db
    db.dispose()


def test_a_portable_backup_of_a_sqlite_database_is_a_gzip_dump_not_a_copy(opened, tmp_path):
    made = backup.make_backup(opened, tmp_path / "mang-di.json.gz")
    assert made.kind == "json"
    assert made.path.read_bytes()[:2] == GZIP_MAGIC
    assert problems_of(made.path) == []


def test_a_backup_into_a_named_folder_is_a_sqlite_copy_with_the_usual_name(opened, tmp_path):
    folder = tmp_path / "USB"
    folder.mkdir()
    made = backup.make_backup(opened, folder)
    assert made.kind == "sqlite" and made.path.parent == folder
    assert made.path.suffix == ".sqlite"
    assert made.path.read_bytes()[:16] == SQLITE_MAGIC


def test_a_backup_folder_that_cannot_be_made_is_refused_in_both_languages(opened, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(backup.BackupError) as caught:
        backup.make_backup(opened, blocker / "sub" / "copy.sqlite")
    assert "Không tạo được thư mục sao lưu" in caught.value.message_vi
    assert "Cannot create the backup folder" in caught.value.message_en
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_copy_that_fails_its_check_is_refused_named_and_leaves_no_file(opened, demo_file,
                                                                         tmp_path):
    # The file's schema revision becomes one this version does not know: the
    # copy is made, fails its check, and must not be kept as a backup.
    con = sqlite3.connect(demo_file)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(backup.BackupError) as caught:
        backup.make_backup(opened, folder)
    assert "không đạt kiểm tra" in caught.value.message_vi
    assert "lược đồ 9999 không được phiên bản này hỗ trợ" in caught.value.message_vi
    assert "failed verification" in caught.value.message_en
    assert "schema 9999 is not one this version knows" in caught.value.message_en
    assert list(folder.iterdir()) == []


def test_a_database_file_gone_from_under_the_app_gives_a_backup_error_not_a_crash(
        opened, demo_file, tmp_path):
    for leftover in (demo_file, demo_file.with_name(demo_file.name + "-wal"),
                     demo_file.with_name(demo_file.name + "-shm")):
        leftover.unlink(missing_ok=True)
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(backup.BackupError) as caught:
        backup.make_backup(opened, folder)
    assert "Không sao lưu được" in caught.value.message_vi
    assert "SQLite" in caught.value.message_en
    assert list(folder.iterdir()) == []


def test_a_file_as_old_as_its_newest_backup_gets_no_exit_backup(opened, demo_file):
    first = backup.make_backup(opened)
    assert first.kind == "sqlite" and first.path.read_bytes()[:16] == SQLITE_MAGIC
    # Coarse file times (FAT, network shares) give the file and its backup the
    # same time: nothing changed since, so no new backup on exit.
    same = first.path.stat().st_mtime
    for p in (demo_file, demo_file.with_name(demo_file.name + "-wal")):
        if p.exists():
            os.utime(p, (same, same))
    assert backup.backup_on_exit(opened) is None
    assert [i.path for i in backup.list_backups(opened)] == [first.path]


def test_an_old_leftover_of_a_killed_backup_of_a_one_letter_database_is_removed(
        opened, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / ".x-20200101-000000-daily.sqlite.part"
    stale.write_bytes(b"half a backup")
    old = time.time() - 2 * 24 * 3600
    os.utime(stale, (old, old))
    stranger = folder / ".notes.txt.part"  # not a backup's name: left alone
    stranger.write_bytes(b"someone else's")
    os.utime(stranger, (old, old))
    backup.rotate(folder, 10, opened)
    assert not stale.exists() and stranger.exists()
