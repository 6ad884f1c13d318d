"""The small rules of backups a clerk relies on without seeing them: how many
are kept, which ones rotate together, how they are named and listed, where
a backup goes when a folder is named, and the advice given for a damaged
database."""

from __future__ import annotations

import pytest

from cbdesk.services import backup, settings
from cbdesk.services.actors import system_actor


@pytest.mark.parametrize(("stored", "kept"), [(None, 10), ("", 10), ("3", 3), ("0", 1),
                                                ("-5", 1), ("mười", 10)])
def test_how_many_backups_are_kept(demo_file, stored, kept):
    from cbdesk.services.database import open_database

    db = open_database(str(demo_file))
    try:
        if stored is not None:
            settings.write(db, {"backup.keep": stored}, system_actor())
        assert backup.keep_count(db) == kept
    finally:
        db.dispose()
    assert backup.keep_count(None) == 10


@pytest.mark.parametrize(("reason", "group"), [
    ("daily", "daily"), ("daily-2", "daily"), ("before-import", "event"),
    ("before-restore", "event"), ("before-migration-3", "event"), ("exit", "event"),
    ("exit-2", "event"), ("manual", "manual"), ("r1", "manual"), ("daily-notes", "manual")])
def test_backups_rotate_with_their_own_kind(reason, group):
    assert backup.rotation_group(reason) == group


def test_a_backup_is_named_by_the_file_and_the_database_identity_and_listed_with_its_size(
        demo_file):
    from cbdesk.services.database import open_database

    db = open_database(str(demo_file))
    try:
        ident = backup.database_id(db)
        assert ident and backup.source_name(db) == f"so-lieu-{ident[:8]}"
        assert backup.source_name(str(demo_file)) == f"so-lieu-{ident[:8]}"
        made = backup.make_backup(db)
        assert made.path.name.startswith(f"so-lieu-{ident[:8]}-") and made.path.suffix == ".sqlite"
        listed = backup.list_backups(db)[0]
        assert listed.path == made.path and listed.size == made.path.stat().st_size > 0
    finally:
        db.dispose()


def test_a_server_database_without_a_name_is_called_server():
    assert backup.source_name("postgresql+psycopg://u:p@127.0.0.1:1/") == "server"


def test_a_backup_folder_that_does_not_exist_yet_is_made_with_its_parents(demo_file, tmp_path):
    from cbdesk.services.database import open_database

    deep = tmp_path / "USB" / "sao lưu" / "2021"
    db = open_database(str(demo_file))
    try:
        settings.write(db, {"backup.folder": str(deep)}, system_actor())
        made = backup.make_backup(db)
        assert made.path.parent == deep and backup.verify_backup(made.path) == []
        # A folder named as the destination: the usual name inside it.
        into = backup.make_backup(db, tmp_path / "USB")
        assert into.path.parent == tmp_path / "USB" and into.path.name.startswith("so-lieu-")
        # A file named as the destination: exactly that file; .json.gz is a portable dump.
        portable = backup.make_backup(db, tmp_path / "mang-di.json.gz")
        assert portable.path == tmp_path / "mang-di.json.gz" and portable.kind == "json"
    finally:
        db.dispose()


def test_the_advice_for_a_damaged_database_names_the_backup_its_time_and_the_command(
        demo_file):
    from cbdesk.services.database import open_database

    db = open_database(str(demo_file))
    made = backup.make_backup(db)
    db.dispose()
    when = made.created.strftime("%d/%m/%Y %H:%M")
    vi = backup.damage_advice("vi", str(demo_file))
    en = backup.damage_advice("en", str(demo_file))
    assert vi.startswith("Bản sao lưu tốt gần nhất:") and en.startswith("Newest good backup:")
    for text in (vi, en):
        assert f"({when})" in text
        assert f'cbdesk restore "{made.path}" --db "{demo_file}"' in text
    # The default database, or one already open: no --db to repeat.
    assert "--db" not in backup.restore_advice(made, None)[1]
    db = open_database(str(demo_file))
    assert "--db" not in backup.restore_advice(made, db)[1]
    db.dispose()
    assert backup.restore_advice(None, None) == (
        "Không tìm thấy bản sao lưu tốt nào.", "No good backup was found.")
