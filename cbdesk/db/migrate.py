"""Create or upgrade a database to the schema this version of cbdesk expects.

Start-up only reads the stored revision (cheap); Alembic (~0,2 s to import) is
loaded only when there is something to upgrade. An existing SQLite file is
copied (SQLite backup API) before it is upgraded, and a file written by a newer
cbdesk is refused rather than damaged.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from cbdesk.db.engine import Database
from cbdesk.db.revisions import HEAD, REVISIONS  # noqa: F401 - this module's API

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaError(Exception):
    """The database cannot be used by this version of cbdesk."""

    def __init__(self, message_vi: str, message_en: str):
        super().__init__(message_vi)
        self.message_vi = message_vi
        self.message_en = message_en


def _stored_revision(conn) -> tuple[bool, str | None]:
    """(found, revision) from one SELECT of the version table — the usual
    case, with no schema inspection; (False, None) when there is no such table."""
    try:
        with conn.begin():  # a fresh connection; rolled back when the table is missing
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except DBAPIError:
        return False, None
    return True, (row[0] if row else None)


def current_revision(db: Database) -> str | None:
    """The schema revision stored in the database, None for an empty one."""
    with db.engine.connect() as conn:
        found, rev = _stored_revision(conn)
        if found:
            return rev
        if not inspect(conn).has_table("alembic_version"):
            if inspect(conn).has_table("plan"):
                raise SchemaError(
                    "Cơ sở dữ liệu không có thông tin phiên bản lược đồ, không thể nâng cấp.",
                    "The database has no schema version and cannot be upgraded.",
                )
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def needs_upgrade(db: Database) -> bool:
    rev = current_revision(db)
    _refuse_newer(rev)
    return rev != HEAD


def _refuse_newer(rev: str | None) -> None:
    if rev is not None and rev not in REVISIONS:
        raise SchemaError(
            f"Cơ sở dữ liệu được tạo bởi phiên bản cbdesk mới hơn (lược đồ {rev}). "
            "Hãy cập nhật cbdesk rồi mở lại.",
            f"The database was written by a newer cbdesk (schema {rev}). "
            "Update cbdesk and open it again.",
        )


def copy_sqlite(src: Path, dest: Path) -> Path:
    """A consistent copy of a live SQLite file through the backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    with sqlite3.connect(f"file:{src.as_posix()}?mode=ro", uri=True) as s, sqlite3.connect(
        tmp
    ) as d:
        s.backup(d)
    s.close()
    d.close()
    tmp.replace(dest)
    return dest


def upgrade(db: Database, backup_dir: Path | None = None) -> str | None:
    """Bring the schema to HEAD. Returns the path of the pre-upgrade copy, if any."""
    rev = current_revision(db)
    _refuse_newer(rev)
    if rev == HEAD:
        return None
    saved = None
    if rev is not None and db.path is not None and db.path.exists():
        folder = backup_dir or db.path.parent / "backups"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        saved = str(copy_sqlite(db.path, folder / f"{db.path.stem}-before-{HEAD}-{stamp}.sqlite"))

    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, HEAD)
    return saved
