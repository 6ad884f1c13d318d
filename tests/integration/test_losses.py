"""The losses of issue 16, each reproduced: damage vs. trouble, database
identity and rotation, one writer at a time, options anywhere, drafts from
documents. Each test failed before the fix it names."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest
from helpers import SEED, run_cli

from cbdesk.services.actors import system_actor


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CBDESK_DATA_DIR", str(folder))
    return folder


def _backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*")) if folder.is_dir() else []


# -- damage vs. trouble -----------------------------------------------------------


def test_a_zero_byte_database_is_refused_and_never_initialised_or_backed_up(tmp_path):
    empty = tmp_path / "cbdesk.sqlite"
    empty.write_bytes(b"")
    data = tmp_path / "data"
    env = {"CBDESK_DATA_DIR": str(data)}
    workbook = tmp_path / "x.xlsx"
    workbook.write_bytes(b"PK")
    for args in (["init"], ["backup"], ["import", str(workbook), "--yes"],
                 ["import-plan", str(SEED), "--year", "2022"], ["check"]):
        r = run_cli(*args, "--db", str(empty), env=env)
        assert r.returncode == 1, (args, r.stdout)
        assert "hỏng" in r.stderr and "0 byte" in r.stderr, (args, r.stderr)
        assert "Unexpected" not in r.stderr and "không mong đợi" not in r.stderr
    assert empty.stat().st_size == 0
    assert _backups(data / "backups") == []


def test_garbage_text_in_a_database_is_damage_with_restore_advice(tmp_path):
    from cbdesk.services.database import open_database

    path = tmp_path / "cbdesk.sqlite"
    open_database(str(path), create=True).dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = CAST(X'C3A9FF00' AS TEXT)")
    conn.commit()
    conn.close()
    r = run_cli("check", "--db", str(path), env={"CBDESK_DATA_DIR": str(tmp_path / "d")})
    assert r.returncode == 1
    assert "UnicodeDecodeError" not in r.stderr and "không mong đợi" not in r.stderr
    assert "hỏng" in r.stderr or "không hợp lệ" in r.stderr, r.stderr


@pytest.mark.parametrize("column", ["plan.intro", "organisation.recipients", "target.profile",
                                    "target.name", "task.title"])
def test_undecodable_bytes_in_a_text_column_are_damage_and_check_offers_the_good_backup(
        demo_sqlite, tmp_path, column):
    """Bytes that are not UTF-8 where JSON text belongs (a damaged sector
    inside sound pages): before, `dump` (and the window, and reports) ended in
    "Unexpected error: UnicodeDecodeError" and `check` called the file sound —
    no restore advice anywhere. Failed on 460be39 (before the db_errors work)
    and on 28ae112 (after it)."""
    env = {"CBDESK_DATA_DIR": str(tmp_path / "d")}
    r = run_cli("backup", "--db", str(demo_sqlite), env=env)
    assert r.returncode == 0, r.stderr
    good = _backups(tmp_path / "d" / "backups")
    assert len(good) == 1
    table, name = column.split(".")
    conn = sqlite3.connect(demo_sqlite)
    conn.execute(f"UPDATE {table} SET {name} = X'C3A9FF00'")  # a blob: not text, not UTF-8
    conn.commit()
    conn.close()

    r = run_cli("dump", "--plan", "2021", "--db", str(demo_sqlite), env=env)
    assert r.returncode == 1
    assert "UnicodeDecodeError" not in r.stderr and "không mong đợi" not in r.stderr, r.stderr
    assert "hỏng" in r.stderr and "cbdesk check" in r.stderr, r.stderr

    r = run_cli("check", "--db", str(demo_sqlite), env=env)
    assert r.returncode == 1, r.stdout
    assert column in r.stderr and good[0] in r.stderr, r.stderr
    r = run_cli("--lang", "en", "dump", "--plan", "2021", "--db", str(demo_sqlite), env=env)
    assert "damaged" in r.stderr and "Unexpected" not in r.stderr, r.stderr


def _sqlite_error(make) -> Exception:
    try:
        make()
    except sqlite3.Error as e:
        return e
    raise AssertionError("no error")


def test_full_disk_read_only_and_lock_are_reported_as_what_they_are(tmp_path):
    """Real SQLite errors (a page limit standing for a full disk, a read-only
    connection, a writer holding the lock), explained in words, never 'damaged'."""
    from cbdesk.services import db_errors
    from cbdesk.services.errors import explain, message_of

    path = tmp_path / "x.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (b BLOB)")
    conn.commit()

    def fill():
        conn.execute("PRAGMA max_page_count = 3")
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")

    full = _sqlite_error(fill)
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    read_only = _sqlite_error(lambda: ro.execute("INSERT INTO t VALUES (x'00')"))
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(path, timeout=0.05)
    locked = _sqlite_error(lambda: other.execute("INSERT INTO t VALUES (x'00')"))
    writer.execute("ROLLBACK")
    for error, kind, words in ((full, db_errors.DiskFull, "đầy"),
                               (read_only, db_errors.ReadOnlyDatabase, "chỉ cho đọc"),
                               (locked, db_errors.DatabaseBusy, "đang bận")):
        assert isinstance(explain(error), kind)
        assert words in message_of(error, "vi")
        assert "hỏng" not in message_of(error, "vi").replace("không bị hỏng", "")
        assert not db_errors.is_damage(error)
    for c in (conn, ro, writer, other):
        c.close()


def test_a_failed_restore_puts_the_damaged_file_back_and_says_where_everything_is(
        demo_sqlite, tmp_path, data_dir):
    from cbdesk.services import backup
    from cbdesk.services.backup import BackupError
    from cbdesk.services.database import open_database
    from cbdesk.services.restore import restore_backup

    db = open_database(str(demo_sqlite))
    good = backup.make_backup(db, reason="manual")
    db.dispose()
    raw = bytearray(demo_sqlite.read_bytes())
    raw[:100] = b"\0" * 100  # damaged
    demo_sqlite.write_bytes(bytes(raw))
    # The restore cannot write its copy (a folder stands where it goes).
    (demo_sqlite.parent / (demo_sqlite.name + ".restore-part")).mkdir()
    with pytest.raises(BackupError) as e:
        restore_backup(str(demo_sqlite), good.path)
    assert demo_sqlite.read_bytes() == bytes(raw)  # back where it was, byte for byte
    assert str(demo_sqlite) in e.value.message_vi and str(good.path) in e.value.message_vi
    assert not list(demo_sqlite.parent.glob("*.damaged-*"))


# -- identity, rotation -------------------------------------------------------------


def test_databases_with_the_same_file_name_keep_their_backups_apart(tmp_path, data_dir):
    from cbdesk.services import backup
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan

    paths = [tmp_path / "a" / "cbdesk.sqlite", tmp_path / "b" / "cbdesk.sqlite"]
    made = {}
    for p in paths:
        db = open_database(str(p), create=True)
        install_sample_plan(db)
        made[p] = [backup.make_backup(db, reason="daily").path for _ in range(2)]
        db.dispose()
    a, b = paths
    assert set(made[a]).isdisjoint(made[b])
    assert {i.path for i in backup.list_backups(str(a))} == set(made[a])
    # b is damaged: it is offered its own newest backup, never a's.
    raw = bytearray(b.read_bytes())
    raw[:16] = b"\0" * 16
    b.write_bytes(bytes(raw))
    assert backup.newest_good_backup(str(b)).path == made[b][-1]
    assert str(made[b][-1]) in backup.damage_advice("vi", str(b))
    # Rotating a's backups leaves b's alone.
    db = open_database(str(a))
    for _ in range(12):
        backup.make_backup(db, reason="daily")
    db.dispose()
    assert all(p.exists() for p in made[b])


def test_the_identity_is_kept_by_backups_and_restores(demo_sqlite, data_dir):
    from cbdesk.services import backup, identity
    from cbdesk.services.database import open_database
    from cbdesk.services.restore import restore_backup

    db = open_database(str(demo_sqlite))
    ident = identity.of(db)
    info = backup.make_backup(db, reason="manual")
    db.dispose()
    assert ident and ident[:8] in info.path.name
    assert identity.of_file(info.path) == ident
    restore_backup(str(demo_sqlite), info.path)
    assert identity.of_file(demo_sqlite) == ident


def test_failed_imports_never_rotate_the_daily_backups_away(demo_sqlite, data_dir):
    from cbdesk.services import backup, settings
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    settings.write(db, {"backup.keep": "3"}, system_actor())
    daily = [backup.make_backup(db, reason="daily").path for _ in range(2)]
    for _ in range(10):
        backup.backup_before_import(db)
    kept = backup.list_backups(db)
    db.dispose()
    assert all(p.exists() for p in daily)
    assert sum(1 for i in kept if i.reason.startswith("before-import")) == 3


def test_parts_left_by_a_killed_backup_are_cleaned_up(demo_sqlite, data_dir):
    from cbdesk.services import backup
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    first = backup.make_backup(db, reason="manual")
    stale = first.path.with_name("." + first.path.name.replace("manual", "daily") + ".part")
    stale.write_bytes(b"half a backup")
    old = time.time() - 2 * 24 * 3600
    os.utime(stale, (old, old))
    fresh = first.path.with_name(".x-20990101-000000-daily.sqlite.part")
    fresh.write_bytes(b"being written")
    backup.make_backup(db, reason="manual")
    db.dispose()
    assert not stale.exists() and fresh.exists()


# -- one writer at a time -------------------------------------------------------------


def test_cli_writers_wait_for_the_lock_then_name_its_holder_and_restore_refuses(
        demo_sqlite, tmp_path, data_dir):
    from cbdesk.services import backup
    from cbdesk.services.database import open_database
    from cbdesk.services.instance_lock import InstanceLock
    from cbdesk.services.plans import plan_to_data
    from cbdesk.xlsx.export import plan_workbook

    db = open_database(str(demo_sqlite))
    data = plan_to_data(db, 2021)
    good = backup.make_backup(db, reason="manual")
    db.dispose()
    data.results[0].value += 1
    book = tmp_path / "so-lieu.xlsx"
    book.write_bytes(plan_workbook(data))
    env = {"CBDESK_DATA_DIR": str(data_dir), "CBDESK_LOCK_WAIT": "0.5"}
    before = demo_sqlite.read_bytes()
    with InstanceLock(demo_sqlite):  # the window (or another command) is writing
        r = run_cli("import", str(book), "--db", str(demo_sqlite), "--yes", "--overwrite",
                    env=env)
        assert r.returncode == 1
        assert f"tiến trình {os.getpid()}" in r.stderr and "Đã đợi" in r.stderr
        r = run_cli("restore", str(good.path), "--db", str(demo_sqlite), "--yes", env=env)
        assert r.returncode == 1 and str(os.getpid()) in r.stderr
    assert demo_sqlite.read_bytes() == before
    r = run_cli("import", str(book), "--db", str(demo_sqlite), "--yes", "--overwrite", env=env)
    assert r.returncode == 0, r.stderr


# -- options anywhere -------------------------------------------------------------------


@pytest.mark.parametrize("args", [
    ["--db", "x.sqlite", "backup"], ["backup", "--db", "x.sqlite"], ["--lang", "en", "check"],
    ["--db=x.sqlite", "check"], ["--user", "lan", "import", "a.xlsx"], ["--lang", "en", "--help"],
])
def test_a_subcommand_never_opens_the_window(args):
    from cbdesk.__main__ import wants_window

    assert not wants_window(args)


@pytest.mark.parametrize("args", [[], ["--db", "x.sqlite"], ["--lang", "en", "--read-only"]])
def test_no_subcommand_opens_the_window(args):
    from cbdesk.__main__ import wants_window

    assert wants_window(args)


def test_options_before_the_subcommand_mean_the_same_as_after(demo_sqlite, data_dir):
    env = {"CBDESK_DATA_DIR": str(data_dir)}
    before = run_cli("--lang", "en", "--db", str(demo_sqlite), "backup", env=env, timeout=60)
    after = run_cli("backup", "--lang", "en", "--db", str(demo_sqlite), env=env, timeout=60)
    for r in (before, after):
        assert r.returncode == 0, r.stderr
        assert r.stdout.startswith("Backed up and verified: ")
    assert sorted(p.name.rsplit("-", 1)[-1] for p in (data_dir / "backups").iterdir()) == [
        "manual.sqlite", "manual.sqlite"]  # two manual backups, no daily one


# -- drafts from documents -------------------------------------------------------------


def test_an_unreadable_document_saves_no_draft_and_the_right_one_is_then_accepted(
        tmp_path, data_dir):
    db = str(tmp_path / "cbdesk.sqlite")
    bad = tmp_path / "ke-hoach.docx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("word/document.xml", "<không phải xml")
    r = run_cli("import-plan", str(bad), "--year", "2022", "--db", db,
                env={"CBDESK_DATA_DIR": str(data_dir)})
    assert r.returncode == 1 and "Không có gì được lưu" in r.stderr, r.stderr
    good = tmp_path / "ke-hoach.txt"
    shutil.copyfile(SEED, good)
    r = run_cli("import-plan", str(good), "--year", "2022", "--db", db,
                env={"CBDESK_DATA_DIR": str(data_dir)})
    assert r.returncode == 0, r.stderr


def test_a_draft_never_changes_the_organisation_and_is_audited_with_its_file(demo_db,
                                                                              tmp_path):
    from cbdesk.services.audit import list_entries
    from cbdesk.services.catalog import get_organisation
    from cbdesk.services.plan_drafts import read_draft, save_draft

    before = get_organisation(demo_db)
    text = SEED.read_text(encoding="utf-8").replace("Hoàng Thị Mỹ Hảo", "Người Khác")
    doc = tmp_path / "ke-hoach-2022.txt"
    doc.write_text(text, encoding="utf-8")
    outcome = read_draft(doc, 2022)
    assert outcome.plan.organisation.signer_name == "Người Khác"  # read, shown for review
    save_draft(demo_db, system_actor(), outcome.plan, 2022, source=(doc.name, "abc"))
    assert get_organisation(demo_db) == before
    assert [e.key for e in list_entries(demo_db, entity="import")] == [doc.name]


def test_documents_too_large_are_refused_and_long_paragraphs_cut(tmp_path):
    from cbdesk.docimport import parse_plan_text
    from cbdesk.docimport.sources import MAX_PARAGRAPH_CHARS
    from cbdesk.services.plan_drafts import DraftUnreadable, check_size

    huge = tmp_path / "lon.txt"
    with huge.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    with pytest.raises(DraftUnreadable) as e:
        check_size(huge)
    assert "quá lớn" in e.value.message_vi
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", "<w:p>" + "a" * (25 * 1024 * 1024) + "</w:p>")
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(DraftUnreadable):
        check_size(bomb)
    outcome = parse_plan_text("I. CHỈ TIÊU\n" + "x" * (5 * MAX_PARAGRAPH_CHARS), 2022)
    assert all(len(p) <= MAX_PARAGRAPH_CHARS for p in outcome.plan.intro)


def test_report_output_must_be_pdf_or_docx(demo_sqlite, tmp_path):
    out = tmp_path / "x.txt"
    r = run_cli("report", "--plan", "2021", "--period", "2021-Q1", "--db", str(demo_sqlite),
                "-o", str(out))
    assert r.returncode == 1 and ".pdf" in r.stderr and not out.exists()


def test_a_backup_missing_a_column_or_tables_is_refused(demo_sqlite, tmp_path, data_dir):
    import gzip
    import json

    from cbdesk.services import backup
    from cbdesk.services.backup_check import problems_of
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    sql = backup.make_backup(db, tmp_path / "du-phong.sqlite").path
    dump = backup.make_backup(db, tmp_path / "du-phong.json.gz").path
    db.dispose()
    assert problems_of(sql) == [] and problems_of(dump) == []
    lacking = tmp_path / "thieu-cot.sqlite"
    shutil.copyfile(sql, lacking)
    conn = sqlite3.connect(lacking)
    conn.execute("ALTER TABLE result DROP COLUMN note")
    conn.commit()
    conn.close()
    assert any("note" in en for _vi, en in problems_of(lacking))
    data = json.loads(gzip.decompress(dump.read_bytes()))
    data["tables"] = {"plan": data["tables"]["plan"]}
    one_table = tmp_path / "mot-bang.json.gz"
    one_table.write_bytes(gzip.compress(json.dumps(data).encode()))
    assert any("missing tables" in en for _vi, en in problems_of(one_table))
    before = demo_sqlite.read_bytes()
    for bad in (lacking, one_table):
        r = run_cli("restore", str(bad), "--db", str(demo_sqlite), "--yes",
                    env={"CBDESK_DATA_DIR": str(data_dir)})
        assert r.returncode == 1 and "không bị thay đổi" in r.stderr
    assert demo_sqlite.read_bytes() == before
