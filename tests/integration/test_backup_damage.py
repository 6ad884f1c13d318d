"""A damaged database file is detected, never silently recreated, kept byte for
byte, and the newest good backup is offered (SPEC §5)."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from helpers import run_cli

PAGE = 4096


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _scribble(path: Path) -> None:
    """Random bytes over whole pages in the middle of the file."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    rng = random.Random(7)
    for page in range(pages // 3, pages // 3 + 4):
        data[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))


def _not_a_database(path: Path) -> None:
    path.write_bytes("Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n".encode() * 200)


def _header_gone(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:PAGE] = b"\0" * PAGE
    path.write_bytes(bytes(data))


DAMAGE = {"truncated": _truncate, "scribbled": _scribble, "not-a-database": _not_a_database,
          "header-zeroed": _header_gone}


@pytest.fixture
def damaged(request, demo_sqlite, tmp_path, monkeypatch):
    """(db path, data dir, newest good backup) with the database then damaged."""
    from cbdesk.services import backup
    from cbdesk.services.database import open_database

    data_dir = tmp_path / "data"
    monkeypatch.setenv("CBDESK_DATA_DIR", str(data_dir))
    db = open_database(str(demo_sqlite))
    backup.make_backup(db, reason="old")
    good = backup.make_backup(db, reason="daily")
    with db.engine.connect() as conn:  # everything in the main file, as after a clean exit
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    for side in ("-wal", "-shm"):
        Path(str(demo_sqlite) + side).unlink(missing_ok=True)
    DAMAGE[request.param](demo_sqlite)
    return demo_sqlite, data_dir, good


@pytest.mark.parametrize("damaged", list(DAMAGE), indirect=True)
def test_damage_is_detected_at_open_and_the_file_kept(damaged):
    from cbdesk.services.database import DamagedDatabase, open_database

    path, _data, _good = damaged
    sha, size = _sha(path), path.stat().st_size
    for kwargs in ({}, {"create": True}, {"upgrade": False}):
        with pytest.raises(DamagedDatabase):
            open_database(str(path), **kwargs)
    assert _sha(path) == sha and path.stat().st_size == size


@pytest.mark.parametrize("damaged", list(DAMAGE), indirect=True)
def test_check_names_the_newest_good_backup_and_restore_repairs(damaged):
    path, data_dir, good = damaged
    env = {"CBDESK_DATA_DIR": str(data_dir)}
    sha = _sha(path)
    r = run_cli("check", "--db", str(path), env=env)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert str(good.path) in r.stderr and "cbdesk restore" in r.stderr
    # Other commands refuse too, and `init` does not recreate it empty.
    for args in (["init"], ["dump", "--plan", "2021"], ["backup"]):
        r = run_cli(*args, "--db", str(path), env=env)
        assert r.returncode == 1, args
        assert "Traceback" not in r.stderr
    assert _sha(path) == sha

    # The command the message names repairs it; the damaged file is kept aside.
    r = run_cli("restore", str(good.path), "--db", str(path), "--yes", env=env)
    assert r.returncode == 0, r.stderr
    kept = list(path.parent.glob(path.name + ".damaged-*"))
    assert len(kept) == 1 and _sha(kept[0]) == sha
    r = run_cli("check", "--db", str(path), env=env)
    assert r.returncode == 0, r.stderr
    r = run_cli("dump", "--plan", "2021", "--db", str(path), env=env)
    assert r.returncode == 0 and '"plan"' in r.stdout


def test_a_damaged_newest_backup_is_skipped(demo_sqlite, tmp_path, monkeypatch):
    from cbdesk.services import backup
    from cbdesk.services.database import open_database

    monkeypatch.setenv("CBDESK_DATA_DIR", str(tmp_path / "data"))
    db = open_database(str(demo_sqlite))
    older = backup.make_backup(db, reason="a")
    newer = backup.make_backup(db, reason="b")
    db.dispose()
    _scribble(newer.path)
    assert backup.verify_backup(newer.path) != []
    assert backup.newest_good_backup(str(demo_sqlite)).path == older.path
