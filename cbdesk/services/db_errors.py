"""Trouble is not damage: what a database error means, in words a clerk can
act on. A full disk, a read-only file or folder and a lock held too long are
reported as what they are, with what to do; only a file SQLite cannot read as
a database is called damaged."""

from __future__ import annotations

from pathlib import Path

from cbdesk.services.database import DatabaseError


class DatabaseTrouble(DatabaseError):
    """The database is sound but cannot be used just now (disk, rights, lock)."""


class DiskFull(DatabaseTrouble):
    """No space left on the disk holding the database."""


class ReadOnlyDatabase(DatabaseTrouble):
    """The file or its folder cannot be written."""


class DatabaseBusy(DatabaseTrouble):
    """Another program held the database's lock too long."""


_DAMAGE = ("file is not a database", "malformed", "file is encrypted",
           "disk image is malformed", "not a database")


def _text(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


def is_damage(exc: BaseException) -> bool:
    """Whether a SQLite error says the file itself is damaged."""
    if isinstance(exc, UnicodeDecodeError) or isinstance(getattr(exc, "orig", None),
                                                         UnicodeDecodeError):
        return True
    low = _text(exc).lower()
    return any(d in low for d in _DAMAGE)


def trouble_of(exc: BaseException, where: Path | str | None = None) -> DatabaseTrouble | None:
    """The DatabaseTrouble an error means (None when it is something else)."""
    low = _text(exc).lower()
    orig = getattr(exc, "orig", None) or exc
    errno = getattr(orig, "errno", None)
    place = f" '{where}'" if where else ""
    if "disk is full" in low or "no space" in low or errno == 28:
        return DiskFull(
            f"Ổ đĩa chứa cơ sở dữ liệu{place} đã đầy; không có gì được lưu. Hãy giải phóng "
            "chỗ trống (xóa tệp không cần, dọn thùng rác) rồi làm lại. Dữ liệu không bị hỏng.",
            f"The disk holding the database{place} is full; nothing was saved. Free some "
            "space (delete unneeded files, empty the recycle bin) and try again. The data is "
            "not damaged.")
    if ("readonly" in low or "read-only" in low or "read only" in low
            or "permission denied" in low or errno in (13, 30)):
        return ReadOnlyDatabase(
            f"Không ghi được vào cơ sở dữ liệu{place}: tệp hoặc thư mục chỉ cho đọc (hoặc "
            "không có quyền ghi). Không có gì được lưu; dữ liệu không bị hỏng. Hãy bỏ thuộc "
            "tính chỉ đọc hoặc xin quyền ghi thư mục rồi làm lại.",
            f"Cannot write to the database{place}: the file or its folder is read-only (or "
            "you lack the right to write there). Nothing was saved; the data is not damaged. "
            "Clear the read-only flag or get write access to the folder, then try again.")
    if "database is locked" in low or "database table is locked" in low or "busy" in low:
        return DatabaseBusy(
            f"Cơ sở dữ liệu{place} đang bận vì một chương trình khác đang ghi; không có gì "
            "được lưu. Hãy đợi một lát rồi làm lại.",
            f"The database{place} is busy: another program is writing to it; nothing was "
            "saved. Wait a moment and try again.")
    if "unable to open database file" in low or "disk i/o error" in low:
        return DatabaseTrouble(
            f"Không mở hoặc ghi được tệp cơ sở dữ liệu{place} (lỗi đọc/ghi đĩa: {_text(exc)}). "
            "Không có gì được lưu. Hãy kiểm tra ổ đĩa hoặc thư mục mạng còn truy cập được, "
            "còn chỗ trống và có quyền ghi.",
            f"Cannot open or write the database file{place} (a disk read/write error: "
            f"{_text(exc)}). Nothing was saved. Check that the drive or network folder is "
            "reachable, has free space and can be written.")
    return None
