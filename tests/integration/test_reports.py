"""Report kinds built from the database and read back as a reader would
(SPEC §3.4): the progress report's words and table, the plan document against
the seed it was transcribed from, the assignments annex; issuing, reprinting
and drafts; tasks as of a day. Runs on every engine of the ``db`` fixtures."""

from __future__ import annotations

import ast
import hashlib
import re
import sys
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from helpers import SEED  # noqa: E402
from pdfcheck import open_pdf, page_size, page_texts  # noqa: E402

from cbdesk.core.enums import Direction, TargetKind, TargetStatus, TaskStatus  # noqa: E402
from cbdesk.core.periods import Period  # noqa: E402
from cbdesk.core.plandata import OrganisationData, PlanData, TargetData, TaskData  # noqa: E402
from cbdesk.core.progress import Progress  # noqa: E402
from cbdesk.reports.build import build_report, issue, render_report  # noqa: E402
from cbdesk.reports.progress import target_sentence  # noqa: E402
from cbdesk.services.actors import system_actor  # noqa: E402
from cbdesk.services.errors import ConflictError, NotFound, ValidationError  # noqa: E402
from cbdesk.services.issued import (  # noqa: E402
    ReportMeta,
    get_issued,
    issued_pdf,
    list_issued,
    load_draft,
    reprint,
    save_draft,
)
from cbdesk.services.plan_apply import apply_plan_data  # noqa: E402
from cbdesk.services.progress import TargetRow  # noqa: E402
from cbdesk.services.tasks_view import task_number, task_rows  # noqa: E402

META = ReportMeta(number="5", date=date(2021, 7, 5))
ROOT = Path(__file__).resolve().parents[2]


def flat(text: str) -> str:
    """Whitespace collapsed, for comparing text across line breaks."""
    return " ".join(text.split())


def body_text(pdf_bytes: bytes) -> str:
    """All pages' text without the page numbers at their tops."""
    with open_pdf(pdf_bytes) as pdf:
        pages = page_texts(pdf)
    out = []
    for page in pages:
        lines = page.splitlines()
        if lines and re.fullmatch(r"\d+", lines[0].strip()):
            lines = lines[1:]
        out.append("\n".join(lines))
    return flat("\n".join(out))


# ---------------------------------------------------------------------------
# Progress report


