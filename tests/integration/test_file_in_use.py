"""Saving over a file another program holds open (a PDF in Acrobat, a workbook
in Excel): Windows refuses the replacement with "Access is denied" (winerror 5)
or a sharing violation (32). The clerk is told which file and to close it, in
Vietnamese words only; the old file stays whole and nothing is left beside it.

Windows' refusal cannot happen on Linux, so it is raised by a stand-in for
os.replace with the exact exception Windows gives; the other cases are real."""

from __future__ import annotations

import errno
import os
import re

import pytest

from cbdesk.services import files
from cbdesk.services.files import FileWriteError, write_atomically
from cbdesk.services.os_errors import os_reason
from tests.helpers import run_cli

ENGLISH_SYSTEM_WORDS = re.compile(r"denied|permission|access|sharing|violation|errno|"
                                  r"no such|is a directory|read-only file", re.I)


def windows_refusal(winerror: int) -> PermissionError:
    e = PermissionError(errno.EACCES, "Access is denied" if winerror == 5 else
                        "The process cannot access the file because it is being used by "
                        "another process")
    e.winerror = winerror  # what Windows sets; not settable through the constructor on Linux
    return e


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_file_open_elsewhere_is_named_and_the_clerk_told_to_close_it(tmp_path, monkeypatch,
                                                                       winerror):
    target = tmp_path / "Báo cáo quý III.pdf"
    target.write_bytes(b"%PDF- the old report")
    real_replace = os.replace

    def replace(src, dst):
        if os.fspath(dst) == os.fspath(target):
            raise windows_refusal(winerror)
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    with pytest.raises(FileWriteError) as caught:
        write_atomically(target, b"%PDF- the new report")
    vi, en = caught.value.message_vi, caught.value.message_en
    assert str(target) in vi and "đang được mở trong một chương trình khác" in vi
    assert "Hãy đóng tệp đó rồi thử lại" in vi
    assert not ENGLISH_SYSTEM_WORDS.search(vi), vi
    assert "Close it and try again" in en
    assert target.read_bytes() == b"%PDF- the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_writing_over_a_folder_says_so_in_vietnamese(tmp_path):
    folder = tmp_path / "bao-cao.pdf"
    folder.mkdir()
    with pytest.raises(FileWriteError) as caught:
        write_atomically(folder, b"%PDF-")
    assert "đó là một thư mục, không phải tệp" in caught.value.message_vi
    assert not ENGLISH_SYSTEM_WORDS.search(caught.value.message_vi)
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.pdf"]


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC, errno.EROFS, errno.ENOENT,
                                  errno.ENAMETOOLONG, errno.EIO, errno.EINVAL])
def test_no_reason_carries_the_systems_english_words(code):
    e = OSError(code, os.strerror(code))
    for action in ("write", "folder", "read"):
        vi, en = os_reason(e, action)
        assert vi and en and not ENGLISH_SYSTEM_WORDS.search(vi), vi
        assert os.strerror(code) not in vi


def test_the_command_line_says_why_in_vietnamese(demo_sqlite, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("báo cáo " * 40 + ".pdf")  # a name longer than the disk allows
    r = run_cli("report", "--plan", "2021", "--period", "2021-H1", "-o", str(target),
                "--db", str(demo_sqlite))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "tên hoặc đường dẫn quá dài" in r.stderr and "báo cáo báo cáo" in r.stderr
    assert not ENGLISH_SYSTEM_WORDS.search(r.stderr), r.stderr
    assert list(out.iterdir()) == []
