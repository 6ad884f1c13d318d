"""The office's wording (SPEC §3.4): legal bases vs letters, the plan named by
number and date, the agency as subject, period words that do not break."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from cbdesk.reports.pdf_flowables import split_lines
from cbdesk.reports.progress import keep_together
from cbdesk.reports.wording import agency_subject, basis_paragraphs, carrying_out, is_letter


def test_letters_are_thuc_hien_and_legal_bases_are_can_cu():
    bases = ["Công văn số 3307/UBND-TH ngày 30/12/2020 của Ủy ban nhân dân tỉnh",
             "Căn cứ Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ",
             "Luật Việc làm ngày 16/11/2013", "Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2021"]
    texts = [p.text for p in basis_paragraphs(bases)]
    assert texts == [
        "Căn cứ Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ;",
        "Căn cứ Luật Việc làm ngày 16/11/2013;",
        "Thực hiện Công văn số 3307/UBND-TH ngày 30/12/2020 của Ủy ban nhân dân tỉnh;",
        "Thực hiện Kế hoạch số 15/KH-UBND ngày 20/01/2021;",
    ]
    assert is_letter("Thông báo số 12/TB-UBND") and not is_letter("Nghị định số 09/2019/NĐ-CP")


def test_the_agency_in_the_case_of_a_proper_name():
    assert agency_subject("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") == \
        "Sở Lao động - Thương binh và Xã hội"
    assert agency_subject("SỞ KẾ HOẠCH VÀ ĐẦU TƯ") == "Sở Kế hoạch và Đầu tư"
    assert agency_subject("SỞ Y TẾ") == "Sở Y tế"
    assert agency_subject("ỦY BAN NHÂN DÂN HUYỆN HÒA AN") == "Ủy ban nhân dân huyện Hòa An"
    assert agency_subject("Sở Nội vụ") == "Sở Nội vụ"  # typed in mixed case: kept


def test_the_plan_named_by_number_and_date_where_known():
    org = SimpleNamespace(name="SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
    plan = SimpleNamespace(title="Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP năm 2021",
                           doc_number="15/KH-SLĐTBXH", doc_date=date(2021, 1, 20),
                           organisation=org)
    assert carrying_out(plan) == (
        "Thực hiện Kế hoạch hành động số 15/KH-SLĐTBXH ngày 20/01/2021 của Sở Lao động - "
        "Thương binh và Xã hội thực hiện Nghị quyết số 01/NQ-CP năm 2021")
    other = SimpleNamespace(title="Kế hoạch phòng, chống dịch bệnh năm 2024",
                            doc_number="12/KH-SYT", doc_date=None,
                            organisation=SimpleNamespace(name="SỞ Y TẾ"))
    assert carrying_out(other) == ("Thực hiện Kế hoạch số 12/KH-SYT của Sở Y tế về phòng, "
                                   "chống dịch bệnh năm 2024")
    unnumbered = SimpleNamespace(title=plan.title, doc_number="", doc_date=None, organisation=org)
    assert carrying_out(unnumbered) == f"Thực hiện {plan.title}"


def test_period_words_do_not_break_in_a_title():
    from cbdesk.reports.fonts import register_fonts

    bold = register_fonts("bundled").bold
    title = ("Kết quả thực hiện Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP "
             + keep_together("6 tháng đầu năm 2021"))
    lines = split_lines(title, bold, 14, 467)
    assert lines[-1].replace("\u00a0", " ") == "6 tháng đầu năm 2021"
    assert all(not line.endswith(" 6") for line in lines)