def test_progress_report_reads_right(demo_db):
    data = render_report(demo_db, 2021, "progress", "2021-H1", META)
    text = body_text(data)
    assert unicodedata.is_normalized("NFC", text)
    assert "Số: 05/BC-SLĐTBXH" in text
    assert "Cao Bằng, ngày 05 tháng 7 năm 2021" in text
    assert "BÁO CÁO" in text
    assert ("Kết quả thực hiện Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP "
            "6 tháng đầu năm 2021") in text
    assert ("Tạo việc làm mới: thực hiện 6.120 người, đạt 51,0% kế hoạch năm (12.000 người); "
            "đúng tiến độ.") in text
    # A letter that asked is "Thực hiện", never "Căn cứ"; legal bases keep "Căn cứ".
    assert "Thực hiện Công văn số 3307/UBND-TH" in text
    assert "Căn cứ Công văn" not in text
    assert "Căn cứ Nghị quyết số 01/NQ-CP ngày 01/01/2021" in text
    # What the report carries out, then the agency as subject.
    assert ("Thực hiện Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP năm 2021, Sở Lao "
            "động - Thương binh và Xã hội báo cáo kết quả thực hiện 6 tháng đầu năm 2021 "
            "như sau:") in text
    # The body points to its annex.
    assert "chi tiết tại Phụ lục I" in text
    for heading in ("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU",
                    "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP",
                    "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                    "V. KIẾN NGHỊ, ĐỀ XUẤT"):
        assert heading in text
    # The table: its header and statuses in words.
    for word in ("TT", "Chỉ tiêu", "ĐVT", "KH năm", "Thực hiện", "Cùng kỳ", "% KH",
                 "Tình trạng", "Đúng tiến độ", "Chậm tiến độ", "Chưa có số liệu"):
        assert word in text
    # Thresholds carry their sign; a change says it is a change.
    assert "≤ 3,45" in text and "≥ 34,4" in text and "điểm %" in text
    # The change target in words, the status rule from the settings.
    assert "giảm 1,6 điểm phần trăm, đạt 40,0% kế hoạch năm" in text
    assert "dưới 85% là chậm tiến độ" in text and "trên 115% là vượt tiến độ" in text
    # Tasks as of the day the figures run to: the cut-off, 14/06/2021.
    assert "3.6. Công tác Bình đẳng giới" in text
    assert "tính đến ngày 14/06/2021" in text
    # The recipients and signer of the organisation.
    assert "- Lưu: VT, VP." in text and "Hoàng Thị Mỹ Hảo" in text
    with open_pdf(data) as pdf:
        last = len(pdf.pages) - 1
        w, h = page_size(pdf, last)
        assert w > h, "the annex by area is landscape"
        annex = flat(pdf.pages[last].extract_text())
        assert "Phụ lục I" in annex and "Toàn tỉnh" in annex and "Thạch" in annex
        assert "(Kèm theo Báo cáo số 05/BC-SLĐTBXH ngày 05/07/2021)" in annex
        assert "6.120" in annex and "982" in annex


def test_progress_report_free_text_and_draft(demo_db):
    meta = replace(META, difficulties="Nguồn kinh phí còn hạn chế.\n\nThiếu cán bộ chuyên trách.",
                   next_steps="Tổ chức 6 phiên giao dịch việc làm.",
                   proposals="Đề nghị bổ sung kinh phí.")
    save_draft(demo_db, 2021, "progress", "2021-H1", meta, system_actor())
    draft = load_draft(demo_db, 2021, "progress", "2021-H1")
    assert draft is not None and draft.difficulties == meta.difficulties
    assert load_draft(demo_db, 2021, "progress", "2021-Q1") is None
    text = body_text(render_report(demo_db, 2021, "progress", "2021-H1",
                                   replace(draft, number="5", date=date(2021, 7, 5))))
    for para in ("Nguồn kinh phí còn hạn chế.", "Thiếu cán bộ chuyên trách.",
                 "Tổ chức 6 phiên giao dịch việc làm.", "Đề nghị bổ sung kinh phí."):
        assert para in text
    # Nothing is printed that nobody wrote: an unwritten section is a dotted
    # blank to fill in (a draft), never a made-up sentence.
    empty = body_text(render_report(demo_db, 2021, "progress", "2021-H1", META))
    assert "Không có kiến nghị" not in empty and "Không có khó khăn" not in empty
    assert "Tiếp tục triển khai đồng bộ" not in empty
    after = empty.split("V. KIẾN NGHỊ, ĐỀ XUẤT")[1]
    assert after.lstrip().startswith("." * 60)


def test_nine_month_report_with_figures_only_to_june(demo_db):
    # The sample's figures stop in June: the 9-month report says so for each
    # target and judges jobs at June (6.120 of 6.000 due = 102,0%: on track).
    text = body_text(render_report(demo_db, 2021, "progress", "2021-9M",
                                   replace(META, date=date(2021, 9, 20))))
    assert ("Số liệu các chỉ tiêu mới có đến hết tháng 6/2021; tiến độ được đánh giá so với "
            "mức phải đạt đến hết tháng 6/2021.") in text
    assert ("Tạo việc làm mới: thực hiện 6.120 người, đạt 51,0% kế hoạch năm (12.000 người); "
            "đúng tiến độ.") in text
    assert "tính đến ngày 14/09/2021" in text
    assert "hoàn thành đúng hạn" in text and "Tổ chức 12 phiên giao dịch việc làm" in text


def test_quarter_reports_period_and_year_to_date(demo_db):
    text = body_text(render_report(demo_db, 2021, "progress", "2021-Q2", META))
    assert "quý II/2021" in text
    assert "Tạo việc làm mới: thực hiện trong kỳ" in text and "lũy kế từ đầu năm 6.120 người" in text


def test_unknown_plan_and_bad_periods(demo_db):
    with pytest.raises(NotFound):
        build_report(demo_db, 2030, "progress", "2030-H1")
    with pytest.raises(ValidationError):
        build_report(demo_db, 2021, "progress", "2022-H1")
    with pytest.raises(ValueError):  # PeriodError
        build_report(demo_db, 2021, "progress", "2021-Q5")
    with pytest.raises(ValidationError):
        build_report(demo_db, 2021, "summary", "2021")


# ---------------------------------------------------------------------------
# Sentences for every kind of target


def _row(**kw) -> TargetRow:
    base = dict(code="9", name="Chỉ tiêu", unit="người", kind=TargetKind.CUMULATIVE,
                direction=Direction.INCREASE, target=1000.0, baseline=None, decimals=0,
                parent_code=None, relation=None, depth=0, lead_unit="", period_value=600.0,
                ytd=600.0, progress=Progress(600.0, 60.0, 500.0, 120.0, TargetStatus.AHEAD),
                previous_period_value=None, previous_ytd=None, estimate=None, mismatch=False)
    base.update(kw)
    return TargetRow(**base)


H1 = Period(2021, "H", 1)


def test_sentences_for_each_kind():
    assert target_sentence(_row(), H1) == (
        "Chỉ tiêu: thực hiện 600 người, đạt 60,0% kế hoạch năm (1.000 người); vượt tiến độ.")
    with_history = _row(previous_ytd=500.0, estimate=1100.0, mismatch=True)
    s = target_sentence(with_history, H1)
    assert "tăng 20,0% so với cùng kỳ" in s
    assert "ước thực hiện cả năm 1.100 người" in s
    assert "khác tổng số liệu của các địa bàn" in s
    level_down = _row(unit="%", kind=TargetKind.LEVEL, direction=Direction.DECREASE,
                      target=3.45, decimals=2, ytd=3.52, period_value=3.52,
                      progress=Progress(3.52, None, 3.45, 98.0, TargetStatus.ON_TRACK),
                      previous_ytd=3.8)
    assert target_sentence(level_down, H1) == (
        "Chỉ tiêu: 3,52% (kế hoạch năm giảm xuống 3,45%), cùng kỳ năm trước 3,80% (giảm "
        "0,28 điểm phần trăm); đúng tiến độ.")
    # A ceiling without a baseline, over it and higher than last year: said in words.
    ceiling = replace(level_down, previous_ytd=3.48, progress=Progress(
        3.52, None, 3.45, None, TargetStatus.BEHIND, threshold=True))
    assert target_sentence(ceiling, H1) == (
        "Chỉ tiêu: 3,52% (kế hoạch năm không quá 3,45%), cùng kỳ năm trước 3,48% (tăng "
        "0,04 điểm phần trăm, ngược chiều mục tiêu); chậm tiến độ.")
    # Figures that stop before the period's end say so.
    early = replace(_row(), progress=Progress(600.0, 60.0, 500.0, 120.0, TargetStatus.AHEAD,
                                              data_to=5))
    assert target_sentence(early, H1).startswith("Chỉ tiêu (số liệu đến hết tháng 5/2021): ")
    change = _row(unit="%", kind=TargetKind.CHANGE, direction=Direction.DECREASE, target=4.0,
                  baseline=20.5, decimals=1, ytd=18.9,
                  progress=Progress(18.9, 40.0, 2.0, 80.0, TargetStatus.BEHIND, 1.6))
    assert "giảm 1,6 điểm phần trăm, đạt 40,0% kế hoạch năm (giảm 4,0 điểm phần trăm)" in \
        target_sentence(change, H1)
    worse = replace(change, progress=Progress(21.0, -12.5, 2.0, -25.0, TargetStatus.BEHIND,
                                              -0.5))
    assert "tăng 0,5 điểm phần trăm" in target_sentence(worse, H1)
    qualitative = _row(unit="", kind=TargetKind.QUALITATIVE, target=None, ytd=None,
                       period_value=None,
                       progress=Progress(None, None, None, None, TargetStatus.NO_DATA))
    assert target_sentence(qualitative, H1) == "Chỉ tiêu: chưa có số liệu."
    no_data = _row(ytd=None, period_value=None,
                   progress=Progress(None, None, 500.0, None, TargetStatus.NO_DATA))
    assert target_sentence(no_data, H1) == "Chỉ tiêu: chưa có số liệu (kế hoạch năm 1.000 người)."


def _code_strings(src: str) -> list[str]:
    """The string literals of a module, docstrings left out."""
    tree = ast.parse(src)
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str) and id(n) not in docs]


