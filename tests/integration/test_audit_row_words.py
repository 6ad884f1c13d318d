"""Each kind of audit row in the words the trail shows: a closed period says
closed, a yes/no field says yes or no, a unit is named with its code, a
result or allocation names its target, period and area, a plan its year, and
a row of another kind still finds the target, period and area it is about."""

from __future__ import annotations

from datetime import datetime

import pytest

from cbdesk.services.audit import AuditRow


@pytest.fixture
def words(demo_db):
    from cbdesk.services.audit_words import Describer

    def describe(entity, key, field, old, new, lang="vi", year=2021):
        row = AuditRow(1, datetime(2021, 7, 1, 8, 0), "quantri", year, entity, key, field,
                       old, new, "")
        return Describer(demo_db, lang).describe(row)

    return describe


def _unit_names(db) -> dict[str, str]:
    from cbdesk.services.catalog import list_units

    return {u.code: u.name for u in list_units(db)}


def test_closing_a_period_and_yes_no_fields_read_as_words(words):
    w = words("period", "2021-H1", "closed", "0", "1")
    assert (w.old, w.new) == ("mở", "đã chốt")
    w = words("period", "2021-H1", "closed", "1", "0", lang="en")
    assert (w.old, w.new) == ("closed", "open")
    w = words("unit", "VP", "active", "1", "0")
    assert (w.old, w.new) == ("có", "không")


def test_a_unit_is_named_with_its_code_as_subject_and_as_a_lead_unit(words, demo_db):
    names = _unit_names(demo_db)
    w = words("unit", "VP", "active", "1", "0")
    assert w.subject == f"{names['VP']} (VP)"
    assert words("unit", "KHONG-CO", "active", "1", "0").subject == "KHONG-CO"
    w = words("task", "II.1", "lead_unit", "VP", "LDVL")
    assert (w.old, w.new) == (f"{names['VP']} (VP)", f"{names['LDVL']} (LDVL)")


def test_results_and_allocations_name_target_period_and_area(words):
    w = words("result", "1|2021-Q2|042", "value", "10", "12")
    assert "Quý II/2021" in w.subject and w.subject.endswith("Bảo Lâm")
    assert (w.target, w.period, w.area) == ("1", "2021-Q2", "042")
    province = words("result", "1|2021-Q2", "value", "10", "12")
    assert (province.target, province.period, province.area) == ("1", "2021-Q2", "")
    a = words("allocation", "1|042", "value", "1320.5", "1400")
    assert a.subject.startswith("Chỉ tiêu 1") and a.subject.endswith("Bảo Lâm")
    assert (a.target, a.area) == ("1", "042")


def test_a_plan_is_named_by_its_year(words):
    assert words("plan", "", "title", "a", "b").subject == "Kế hoạch năm 2021"
    assert words("plan", "2022", "title", "a", "b").subject == "Kế hoạch năm 2022"
    assert words("plan", "", "title", "a", "b", lang="en", year=None).subject == "Plan"


def test_a_row_of_another_kind_still_finds_its_target_period_and_area(words):
    w = words("import", "huyen.xlsx|042|2021-Q2|1", "file_rows", None, "12")
    assert (w.target, w.period, w.area) == ("1", "2021-Q2", "042")
    other_year = words("import", "huyen.xlsx|1", "file_rows", None, "12", year=None)
    assert other_year.target == ""  # no plan year: a bare "1" is not taken for a target
