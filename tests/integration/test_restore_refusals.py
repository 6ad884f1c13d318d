"""A restore refused before anything moves: the message names the backup's
problem in the clerk's language, and the database stays as it was."""

from __future__ import annotations

import hashlib

import pytest

from cbdesk.services import restore
from cbdesk.services.backup import BackupError


def test_a_backup_that_is_no_sqlite_file_is_refused_in_both_languages(demo_file, tmp_path):
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    bad = tmp_path / "khong-phai.sqlite"
    bad.write_text("Đây là một ghi chú, không phải bản sao lưu. " * 10, encoding="utf-8")
    with pytest.raises(BackupError) as refused:
        restore.restore_backup(str(demo_file), bad)
    assert "không phải tệp SQLite" in refused.value.message_vi
    assert "not a SQLite file" not in refused.value.message_vi
    assert "not a SQLite file" in refused.value.message_en
    assert "không bị thay đổi" in refused.value.message_vi
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
