"""A document from which no plan can be read is refused in one clean
sentence naming the file and what was missing; nothing is saved."""

from __future__ import annotations

import docx
import pytest

from cbdesk.services import plan_drafts


def test_a_document_without_a_plan_is_refused_naming_the_file_and_what_is_missing(tmp_path):
    path = tmp_path / "thu-moi.docx"
    doc = docx.Document()
    doc.add_paragraph("Kính mời các đồng chí dự họp.")
    doc.save(path)
    with pytest.raises(plan_drafts.DraftUnreadable) as refused:
        plan_drafts.read_draft(path, 2021)
    vi = refused.value.message_vi
    assert vi.startswith("Không đọc được kế hoạch nào từ tệp 'thu-moi.docx': ")
    assert "CHỈ TIÊU CHỦ YẾU" in vi and vi.endswith(". Không có gì được lưu.")
    assert ".." not in vi
    assert refused.value.message_en.startswith("No plan could be read from 'thu-moi.docx' (")
