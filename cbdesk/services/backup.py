"""Verified backups with rotation, and restore (SPEC §3.1, §5 "nothing lost").

SQLite: a consistent copy through SQLite's backup API (other connections may
keep writing), written under a temporary name, synced, verified
(``PRAGMA integrity_check`` and a schema revision this version knows) and only
then renamed to ``<name>-YYYYmmdd-HHMMSS-<reason>.sqlite``, where ``<name>`` is
the database's own (the file's stem, ``cbdesk`` for the default file; a server
database's name). Several databases may share one backup folder: listing,
rotation, the daily backup and "the newest good backup" each consider only the
backups of the database in question.

PostgreSQL (or on request any database): a portable dump, ``.json.gz``, every
row of every table of the models with the schema revision; it can be restored
into a PostgreSQL or a SQLite database. A ``.sqlite`` destination for a server
database is a SQLite file built from the models with every row copied.

Backups go to ``<data dir>/backups`` unless the setting ``backup.folder`` names
another folder; the last ``backup.keep`` (setting, default 10) are kept.

Restore verifies the file first (a bad file changes nothing), backs up the
current database (a damaged one is kept aside byte for byte), then replaces it:
a SQLite file atomically under the instance lock, a server's rows in one
transaction.
"""

from __future__ import annotations

import gzip
import os
import re
import sqlite3
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from cbdesk import paths
from cbdesk.db import migrate
from cbdesk.db.engine import Database, sqlite_path
from cbdesk.db.models import Base
from cbdesk.services.backup_rows import (
    GZIP_MAGIC,
    build_sqlite,
    fsync_file,
    load_dump,
    read_rows,
    tables_of_backup,
    write_json_dump,
    write_rows,
)
from cbdesk.services.database import resolve
from cbdesk.services.errors import ServiceError

NAME_RE = re.compile(
    r"^(?P<source>.+?)-(?P<day>\d{8})-(?P<time>\d{6})-(?P<reason>[A-Za-z0-9_-]+?)"
    r"\.(?:sqlite|json\.gz)$")
SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(ServiceError):
    """A backup could not be made, or a file is not a usable backup."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    path: Path
    created: datetime
    reason: str
    size: int
    kind: str  # "sqlite" or "json"
    source: str  # the name of the database it was made from (source_name)


@dataclass(frozen=True)
class RestoreInfo:
    """What a restore did."""

    restored_from: Path
    saved_current: Path | None  # the backup of the database as it was
    kept_damaged: Path | None  # the damaged file, moved aside byte for byte


# ------------------------------------------------------------------ folders, names


def _setting(db: Database | None, key: str) -> str:
    from cbdesk.services import settings

    if db is None:
        return settings.DEFAULTS.get(key, "")
    try:
        with db.session() as s:
            return settings.get(s, key)
    except Exception:  # a damaged or unreachable database: the default
        return settings.DEFAULTS.get(key, "")


def backup_folder(db: Database | None = None) -> Path:
    """Where backups go: the setting ``backup.folder``, else ``<data dir>/backups``."""
    custom = _setting(db, "backup.folder").strip() if db is not None else ""
    return Path(custom).expanduser() if custom else paths.data_dir() / "backups"


def keep_count(db: Database | None = None) -> int:
    try:
        return max(1, int(_setting(db, "backup.keep") or 10))
    except ValueError:
        return 10


def _clean_reason(reason: str) -> str:
    r = re.sub(r"[^a-z0-9]+", "-", str(reason).lower()).strip("-")
    return r or "manual"


def source_name(source: Database | str | None) -> str:
    """The name a database's backups carry: its file's stem (``cbdesk`` for the
    default file), or a server database's name. ``source`` is an open
    database, or ``--db`` as given (a path, a URL, None for the default)."""
    url = source.url if isinstance(source, Database) else resolve(source)
    path = sqlite_path(url)
    raw = path.stem if path is not None else (make_url(url).database or "server")
    name = re.sub(r"[^\w]+", "-", unicodedata.normalize("NFC", raw)).strip("-")
    return name or "cbdesk"


def _kind_of(path: Path) -> str:
    return "json" if path.name.lower().endswith((".json.gz", ".json")) else "sqlite"


def _info(path: Path) -> BackupInfo | None:
    m = NAME_RE.match(unicodedata.normalize("NFC", path.name))
    if not m:
        return None
    try:
        created = datetime.strptime(m["day"] + m["time"], "%Y%m%d%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, m["reason"], size, _kind_of(path), m["source"])


def _folder_of(source: Database | str | None) -> Path:
    # A database that cannot be opened (damaged) has no readable settings.
    return backup_folder(source if isinstance(source, Database) else None)


def list_backups(source: Database | str | None = None,
                 folder: Path | None = None) -> list[BackupInfo]:
    """The backups of one database (``source``, as for :func:`source_name`) in
    ``folder`` (default: that database's backup folder), newest first."""
    folder = Path(folder) if folder is not None else _folder_of(source)
    if not folder.is_dir():
        return []
    name = source_name(source)
    found = [i for p in folder.iterdir()
             if p.is_file() and (i := _info(p)) is not None and i.source == name]

    def order(i: BackupInfo):
        try:
            mtime = i.path.stat().st_mtime_ns
        except OSError:
            mtime = 0
        return (i.created, mtime, i.path.name)

    return sorted(found, key=order, reverse=True)


def newest_good_backup(source: Database | str | None = None,
                       folder: Path | None = None) -> BackupInfo | None:
    """The newest backup of ``source`` that passes :func:`verify_backup`."""
    for info in list_backups(source, folder):
        if not verify_backup(info.path):
            return info
    return None


def _new_name(folder: Path, source: str, reason: str, kind: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    ext = "json.gz" if kind == "json" else "sqlite"
    path = folder / f"{source}-{stamp}-{reason}.{ext}"
    n = 2
    while path.exists():
        path = folder / f"{source}-{stamp}-{reason}-{n}.{ext}"
        n += 1
    return path


def rotate(folder: Path, keep: int, source: Database | str | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``source`` in ``folder``;
    returns the deleted. Other databases' backups are left alone."""
    deleted = []
    for info in list_backups(source, folder)[keep:]:
        try:
            info.path.unlink()
            deleted.append(info.path)
        except OSError:
            pass
    return deleted


# ------------------------------------------------------------------ low-level files


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sqlite_copy(src: Path, dest_tmp: Path) -> None:
    """Copy a (live) SQLite file through the backup API into a self-contained
    file (rollback journal, not WAL) and sync it."""
    dest_tmp.unlink(missing_ok=True)
    s = sqlite3.connect(f"file:{src.as_posix()}?mode=ro", uri=True, timeout=30)
    try:
        d = sqlite3.connect(dest_tmp)
        try:
            s.backup(d)
            d.execute("PRAGMA journal_mode=DELETE")
            d.commit()
        finally:
            d.close()
    finally:
        s.close()
    fsync_file(dest_tmp)


def _sqlite_problems(path: Path) -> list[tuple[str, str]]:
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as e:
        return [(f"không đọc được tệp: {e.strerror}", f"cannot read the file: {e.strerror}")]
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return [("không phải tệp SQLite", "not a SQLite file")]
    problems: list[tuple[str, str]] = []
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                detail = "; ".join(str(r) for r in rows[:5])
                return [(f"tệp bị hỏng ({detail})", f"the file is damaged ({detail})")]
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in names:
                return [("không có phiên bản lược đồ cbdesk", "no cbdesk schema revision")]
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            rev = row[0] if row else None
            if rev not in migrate.REVISIONS:
                problems.append(
                    (
                        f"lược đồ {rev} không được phiên bản này hỗ trợ",
                        f"schema {rev} is not one this version knows",
                    )
                )
            missing = {t.name for t in Base.metadata.sorted_tables} - names
            if missing and rev == migrate.HEAD:
                problems.append(
                    (
                        f"thiếu bảng {', '.join(sorted(missing))}",
                        f"missing tables {', '.join(sorted(missing))}",
                    )
                )
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return [(f"tệp bị hỏng ({e})", f"the file is damaged ({e})")]
    return problems


def _json_problems(path: Path) -> list[tuple[str, str]]:
    try:
        data = load_dump(path)
    except (OSError, EOFError, ValueError, gzip.BadGzipFile) as e:
        return [
            (
                f"tệp sao lưu hỏng hoặc không đúng định dạng ({e})",
                f"the backup is damaged or not in cbdesk's format ({e})",
            )
        ]
    problems: list[tuple[str, str]] = []
    rev = data.get("revision")
    if rev not in migrate.REVISIONS:
        problems.append(
            (
                f"lược đồ {rev} không được phiên bản này hỗ trợ",
                f"schema {rev} is not one this version knows",
            )
        )
    known = {t.name: t for t in Base.metadata.sorted_tables}
    tables = data.get("tables")
    if not isinstance(tables, dict):
        return problems + [("không có dữ liệu bảng", "no table data")]
    for name, body in tables.items():
        if name not in known:
            problems.append((f"bảng lạ '{name}'", f"unknown table '{name}'"))
            continue
        cols = body.get("columns", [])
        if set(cols) - set(known[name].columns.keys()):
            problems.append((f"bảng {name}: cột lạ", f"table {name}: unknown columns"))
        rows = body.get("rows", [])
        if any(len(r) != len(cols) for r in rows):
            problems.append((f"bảng {name}: dòng sai số cột", f"table {name}: malformed rows"))
        if body.get("count", len(rows)) != len(rows):
            problems.append((f"bảng {name}: thiếu dòng", f"table {name}: rows missing"))
    return problems


def _problems(path: Path) -> list[tuple[str, str]]:
    path = Path(path)
    if not path.is_file():
        return [("không tìm thấy tệp", "file not found")]
    try:
        with open(path, "rb") as f:
            head = f.read(2)
    except OSError as e:
        return [(f"không đọc được tệp: {e.strerror}", f"cannot read the file: {e.strerror}")]
    return _json_problems(path) if head == GZIP_MAGIC else _sqlite_problems(path)


def verify_backup(path: Path, lang: str = "vi") -> list[str]:
    """Problems of a backup file (empty when it can be restored)."""
    return [vi if lang == "vi" else en for vi, en in _problems(Path(path))]


# ------------------------------------------------------------------ making backups


def make_backup(db: Database, dest: Path | None = None, reason: str = "manual") -> BackupInfo:
    """A verified backup of ``db`` at ``dest`` (a file, or a folder) or in the
    backup folder, which is then rotated. Raises BackupError when it fails;
    a half-written or unverified file is never left under a backup's name."""
    reason = _clean_reason(reason)
    rotate_in: Path | None = None
    if dest is None:
        folder = backup_folder(db)
        kind = "sqlite" if db.is_sqlite else "json"
        rotate_in = folder
    else:
        dest = Path(dest)
        if dest.is_dir():
            folder = dest
            kind = "sqlite" if db.is_sqlite else "json"
        else:
            folder = dest.parent if str(dest.parent) else Path(".")
            kind = _kind_of(dest)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BackupError(
            f"Không tạo được thư mục sao lưu '{folder}': {e.strerror}.",
            f"Cannot create the backup folder '{folder}': {e.strerror}.",
        ) from e
    final = (dest if dest is not None and not dest.is_dir()
             else _new_name(folder, source_name(db), reason, kind))
    tmp = final.with_name("." + final.name + ".part")
    try:
        if kind == "sqlite" and db.is_sqlite:
            _sqlite_copy(db.path, tmp)
        elif kind == "sqlite":
            with db.engine.connect() as conn:
                tables = read_rows(conn)
            build_sqlite(tables, tmp)
        else:
            write_json_dump(db, tmp)
        problems = _problems(tmp)
        if problems:
            raise BackupError(
                "Bản sao lưu vừa tạo không đạt kiểm tra: " + "; ".join(p[0] for p in problems),
                "The new backup failed verification: " + "; ".join(p[1] for p in problems),
            )
        os.replace(tmp, final)
        _fsync_dir(final.parent)
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as e:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            f"Không sao lưu được vào '{final}': {e}.", f"Cannot write the backup '{final}': {e}."
        ) from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if rotate_in is not None:
        rotate(rotate_in, keep_count(db), db)
    st = final.stat()
    return BackupInfo(final, datetime.fromtimestamp(st.st_mtime), reason, st.st_size, kind,
                      source_name(db))


def backup_if_due(db: Database) -> BackupInfo | None:
    """The daily backup: made on the first start of a day, None when one exists
    already for today (or the database is empty of plans and settings)."""
    today = date.today()
    if any(i.created.date() == today for i in list_backups(db)):
        return None
    return make_backup(db, reason="daily")


def backup_before_import(db: Database) -> BackupInfo:
    """The copy made before an import writes anything (issue: backups before
    every migration, restore and import)."""
    return make_backup(db, reason="before-import")


def backup_on_exit(db: Database) -> BackupInfo | None:
    """A backup when the app closes, skipped when the SQLite file has not
    changed since the newest backup."""
    if db.is_sqlite and db.path is not None:
        newest = next(iter(list_backups(db)), None)
        if newest is not None:
            changed = max(
                (p.stat().st_mtime for p in (db.path, Path(str(db.path) + "-wal")) if p.exists()),
                default=0.0,
            )
            if changed <= newest.path.stat().st_mtime:
                return None
    return make_backup(db, reason="exit")


# ------------------------------------------------------------------ restore


def _bad_backup(path: Path, problems: list[tuple[str, str]]) -> BackupError:
    return BackupError(
        f"Không thể khôi phục từ '{path}': "
        + "; ".join(p[0] for p in problems)
        + ". Cơ sở dữ liệu hiện tại không bị thay đổi.",
        f"Cannot restore from '{path}': "
        + "; ".join(p[1] for p in problems)
        + ". The current database was not changed.",
    )


def restore_backup(target: str | None, backup: Path) -> RestoreInfo:
    """Replace the database named by ``target`` (``--db``: a path, a URL, or
    None for the default file) with the backup file ``backup``."""
    from cbdesk.services.database import DatabaseError, open_database

    backup = Path(backup)
    problems = _problems(backup)
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
            except DatabaseError:
                current = None
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
                _sqlite_copy(backup, part)
            problems = _problems(part)
            if problems:
                raise _bad_backup(backup, problems)
            # A WAL left from the old file must never be replayed into the new one.
            for suffix in ("-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            os.replace(part, path)
            _fsync_dir(path.parent)
        finally:
            part.unlink(missing_ok=True)
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


def damage_advice(lang: str = "vi", source: Database | str | None = None,
                  folder: Path | None = None) -> str:
    """What to tell the user about a damaged database (``source``, as given to
    ``--db``): its newest good backup and the command that restores it (or
    that there is none)."""
    good = newest_good_backup(source, folder)
    if good is None:
        return (
            "Không tìm thấy bản sao lưu tốt nào." if lang == "vi" else "No good backup was found."
        )
    when = good.created.strftime("%d/%m/%Y %H:%M")
    where = f' --db "{source}"' if isinstance(source, str) and source else ""
    command = f'cbdesk restore "{good.path}"{where}'
    if lang == "vi":
        return f"Bản sao lưu tốt gần nhất: {good.path} ({when}). Khôi phục bằng lệnh: {command}"
    return f"Newest good backup: {good.path} ({when}). Restore it with: {command}"