def test_report_code_holds_no_arithmetic_and_no_department():
    """Figures come from target_rows and the header from the plan's
    organisation: the report modules only choose words and format."""
    for name in ("progress.py", "progress_words.py", "plan.py", "assignments.py", "common.py",
                 "build.py", "wording.py"):
        src = (ROOT / "cbdesk" / "reports" / name).read_text(encoding="utf-8")
        assert not re.search(r"\*\s*100|/\s*row\.|/\s*r\.target|\.target\s*[-+*/]", src), name
        for text in _code_strings(src):
            assert "Cao Bằng" not in text and "SLĐTBXH" not in text, (name, text)


# ---------------------------------------------------------------------------
# The plan document against its seed


def _seed() -> str:
    return unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))


def test_plan_document_reads_like_the_seed(demo_db):
    text = body_text(render_report(demo_db, 2021, "plan"))
    seed = _seed()
    section1 = seed.split("I. CHỈ TIÊU CHỦ YẾU")[1].split("II. NHIỆM VỤ")[0]
    bullets = [flat(b) for b in section1.split("\n") if b.strip().startswith("- ")]
    assert len(bullets) == 6
    for bullet in bullets:
        assert bullet in text, bullet
    section2 = seed.split("II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN")[1].split("III. TỔ CHỨC")[0]
    paragraphs = [flat(p) for p in section2.split("\n") if p.strip()]
    assert len(paragraphs) > 20
    for para in paragraphs:
        assert para in text, para
    section3 = seed.split("III. TỔ CHỨC THỰC HIỆN")[1].split("Nơi nhận")[0]
    for para in (flat(p) for p in section3.split("\n") if p.strip()):
        assert para in text, para
    for line in ("I. CHỈ TIÊU CHỦ YẾU", "II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN",
                 "III. TỔ CHỨC THỰC HIỆN", "Kính gửi: Sở Kế hoạch và Đầu tư tỉnh Cao Bằng",
                 "V/v đề xuất nội dung xây dựng dự thảo", "GIÁM ĐỐC", "Hoàng Thị Mỹ Hảo",
                 "- Lưu: VT, VP."):
        assert line in text, line
    # A công văn: no type name; its number carries the agency's symbol.
    assert "KẾ HOẠCH" not in text.split("Kính gửi")[0]
    assert "Số: /SLĐTBXH-VP" in text  # blank number (whitespace collapsed)


