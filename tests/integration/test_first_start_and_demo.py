"""The first start and the sample database through the services (the
window's first-start dialog is not in the mutation map): a database with
only an agency name is no longer empty, the agency's missing lines are named
in one sentence, what a database holds is counted per plan, the province's
district list holds districts only, and the sample database is made once."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.core.plandata import OrganisationData
from cbdesk.services import catalog
from cbdesk.services.actors import Actor
from cbdesk.services.database import open_database
from cbdesk.services.errors import ValidationError
from cbdesk.services.setup import demo, first_start

ADMIN = Actor("quantri", Role.ADMIN)


def test_a_database_with_only_an_agency_name_is_not_empty(db):
    assert first_start.needs_setup(db) and demo.state(db) == "empty"
    catalog.save_organisation(db, ADMIN, OrganisationData(name="SỞ LAO ĐỘNG"))
    assert not first_start.needs_setup(db)
    assert demo.state(db) == "data"


def test_the_agencys_missing_lines_are_named_in_one_sentence():
    with pytest.raises(ValidationError) as refused:
        first_start.check(first_start.SetupData(OrganisationData(name="SỞ LAO ĐỘNG")))
    assert refused.value.message_vi == "Còn thiếu: ký hiệu cơ quan, địa danh."
    assert refused.value.message_en == "Missing: the agency's symbol, the place name."


def test_what_a_database_holds_is_counted_for_the_plan_asked(demo_db):
    from cbdesk.services.plans import plan_to_data

    data = plan_to_data(demo_db, 2021, with_results=False)
    n = first_start.counts(demo_db, 2021)
    assert (n.plans, n.targets, n.tasks) == (1, len(data.targets), len(data.tasks))
    assert first_start.counts(demo_db, 2030).targets == 0
    assert first_start.counts(demo_db, None).targets == 0


def test_the_provinces_district_list_holds_districts_only():
    from cbdesk.services.setup.area_lists import area_lists

    [cao_bang] = [lst for lst in area_lists() if lst.key == "cao-bang-districts-2021"]
    assert len(cao_bang.areas) == 10 and {a.level for a in cao_bang.areas} == {"district"}


def test_the_sample_database_is_made_once_with_the_sample_plan(tmp_path):
    path = demo.ensure_demo_database(tmp_path / "mau.sqlite")
    db = open_database(str(path))
    try:
        assert demo.state(db) == "sample"
        from cbdesk.services.plans import list_plans

        assert [p.year for p in list_plans(db)] == [2021]
    finally:
        db.dispose()
    before = path.stat().st_size
    assert demo.ensure_demo_database(path) == path and path.stat().st_size == before
