"""A document too large to be a plan — on disk or once unzipped — is refused
before it is read, with its size and the limit, and a missing file is named."""

from __future__ import annotations

import zipfile

import pytest

from cbdesk.services.plan_drafts import MAX_FILE_BYTES, DraftUnreadable, check_size

MB = 1024 * 1024


def test_the_limits_are_twenty_megabytes():
    assert MAX_FILE_BYTES == 20 * MB


def test_a_file_over_the_limit_is_refused_with_its_size_and_one_at_it_is_read(tmp_path):
    big = tmp_path / "ke-hoach.docx"
    with open(big, "wb") as f:
        f.truncate(20 * MB + 1)  # sparse: costs no disk
    with pytest.raises(DraftUnreadable) as refused:
        check_size(big)
    assert refused.value.message_vi.startswith(
        "Tệp 'ke-hoach.docx' quá lớn (20 MB; tối đa 20 MB) để là một văn bản kế hoạch.")
    assert "(20 MB; at most 20 MB)" in refused.value.message_en
    with open(big, "r+b") as f:
        f.truncate(20 * MB)
    check_size(big)  # not a zip: the reader will say so in its own words


def test_a_docx_that_unzips_past_the_limit_is_refused_before_it_is_read(tmp_path):
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"a" * (20 * MB - 9))
        z.writestr("word/_rels/document.xml.rels", b"<r/>" * 2 + b"!" * 2)
        z.writestr("word/media/image1.png", b"\0" * (30 * MB))  # pictures do not count
    assert bomb.stat().st_size < MB
    with pytest.raises(DraftUnreadable) as refused:
        check_size(bomb)
    assert "khi giải nén quá lớn (20 MB)" in refused.value.message_vi  # 20 MB and a byte
    assert "unpacks to 20 MB" in refused.value.message_en
    fine = tmp_path / "ke-hoach.docx"
    with zipfile.ZipFile(fine, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"a" * (20 * MB))
        z.writestr("word/media/image1.png", b"\0" * (30 * MB))
    check_size(fine)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DraftUnreadable) as refused:
        check_size(tmp_path / "khong-co.docx")
    assert refused.value.message_en == "Cannot open 'khong-co.docx': No such file or directory."
