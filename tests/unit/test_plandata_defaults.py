"""A plan's plain data: what every field holds when nothing is said (the
defaults the sample plan, the workbook and document drafts rely on), and
that to_dict is the whole plan, nested."""

from __future__ import annotations

from datetime import date

from cbdesk.core.plandata import (
    AreaData,
    OrganisationData,
    PlanData,
    ProgressUpdateData,
    ResultData,
    TargetData,
    TaskData,
    UnitData,
)


def test_unstated_fields_take_the_documented_defaults():
    assert UnitData("VP", "Văn phòng") == UnitData("VP", "Văn phòng", kind="internal")
    assert AreaData("040", "Thành phố") == AreaData("040", "Thành phố", "district", None,
                                                    None, None)
    assert TargetData("1", "Chỉ tiêu") == TargetData(
        "1", "Chỉ tiêu", unit="", kind="cumulative", direction="increase", target=None,
        baseline=None, parent_code=None, relation=None, lead_unit=None, decimals=0,
        statement="", group=0, allocations={})
    assert TaskData("II.1", "Việc") == TaskData(
        "II.1", "Việc", description="", parent_code=None, lead_unit=None,
        coordinating_units=[], deadline="", expected_output="", percent_done=0.0,
        done=False, completed_on=None)
    assert ResultData("1", "2021-M01", None, 5.0) == ResultData("1", "2021-M01", None, 5.0,
                                                                note="", source="")
    when = date(2021, 5, 10)
    assert ProgressUpdateData("II.1", when, 40.0) == ProgressUpdateData(
        "II.1", when, 40.0, note="", done=False)
    assert OrganisationData() == OrganisationData("", "", "", "", "", "", "", "", [])


def test_a_plan_as_a_dict_holds_every_part_nested():
    plan = PlanData(2021, "Kế hoạch", units=[UnitData("VP", "Văn phòng")],
                    targets=[TargetData("1", "Chỉ tiêu", allocations={"040": 2.0})])
    d = plan.to_dict()
    assert d["year"] == 2021 and d["title"] == "Kế hoạch"
    assert d["doc_number"] == "" and d["doc_date"] is None and d["status"] == "draft"
    assert d["abstract"] == d["addressee"] == d["closing"] == d["note"] == ""
    for key in ("intro", "legal_bases", "implementation", "recipients", "areas", "tasks",
                "results", "updates"):
        assert d[key] == [], key
    assert d["units"] == [{"code": "VP", "name": "Văn phòng", "kind": "internal"}]
    assert d["targets"][0]["allocations"] == {"040": 2.0}
    assert d["organisation"]["recipients"] == []
    bare = PlanData(2024, "Trống").to_dict()
    for key in ("units", "targets", "areas", "tasks", "results", "updates"):
        assert bare[key] == [], key
    # Lists are never shared between plans.
    other = PlanData(2022, "Khác")
    other.intro.append("x")
    other.organisation.recipients.append("y")
    assert PlanData(2023, "Nữa").intro == [] and PlanData(2023, "Nữa").organisation.recipients == []
