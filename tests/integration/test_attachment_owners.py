"""What a document is attached to, through the services (the command line's
tests run in child processes): each kind of owner named in both languages,
attachments of a progress update, listed and counted per owner (the window's
paperclips), and a unit-scoped staff member limited to their unit's tasks but
free to attach evidence to a figure."""

from __future__ import annotations

from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor
from cbdesk.services.attachments import store
from cbdesk.services.attachments.owners import Owner
from cbdesk.services.errors import NotFound, PermissionDenied

ADMIN = Actor("quantri", Role.ADMIN)
PDF = b"%PDF-1.4 bien ban"


def test_each_owner_is_named_in_both_languages_and_keyed():
    assert Owner.plan().label("vi") == "kế hoạch" and Owner.plan().label("en") == "plan"
    assert Owner.plan().key() == "plan"
    assert Owner.of_task("1.2").label("vi") == "nhiệm vụ 1.2"
    assert Owner.of_task("1.2").key() == "task 1.2"
    assert Owner.of_update("1.2", 5).label("en") == "progress update #5 of task 1.2"
    assert Owner.of_update("1.2", 5).key() == "update 1.2 #5"
    province = Owner.of_result("3", "2021-M01")
    assert province.label("vi") == "kết quả chỉ tiêu 3, kỳ 2021-M01, toàn tỉnh"
    assert province.label("en") == "result of target 3, period 2021-M01, province"
    assert province.key() == "result 3|2021-M01|"
    area = Owner.of_result("3", "2021-M01", "HN")
    assert area.label("vi") == "kết quả chỉ tiêu 3, kỳ 2021-M01, HN"
    assert area.key() == "result 3|2021-M01|HN"


def _first_task_and_target(db):
    from cbdesk.services.plans import plan_to_data

    data = plan_to_data(db, 2021, with_results=False)
    return data.tasks[0].code, data.targets[0].code


def test_documents_are_listed_and_counted_per_owner(demo_db):
    task, target = _first_task_and_target(demo_db)
    store.add_bytes(demo_db, ADMIN, 2021, Owner.of_task(task), [("a.pdf", PDF), ("b.pdf", PDF)])
    store.add_bytes(demo_db, ADMIN, 2021, Owner.of_result(target, "2021-M03"), [("c.pdf", PDF)])
    store.add_bytes(demo_db, ADMIN, 2021, Owner.plan(), [("kh.pdf", PDF)])
    counts = store.counts(demo_db, 2021)
    assert counts == {Owner.of_task(task): 2, Owner.of_result(target, "2021-M03"): 1,
                      Owner.plan(): 1}
    assert [a.file_name for a in store.list_attachments(demo_db, 2021, Owner.of_task(task))] \
        == ["a.pdf", "b.pdf"]
    assert [a.file_name for a in store.list_attachments(demo_db, 2021, Owner.plan())] \
        == ["kh.pdf"]
    assert store.result_counts(demo_db, 2021, "2021-M03") == {(target, None): 1}
    assert all(a.added_at is not None and a.added_by == "quantri"
               for a in store.list_attachments(demo_db, 2021))
    assert store.result_counts(demo_db, 2021, "2021-M04") == {}


def test_a_document_is_kept_with_a_progress_update_of_its_own_task_only(demo_db):
    from cbdesk.services import tasks

    data = _first_task_and_target(demo_db)
    task = data[0]
    tasks.add_update(demo_db, ADMIN, 2021, task, date(2021, 3, 1), 40.0, note="Đã họp")
    from sqlalchemy import func, select

    from cbdesk.db.models import ProgressUpdate

    with demo_db.session() as s:
        upd = s.scalar(select(func.max(ProgressUpdate.id)))
    owner = Owner.of_update(task, upd)
    made = store.add_bytes(demo_db, ADMIN, 2021, owner, [("bien-ban.pdf", PDF)])
    assert [a.owner for a in made] == [owner]
    from cbdesk.services.plans import plan_to_data

    other = plan_to_data(demo_db, 2021, with_results=False).tasks[1].code
    with pytest.raises(NotFound):
        store.add_bytes(demo_db, ADMIN, 2021, Owner.of_update(other, upd), [("x.pdf", PDF)])


def _unit_staff_and_tasks(db):
    from cbdesk.services import tasks

    rows = tasks.list_tasks(db, 2021)
    mine = next(r for r in rows if r.lead_unit)
    theirs = next(r for r in rows if r.lead_unit and r.lead_unit != mine.lead_unit
                  and mine.lead_unit not in r.coordinating_units)
    return Actor("cv", Role.STAFF, unit_code=mine.lead_unit), mine.code, theirs.code


def test_unit_staff_attach_to_their_units_tasks_only(demo_db):
    staff, mine, theirs = _unit_staff_and_tasks(demo_db)
    store.add_bytes(demo_db, staff, 2021, Owner.of_task(mine), [("a.pdf", PDF)])
    with pytest.raises(PermissionDenied) as caught:
        store.add_bytes(demo_db, staff, 2021, Owner.of_task(theirs), [("b.pdf", PDF)])
    assert theirs in caught.value.message_vi
    assert [a.file_name for a in store.list_attachments(demo_db, 2021)] == ["a.pdf"]


def test_unit_staff_may_attach_evidence_to_a_figure(demo_db):
    staff, _, _ = _unit_staff_and_tasks(demo_db)
    target = _first_task_and_target(demo_db)[1]
    made = store.add_bytes(demo_db, staff, 2021, Owner.of_result(target, "2021-M03"),
                           [("so-lieu.pdf", PDF)])
    assert [a.owner for a in made] == [Owner.of_result(target, "2021-M03")]


def test_sizes_in_messages_are_whole_megabytes_or_one_decimal():
    assert store._mb_text(3.0) == "3"
    assert store._mb_text(2.5) == "2,5"


def test_one_document_attached_to_several_owners_records_who_and_when(demo_db):
    task, target = _first_task_and_target(demo_db)
    owners = [Owner.of_task(task), Owner.of_result(target, "2021-M03")]
    assert store.attach_everywhere(demo_db, ADMIN, 2021, owners, "bb.pdf", PDF) == 2
    made = store.list_attachments(demo_db, 2021)
    assert sorted(a.owner.key() for a in made) == sorted(o.key() for o in owners)
    assert all(a.added_at is not None and a.added_by == "quantri" for a in made)
