"""Restore a database from one of its backups (SPEC §3.1 ``cbdesk restore``).

The file is verified first (a bad file changes nothing); the current database
is backed up (a damaged one is kept aside byte for byte); then it is replaced:
a SQLite file atomically under the instance lock, a server's rows in one
transaction. An older backup is upgraded to this version's schema on opening."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cbdesk.db import migrate
from cbdesk.db.engine import Database, sqlite_path
from cbdesk.services.backup import BackupError, make_backup
from cbdesk.services.backup_check import fsync_dir, problems_of, sqlite_copy
from cbdesk.services.backup_rows import GZIP_MAGIC, build_sqlite, tables_of_backup, write_rows
from cbdesk.services.database import resolve


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
    None for the default file) with the backup file ``backup``."""
    from cbdesk.services.database import DamagedDatabase, open_database

    backup = Path(backup)
    problems = problems_of(backup)
    if problems:
        raise _bad_backup(backup, problems)
    url = resolve(target)
    path = sqlite_path(url)
    if path is None:
        return _restore_rows(open_database(url, create=False), backup)

    from cbdesk.services.instance_lock import InstanceLock

    path.parent.mkdir(parents=True, exist_ok=True)
    with InstanceLock(path):
        saved = kept = None
        if path.exists() and path.stat().st_size > 0:
            try:
                current = open_database(str(path), create=False, upgrade=False)
            except DamagedDatabase:
                current = None  # a full disk, a read-only folder… end here, untouched
            if current is not None:
                try:
                    saved = make_backup(current, reason="before-restore").path
                    with current.engine.connect() as conn:
                        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    current.dispose()
            else:  # damaged: keep it aside exactly as it is
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                kept = path.with_name(f"{path.name}.damaged-{stamp}")
                os.replace(path, kept)
                for suffix in ("-wal", "-shm"):
                    side = Path(str(path) + suffix)
                    if side.exists():
                        os.replace(side, Path(str(kept) + suffix))
        part = path.with_name(path.name + ".restore-part")
        try:
            with open(backup, "rb") as f:
                is_json = f.read(2) == GZIP_MAGIC
            if is_json:
                _rev, tables = tables_of_backup(backup)
                build_sqlite(tables, part)
            else:
                sqlite_copy(backup, part)
            problems = problems_of(part)
            if problems:
                raise _bad_backup(backup, problems)
            # A WAL left from the old file must never be replayed into the new one.
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            os.replace(part, path)
            fsync_dir(path.parent)
        except BaseException as e:
            _remove(part)
            raise _failed(e, path, backup, saved, kept) from e
        finally:
            _remove(part)
    db = open_database(str(path))  # upgrades an older backup to this version's schema
    db.dispose()
    return RestoreInfo(backup, saved, kept)


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
