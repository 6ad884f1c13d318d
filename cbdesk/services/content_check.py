"""Text a SQLite database cannot give back: damage inside sound pages.

SQLite's own checks look at the file's structure, not at what a row holds: a
damaged sector or a hostile edit can leave bytes that are not UTF-8 (or a blob)
where text or JSON belongs. Reading such a row ends in ``UnicodeDecodeError``
(JSON columns) or sqlite3's "Could not decode to UTF-8" — far from the open,
in a report or a dump. ``cbdesk check`` (services.database.integrity_check)
reads every text column once with :func:`undecodable_text` and calls the file
damaged, with the restore advice; :func:`is_undecodable` lets the command line
say the same when a command trips over such a row."""

from __future__ import annotations

from sqlalchemy import text

_TEXTUAL = ("CHAR", "TEXT", "CLOB", "JSON")


def is_undecodable(exc: BaseException) -> bool:
    """Whether reading failed on text that is not text (damage, not a bug)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, UnicodeDecodeError):
            return True
        if "could not decode to utf-8" in str(exc).lower():
            return True
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
    return False


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def undecodable_text(conn, limit: int = 5) -> list[str]:
    """``table.column (row id N)`` for each text/JSON value that is a blob or
    not UTF-8 (at most ``limit``); empty when every text reads back."""
    found: list[str] = []
    tables = conn.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )).scalars().all()
    for table in tables:
        columns = [r[1] for r in conn.execute(text(f"PRAGMA table_info({_quote(table)})"))
                   if any(t in str(r[2]).upper() for t in _TEXTUAL)]
        for column in columns:
            q = _quote(column)
            rows = conn.execute(text(
                f"SELECT rowid, typeof({q}), CAST({q} AS BLOB) FROM {_quote(table)} "
                f"WHERE typeof({q}) IN ('text', 'blob')"))
            for rowid, kind, raw in rows:
                bad = kind == "blob"
                if not bad:
                    try:
                        bytes(raw).decode("utf-8")
                    except UnicodeDecodeError:
                        bad = True
                if bad:
                    found.append(f"{table}.{column} (row id {rowid}): unreadable text")
                    if len(found) >= limit:
                        return found
    return found


def damaged_text_error(exc: BaseException):
    """The clerk's message for a command that met unreadable text (None when
    ``exc`` is something else): the database is damaged; ``cbdesk check``
    names the newest good backup and the command that restores it."""
    if not is_undecodable(exc):
        return None
    from cbdesk.services.database import DatabaseError

    return DatabaseError(
        "Cơ sở dữ liệu bị hỏng: có dữ liệu chữ không đọc được. Không có gì được ghi. Hãy chạy "
        "'cbdesk check' để xem bản sao lưu tốt gần nhất và lệnh khôi phục (cbdesk restore).",
        "The database is damaged: some text cannot be read. Nothing was written. Run "
        "'cbdesk check' to see the newest good backup and the command that restores it "
        "(cbdesk restore).")
