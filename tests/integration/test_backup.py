"""Backups (SPEC §3.1, §5): consistent, verified, rotated; restore verified,
current database backed up first; a bad backup changes nothing."""

from __future__ import annotations

import gzip
import hashlib
import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from helpers import run_cli

from cbdesk.services.actors import system_actor


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A private data folder (and so a private backup folder) for one test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("CBDESK_DATA_DIR", str(folder))
    return folder


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _change_a_result(db) -> None:
    from cbdesk.core.plandata import PlanData, ResultData
    from cbdesk.services.actors import system_actor
    from cbdesk.services.plan_apply import apply_plan_data
    from cbdesk.services.plans import plan_to_data

    data = plan_to_data(db, 2021)
    code = data.targets[0].code
    apply_plan_data(db, PlanData(year=2021, title=data.title,
                                 results=[ResultData(code, "2021-M07", None, 4321.0)]),
                    system_actor())


def _dump(db) -> dict:
    from cbdesk.services.dump import plan_dump

    return plan_dump(db, 2021)


def _dump_of_file(path: Path) -> dict:
    """The plan in a backup file, read from a scratch copy (the file stays as is)."""
    import tempfile

    from cbdesk.services.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.sqlite"
        shutil.copyfile(path, copy)
        db = open_database(str(copy), upgrade=False)
        try:
            return _dump(db)
        finally:
            db.dispose()


def test_backup_is_verified_named_and_rotated(demo_sqlite, data_dir):
    from cbdesk.services import backup, settings
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    settings.write(db, {"backup.keep": "3"}, system_actor())
    made = [backup.make_backup(db, reason=f"test {i}") for i in range(5)]
    kept = backup.list_backups(db)
    assert [k.path for k in kept] == [m.path for m in reversed(made[2:])]
    assert all(not m.path.exists() for m in made[:2])
    for info in kept:
        assert info.path.parent == data_dir / "backups"
        # named after the database (demo.sqlite)
        assert re.fullmatch(r"demo-[0-9a-f]{8}-\d{8}-\d{6}-test-\d(-\d+)?\.sqlite",
                            info.path.name)
        assert backup.verify_backup(info.path) == []
    assert not list((data_dir / "backups").glob("*.part"))
    # The copy holds the same plan, in a single self-contained file.
    sha = _sha(kept[0].path)
    assert _dump_of_file(kept[0].path) == _dump(db)
    assert _sha(kept[0].path) == sha
    assert backup.newest_good_backup(db).path == kept[0].path
    db.dispose()