def test_a_plan_without_addressee_is_a_ke_hoach(db):
    other = OrganisationData(parent_agency="UBND TỈNH HÀ GIANG", name="SỞ Y TẾ",
                             symbol="SYT", place="Hà Giang", signer_authority="KT. GIÁM ĐỐC",
                             signer_title="PHÓ GIÁM ĐỐC", signer_name="Nguyễn Văn A",
                             archive_unit="KHTC", recipients=["Bộ Y tế"])
    plan = PlanData(
        year=2024, title="Kế hoạch phòng, chống dịch bệnh năm 2024", organisation=other,
        legal_bases=["Luật Phòng, chống bệnh truyền nhiễm ngày 21/11/2007"],
        targets=[TargetData("1", "Tỷ lệ tiêm chủng đầy đủ", "%", "level", "increase", 95.0,
                            decimals=0),
                 TargetData("2", "Số ca mắc sốt xuất huyết", "ca", "cumulative", "decrease",
                            1200.0)],
        tasks=[TaskData("II.1", "Giám sát dịch bệnh", "Theo dõi, phát hiện sớm ca bệnh.")],
        implementation=["Các phòng chức năng triển khai thực hiện."],
    )
    apply_plan_data(db, plan, system_actor())
    text = body_text(render_report(db, 2024, "plan", meta=ReportMeta(number="12")))
    assert "KẾ HOẠCH" in text and "Số: 12/KH-SYT" in text
    assert "UBND TỈNH HÀ GIANG" in text and "Hà Giang, ngày" in text
    assert "Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21/11/2007;" in text
    assert "- Tỷ lệ tiêm chủng đầy đủ: 95%." in text
    assert "1. Giám sát dịch bệnh" in text and "Theo dõi, phát hiện sớm ca bệnh." in text
    assert "KT. GIÁM ĐỐC" in text and "PHÓ GIÁM ĐỐC" in text and "- Lưu: VT, KHTC." in text
    assert "Cao Bằng" not in text
    progress = body_text(render_report(db, 2024, "progress", "2024-Q1", META))
    assert "Số: 05/BC-SYT" in progress and "Hà Giang, ngày 05 tháng 7 năm 2021" in progress
    assert "Tỷ lệ tiêm chủng đầy đủ: chưa có số liệu (kế hoạch năm không thấp hơn 95%)." \
        in progress


# ---------------------------------------------------------------------------
# Assignments


def test_assignments_annex(demo_db):
    data = render_report(demo_db, 2021, "assignments", meta=META)
    text = body_text(data)
    assert "Phân công nhiệm vụ thực hiện Kế hoạch hành động" in text
    assert "Số: 05/BC-SLĐTBXH" in text
    with open_pdf(data) as pdf:
        annex_pages = [i for i in range(len(pdf.pages)) if page_size(pdf, i)[0] >
                       page_size(pdf, i)[1]]
        assert annex_pages, "the table of tasks is a landscape annex"
        annex = flat(" ".join(pdf.pages[i].extract_text() for i in annex_pages))
    for word in ("Phụ lục", "Mã", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
                 "Sản phẩm", "II.3.7", "Phòng Người có công", "Thường xuyên",
                 "31/12/2021", "Quý IV/2021"):
        assert word in annex, word


# ---------------------------------------------------------------------------
# Issuing, reprinting, determinism


