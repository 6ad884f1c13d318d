"""Restore a database from one of its backups (SPEC §3.1 ``cbdesk restore``).

The file is verified first (a bad file changes nothing); the current database
is backed up (a damaged one is kept aside byte for byte); then it is replaced:
a SQLite file atomically under the instance lock, a server's rows in one
transaction. An older backup is upgraded to this version's schema on opening."""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cbdesk.db import migrate
from cbdesk.db.engine import Database, sqlite_path
from cbdesk.services.backup import BackupError, make_backup
from cbdesk.services.backup_check import fsync_dir, problems_of, sqlite_copy
from cbdesk.services.backup_rows import GZIP_MAGIC, build_sqlite, tables_of_backup, write_rows
from cbdesk.services.database import SQLITE_MAGIC, resolve


@dataclass(frozen=True)
class RestoreInfo:
    """What a restore did."""

    restored_from: Path
    saved_current: Path | None  # the backup of the database as it was
    kept_damaged: Path | None  # the damaged file, moved aside byte for byte


def _bad_backup(path: Path, problems: list[tuple[str, str]]) -> BackupError:
    return BackupError(
        f"Không thể khôi phục từ '{path}': "
        + "; ".join(p[0] for p in problems)
        + ". Cơ sở dữ liệu hiện tại không bị thay đổi.",
        f"Cannot restore from '{path}': "
        + "; ".join(p[1] for p in problems)
        + ". The current database was not changed.",
    )


def _remove(part: Path) -> None:
    try:
        part.unlink(missing_ok=True)
    except OSError:
        pass


def _failed(exc: BaseException, path: Path, backup: Path, saved: Path | None,
            kept: Path | None) -> BaseException:
    """A restore that failed half-way: the database file is put back where it
    was, and the message says where everything is."""
    if kept is not None and not path.exists():
        try:
            os.replace(kept, path)
            for suffix in ("-wal", "-shm"):
                side = Path(str(kept) + suffix)
                if side.exists():
                    os.replace(side, Path(str(path) + suffix))
            kept = None
        except OSError:
            pass
    if isinstance(exc, KeyboardInterrupt):
        return exc
    from cbdesk.services.errors import explain, message_of

    trouble = explain(exc)
    why_vi = trouble.message_vi if trouble else message_of(exc, "vi")
    why_en = trouble.message_en if trouble else message_of(exc, "en")
    where_vi = [f"cơ sở dữ liệu vẫn ở '{path}'" if kept is None
                else f"tệp hỏng ở '{kept}'"]
    where_en = [f"the database is still at '{path}'" if kept is None
                else f"the damaged file is at '{kept}'"]
    if saved is not None:
        where_vi.append(f"bản sao trước khi khôi phục ở '{saved}'")
        where_en.append(f"the copy made before restoring is at '{saved}'")
    where_vi.append(f"bản sao lưu định khôi phục ở '{backup}'")
    where_en.append(f"the backup to restore is at '{backup}'")
    return BackupError(f"Khôi phục không thành công: {why_vi} " + "; ".join(where_vi) + ".",
                       f"The restore failed: {why_en} " + "; ".join(where_en) + ".")


def restore_backup(target: str | None, backup: Path) -> RestoreInfo:
    """Replace the database named by ``target`` (``--db``: a path, a URL, or
    None for the default file) with the backup file ``backup``.

    SQLite, each file checked once: the backup is copied through the backup
    API to a working file beside the database, and that copy — what will
    become the database — gets ``quick_check`` and the schema checks (every
    backup cbdesk writes passed the full ``integrity_check`` when it was
    made; ``cbdesk restore`` runs the full check before asking). The current
    file is opened meanwhile, in a second thread, which ``quick_check``s it:
    a sound one is moved, byte for byte, into the backup folder as the
    before-restore backup (copied there when the folder is on another disk);
    a damaged one is kept aside beside it. A failure puts it back."""
    from cbdesk.services.database import open_database

    backup = Path(backup)
    head = _head(backup)
    is_json = head[:2] == GZIP_MAGIC
    url = resolve(target)
    path = sqlite_path(url)
    if path is None or is_json or not head.startswith(SQLITE_MAGIC):
        problems = problems_of(backup)  # a dump's shape, or why it is no SQLite file
        if problems:
            raise _bad_backup(backup, problems)
    if path is None:
        return _restore_rows(open_database(url, create=False), backup)

    from cbdesk.services.instance_lock import InstanceLock

    path.parent.mkdir(parents=True, exist_ok=True)
    with InstanceLock(path):
        saved = kept = None
        moved = False
        part = path.with_name(path.name + ".restore-part")
        has_current = path.exists() and path.stat().st_size > 0
        try:
            with ThreadPoolExecutor(max_workers=1) as pool:
                opening = pool.submit(_open_current, path) if has_current else None
                try:
                    _working_copy(backup, is_json, part)
                finally:
                    current = opening.result() if opening is not None else None
            if has_current and current is not None:
                saved, moved = _set_aside(current, path)
            elif has_current:  # damaged: keep it aside exactly as it is
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                kept = path.with_name(f"{path.name}.damaged-{stamp}")
                _move_with_sides(path, kept)
            # A WAL left from the old file must never be replayed into the new one.
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            os.replace(part, path)
            fsync_dir(path.parent)
        except BaseException as e:
            _remove(part)
            if moved and saved is not None and not path.exists():
                try:  # the database goes back where it was
                    os.replace(saved, path)
                    saved = None
                except OSError:
                    pass
            raise _failed(e, path, backup, saved, kept) from e
        finally:
            _remove(part)
    # Upgrades an older backup to this version's schema; the file was just checked.
    db = open_database(str(path), checked=True)
    db.dispose()
    return RestoreInfo(backup, saved, kept)


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(100)
    except OSError:
        return b""


