"""Helpers shared by the subcommands."""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager

from cbdesk.services.files import write_atomically  # noqa: F401  (re-exported)


def open_db(args, create: bool = False):
    from cbdesk.services.database import open_database

    return open_database(args.db, create=create)


def lang(args) -> str:
    return getattr(args, "lang", None) or "vi"


def say(args, vi: str, en: str, stream=None) -> None:
    print(vi if lang(args) == "vi" else en, file=stream or sys.stdout)


def plan_year(text: str) -> int:
    from cbdesk.cli import UserError

    try:
        year = int(str(text).strip())
    except ValueError:
        raise UserError(
            f"Năm kế hoạch '{text}' không hợp lệ.", f"Invalid plan year '{text}'."
        ) from None
    return year


@contextmanager
def writer_lock(args, db):
    """Hold the database's instance lock (the window's) while a command writes.

    Waits up to CBDESK_LOCK_WAIT seconds (default 10) for the holder to let
    go, then refuses naming who holds it. A server database has no file lock:
    its transactions and version checks keep writers apart."""
    from cbdesk.services.instance_lock import AlreadyOpen, InstanceLock

    path = db.path
    if path is None:
        yield None
        return
    lock = InstanceLock(path)
    try:
        wait = float(os.environ.get("CBDESK_LOCK_WAIT", "10"))
    except ValueError:
        wait = 10.0
    deadline = time.monotonic() + max(0.0, wait)
    while True:
        try:
            lock.acquire()
            break
        except AlreadyOpen as e:
            if time.monotonic() >= deadline:
                from cbdesk.cli import UserError

                raise UserError(
                    f"Không ghi được: {e.holder.describe('vi')} đang mở cơ sở dữ liệu "
                    f"'{path}' để ghi. Đã đợi {wait:g} giây. Hãy đợi người đó đóng chương "
                    "trình (hoặc lệnh chạy xong) rồi chạy lại.",
                    f"Cannot write: {e.holder.describe('en')} has the database '{path}' "
                    f"open for writing. Waited {wait:g} seconds. Wait until they close it "
                    "(or their command ends) and run this again.") from None
            time.sleep(0.2)
    try:
        yield lock
    finally:
        lock.release()
