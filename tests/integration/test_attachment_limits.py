"""The size limit of an attachment as the office sets it (MB, comma or point),
exactly at it a file is kept and a byte over it is refused; what is kept
carries its note and time; one file attached to several rows counts each
link once."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.services import settings
from cbdesk.services.actors import Actor, system_actor
from cbdesk.services.attachments.owners import Owner
from cbdesk.services.attachments.store import (
    AttachmentError,
    add_bytes,
    attach_everywhere,
    list_attachments,
    max_bytes,
)

ADMIN = Actor("quantri", Role.ADMIN)
MB = 1024 * 1024


@pytest.mark.parametrize(("stored", "limit"), [
    ("0,5", MB // 2), ("2", 2 * MB), ("-3", 0), ("nhiều", None)])
def test_the_limit_is_the_offices_setting_in_megabytes(demo_db, stored, limit):
    default = max_bytes(demo_db)
    settings.write(demo_db, {"attachments.max_mb": stored}, system_actor())
    assert max_bytes(demo_db) == (default if limit is None else limit)


def test_a_file_at_the_limit_is_kept_with_its_note_and_one_byte_more_is_refused(demo_db):
    settings.write(demo_db, {"attachments.max_mb": "0,25"}, system_actor())
    owner = Owner.of_result("1", "2021-Q1")
    [kept] = add_bytes(demo_db, ADMIN, 2021, owner, [("bien-ban.pdf", b"%" * (MB // 4))],
                       note="  Biên bản  kiểm tra ")
    assert (kept.size, kept.note, kept.added_by) == (MB // 4, "Biên bản kiểm tra", "quantri")
    assert kept.added_at is not None and kept.added_at.microsecond == 0
    assert kept.media_type == "application/pdf"
    [odd] = add_bytes(demo_db, ADMIN, 2021, owner, [("so-lieu.cbdx", b"1")])
    assert odd.media_type == "application/octet-stream"  # a type nobody knows
    with pytest.raises(AttachmentError):
        add_bytes(demo_db, ADMIN, 2021, owner, [("lon.pdf", b"%" * (MB // 4 + 1))])
    assert [a.file_name for a in list_attachments(demo_db, 2021)] == ["bien-ban.pdf",
                                                                      "so-lieu.cbdx"]


def test_one_file_for_several_rows_counts_each_new_link_once(demo_db):
    owners = [Owner.of_result("1", "2021-Q1"), Owner.of_result("3", "2021-Q1"),
              Owner.of_task("II.3.1")]
    assert attach_everywhere(demo_db, ADMIN, 2021, owners, "mau-bieu.xlsx", b"PK-1") == 3
    assert attach_everywhere(demo_db, ADMIN, 2021, owners, "mau-bieu.xlsx", b"PK-1") == 0
    assert attach_everywhere(demo_db, ADMIN, 2021, owners[:1], "khac.xlsx", b"PK-2") == 1
