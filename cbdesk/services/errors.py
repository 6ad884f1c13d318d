"""Typed errors carrying a Vietnamese and an English message, so that the CLI
and the GUI can tell the user what happened in their language."""

from __future__ import annotations

from contextlib import contextmanager


class ServiceError(Exception):
    """A user-level error: bad input, a missing plan, a closed period…"""

    def __init__(self, message_vi: str, message_en: str | None = None, problems=None):
        super().__init__(message_vi)
        self.message_vi = message_vi
        self.message_en = message_en or message_vi
        # Individual problems when several were found in one pass.
        self.problems: list[tuple[str, str]] = list(problems or [])

    def message(self, lang: str = "vi") -> str:
        return self.message_vi if lang == "vi" else self.message_en


class NotFound(ServiceError):
    pass


class ValidationError(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else changed the same record since it was read."""


class PeriodClosed(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass


def message_of(exc: BaseException, lang: str = "vi") -> str:
    """The user-facing message of any of our errors (and of core's value errors)."""
    if isinstance(exc, ServiceError):
        return exc.message(lang)
    from cbdesk.services.content_check import damaged_text_error
    from cbdesk.services.db_errors import trouble_of

    damaged = damaged_text_error(exc)  # text that is not text: damage, with what to do
    if damaged is not None:
        return damaged.message(lang)

    trouble = trouble_of(exc) if _is_db_error(exc) else None
    if trouble is not None:
        return trouble.message(lang)
    if isinstance(exc, OSError) and exc.errno is not None:
        from cbdesk.services.os_errors import os_message  # the system's words stay out

        return os_message(exc, lang)
    vi = getattr(exc, "message_vi", None)
    en = getattr(exc, "message_en", None)
    if vi:
        return vi if lang == "vi" or not en else en
    return str(exc)


def _is_db_error(exc: BaseException) -> bool:
    """A database driver's error (sqlite3, psycopg, via SQLAlchemy) or an OS one."""
    return (type(exc).__module__.startswith(("sqlalchemy", "sqlite3", "psycopg"))
            or isinstance(exc, OSError))


def explain(exc: BaseException):
    """``exc`` as a ServiceError when it is a database trouble (disk full,
    read-only, lock) a clerk can act on; None otherwise."""
    from cbdesk.services.content_check import damaged_text_error
    from cbdesk.services.db_errors import trouble_of

    return damaged_text_error(exc) or (trouble_of(exc) if _is_db_error(exc) else None)


@contextmanager
def write_session(db):
    """A unit of work whose lost races end in ConflictError: another PC saved
    the same row in between (a version mismatch), or added the same new row."""
    from sqlalchemy.exc import IntegrityError
    from sqlalchemy.orm.exc import StaleDataError

    try:
        with db.session() as s:
            yield s
    except StaleDataError as e:
        raise ConflictError(
            "Dữ liệu vừa được người khác sửa cùng lúc; không có gì được lưu. Hãy tải lại "
            "rồi thử lại.",
            "Someone else changed the same data at the same moment; nothing was saved. "
            "Reload and try again.",
        ) from e
    except IntegrityError as e:
        raise ConflictError(
            "Dữ liệu vừa được người khác thêm cùng lúc; không có gì được lưu. Hãy tải lại "
            "rồi thử lại.",
            "Someone else added the same data at the same moment; nothing was saved. "
            "Reload and try again.",
        ) from e
