"""Verified backups with rotation (SPEC §3.1, §5 "nothing lost"); restoring
them is ``services.restore``, checking a file ``services.backup_check``.

SQLite: a consistent copy through SQLite's backup API (other connections may
keep writing), written under a temporary name, synced, verified
(``PRAGMA integrity_check`` and a schema revision this version knows) and only
then renamed to ``<name>-<id8>-YYYYmmdd-HHMMSS-<reason>.sqlite``, where
``<name>`` is the database's own (the file's stem, ``cbdesk`` for the default
file; a server database's name) and ``<id8>`` the start of its identity
(services.identity): backups are matched by it, never by the name alone. Several databases may share one backup folder: listing,
rotation, the daily backup and "the newest good backup" each consider only the
backups of the database in question.

PostgreSQL (or on request any database): a portable dump, ``.json.gz``, every
row of every table of the models with the schema revision; it can be restored
into a PostgreSQL or a SQLite database. A ``.sqlite`` destination for a server
database is a SQLite file built from the models with every row copied.

Backups go to ``<data dir>/backups`` unless the setting ``backup.folder`` names
another folder; the last ``backup.keep`` (setting, default 10) of each kind
are kept (:func:`rotation_group`).
"""

from __future__ import annotations

import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from cbdesk import paths
from cbdesk.db.engine import Database, sqlite_path
from cbdesk.services.backup_check import fsync_dir, problems_of, sqlite_copy, verify_backup
from cbdesk.services.backup_rows import build_sqlite, read_rows, write_json_dump
from cbdesk.services.database import resolve
from cbdesk.services.errors import ServiceError
from cbdesk.services.os_errors import os_reason

__all__ = ["BackupError", "BackupInfo", "backup_before_import", "backup_folder",
           "backup_if_due", "backup_on_exit", "damage_advice", "list_backups", "make_backup",
           "newest_good_backup", "restore_advice", "rotate", "source_name", "verify_backup"]

NAME_RE = re.compile(
    r"^(?P<source>.+?)-(?P<day>\d{8})-(?P<time>\d{6})-(?P<reason>[A-Za-z0-9_-]+?)"
    r"\.(?:sqlite|json\.gz)$")


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
    ident = database_id(source)
    return f"{name or 'cbdesk'}-{ident[:8]}" if ident else (name or "cbdesk")


def database_id(source: Database | str | None) -> str | None:
    """The identity of ``source`` (services.identity): read from an open
    database, from a file (even a damaged one, through its ``.id`` file), or
    from a server; None when it has none or cannot be read."""
    from cbdesk.services import identity

    if isinstance(source, Database):
        return identity.of(source)
    url = resolve(source)
    path = sqlite_path(url)
    if path is not None:
        return identity.of_file(path) if path.exists() else None
    try:
        from cbdesk.services.database import open_database

        db = open_database(url, upgrade=False, read_only=True)
    except ServiceError:
        return None
    try:
        return identity.of(db)
    finally:
        db.dispose()


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
    return _named(folder, source_name(source))


def _named(folder: Path, name: str) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
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


def rotation_group(reason: str) -> str:
    """Backups rotate within their kind: the daily history, the copies made
    before an import, a restore or a migration and on exit, and the rest
    (manual); ten failed imports never push the dailies out."""
    reason = re.sub(r"-\d+$", "", reason)  # "daily-2": a second one in the same second
    if reason == "daily":
        return "daily"
    if reason.startswith("before-") or reason == "exit":
        return "event"
    return "manual"


def rotate(folder: Path, keep: int, source: Database | str | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``source`` in ``folder``
    in each rotation group; returns the deleted. Other databases' backups are
    left alone, and so are leftovers of killed backups younger than a day."""
    return rotate_named(folder, keep, source_name(source))


def rotate_named(folder: Path, keep: int, name: str) -> list[Path]:
    """:func:`rotate` for the backups carrying ``name`` (:func:`source_name`)."""
    deleted = []
    seen: dict[str, int] = {}
    for info in _named(folder, name):
        group = rotation_group(info.reason)
        seen[group] = seen.get(group, 0) + 1
        if seen[group] <= keep:
            continue
        try:
            info.path.unlink()
            deleted.append(info.path)
        except OSError:
            pass
    _clean_parts(folder)
    return deleted


def _clean_parts(folder: Path, older_than: float = 24 * 3600) -> None:
    """Remove ``.<backup>.part`` files a killed backup left behind (a backup
    being written now is younger than a day)."""
    import time

    try:
        candidates = list(folder.glob(".*.part"))
    except OSError:
        return
    for part in candidates:
        try:
            if time.time() - part.stat().st_mtime > older_than and NAME_RE.match(
                    part.name[1:-len(".part")]):
                part.unlink()
        except OSError:
            pass


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
        vi, en = os_reason(e, "folder")
        raise BackupError(
            f"Không tạo được thư mục sao lưu '{folder}': {vi}.",
            f"Cannot create the backup folder '{folder}': {en}.",
        ) from e
    final = (dest if dest is not None and not dest.is_dir()
             else _new_name(folder, source_name(db), reason, kind))
    tmp = final.with_name("." + final.name + ".part")
    try:
        if kind == "sqlite" and db.is_sqlite:
            sqlite_copy(db.path, tmp)
        elif kind == "sqlite":
            with db.engine.connect() as conn:
                tables = read_rows(conn)
            build_sqlite(tables, tmp)
        else:
            write_json_dump(db, tmp)
        problems = problems_of(tmp)
        if problems:
            raise BackupError(
                "Bản sao lưu vừa tạo không đạt kiểm tra: " + "; ".join(p[0] for p in problems),
                "The new backup failed verification: " + "; ".join(p[1] for p in problems),
            )
        os.replace(tmp, final)
        fsync_dir(final.parent)
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as e:
        tmp.unlink(missing_ok=True)
        vi, en = (os_reason(e) if isinstance(e, OSError)
                  else ("cơ sở dữ liệu SQLite báo lỗi", f"SQLite: {e}"))
        raise BackupError(
            f"Không sao lưu được vào '{final}': {vi}.", f"Cannot write the backup '{final}': {en}."
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


def restore_advice(good: BackupInfo | None,
                   source: Database | str | None = None) -> tuple[str, str]:
    """(Vietnamese, English): what to tell the user about a damaged database
    (``source``, as given to ``--db``) whose newest good backup is ``good``,
    with the command that restores it (or that there is none)."""
    if good is None:
        return ("Không tìm thấy bản sao lưu tốt nào.", "No good backup was found.")
    when = good.created.strftime("%d/%m/%Y %H:%M")
    where = f' --db "{source}"' if isinstance(source, str) and source else ""
    command = f'cbdesk restore "{good.path}"{where}'
    return (f"Bản sao lưu tốt gần nhất: {good.path} ({when}). Khôi phục bằng lệnh: {command}",
            f"Newest good backup: {good.path} ({when}). Restore it with: {command}")


def damage_advice(lang: str = "vi", source: Database | str | None = None,
                  folder: Path | None = None) -> str:
    """:func:`restore_advice` in one language, the newest good backup looked up."""
    vi, en = restore_advice(newest_good_backup(source, folder), source)
    return vi if lang == "vi" else en
