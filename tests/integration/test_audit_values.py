"""Every change is audited with the value it replaced — imports included (one
entry per file with its name and sha256) — and a target's allocations are
part of the target: changing one is a new version of it (PostgreSQL races)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor
from cbdesk.services.audit import list_entries

ADMIN = Actor("quantri", Role.ADMIN)
LEADER_A = Actor("lanhdao-a", Role.LEADER)
LEADER_B = Actor("lanhdao-b", Role.LEADER)


def _entries(db, entity, key=None):
    return [(e.field, e.old, e.new) for e in list_entries(db, entity=entity)
            if key is None or e.key == key]


def test_an_overwriting_import_records_the_true_old_value_and_the_file(demo_db, tmp_path):
    from cbdesk.services.plans import plan_to_data
    from cbdesk.xlsx.export import plan_workbook
    from cbdesk.xlsx.importer import import_workbook

    data = plan_to_data(demo_db, 2021)
    r = next(r for r in data.results if r.target == "1" and r.area == "040"
             and r.period == "2021-M01")
    old = r.value
    r.value = old + 1000
    path = tmp_path / "so-lieu-thang-1.xlsx"
    path.write_bytes(plan_workbook(data))
    import_workbook(demo_db, path, ADMIN, overwrite=True)

    # newest first: the import's entry, then the one the sample plan made
    assert _entries(demo_db, "result", "1|2021-M01|040") == [
        ("value", f"{old:g}", f"{old + 1000:g}"), ("value", None, f"{old:g}")]
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert [(e.key, e.field, e.new, e.reason, e.user)
            for e in list_entries(demo_db, entity="import")
            ] == [("so-lieu-thang-1.xlsx", "sha256", sha, "1 thay đổi", "quantri")]


def test_an_import_moving_a_target_to_another_lead_unit_stores_and_audits_the_move(
        demo_db, tmp_path):
    """A workbook that gives a target another lead unit, and adds a target:
    the move is stored, not only reported, with the unit it replaced; the new
    target is recorded as made."""
    from cbdesk.services.plans import plan_to_data
    from cbdesk.xlsx.export import plan_workbook
    from cbdesk.xlsx.importer import import_workbook

    data = plan_to_data(demo_db, 2021)
    t = next(t for t in data.targets if t.lead_unit)
    old = t.lead_unit
    t.lead_unit = next(u.code for u in data.units if u.code != old)
    added = replace(t, code="99", name="Chỉ tiêu mới", parent_code=None, allocations={})
    data.targets.append(added)
    path = tmp_path / "giao-lai-don-vi.xlsx"
    path.write_bytes(plan_workbook(data))
    import_workbook(demo_db, path, ADMIN, overwrite=True)

    again = {x.code: x for x in plan_to_data(demo_db, 2021).targets}
    assert again[t.code].lead_unit == t.lead_unit
    assert ("lead_unit", old, t.lead_unit) in _entries(demo_db, "target", t.code)
    assert again["99"].name == "Chỉ tiêu mới"
    assert [f for f, _, _ in _entries(demo_db, "target", "99")] == ["created"]


def test_target_allocation_catalog_organisation_and_setting_changes_are_audited(demo_db):
    from cbdesk.services import catalog, settings
    from cbdesk.services.targets import get_target, save_target

    form = get_target(demo_db, 2021, "1")
    old_alloc = form.allocations["040"]
    allocations = {**form.allocations, "040": old_alloc + 5}
    save_target(demo_db, ADMIN, 2021, replace(form, name="Giải quyết việc làm mới",
                                              unit="lượt người", allocations=allocations),
                original_code="1")
    target = _entries(demo_db, "target", "1")
    assert ("name", form.name, "Giải quyết việc làm mới") in target
    assert ("unit", form.unit, "lượt người") in target
    assert _entries(demo_db, "allocation", "1/040")[0] == (
        "value", f"{old_alloc:g}", f"{old_alloc + 5:g}")

    org = catalog.get_organisation(demo_db)
    catalog.save_organisation(demo_db, ADMIN, replace(org, signer_name="Lê Văn Ký",
                                                      recipients=["Như trên"]))
    assert ("signer_name", org.signer_name, "Lê Văn Ký") in _entries(demo_db, "organisation")
    assert ("recipients", "; ".join(org.recipients), "Như trên") in _entries(
        demo_db, "organisation")

    catalog.save_area(demo_db, ADMIN, "042", "Bảo Lâm", "district", "04", None,
                      date(2025, 12, 31))
    assert ("valid_to", "2025-06-30", "2025-12-31") in _entries(demo_db, "area", "042")
    catalog.save_unit(demo_db, ADMIN, "VP", "Văn phòng", "internal", active=False)
    unit = _entries(demo_db, "unit", "VP")
    assert ("name", "Văn phòng Sở", "Văn phòng") in unit and ("active", "1", "0") in unit

    settings.write(demo_db, {"tolerance.behind_below": "0.9"}, ADMIN)
    assert _entries(demo_db, "setting", "tolerance.behind_below") == [
        ("value", "0.85", "0.9")]


def test_two_leaders_editing_different_allocations_is_a_conflict(demo_db):
    from cbdesk.services.errors import ConflictError
    from cbdesk.services.targets import get_target, save_target

    a = get_target(demo_db, 2021, "1")  # both read the same version
    b = get_target(demo_db, 2021, "1")
    save_target(demo_db, LEADER_A, 2021,
                replace(a, allocations={**a.allocations, "040": 1111.0}), original_code="1")
    assert get_target(demo_db, 2021, "1").version != a.version
    with pytest.raises(ConflictError):
        save_target(demo_db, LEADER_B, 2021,
                    replace(b, allocations={**b.allocations, "042": 2222.0}),
                    original_code="1")
    now = get_target(demo_db, 2021, "1").allocations
    assert now["040"] == 1111.0 and now["042"] == b.allocations["042"]  # A's kept, B's not
