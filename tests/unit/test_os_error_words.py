"""Why Windows (or Linux) refused a file, told to the clerk in words: each
Windows error code the office meets has its own, an access denied depends on
what was being done, and anything else names its number — never the system's
English text inside a Vietnamese sentence."""

from __future__ import annotations

import errno

import pytest

from cbdesk.services.os_errors import IN_USE, NO_RIGHTS, READ_DENIED, os_message, os_reason


def _windows(code: int, err: int = errno.EINVAL) -> OSError:
    """An OSError as Windows raises it (``winerror`` beside the C errno)."""
    e = OSError(err, "The process cannot access the file")
    e.winerror = code
    return e


@pytest.mark.parametrize(("code", "words"), [
    (32, IN_USE[0]), (33, IN_USE[0]), (112, "ổ đĩa đã đầy"), (39, "ổ đĩa đã đầy"),
    (123, "tên tệp có ký tự không được phép"), (206, "tên hoặc đường dẫn quá dài"),
    (21, "ổ đĩa chưa sẵn sàng (USB đã rút ra?)"), (19, "ổ đĩa chỉ cho phép đọc")])
def test_each_windows_error_the_office_meets_has_its_own_words(code, words):
    vi, en = os_reason(_windows(code))
    assert vi.startswith(words) and en and "process cannot" not in en


def test_access_denied_depends_on_what_was_being_done():
    denied = PermissionError(errno.EACCES, "Access is denied")
    assert os_reason(denied, "write") == IN_USE
    assert os_reason(denied, "folder") == NO_RIGHTS
    assert os_reason(denied, "read") == READ_DENIED
    # EPERM without the PermissionError class (raised by hand) reads the same.
    assert os_reason(OSError(errno.EPERM, "Operation not permitted"), "folder") == NO_RIGHTS


def test_anything_else_names_its_number_not_the_systems_text():
    assert os_reason(_windows(1392)) == ("lỗi hệ thống (mã 1392)",
                                         "a system error (The process cannot access the file)")
    odd = OSError(errno.EXDEV, "")
    assert os_reason(odd) == (f"lỗi hệ thống (mã {errno.EXDEV})",
                              f"a system error ({errno.EXDEV})")
    assert os_reason(OSError("no number")) == ("lỗi hệ thống", "a system error (None)")


def test_a_whole_sentence_names_the_file_in_the_language_asked():
    full = OSError(errno.ENOSPC, "No space left on device", "C:\\Báo cáo\\quy-3.pdf")
    assert os_message(full, "vi") == "Không dùng được tệp ‘C:\\Báo cáo\\quy-3.pdf’: ổ đĩa đã đầy."
    assert os_message(full, "en") == "Cannot use the file ‘C:\\Báo cáo\\quy-3.pdf’: the disk is full."
    gone = FileNotFoundError(errno.ENOENT, "No such file")
    assert os_message(gone, "vi") == "Lỗi tệp: không tìm thấy tệp hoặc thư mục."
    assert os_message(gone, "en") == "File error: the file or folder does not exist."
    # A file that is missing was being read: access denied to it is a read refusal.
    locked = FileNotFoundError(errno.EACCES, "Access is denied", "so-lieu.sqlite")
    assert os_message(locked, "en").endswith(READ_DENIED[1] + ".")