def test_same_report_twice_is_byte_identical(demo_db):
    a = render_report(demo_db, 2021, "progress", "2021-H1", META, font="bundled")
    b = render_report(demo_db, 2021, "progress", "2021-H1", META, font="bundled")
    assert a == b


def test_issuing_with_unwritten_sections_asks_and_records_who_chose_none(demo_db):
    from cbdesk.reports.build import UnwrittenSections
    from cbdesk.services.audit import list_entries

    actor = system_actor()
    with pytest.raises(UnwrittenSections) as err:
        issue(demo_db, 2021, "progress", "2021-H1", META, actor, font="bundled")
    assert err.value.sections == ["difficulties", "next_steps", "proposals"]
    assert list_issued(demo_db, 2021) == []
    meta = replace(META, difficulties="Nguồn kinh phí còn hạn chế.")
    info = issue(demo_db, 2021, "progress", "2021-H1", meta, actor, font="bundled",
                 confirm_none=True)
    text = body_text(issued_pdf(demo_db, info.id))
    assert "Nguồn kinh phí còn hạn chế." in text
    assert text.count("Không có.") == 2 and "....." not in text
    chosen = [e for e in list_entries(demo_db, 2021) if e.entity == "report"
              and e.field in ("next_steps", "proposals")]
    assert {e.field for e in chosen} == {"next_steps", "proposals"}
    assert all(e.user == actor.username and e.new == "không có" for e in chosen)


def test_issue_store_and_reprint(demo_db):
    actor = system_actor()
    info = issue(demo_db, 2021, "progress", "2021-H1", META, actor, font="bundled",
                 confirm_none=True)
    stored = issued_pdf(demo_db, info.id)
    assert stored.startswith(b"%PDF-")
    assert info.sha256 == hashlib.sha256(stored).hexdigest() and info.size == len(stored)
    assert info.number == "05" and info.issued_on == date(2021, 7, 5)
    assert info.period == "2021-H1" and info.meta.signer_name == "Hoàng Thị Mỹ Hảo"
    assert reprint(demo_db, info.id) == stored
    from cbdesk.reports.build import render_document

    assert stored == render_document(build_report(demo_db, 2021, "progress", "2021-H1", META,
                                                  draft=False), "pdf", "bundled")
    listed = list_issued(demo_db, 2021)
    assert [r.id for r in listed] == [info.id] and get_issued(demo_db, info.id) == listed[0]
    assert list_issued(demo_db, 2030) == []
    with pytest.raises(ConflictError):
        issue(demo_db, 2021, "progress", "2021-Q2", META, actor, font="bundled",
              confirm_none=True)
    with pytest.raises(ValidationError):
        issue(demo_db, 2021, "progress", "2021-Q2", ReportMeta(), actor, font="bundled")
    with pytest.raises(NotFound):
        issued_pdf(demo_db, info.id + 100)


# ---------------------------------------------------------------------------
# Tasks as of a day


def test_task_rows_as_of_a_day(demo_db):
    rows = {r.code: r for r in task_rows(demo_db, 2021, date(2021, 6, 30))}
    assert list(rows)[:3] == ["II.1", "II.2", "II.3"]
    assert rows["II.3.6"].status is TaskStatus.DONE_ON_TIME
    assert rows["II.3.1"].percent_done == 50 and rows["II.3.1"].depth == 1
    assert rows["II.3.1"].lead_unit == "Phòng Lao động - Việc làm"
    assert rows["II.3.1"].coordinating_units == ["Trung tâm Dịch vụ việc làm",
                                                 "Phòng Kế hoạch - Tài chính"]
    assert rows["II.3.1"].deadline_label == "31/12/2021"
    assert rows["II.3.1"].last_update_date == date(2021, 6, 30)
    assert rows["II.1"].status is TaskStatus.ONGOING and rows["II.3"].has_children
    earlier = {r.code: r for r in task_rows(demo_db, 2021, date(2021, 4, 15))}
    assert earlier["II.3.6"].status is TaskStatus.NOT_STARTED and not earlier["II.3.6"].done
    assert earlier["II.3.1"].percent_done == 25
    assert earlier["II.3.1"].last_update_note.startswith("Đã thu thập")
    late = {r.code: r for r in task_rows(demo_db, 2021, date(2021, 7, 15))}
    assert late["II.3.6"].status is TaskStatus.DONE_ON_TIME
    assert task_number("II.3.1") == "3.1" and task_number("4.2") == "4.2"


def test_smoke_renders_with_and_without_a_plan(db):
    from cbdesk.reports.build import smoke
    from cbdesk.services.sample import install_sample_plan

    assert smoke(db) > 1000  # empty database: a one-paragraph document
    install_sample_plan(db)
    assert smoke(db) > 1000
