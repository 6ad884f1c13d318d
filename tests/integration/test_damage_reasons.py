"""A file that is not a database is refused with the reason a clerk (or the
person helping them) can act on, and is left exactly as it was."""

from __future__ import annotations

import pytest

from cbdesk.services.database import DamagedDatabase, open_database


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "tệp rỗng (0 byte)"),
    (b"x", "không có phần đầu của tệp SQLite"),
    (b"SQLite format 3\x00" + b"\x00" * 40, "không có phần đầu của tệp SQLite"),
    (b"PK\x03\x04" + b"\x00" * 200, "không có phần đầu của tệp SQLite"),
])
def test_a_file_that_is_not_a_database_is_refused_with_its_reason_and_kept(tmp_path, content,
                                                                           reason):
    path = tmp_path / "so-lieu.sqlite"
    path.write_bytes(content)
    for create in (False, True):  # never initialised over, even when asked to create
        with pytest.raises(DamagedDatabase) as refused:
            open_database(str(path), create=create)
        assert f": {reason}. Tệp được giữ nguyên" in refused.value.message_vi
        assert path.read_bytes() == content