def _working_copy(backup: Path, is_json: bool, part: Path) -> None:
    """The backup as a self-contained SQLite file at ``part``, checked
    (quick_check and the schema); raises BackupError naming the problems."""
    try:
        if is_json:
            _rev, tables = tables_of_backup(backup)
            build_sqlite(tables, part)
        else:
            sqlite_copy(backup, part)
    except sqlite3.DatabaseError as e:
        raise _bad_backup(backup, [(f"tệp bị hỏng ({e})", f"the file is damaged ({e})")]
                          ) from None
    problems = problems_of(part, quick=True)
    if problems:
        raise _bad_backup(backup, problems)


def _open_current(path: Path):
    """The current database opened as it is (``quick_check`` at open), or None
    when it is damaged."""
    from cbdesk.services.database import DamagedDatabase, open_database

    try:
        return open_database(str(path), create=False, upgrade=False)
    except DamagedDatabase:
        return None  # a full disk, a read-only folder… end here, untouched


def _move_with_sides(src: Path, dest: Path) -> None:
    os.replace(src, dest)
    for suffix in ("-wal", "-shm"):
        side = Path(str(src) + suffix)
        if side.exists():
            os.replace(side, Path(str(dest) + suffix))


def _set_aside(current: Database, path: Path) -> tuple[Path, bool]:
    """The database as it was becomes its before-restore backup: the file
    itself, checkpointed and moved into the backup folder (it passed
    quick_check when opened; nothing is copied), or a verified copy when the
    folder is on another disk. Returns (the backup, whether it was moved)."""
    from cbdesk.services.backup import (
        _new_name,
        backup_folder,
        keep_count,
        rotate_named,
        source_name,
    )

    try:
        folder, keep, name = backup_folder(current), keep_count(current), source_name(current)
        with current.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            # Self-contained like every backup (no WAL to go with it).
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        current.dispose()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        from cbdesk.services.os_errors import os_reason

        vi, en = os_reason(e, "folder")
        raise BackupError(f"Không tạo được thư mục sao lưu '{folder}': {vi}.",
                          f"Cannot create the backup folder '{folder}': {en}.") from e
    final = _new_name(folder, name, "before-restore", "sqlite")
    moved = False
    try:
        os.replace(path, final)
        moved = True
    except OSError:  # another disk (or a file in use): a verified copy instead
        tmp = final.with_name("." + final.name + ".part")
        try:
            sqlite_copy(path, tmp)
            problems = problems_of(tmp, quick=True)
            if problems:
                raise BackupError(
                    "Bản sao lưu vừa tạo không đạt kiểm tra: " + "; ".join(p[0] for p in problems),
                    "The new backup failed verification: " + "; ".join(p[1] for p in problems))
            os.replace(tmp, final)
        finally:
            tmp.unlink(missing_ok=True)
    fsync_dir(folder)
    rotate_named(folder, keep, name)
    return final, moved


def _restore_rows(db: Database, backup: Path) -> RestoreInfo:
    """Restore a server database: its rows replaced in one transaction."""
    try:
        rev, tables = tables_of_backup(backup)
        current = migrate.current_revision(db)
        if rev != current:
            raise BackupError(
                f"Bản sao lưu có lược đồ {rev}, cơ sở dữ liệu có lược đồ {current}: "
                "không khôi phục trực tiếp được.",
                f"The backup has schema {rev} and the database {current}: it cannot be "
                "restored directly.",
            )
        saved = make_backup(db, reason="before-restore").path
        with db.engine.begin() as conn:
            write_rows(conn, tables)
    finally:
        db.dispose()
    return RestoreInfo(backup, saved, None)
