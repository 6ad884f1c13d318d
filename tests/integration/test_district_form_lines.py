"""What a district's form holds, and what a new plan starts from: the targets
an area reports on (allocated to it or to nobody, qualitative ones left out,
none lost after a qualitative one), the districts valid at some time of the
year (both ends of validity included), and a new year's base carrying the
database's areas with their parents and validity."""

from __future__ import annotations

from datetime import date

from cbdesk.core.enums import Role
from cbdesk.services import catalog, forms
from cbdesk.services.actors import Actor

ADMIN = Actor("quantri", Role.ADMIN)


def test_a_districts_form_lists_every_target_it_reports_on_in_plan_order(db):
    from cbdesk.core.plandata import AreaData, PlanData, TargetData
    from cbdesk.services.plan_apply import apply_plan_data

    areas = [AreaData("H1", "Huyện Một"), AreaData("H2", "Huyện Hai")]
    targets = [TargetData("1", "Nâng cao nhận thức", kind="qualitative"),
               TargetData("2", "Lao động có việc làm", "người", target=1000,
                          allocations={"H1": 600, "H2": 400}),
               TargetData("3", "Hộ thoát nghèo", "hộ", target=50, allocations={"H2": 50}),
               TargetData("4", "Tỷ lệ qua đào tạo", "%", kind="level", target=60)]
    apply_plan_data(db, PlanData(year=2021, title="Kế hoạch", areas=areas, targets=targets),
                    ADMIN)
    h1 = forms.form_lines(db, 2021, "H1")
    assert [(x.code, x.allocation) for x in h1] == [("2", 600), ("4", None)]
    h2 = forms.form_lines(db, 2021, "H2")
    assert [(x.code, x.allocation) for x in h2] == [("2", 400), ("3", 50), ("4", None)]


def test_districts_valid_at_either_end_of_the_year_are_on_its_forms(demo_db):
    catalog.save_area(demo_db, ADMIN, "ZZ-A", "Huyện hết 1/1", valid_to=date(2021, 1, 1))
    catalog.save_area(demo_db, ADMIN, "ZZ-B", "Huyện hết năm trước",
                      valid_to=date(2020, 12, 31))
    catalog.save_area(demo_db, ADMIN, "ZZ-C", "Huyện từ 31/12", valid_from=date(2021, 12, 31))
    catalog.save_area(demo_db, ADMIN, "ZZ-D", "Huyện từ năm sau", valid_from=date(2022, 1, 1))
    codes = [a.code for a in forms.district_areas(demo_db, 2021)]
    assert "ZZ-A" in codes and "ZZ-C" in codes
    assert "ZZ-B" not in codes and "ZZ-D" not in codes


def test_a_new_years_base_carries_the_areas_with_their_parents_and_validity(demo_db):
    catalog.save_area(demo_db, ADMIN, "ZZ-X", "Xã mới", level="commune",
                      parent_code=forms.district_areas(demo_db, 2021)[0].code,
                      valid_from=date(2021, 7, 1))
    base, exists = forms.base_plan(demo_db, 2030)
    assert not exists and base.year == 2030 and base.targets == []
    areas = {a.code: a for a in base.areas}
    assert set(areas) == {a.code for a in catalog.list_areas(demo_db)}
    x = areas["ZZ-X"]
    assert (x.name, x.parent_code, x.valid_from) == (
        "Xã mới", forms.district_areas(demo_db, 2021)[0].code, date(2021, 7, 1))
    assert {u.code for u in base.units} == {u.code for u in catalog.list_units(demo_db)}
