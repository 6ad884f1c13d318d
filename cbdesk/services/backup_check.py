"""Backup files themselves: a consistent copy of a live SQLite file, syncing to
the disk, and verification — the checks a file passes before it is called a
backup and before anything is restored from it (SQLite ``integrity_check``, a
schema revision this version knows, the tables; for a JSON dump its shape)."""

from __future__ import annotations

import gzip
import os
import sqlite3
import sys
from pathlib import Path

from cbdesk.db import migrate
from cbdesk.db.models import Base
from cbdesk.services.backup_rows import GZIP_MAGIC, fsync_file, load_dump
from cbdesk.services.database import SQLITE_MAGIC
from cbdesk.services.os_errors import os_reason


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename must survive a power cut; POSIX only)."""
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


def sqlite_copy(src: Path, dest_tmp: Path) -> None:
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


def _sqlite_problems(path: Path, quick: bool = False) -> list[tuple[str, str]]:
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as e:
        vi, en = os_reason(e, "read")
        return [(f"không đọc được tệp: {vi}", f"cannot read the file: {en}")]
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return [("không phải tệp SQLite", "not a SQLite file")]
    problems: list[tuple[str, str]] = []
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            check = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in con.execute(f"PRAGMA {check}")]
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
            if rev == migrate.HEAD:  # every column of this version's tables is there
                for table in Base.metadata.sorted_tables:
                    if table.name not in names:
                        continue
                    have = {r[1] for r in con.execute(f'PRAGMA table_info("{table.name}")')}
                    lost = set(table.columns.keys()) - have
                    if lost:
                        problems.append((
                            f"bảng {table.name} thiếu cột {', '.join(sorted(lost))}",
                            f"table {table.name} lacks the columns {', '.join(sorted(lost))}"))
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
    if rev == migrate.HEAD:  # a dump of this version holds every table, every column
        absent = sorted(set(known) - set(tables))
        if absent:
            problems.append((f"thiếu bảng {', '.join(absent)}",
                             f"missing tables {', '.join(absent)}"))
        for name, body in tables.items():
            if name in known and isinstance(body, dict):
                lost = set(known[name].columns.keys()) - set(body.get("columns", []))
                if lost:
                    problems.append((f"bảng {name} thiếu cột {', '.join(sorted(lost))}",
                                     f"table {name} lacks the columns {', '.join(sorted(lost))}"))
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


def problems_of(path: Path, quick: bool = False) -> list[tuple[str, str]]:
    """(Vietnamese, English) problems of a backup file, SQLite or JSON dump.

    A SQLite file gets ``PRAGMA integrity_check``, or with ``quick`` the
    page-level ``quick_check`` (every page, b-tree and record sound, NOT NULL
    and CHECK constraints; not the index-against-table comparison): enough
    for a file that passed the full check when it was written and has only
    been copied page for page since (a restore's working copy of a backup)."""
    path = Path(path)
    if not path.is_file():
        return [("không tìm thấy tệp", "file not found")]
    try:
        with open(path, "rb") as f:
            head = f.read(2)
    except OSError as e:
        vi, en = os_reason(e, "read")
        return [(f"không đọc được tệp: {vi}", f"cannot read the file: {en}")]
    return _json_problems(path) if head == GZIP_MAGIC else _sqlite_problems(path, quick)


def verify_backup(path: Path, lang: str = "vi") -> list[str]:
    """Problems of a backup file (empty when it can be restored)."""
    return [vi if lang == "vi" else en for vi, en in problems_of(Path(path))]
