"""The target form through the service (the window's form tests are not in
the mutation map): a form without allocations saves, a top-level target has
no relation while a child without one is "of which", and each refused field
is named on its own (name, lead unit) for the form to show beside it."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.core.plandata import PlanData
from cbdesk.services import targets
from cbdesk.services.actors import Actor
from cbdesk.services.errors import NotFound
from cbdesk.services.plan_apply import apply_plan_data

ADMIN = Actor("quantri", Role.ADMIN)


@pytest.fixture
def plan(db):
    apply_plan_data(db, PlanData(year=2021, title="Kế hoạch"), ADMIN)
    return db


def test_a_form_without_allocations_saves_and_a_top_level_target_has_no_relation(plan):
    targets.save_target(plan, ADMIN, 2021, targets.TargetForm("1", "Lao động có việc làm",
                                                               "người", target=1000))
    top = targets.get_target(plan, 2021, "1")
    assert (top.name, top.target, top.relation, top.allocations) == (
        "Lao động có việc làm", 1000, None, {})
    targets.save_target(plan, ADMIN, 2021, targets.TargetForm(
        "1.1", "Trong đó: lao động nữ", "người", target=400, parent_code="1"))
    child = targets.get_target(plan, 2021, "1.1")
    assert (child.parent_code, child.relation) == ("1", "of_which")


def test_each_refused_field_is_named_for_the_form(plan):
    with pytest.raises(targets.TargetValidationError) as refused:
        targets.save_target(plan, ADMIN, 2021, targets.TargetForm(
            "2", "", "người", target=5, lead_unit="KHONG-CO"))
    fields = refused.value.fields
    assert fields["name"] == ("Hãy nhập tên chỉ tiêu.", "Enter the target name.")
    assert fields["lead_unit"] == ("Không có đơn vị 'KHONG-CO'.", "No unit 'KHONG-CO'.")
    with pytest.raises(NotFound):  # nothing saved
        targets.get_target(plan, 2021, "2")
