"""A plan file's own lines and areas (``apply_plan_data``, behind every
import): a new area is created once with its level, parent and validity; an
area already known takes the parent the file gives it; the plan takes the
file's title and status; every change is audited as created or by field."""

from __future__ import annotations

from datetime import date

from cbdesk.core.enums import Role
from cbdesk.core.plandata import AreaData, PlanData, TargetData
from cbdesk.services import catalog
from cbdesk.services.actors import Actor
from cbdesk.services.audit import list_entries
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.plans import list_plans

ADMIN = Actor("quantri", Role.ADMIN)


def _areas(db) -> dict:
    return {a.code: a for a in catalog.list_areas(db)}


def test_a_new_area_is_created_once_with_its_level_parent_and_validity(db):
    areas = [AreaData("H1", "Huyện Một"),
             AreaData("X1", "Xã Một", level="commune", parent_code="H1",
                      valid_from=date(2021, 1, 1), valid_to=date(2025, 6, 30))]
    summary = apply_plan_data(db, PlanData(year=2021, title="Kế hoạch", areas=areas), ADMIN)
    assert [c.key for c in summary.changes if c.entity == "area" and c.field == "*"] \
        == ["H1", "X1"]
    x = _areas(db)["X1"]
    assert (x.level.value, x.parent_code, x.valid_from, x.valid_to) == (
        "commune", "H1", date(2021, 1, 1), date(2025, 6, 30))


def test_a_known_area_takes_the_parent_the_file_gives_it(db):
    apply_plan_data(db, PlanData(year=2021, title="K", areas=[
        AreaData("H1", "Huyện Một"), AreaData("X1", "Xã Một", level="commune")]), ADMIN)
    assert _areas(db)["X1"].parent_code is None
    apply_plan_data(db, PlanData(year=2021, title="K", areas=[
        AreaData("H1", "Huyện Một"),
        AreaData("X1", "Xã Một", level="commune", parent_code="H1")]), ADMIN)
    assert _areas(db)["X1"].parent_code == "H1"


def test_the_plan_takes_the_files_title_and_status(db):
    apply_plan_data(db, PlanData(year=2021, title="Dự thảo kế hoạch"), ADMIN)
    apply_plan_data(db, PlanData(year=2021, title="Kế hoạch chính thức", status="issued"),
                    ADMIN)
    plan = next(p for p in list_plans(db) if p.year == 2021)
    assert (plan.title, plan.status) == ("Kế hoạch chính thức", "issued")
    apply_plan_data(db, PlanData(year=2021, title=""), ADMIN)  # no title: the plan's stays
    plan = next(p for p in list_plans(db) if p.year == 2021)
    assert (plan.title, plan.status) == ("Kế hoạch chính thức", "draft")


def test_each_change_is_audited_as_created_or_by_its_field(db):
    apply_plan_data(db, PlanData(year=2021, title="K",
                                 targets=[TargetData("1", "Việc làm", "người", target=100)]),
                    ADMIN)
    apply_plan_data(db, PlanData(year=2021, title="K",
                                 targets=[TargetData("1", "Việc làm mới", "người", target=100)]),
                    ADMIN)
    fields = [(e.key, e.field, e.old, e.new)
              for e in list_entries(db, 2021, entity="target") if e.key == "1"]
    assert ("1", "created", None, "Việc làm") in fields
    assert ("1", "name", "Việc làm", "Việc làm mới") in fields
