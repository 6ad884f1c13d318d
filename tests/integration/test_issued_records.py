"""Issued reports and report drafts kept by the services: a report's number is
unique within its kind and year (another kind may use it), its date is the
one chosen or else the day it was issued, the plan's recipients reach the
report's header, and a draft's sections are kept, replaced and read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.services import issued
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ConflictError

ADMIN = Actor("quantri", Role.ADMIN)
PDF = b"%PDF-1.4 bao cao"


def test_a_number_is_unique_within_a_kind_but_free_for_another_kind(demo_db):
    meta = issued.ReportMeta(number="12", date=date(2021, 4, 20))
    issued.issue_report(demo_db, 2021, "progress", "2021-M03", meta, PDF, ADMIN)
    with pytest.raises(ConflictError) as caught:
        issued.issue_report(demo_db, 2021, "progress", "2021-M04", meta, PDF, ADMIN)
    assert "12" in caught.value.message_vi
    other = issued.issue_report(demo_db, 2021, "assignments", "", meta, PDF, ADMIN)
    assert other.number == "12"
    assert sorted(i.kind for i in issued.list_issued(demo_db, 2021)) \
        == ["assignments", "progress"]


def test_a_report_keeps_its_chosen_date_or_else_the_day_it_was_issued(demo_db):
    chosen = issued.issue_report(demo_db, 2021, "progress", "2021-M03",
                                 issued.ReportMeta(number="1", date=date(2021, 4, 20)), PDF,
                                 ADMIN)
    assert chosen.issued_on == date(2021, 4, 20)
    before = date.today()
    undated = issued.issue_report(demo_db, 2021, "progress", "2021-M04",
                                  issued.ReportMeta(number="2"), PDF, ADMIN)
    assert undated.issued_on is not None and before <= undated.issued_on <= date.today()


def test_the_plans_recipients_reach_the_reports_header(demo_db):
    from cbdesk.services import plan_info

    before = plan_info.read_header(demo_db, 2021)
    after = replace(before, recipients=("UBND tỉnh", "Lưu: VT"))
    plan_info.save_header(demo_db, ADMIN, before, after)
    assert issued.plan_header(demo_db, 2021).recipients == ["UBND tỉnh", "Lưu: VT"]


def test_a_drafts_sections_are_kept_replaced_and_read_back(demo_db):
    first = issued.ReportMeta(difficulties="Thiếu kinh phí", addressee="  UBND\ntỉnh  ")
    issued.save_draft(demo_db, 2021, "progress", "2021-M03", first, ADMIN)
    back = issued.load_draft(demo_db, 2021, "progress", "2021-M03")
    assert back.difficulties == "Thiếu kinh phí"
    assert back.addressee == "UBND tỉnh"  # one line
    second = issued.ReportMeta(difficulties="Đã khắc phục", next_steps="Tiếp tục")
    issued.save_draft(demo_db, 2021, "progress", "2021-M03", second, ADMIN)
    back = issued.load_draft(demo_db, 2021, "progress", "2021-M03")
    assert (back.difficulties, back.next_steps, back.addressee) \
        == ("Đã khắc phục", "Tiếp tục", "")
    assert issued.load_draft(demo_db, 2021, "progress", "2021-M04") is None


def test_a_blank_reports_free_text_sections_are_empty_text_not_missing():
    blank = issued.ReportMeta().to_dict()
    assert (blank["difficulties"], blank["next_steps"], blank["proposals"],
            blank["addressee"]) == ("", "", "", "")
    assert blank["number"] is None and blank["date"] is None
