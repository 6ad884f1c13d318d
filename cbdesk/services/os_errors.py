"""Why the system refused a file, in words for the clerk, in both languages.

The operating system's own text (``e.strerror``) is English on most PCs
("Access is denied", "Permission denied") and would sit inside a Vietnamese
sentence; here every common case has its own Vietnamese and English words,
and the rest a Vietnamese sentence with the error number.

Windows refuses to replace a file that another program holds open (a PDF in
Acrobat, a workbook in Excel) with "access denied" (winerror 5) or a sharing
violation (32, 33): the clerk is told to close the file.
"""

from __future__ import annotations

import errno

Reason = tuple[str, str]

IN_USE: Reason = (
    "tệp đang được mở trong một chương trình khác (Acrobat, Excel, Word…) hoặc chỉ cho "
    "phép đọc. Hãy đóng tệp đó rồi thử lại, hoặc lưu với tên khác",
    "the file is open in another program (Acrobat, Excel, Word…) or read-only. Close it "
    "and try again, or save under another name",
)
NO_RIGHTS: Reason = (
    "không có quyền ghi vào đây. Hãy chọn thư mục khác (ví dụ Tài liệu)",
    "no permission to write here. Choose another folder (for example Documents)",
)
READ_DENIED: Reason = (
    "không có quyền đọc tệp này, hoặc tệp đang bị một chương trình khác khóa",
    "no permission to read this file, or another program holds it locked",
)
_WINDOWS: dict[int, Reason] = {
    32: IN_USE,  # ERROR_SHARING_VIOLATION
    33: IN_USE,  # ERROR_LOCK_VIOLATION
    112: ("ổ đĩa đã đầy", "the disk is full"),  # ERROR_DISK_FULL
    39: ("ổ đĩa đã đầy", "the disk is full"),  # ERROR_HANDLE_DISK_FULL
    123: ("tên tệp có ký tự không được phép (\\ / : * ? \" < > |)",
          "the file name has characters Windows does not allow (\\ / : * ? \" < > |)"),
    206: ("tên hoặc đường dẫn quá dài", "the name or path is too long"),
    21: ("ổ đĩa chưa sẵn sàng (USB đã rút ra?)", "the drive is not ready (USB removed?)"),
    19: ("ổ đĩa chỉ cho phép đọc", "the drive is read-only"),  # ERROR_WRITE_PROTECT
}
_ERRNO: dict[int, Reason] = {
    errno.ENOSPC: ("ổ đĩa đã đầy", "the disk is full"),
    errno.EROFS: ("ổ đĩa chỉ cho phép đọc", "the drive is read-only"),
    errno.ENOENT: ("không tìm thấy tệp hoặc thư mục", "the file or folder does not exist"),
    errno.ENOTDIR: ("một phần của đường dẫn không phải là thư mục",
                    "part of the path is not a folder"),
    errno.EISDIR: ("đó là một thư mục, không phải tệp", "that is a folder, not a file"),
    errno.ENAMETOOLONG: ("tên hoặc đường dẫn quá dài", "the name or path is too long"),
    errno.EEXIST: ("đã có tệp trùng tên", "a file of that name exists"),
    errno.EIO: ("lỗi đọc/ghi đĩa (ổ đĩa hoặc USB có vấn đề?)",
                "a disk read/write error (a failing drive or USB stick?)"),
}


def os_reason(e: OSError, action: str = "write") -> Reason:
    """(Vietnamese, English) words for why ``e`` happened, without the
    system's own text. ``action``: ``write`` (writing or replacing a file:
    access denied then most likely means it is open elsewhere), ``folder``
    (creating a file or folder in a folder) or ``read``."""
    winerror = getattr(e, "winerror", None)
    if winerror in _WINDOWS:
        return _WINDOWS[winerror]
    if isinstance(e, PermissionError) or e.errno in (errno.EACCES, errno.EPERM):
        return {"write": IN_USE, "folder": NO_RIGHTS}.get(action, READ_DENIED)
    if e.errno in _ERRNO:
        return _ERRNO[e.errno]
    code = winerror or e.errno
    return (f"lỗi hệ thống (mã {code})" if code else "lỗi hệ thống",
            f"a system error ({e.strerror or code})")


def os_message(e: OSError, lang: str = "vi") -> str:
    """A whole sentence for an OSError nobody caught earlier, naming its file."""
    vi, en = os_reason(e, "read" if isinstance(e, FileNotFoundError) else "write")
    name = e.filename
    if lang == "vi":
        return f"Không dùng được tệp ‘{name}’: {vi}." if name else f"Lỗi tệp: {vi}."
    return f"Cannot use the file ‘{name}’: {en}." if name else f"File error: {en}."
