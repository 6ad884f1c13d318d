"""The catalog as the services read and keep it (the window's catalog screens
are not traced by the mutation map): units with internal ones first, areas
valid on a day (both ends of validity included), a merged area ending the day
before the merge, units of measure in use, and the organisation's default
recipients stored and audited only when they change."""

from __future__ import annotations

from datetime import date, timedelta

from cbdesk.core.enums import AreaLevel, Role, UnitKind
from cbdesk.core.plandata import OrganisationData
from cbdesk.services import catalog
from cbdesk.services.actors import Actor
from cbdesk.services.audit import list_entries

ADMIN = Actor("quantri", Role.ADMIN)


def test_units_are_listed_internal_ones_first(db):
    catalog.save_unit(db, ADMIN, "UBND", "UBND huyện", kind="external")
    catalog.save_unit(db, ADMIN, "VP", "Văn phòng Sở")
    rows = catalog.list_units(db)
    assert [(r.code, r.kind) for r in rows] == [("VP", UnitKind.INTERNAL),
                                                ("UBND", UnitKind.EXTERNAL)]
    assert rows[0].name == "Văn phòng Sở" and rows[0].active and rows[0].merged_into is None


def test_areas_valid_on_a_day_include_both_ends_of_their_validity(db):
    catalog.save_area(db, ADMIN, "HA", "Huyện A", valid_from=date(2021, 1, 1),
                      valid_to=date(2021, 6, 30))
    catalog.save_area(db, ADMIN, "HB", "Huyện B")
    catalog.save_area(db, ADMIN, "HC", "Huyện C", valid_from=date(2021, 7, 1))

    def valid(on):
        return [a.code for a in catalog.list_areas(db, on)]

    assert valid(date(2020, 12, 31)) == ["HB"]
    assert valid(date(2021, 1, 1)) == ["HA", "HB"]
    assert valid(date(2021, 6, 30)) == ["HA", "HB"]
    assert valid(date(2021, 7, 1)) == ["HB", "HC"]
    every = catalog.list_areas(db)
    assert [a.code for a in every] == ["HA", "HB", "HC"]
    assert every[0].level is AreaLevel.DISTRICT and every[0].valid_to == date(2021, 6, 30)


def test_a_merged_area_ends_the_day_before_the_merge_and_points_at_its_successor(db):
    catalog.save_area(db, ADMIN, "HA", "Huyện A")
    catalog.save_area(db, ADMIN, "HB", "Huyện B")
    on = date(2025, 7, 1)
    catalog.merge_areas(db, ADMIN, "HA", "HB", on)
    merged = {a.code: a for a in catalog.list_areas(db)}["HA"]
    assert merged.valid_to == on - timedelta(days=1)
    assert merged.merged_into == "HB"
    assert [a.code for a in catalog.list_areas(db, on - timedelta(days=1))] == ["HA", "HB"]
    assert [a.code for a in catalog.list_areas(db, on)] == ["HB"]
    ends = [e for e in list_entries(db, entity="area") if e.field == "valid_to"]
    assert [(e.key, e.old, e.new) for e in ends] == [("HA", None, "2025-06-30")]


def test_units_of_measure_in_use_join_the_usual_ones_in_vietnamese_order(demo_db):
    from cbdesk.services.plans import plan_to_data

    used = {t.unit for t in plan_to_data(demo_db, 2021, with_results=False).targets if t.unit}
    found = catalog.units_of_measure(demo_db)
    assert used <= set(found) and set(catalog.DEFAULT_UNITS_OF_MEASURE) <= set(found)
    from cbdesk.core.text import collation_key

    assert found == sorted(found, key=collation_key)


def test_the_default_recipients_are_stored_and_audited_only_when_they_change(db):
    org = OrganisationData(name="SỞ LAO ĐỘNG", recipients=["UBND tỉnh", "Lưu: VT"])
    catalog.save_organisation(db, ADMIN, org)
    assert catalog.get_organisation(db).recipients == ["UBND tỉnh", "Lưu: VT"]
    catalog.save_organisation(db, ADMIN, org)  # the same again: nothing to audit
    changed = OrganisationData(name="SỞ LAO ĐỘNG", recipients=["UBND tỉnh"])
    catalog.save_organisation(db, ADMIN, changed)
    assert catalog.get_organisation(db).recipients == ["UBND tỉnh"]
    entries = [e for e in list_entries(db, entity="organisation") if e.field == "recipients"]
    assert len(entries) == 2
    newest = entries[0] if "Lưu" in str(entries[0].old) else entries[-1]
    assert "Lưu: VT" in str(newest.old) and "Lưu: VT" not in str(newest.new)
