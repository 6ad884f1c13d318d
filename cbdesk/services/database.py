"""Opening a database: the default SQLite file, a given file, or a server URL.

A missing file is only created when asked (``create``); a file that is not a
SQLite database, or is damaged, is refused and kept as it is; a server that
does not answer, or a schema from a newer cbdesk, ends in a clear message.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from cbdesk import paths
from cbdesk.db import migrate
from cbdesk.db.engine import Database, sqlite_path, to_url
from cbdesk.services.errors import ServiceError
from cbdesk.services.os_errors import os_reason

SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseError(ServiceError):
    """The database cannot be opened or used."""


class DamagedDatabase(DatabaseError):
    """The file is not a usable SQLite database (truncated, scribbled over…)."""

    def __init__(self, path: Path, detail: str = ""):
        super().__init__(
            f"Tệp cơ sở dữ liệu '{path}' bị hỏng hoặc không phải cơ sở dữ liệu của cbdesk"
            f"{': ' + detail if detail else ''}. Tệp được giữ nguyên; hãy khôi phục từ bản "
            "sao lưu (cbdesk restore).",
            f"The database file '{path}' is damaged or is not a cbdesk database"
            f"{': ' + detail if detail else ''}. The file is kept as it is; restore a backup "
            "(cbdesk restore).",
        )
        self.path = path


def resolve(target: str | None) -> str:
    """The URL of ``--db`` (a path or URL), or of the default file."""
    return to_url(target if target else paths.default_db_path())


def sniff_sqlite(path: Path) -> None:
    """Refuse a file that is not a SQLite database, before SQLite touches it."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
    except OSError as e:
        vi, en = os_reason(e, "read")
        raise DatabaseError(
            f"Không đọc được tệp cơ sở dữ liệu '{path}': {vi}.",
            f"Cannot read the database file '{path}': {en}.",
        ) from e
    if len(head) == 0:
        # Never taken as new: an emptied file is damage (a crashed copy, a
        # failed sync), and initialising over it would hide the loss.
        raise DamagedDatabase(path, "tệp rỗng (0 byte)")
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise DamagedDatabase(path, "không có phần đầu của tệp SQLite")


def open_database(
    target: str | None = None,
    create: bool = False,
    upgrade: bool = True,
    read_only: bool = False,
    checked: bool = False,
) -> Database:
    """Open (and by default upgrade) the database named by ``target``.
    A SQLite file gets ``PRAGMA quick_check`` unless the caller has just
    ``checked`` it (a restore's freshly verified file)."""
    url = resolve(target)
    path = sqlite_path(url)
    if path is not None:
        if path.is_dir():
            raise DatabaseError(
                f"'{path}' là một thư mục, không phải tệp cơ sở dữ liệu.",
                f"'{path}' is a folder, not a database file.",
            )
        if not path.exists():
            if not create:
                raise DatabaseError(
                    f"Không tìm thấy cơ sở dữ liệu '{path}'. Hãy tạo bằng lệnh 'cbdesk init'.",
                    f"No database at '{path}'. Create one with 'cbdesk init'.",
                )
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                vi, en = os_reason(e, "folder")
                raise DatabaseError(
                    f"Không tạo được thư mục '{path.parent}': {vi}.",
                    f"Cannot create the folder '{path.parent}': {en}.",
                ) from e
        else:
            sniff_sqlite(path)
    try:
        db = Database(url, read_only=read_only)
    except (SQLAlchemyError, ImportError, ValueError) as e:
        raise DatabaseError(
            f"Địa chỉ cơ sở dữ liệu không hợp lệ: {url} ({e}).",
            f"Invalid database address: {url} ({e}).",
        ) from e
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if (not checked and path is not None and path.exists()
                    and path.stat().st_size > 0):
                ok = conn.execute(text("PRAGMA quick_check")).scalar()
                if ok != "ok":
                    raise DamagedDatabase(path, str(ok))
        if upgrade and not read_only:
            migrate.upgrade(db)
            from cbdesk.services import identity

            identity.ensure(db)
        elif migrate.needs_upgrade(db):
            raise DatabaseError(
                "Cơ sở dữ liệu cần được nâng cấp nhưng đang mở ở chế độ chỉ đọc.",
                "The database needs an upgrade but is open read-only.",
            )
    except migrate.SchemaError as e:
        db.dispose()
        raise DatabaseError(e.message_vi, e.message_en) from e
    except (UnicodeDecodeError, ValueError, OverflowError) as e:
        # Garbage where text or numbers belong: damage, never "unexpected".
        db.dispose()
        if path is None:
            raise
        raise DamagedDatabase(path, type(e).__name__) from e
    except OSError as e:
        db.dispose()
        from cbdesk.services import db_errors

        trouble = db_errors.trouble_of(e, path or db.display_name())
        if trouble is None:
            raise
        raise trouble from e
    except DBAPIError as e:
        db.dispose()
        if path is not None:
            from cbdesk.services import db_errors

            trouble = None if db_errors.is_damage(e) else db_errors.trouble_of(e, path)
            if trouble is not None:
                raise trouble from e
            raise DamagedDatabase(path, str(e.orig).splitlines()[0]) from e
        raise DatabaseError(
            f"Không kết nối được máy chủ cơ sở dữ liệu "
            f"({db.display_name()}): {str(e.orig).strip().splitlines()[0]}",
            f"Cannot connect to the database server ({db.display_name()}): "
            f"{str(e.orig).strip().splitlines()[0]}",
        ) from e
    return db


def schema_revision(db: Database) -> str | None:
    return migrate.current_revision(db)


def integrity_check(db: Database) -> list[str]:
    """Problems found by a full check: SQLite's integrity_check and foreign keys,
    the schema version. Empty when all is well."""
    problems: list[str] = []
    rev = migrate.current_revision(db)
    if rev != migrate.HEAD:
        problems.append(f"schema {rev} != {migrate.HEAD}")
    if db.is_sqlite:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                problems.extend(rows[:20])
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if fk:
                problems.append(f"{len(fk)} foreign-key violations")
            if not problems:  # sound pages: is every text still text?
                from cbdesk.services.content_check import undecodable_text

                problems.extend(undecodable_text(conn))
    return problems
