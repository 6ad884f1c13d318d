"""A plan's own information edited, and new plans (services.plan_info), on
SQLite and on the PostgreSQL server."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor


@pytest.fixture
def leader():
    return Actor("lanhdao", Role.LEADER)


def _audit(db, field: str, year: int = 2021) -> list:
    from cbdesk.services import audit

    return [e for e in audit.list_entries(db, year, entity="plan") if e.field == field]


def test_the_plan_information_is_edited_cleaned_and_audited(demo_db, leader):
    from cbdesk.services import plan_info
    from cbdesk.services.dump import plan_dump

    before = plan_info.read_header(demo_db, 2021)
    assert before.title.startswith("Kế hoạch") and len(before.legal_bases) == 3
    after = replace(before, title="  Kế hoạch năm 2021\u00a0(sửa) ",  # stray spaces
                    doc_number="06/KH-SLĐTBXH", doc_date=date(2021, 1, 15),
                    legal_bases=before.legal_bases + ("", "Căn cứ Quyết định số 9/QĐ-UBND"),
                    recipients=("Như trên;", "Lưu: VT."))
    changed = plan_info.save_header(demo_db, leader, before, after)
    assert set(changed) == {"title", "doc_number", "doc_date", "legal_bases", "recipients"}
    now = plan_info.read_header(demo_db, 2021)
    assert now.title == "Kế hoạch năm 2021 (sửa)"
    assert now.legal_bases[-1] == "Căn cứ Quyết định số 9/QĐ-UBND" and "" not in now.legal_bases
    assert now.doc_date == date(2021, 1, 15)
    dumped = plan_dump(demo_db, 2021)["plan"]
    assert dumped["title"] == now.title and dumped["doc_number"] == "06/KH-SLĐTBXH"
    entry = _audit(demo_db, "title")[0]
    assert entry.user == "lanhdao" and entry.old == before.title


def test_a_second_editor_gets_a_conflict_and_changes_nothing(demo_db, leader):
    from cbdesk.services import plan_info
    from cbdesk.services.errors import ConflictError

    first = plan_info.read_header(demo_db, 2021)
    second = plan_info.read_header(demo_db, 2021)
    plan_info.save_header(demo_db, leader, first, replace(first, abstract="V/v thứ nhất"))
    with pytest.raises(ConflictError) as e:
        plan_info.save_header(demo_db, leader, second, replace(second, title="Tên khác"))
    assert "người khác" in e.value.message_vi
    now = plan_info.read_header(demo_db, 2021)
    assert now.abstract == "V/v thứ nhất" and now.title == first.title


@pytest.mark.parametrize(("change", "words"), [
    ({"title": "   "}, "phải có tên"),
    ({"doc_number": "9" * 51}, "Số văn bản dài quá"),
    ({"status": "published"}, "không hợp lệ"),
])
def test_bad_information_is_refused_and_nothing_changes(demo_db, leader, change, words):
    from cbdesk.services import plan_info
    from cbdesk.services.errors import ValidationError

    before = plan_info.read_header(demo_db, 2021)
    with pytest.raises(ValidationError) as e:
        plan_info.save_header(demo_db, leader, before,
                              replace(before, abstract="V/v mới", **change))
    assert words in e.value.message_vi
    assert plan_info.read_header(demo_db, 2021) == before


def test_staff_may_not_edit_the_plan_information(demo_db):
    from cbdesk.services import plan_info
    from cbdesk.services.errors import ServiceError

    before = plan_info.read_header(demo_db, 2021)
    with pytest.raises(ServiceError) as e:
        plan_info.save_header(demo_db, Actor("chuyenvien", Role.STAFF), before,
                              replace(before, title="X"))
    assert "không có quyền" in e.value.message_vi
    assert plan_info.read_header(demo_db, 2021) == before


def test_an_empty_new_plan(demo_db, leader):
    from cbdesk.services import plan_info
    from cbdesk.services.dump import plan_dump
    from cbdesk.services.errors import ValidationError

    plan_info.create_plan(demo_db, leader, 2023, "Kế hoạch năm 2023")
    made = plan_dump(demo_db, 2023)
    assert made["plan"]["title"] == "Kế hoạch năm 2023" and made["plan"]["status"] == "draft"
    assert made["targets"] == [] and made["tasks"] == []
    with pytest.raises(ValidationError, match="Đã có kế hoạch năm 2023"):
        plan_info.create_plan(demo_db, leader, 2023, "Lần nữa")
    with pytest.raises(ValidationError, match="phải có tên"):
        plan_info.create_plan(demo_db, leader, 2024, "")


def test_a_new_plan_carries_over_targets_and_tasks(demo_db, leader):
    from cbdesk.services import plan_info
    from cbdesk.services.dump import plan_dump

    old = plan_dump(demo_db, 2021)
    title = plan_info.suggested_title(2022, old["plan"]["title"], 2021)
    assert "2022" in title and "2021" not in title
    plan_info.create_plan(demo_db, leader, 2022, title, carry_from=2021)
    new = plan_dump(demo_db, 2022)
    assert new["plan"]["title"] == title and new["plan"]["status"] == "draft"
    assert new["plan"]["doc_number"] == "" and new["plan"]["legal_bases"] == \
        old["plan"]["legal_bases"]

    def figures(d):
        return [(t["code"], t["parent"], t["name"], t["target"], t["baseline"], t["kind"])
                for t in d["targets"]]

    assert figures(new) == figures(old)
    assert new["results"] == [] and new["updates"] == []
    deadlines = {t["code"]: t["deadline"] for t in new["tasks"]}
    for task in old["tasks"]:
        was = task["deadline"] or ""
        assert deadlines[task["code"]] == was.replace("2021", "2022")
    assert all(t["percent_done"] == 0 for t in new["tasks"])
    assert plan_dump(demo_db, 2021) == old  # the earlier plan is untouched
    entry = _audit(demo_db, "created", 2022)
    assert entry and entry[0].reason == "từ kế hoạch năm 2021"


def test_deadlines_move_on_by_whole_years():
    from cbdesk.services.plan_info import _shifted

    assert _shifted("2021-06-30", 1) == "2022-06-30"
    assert _shifted("2024-02-29", 1) == "2025-02-28"
    assert _shifted("2021-Q2", 2) == "2023-Q2"
    assert _shifted("ongoing", 1) == "ongoing" and _shifted("", 1) == ""
