"""Small rules of the services a clerk sees in words or numbers, each pinned
where the mutation run found nothing checking it: document numbers, a
change's words in an import preview, the audit trail's words for issued
documents and changed passwords, a plan's header limits and counts, a
database's new identity, the dump's text, and a message's language."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from cbdesk.core.enums import Role
from cbdesk.core.plandata import PlanData
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ServiceError, ValidationError, message_of

ADMIN = Actor("quantri", Role.ADMIN)


@pytest.mark.parametrize(("typed", "printed"), [("5", "05"), ("1", "01"), (" 123 ", "123"),
                                                ("", None), (None, None)])
def test_a_document_number_is_printed_with_two_digits_at_least(typed, printed):
    from cbdesk.services.report_checks import check_number as doc_number

    assert doc_number(typed) == printed


@pytest.mark.parametrize("typed", ["0", "abc", "-3", "2,5", "٣"])
def test_a_document_number_that_is_no_whole_number_from_one_is_refused(typed):
    from cbdesk.services.report_checks import check_number as doc_number

    with pytest.raises(ValidationError) as refused:
        doc_number(typed)
    assert typed in refused.value.message_vi


def test_a_change_is_told_with_its_old_and_new_values():
    from cbdesk.services.changes import Change

    ch = Change("target", "1", "target", 12000.0, 13000.0)
    assert "12.000 → 13.000" in ch.describe("vi")
    assert "(trống) → 5" in Change("result", "1|2021-M01|", "value", None, 5.0).describe("vi")
    assert "(blank)" in Change("target", "1", "unit", "", "người").describe("en")


@pytest.mark.parametrize(("lang", "assignments", "plan", "password"), [
    ("vi", "Phân công nhiệm vụ số 12/BC", "Kế hoạch số 03/BC", "(đã đổi)"),
    ("en", "Task assignments no. 12/BC", "Plan document no. 03/BC", "(changed)")])
def test_the_trail_names_issued_documents_and_a_changed_password(demo_db, lang, assignments,
                                                                   plan, password):
    from cbdesk.services.audit import AuditRow
    from cbdesk.services.audit_words.describer import Describer

    d = Describer(demo_db, lang)
    at = datetime(2021, 4, 1, 9)
    issued = d.describe(AuditRow(1, at, "q", 2021, "report", "assignments||12", "issued", None,
                                 "x", ""))
    assert issued.subject.startswith(assignments)
    assert d.describe(AuditRow(2, at, "q", 2021, "report", "plan||3", "issued", None, "x",
                               "")).subject.startswith(plan)
    changed = d.describe(AuditRow(3, at, "q", None, "user", "lan", "password", None, "(đổi)",
                                  ""))
    assert changed.new == password


def test_an_entity_not_named_yet_is_told_with_a_capital_letter_only():
    from cbdesk.services.audit_words.words import entity_word

    assert entity_word("new_kind") == "New kind"


def test_a_plan_header_made_with_only_its_title_is_cleaned_and_checked(db):
    from cbdesk.services import plan_info

    header = plan_info.PlanHeader(2021, "  Kế hoạch năm 2021 ").cleaned()
    assert (header.title, header.legal_bases, header.recipients) == ("Kế hoạch năm 2021", (), ())
    plan_info.validate(header)
    plan_info.validate(replace(header, title="K" * plan_info.TITLE_MAX))
    with pytest.raises(ValidationError):
        plan_info.validate(replace(header, title="K" * (plan_info.TITLE_MAX + 1)))


def test_a_plan_without_tasks_is_listed_with_none(db):
    from cbdesk.services.plan_apply import apply_plan_data
    from cbdesk.services.plans import list_plans

    apply_plan_data(db, PlanData(year=2021, title="Kế hoạch"), ADMIN)
    [plan] = list_plans(db)
    assert (plan.year, plan.target_count, plan.task_count) == (2021, 0, 0)


def test_a_copied_database_gets_a_new_identity_of_its_own(demo_db):
    from cbdesk.services import identity

    before = identity.ensure(demo_db)
    demo_db._cbdesk_id = None  # read it again from the database
    after = identity.renew(demo_db)
    assert after != before and len(after) == 32
    demo_db._cbdesk_id = None
    assert identity.of(demo_db) == after


def test_the_dump_is_readable_vietnamese_indented_by_two(demo_db):
    from cbdesk.services.dump import plan_dump_json

    text = plan_dump_json(demo_db, 2021)
    assert "Tạo việc làm" in text and "\\u" not in text
    assert text.splitlines()[1].startswith('  "') and not text.splitlines()[1].startswith('   ')


def test_a_message_is_english_when_asked_and_vietnamese_when_there_is_no_english():
    from cbdesk.core.calendar import CalendarError  # core's errors carry both words too

    for make in (ServiceError, CalendarError):
        assert message_of(make("Lỗi.", "Error."), "en") == "Error."
        assert message_of(make("Lỗi.", "Error."), "vi") == "Lỗi."
        assert message_of(make("Lỗi.", ""), "en") == "Lỗi."


def test_a_field_not_named_yet_is_told_with_a_capital_letter_only():
    from cbdesk.services.audit_words.words import field_word

    assert field_word("new_field") == "New field"