def test_backup_folder_setting_and_backup_while_another_writer_is_busy(demo_sqlite, tmp_path,
                                                                         data_dir):
    from cbdesk.services import backup, settings
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    settings.write(db, {"backup.folder": str(tmp_path / "elsewhere")}, system_actor())
    # Another connection is in the middle of a write transaction: the backup
    # sees the last committed state, never half of it.
    other = sqlite3.connect(demo_sqlite, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE plan SET title = 'half done'")
    info = backup.make_backup(db)
    other.execute("ROLLBACK")
    other.close()
    assert info.path.parent == tmp_path / "elsewhere"
    con = sqlite3.connect(info.path)
    assert con.execute("SELECT title FROM plan").fetchone()[0] != "half done"
    con.close()
    db.dispose()


def test_backup_and_restore_round_trip(db_url, data_dir, tmp_path):
    """On SQLite and on the real PostgreSQL server: back up, change, restore."""
    from cbdesk.services import backup, restore
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan

    db = open_database(db_url, create=True)
    install_sample_plan(db)
    before = _dump(db)
    info = backup.make_backup(db)
    assert info.kind == ("sqlite" if db.is_sqlite else "json")
    assert backup.verify_backup(info.path) == []
    _change_a_result(db)
    assert _dump(db) != before
    db.dispose()

    result = restore.restore_backup(db_url, info.path)
    assert result.saved_current is not None and result.saved_current.exists()
    db = open_database(db_url)
    assert _dump(db) == before
    # The database can still be written (sequences, ids) after a restore.
    _change_a_result(db)
    # The pre-restore backup holds the changed state.
    db.dispose()

    # A portable dump restores into a SQLite file too (server → one PC).
    portable = tmp_path / "plan.json.gz"
    db = open_database(db_url)
    backup.make_backup(db, portable)
    changed = _dump(db)
    db.dispose()
    target = tmp_path / "copy.sqlite"
    restore.restore_backup(str(target), portable)
    copy = open_database(str(target))
    assert _dump(copy) == changed
    copy.dispose()


def test_postgres_backup_as_sqlite_file(db_url, data_dir, tmp_path):
    """A `.sqlite` destination gives a SQLite file built from the models."""
    from cbdesk.services import backup
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan

    db = open_database(db_url, create=True)
    install_sample_plan(db)
    out = backup.make_backup(db, tmp_path / "copy.sqlite")
    assert backup.verify_backup(out.path) == []
    copy = open_database(str(out.path))
    assert _dump(copy) == _dump(db)
    copy.dispose()
    db.dispose()


def test_cli_backup_and_restore(demo_sqlite, tmp_path, data_dir):
    env = {"CBDESK_DATA_DIR": str(data_dir)}
    out = tmp_path / "save.sqlite"
    r = run_cli("backup", "--db", str(demo_sqlite), "-o", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert out.exists() and str(out) in r.stdout

    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    original = _dump(db)
    _change_a_result(db)
    changed = _dump(db)
    db.dispose()

    # No terminal and no --yes: refused, nothing changed.
    sha = _sha(demo_sqlite)
    r = run_cli("restore", str(out), "--db", str(demo_sqlite), env=env, input="")
    assert r.returncode == 1
    assert "--yes" in r.stderr and "Traceback" not in r.stderr
    assert _sha(demo_sqlite) == sha

    r = run_cli("restore", str(out), "--db", str(demo_sqlite), "--yes", env=env)
    assert r.returncode == 0, r.stderr
    db = open_database(str(demo_sqlite))
    restored = _dump(db)
    db.dispose()
    assert restored == original != changed
    # The state before the restore was saved first.
    saved = [b for b in (data_dir / "backups").iterdir() if "before-restore" in b.name]
    assert len(saved) == 1
    assert _dump_of_file(saved[0]) == changed

    # Default destination: the data folder's backups, rotated.
    r = run_cli("backup", "--db", str(demo_sqlite), "--lang", "en", env=env)
    assert r.returncode == 0 and "Backed up and verified" in r.stdout


@pytest.mark.parametrize("kind", ["garbage", "truncated-sqlite", "truncated-json",
                                  "other-sqlite", "missing"])
def test_bad_backup_is_refused_and_database_untouched(kind, demo_sqlite, tmp_path, data_dir):
    from cbdesk.services import backup
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    good = backup.make_backup(db, tmp_path / "good.sqlite").path
    backup.make_backup(db, tmp_path / "good.json.gz")
    db.dispose()
    bad = tmp_path / f"bad-{kind}"
    if kind == "garbage":
        bad.write_bytes(b"this is not a backup\n" * 100)
    elif kind == "truncated-sqlite":
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    elif kind == "truncated-json":
        data = (tmp_path / "good.json.gz").read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    elif kind == "other-sqlite":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE x (a)")
        con.commit()
        con.close()
    assert backup.verify_backup(bad) != []
    sha = _sha(demo_sqlite)
    r = run_cli("restore", str(bad), "--db", str(demo_sqlite), "--yes",
                env={"CBDESK_DATA_DIR": str(data_dir)})
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and "không bị thay đổi" in r.stderr
    assert _sha(demo_sqlite) == sha
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_restore_refused_while_another_instance_has_the_file(demo_sqlite, tmp_path, data_dir):
    from cbdesk.services import backup, restore
    from cbdesk.services.database import open_database
    from cbdesk.services.instance_lock import AlreadyOpen, InstanceLock

    db = open_database(str(demo_sqlite))
    info = backup.make_backup(db, tmp_path / "b.sqlite")
    db.dispose()
    sha = _sha(demo_sqlite)
    with InstanceLock(demo_sqlite):
        with pytest.raises(AlreadyOpen):
            restore.restore_backup(str(demo_sqlite), info.path)
        r = run_cli("restore", str(info.path), "--db", str(demo_sqlite), "--yes",
                    env={"CBDESK_DATA_DIR": str(data_dir)})
        assert r.returncode == 1 and "đang được mở" in r.stderr
    assert _sha(demo_sqlite) == sha


def test_daily_backup_once_a_day_and_on_exit_only_after_changes(demo_sqlite, data_dir):
    from cbdesk.services import backup
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    first = backup.backup_if_due(db)
    assert first is not None and first.reason == "daily"
    assert first.created.date() == datetime.now().date()
    assert backup.backup_if_due(db) is None
    assert backup.backup_on_exit(db) is None  # nothing changed since
    _change_a_result(db)
    import os
    import time

    later = time.time() + 2  # mtime resolution: make the change visibly newer
    os.utime(demo_sqlite, (later, later))
    assert backup.backup_on_exit(db) is not None
    db.dispose()


def test_check_verifies_the_backups(demo_sqlite, data_dir):
    from cbdesk.services import backup
    from cbdesk.services.database import open_database

    env = {"CBDESK_DATA_DIR": str(data_dir)}
    db = open_database(str(demo_sqlite))
    info = backup.make_backup(db)
    db.dispose()
    r = run_cli("check", "--db", str(demo_sqlite), env=env)
    assert r.returncode == 0, r.stderr
    assert "1 bản sao lưu" in r.stdout
    # Damage the backup: check fails and names it.
    data = bytearray(info.path.read_bytes())
    data[4096 * 2: 4096 * 2 + 2000] = b"\xab" * 2000
    info.path.write_bytes(bytes(data))
    r = run_cli("check", "--db", str(demo_sqlite), env=env)
    assert r.returncode == 1
    assert info.path.name in r.stderr and "Traceback" not in r.stderr


def test_json_dump_carries_every_table(db_url, data_dir, tmp_path):
    import json

    from cbdesk.db.models import Base
    from cbdesk.services import backup
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan

    db = open_database(db_url, create=True)
    install_sample_plan(db)
    out = backup.make_backup(db, tmp_path / "d.json.gz").path
    db.dispose()
    data = json.loads(gzip.open(out).read())
    assert set(data["tables"]) == {t.name for t in Base.metadata.sorted_tables}
    assert data["tables"]["target"]["count"] > 10


def test_an_import_is_preceded_by_a_verified_backup(demo_sqlite, tmp_path, monkeypatch):
    from helpers import run_cli

    from cbdesk.services import backup

    data = tmp_path / "data"
    monkeypatch.setenv("CBDESK_DATA_DIR", str(data))
    out = tmp_path / "kh.xlsx"
    assert run_cli("export", "--plan", "2021", "-o", str(out), "--db", str(demo_sqlite),
                   env={"CBDESK_DATA_DIR": str(data)}).returncode == 0
    r = run_cli("import", str(out), "--db", str(demo_sqlite), "--yes",
                env={"CBDESK_DATA_DIR": str(data)})
    assert r.returncode == 0, r.stderr
    made = backup.list_backups(str(demo_sqlite), folder=data / "backups")
    assert [b.reason for b in made] == ["before-import"]
    assert not backup.verify_backup(made[0].path)


def test_backups_of_several_databases_share_a_folder_apart(demo_sqlite, tmp_path, data_dir):
    """Two databases, one backup folder: each database's listing, rotation,
    daily backup and newest good backup concern its own backups only."""
    from cbdesk.services import backup, settings
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan

    other_path = tmp_path / "dữ liệu 2022.sqlite"  # another database (a copy would be the same)
    demo, other = open_database(str(demo_sqlite)), open_database(str(other_path), create=True)
    install_sample_plan(other)
    try:
        settings.write(demo, {"backup.keep": "2"}, system_actor())
        ours = backup.backup_if_due(other)
        assert ours is not None and ours.path.name.startswith("dữ-liệu-2022-")
        # The other database's backup of today does not stand for the demo's.
        daily = backup.backup_if_due(demo)
        assert daily is not None
        assert backup.backup_if_due(demo) is None  # made today already
        made = [backup.make_backup(demo, reason=f"r{i}") for i in range(3)]
        # Rotating the demo's backups left the other database's one alone, and
        # the daily one (dailies rotate apart from the others).
        assert [b.path for b in backup.list_backups(demo)] == [
            *(m.path for m in made[:0:-1]), daily.path]
        assert [b.path for b in backup.list_backups(other)] == [ours.path]
        assert backup.newest_good_backup(str(other_path)).path == ours.path
        assert f'--db "{other_path}"' in backup.damage_advice("en", str(other_path))
        assert backup.list_backups(None) == []  # the default cbdesk.sqlite has none
    finally:
        demo.dispose()
        other.dispose()


@pytest.mark.parametrize(("source", "name"), [
    (None, "cbdesk"), ("/x/y/so-lieu.sqlite", "so-lieu"), ("/x/Kế hoạch 2022.sqlite",
                                                         "Kế-hoạch-2022"),
    ("postgresql+psycopg://u:p@h:5432/sldtbxh", "sldtbxh"),
])
def test_backup_names_carry_the_database_name(source, name):
    from cbdesk.services import backup

    assert backup.source_name(source) == name
