"""One writer per SQLite file: the instance lock, stale locks, network paths."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

HOLDER = textwrap.dedent("""
    import sys, time
    from cbdesk.services.instance_lock import InstanceLock
    lock = InstanceLock(sys.argv[1]).acquire()
    print("held", flush=True)
    time.sleep(60)
""")


def _hold_in_another_process(db_path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)],
                            stdout=subprocess.PIPE, text=True,
                            cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_second_instance_is_refused_with_who_holds_it(sqlite_url):
    from cbdesk.services.instance_lock import AlreadyOpen, InstanceLock, lock_path_for

    proc = _hold_in_another_process(sqlite_url)
    try:
        with pytest.raises(AlreadyOpen) as info:
            InstanceLock(sqlite_url).acquire()
        holder = info.value.holder
        assert holder.pid == proc.pid
        assert holder.host and holder.since
        assert str(proc.pid) in info.value.message_vi and "chỉ đọc" in info.value.message_vi
        assert lock_path_for(sqlite_url).name.endswith(".sqlite.lock")
    finally:
        proc.kill()
        proc.wait()
        proc.stdout.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL on POSIX")
def test_stale_lock_of_a_killed_process_is_taken_over(sqlite_url):
    from cbdesk.services.instance_lock import InstanceLock, read_holder

    proc = _hold_in_another_process(sqlite_url)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    lock = InstanceLock(sqlite_url)
    assert read_holder(lock.path).pid == proc.pid  # the file still names the dead holder
    lock.acquire()
    try:
        assert lock.previous is not None and lock.previous.pid == proc.pid
        assert read_holder(lock.path).pid == os.getpid()
    finally:
        lock.release()


def test_same_process_twice_is_refused_and_release_frees_it(sqlite_url):
    from cbdesk.services.instance_lock import AlreadyOpen, InstanceLock, read_holder

    with InstanceLock(sqlite_url) as first:
        assert first.held
        with pytest.raises(AlreadyOpen):
            InstanceLock(sqlite_url).acquire()
    assert read_holder(first.path).pid is None  # emptied on release
    with InstanceLock(sqlite_url) as again:
        assert again.held and again.previous is None


def test_read_only_open_is_possible_while_the_writer_holds_the_lock(demo_sqlite):
    from cbdesk.services.database import open_database
    from cbdesk.services.dump import plan_dump
    from cbdesk.services.instance_lock import InstanceLock

    writer = open_database(str(demo_sqlite))
    with InstanceLock(demo_sqlite):
        reader = open_database(str(demo_sqlite), read_only=True)
        assert plan_dump(reader, 2021)["plan"]["year"] == 2021
        reader.dispose()
    writer.dispose()


@pytest.mark.parametrize("path,expected", [
    (r"\\server\share\cbdesk.sqlite", True),
    (r"\\192.168.1.10\DuLieu\Kế hoạch\cbdesk.sqlite", True),
    ("//server/share/cbdesk.sqlite", True),
    (r"\\?\UNC\server\share\cbdesk.sqlite", True),
    (r"\\?\C:\Users\a\cbdesk.sqlite", False),
])
def test_unc_paths_are_network_paths(path, expected):
    from cbdesk.services.instance_lock import is_network_path

    assert is_network_path(path, mounts_text="") is expected


MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/share nfs4 rw 0 0
//nas/dulieu /mnt/nas cifs rw 0 0
/dev/sdb1 /mnt/share/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX mounts")
@pytest.mark.parametrize("path,expected", [
    ("/mnt/share/cbdesk.sqlite", True),
    ("/mnt/nas/a/b.sqlite", True),
    ("/mnt/share/local/cbdesk.sqlite", False),  # the longest mount point wins
    ("/mnt/sharex/cbdesk.sqlite", False),
    ("/home/user/cbdesk.sqlite", False),
])
def test_network_mounts_on_posix(path, expected):
    from cbdesk.services.instance_lock import is_network_path

    assert is_network_path(path, mounts_text=MOUNTS) is expected


def test_network_warning_recommends_postgresql(tmp_path):
    from cbdesk.services.instance_lock import network_warning

    assert network_warning(tmp_path / "cbdesk.sqlite") is None
    msg = network_warning(r"\\server\share\cbdesk.sqlite")
    assert msg and "ổ mạng" in msg and "PostgreSQL" in msg
    assert "PostgreSQL" in network_warning(r"\\server\share\x.sqlite", lang="en")


def test_the_holder_is_described_with_what_is_known_and_marks_for_the_rest():
    from cbdesk.services.instance_lock import LockHolder

    full = LockHolder(pid=4242, host="MAY-KE-TOAN", user="lan", since="2026-12-01T08:30:00")
    assert full.describe("vi") == "lan trên máy MAY-KE-TOAN (tiến trình 4242, từ 2026-12-01T08:30:00)"
    assert full.describe("en") == "lan on MAY-KE-TOAN (process 4242, since 2026-12-01T08:30:00)"
    assert LockHolder().describe("vi") == "không rõ trên máy không rõ (tiến trình ?, từ ?)"
    assert LockHolder().describe("en") == "unknown on unknown host (process ?, since ?)"


def test_a_released_lock_file_names_nobody(sqlite_url):
    from pathlib import Path

    from cbdesk.services.instance_lock import InstanceLock, LockHolder, lock_path_for, read_holder

    lock = InstanceLock(Path(sqlite_url)).acquire()
    assert read_holder(lock_path_for(Path(sqlite_url))).pid == os.getpid()
    lock.release()
    assert lock_path_for(Path(sqlite_url)).stat().st_size == 0
    assert read_holder(lock_path_for(Path(sqlite_url))) == LockHolder()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX mounts")
def test_a_short_mount_line_is_read_and_a_broken_one_skipped():
    from cbdesk.services.instance_lock import is_network_path

    mounts = "broken-line\nserver:/export /mnt/share nfs\n/dev/sda1 / ext4\n"
    assert is_network_path("/mnt/share/cbdesk.sqlite", mounts_text=mounts) is True
    assert is_network_path("/home/cbdesk.sqlite", mounts_text=mounts) is False
