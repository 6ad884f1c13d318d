"""The permission table (services/permissions.py), proven: every write is
tried as every role — and as a staff member tied to another unit — on both
engines, and exactly what the table allows succeeds. Imports are tried per row
kind (a workbook that changes only results, only a target, only a task…).

Generated: the list of writes is checked against the table's actions, so a
new action without a probe (or a probe without an action) fails the test.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cbdesk.core.enums import Role
from cbdesk.services import permissions
from cbdesk.services.actors import Actor
from cbdesk.services.errors import PermissionDenied

ADMIN = Actor("quantri", Role.ADMIN)
ACTORS = {
    "viewer": Actor("khach", Role.VIEWER),
    "staff": Actor("chuyenvien", Role.STAFF),
    "staff of another unit": Actor("cv-gdnn", Role.STAFF, unit_code="GDNN"),
    "leader": Actor("lanhdao", Role.LEADER),
    "admin": Actor("quantri2", Role.ADMIN),
}
YEAR = 2021
FOREIGN_TASK = "II.3"  # led by VP, coordinated by UBNDH: not GDNN's
_n = itertools.count(1)
_years = itertools.count(2030)  # a new plan year for each probe that makes one


def _fresh() -> int:
    return next(_n)


# -- one probe per write: (db, actor, tmp) -> None, raising PermissionDenied when refused


def _results(db, actor, tmp):
    from cbdesk.services.results import CellChange, save_entries

    save_entries(db, actor, YEAR, f"{YEAR}-M02", [CellChange("2", None, 50.0 + _fresh() % 40)])


def _task_create(db, actor, tmp):
    from cbdesk.services.tasks import TaskForm, save_task

    save_task(db, actor, YEAR, TaskForm(code=f"X{_fresh()}", title="Việc mới",
                                        deadline="Quý IV/2021"))


def _task_form(db, code):
    from cbdesk.services.plans import plan_to_data
    from cbdesk.services.tasks import TaskForm

    data = plan_to_data(db, YEAR, with_results=False)
    t = next(t for t in data.tasks if t.code == code)
    return TaskForm(t.code, t.title, t.description, t.parent_code, t.lead_unit,
                    tuple(t.coordinating_units), t.deadline, t.expected_output)


def _task_edit(db, actor, tmp):
    from cbdesk.services.tasks import save_task

    form = _task_form(db, FOREIGN_TASK)
    save_task(db, actor, YEAR, replace(form, title=f"{form.title} {_fresh()}"),
              original_code=FOREIGN_TASK)


def _task_update(db, actor, tmp):
    from cbdesk.services.tasks import add_update

    add_update(db, actor, YEAR, FOREIGN_TASK, date(YEAR, 3, 1), 10 + _fresh() % 50,
               note=f"tiến độ {_fresh()}")


def _task_delete(db, actor, tmp):
    from cbdesk.services.tasks import TaskForm, delete_task, save_task

    code = f"D{_fresh()}"
    save_task(db, ADMIN, YEAR, TaskForm(code=code, title="Xóa thử", deadline="Quý IV/2021"))
    delete_task(db, actor, YEAR, code)


def _report_issue(db, actor, tmp):
    from cbdesk.services.issued import ReportMeta, issue_report

    issue_report(db, YEAR, "progress", f"{YEAR}-Q1",
                 ReportMeta(number=f"{_fresh()}/BC-SLĐTBXH", date=date(YEAR, 4, 5)),
                 b"%PDF-1.4 probe", actor)


def _report_draft(db, actor, tmp):
    from cbdesk.services.issued import ReportMeta, save_draft

    save_draft(db, YEAR, "progress", f"{YEAR}-Q1",
               ReportMeta(difficulties=f"khó khăn {_fresh()}"), actor)


def _target_edit(db, actor, tmp):
    from cbdesk.services.targets import get_target, save_target

    form = get_target(db, YEAR, "1")
    allocations = dict(form.allocations)
    allocations["040"] = float(100 + _fresh())
    save_target(db, actor, YEAR, replace(form, allocations=allocations), original_code="1")


def _target_delete(db, actor, tmp):
    from cbdesk.services.targets import TargetForm, delete_target, save_target

    code = f"T{_fresh()}"
    save_target(db, ADMIN, YEAR, TargetForm(code=code, name="Chỉ tiêu thử", unit="người",
                                            target=1.0))
    delete_target(db, actor, YEAR, code)


def _plan_create(db, actor, tmp):
    from cbdesk.services.plan_info import create_plan

    create_plan(db, actor, next(_years), "Kế hoạch thử")


def _plan_edit(db, actor, tmp):
    from cbdesk.services.plan_info import read_header, save_header

    before = read_header(db, YEAR)
    save_header(db, actor, before, replace(before, doc_number=f"{_fresh()}/KH-SLĐTBXH"))


def _plan_status(db, actor, tmp):
    from cbdesk.services.plans import set_plan_status

    set_plan_status(db, actor, YEAR, "draft" if _fresh() % 2 else "issued")


def _period_close(db, actor, tmp):
    from cbdesk.services.periods import close_period, reopen_period

    period = f"{YEAR}-M{_fresh() % 12 + 1:02d}"
    close_period(db, actor, YEAR, period)
    reopen_period(db, actor, YEAR, period, "kiểm tra quyền")


def _import_plan(db, actor, tmp):
    from cbdesk.services.plan_drafts import read_draft, save_draft

    seed = Path(__file__).resolve().parent.parent / "fixtures" / "plans" / (
        "labour_roman_subsections.txt")
    year = next(_years)
    save_draft(db, actor, read_draft(seed, year).plan, year)


def _plan_delete(db, actor, tmp):
    from cbdesk.services.plan_info import create_plan
    from cbdesk.services.plans import delete_plan

    year = next(_years)
    create_plan(db, ADMIN, year, "Kế hoạch để xóa")
    delete_plan(db, actor, year)


def _units(db, actor, tmp):
    from cbdesk.services.catalog import save_unit

    save_unit(db, actor, f"U{_fresh()}", "Phòng thử")


def _areas(db, actor, tmp):
    from cbdesk.services.catalog import save_area

    save_area(db, actor, f"9{_fresh():02d}", "Huyện thử", parent_code="04")


def _merge(db, actor, tmp):
    from cbdesk.services.catalog import merge_areas, save_area

    a, b = f"8{_fresh():02d}", f"8{_fresh():02d}"
    save_area(db, ADMIN, a, "Huyện A", parent_code="04")
    save_area(db, ADMIN, b, "Huyện B", parent_code="04")
    merge_areas(db, actor, a, b, date(2025, 7, 1))


def _organisation(db, actor, tmp):
    from cbdesk.services.catalog import get_organisation, save_organisation

    org = get_organisation(db)
    save_organisation(db, actor, replace(org, signer_name=f"Người ký {_fresh()}"))


def _settings(db, actor, tmp):
    from cbdesk.services import settings

    settings.write(db, {"cutoff_day": str(10 + _fresh() % 5)}, actor)


def _users(db, actor, tmp):
    from cbdesk.services import users

    users.add_user(db, actor, f"nguoi{_fresh()}", "Người thử", "viewer")


def _workbook_unchanged(db, actor, tmp):
    """A workbook that changes nothing: the gate itself (import.workbook)."""
    _import(db, actor, tmp, lambda data: None)


def _import(db, actor, tmp, edit):
    from cbdesk.services.plans import plan_to_data
    from cbdesk.xlsx.export import plan_workbook
    from cbdesk.xlsx.importer import import_workbook

    data = plan_to_data(db, YEAR)
    edit(data)
    path = Path(tmp) / f"nhap-{_fresh()}.xlsx"
    path.write_bytes(plan_workbook(data))
    import_workbook(db, path, actor, overwrite=True)


def _set_result(data):
    r = next(r for r in data.results if r.target == "1" and r.area == "040")
    r.value = r.value + _fresh()


def _set_target(data):
    t = next(t for t in data.targets if t.code == "2")
    t.name = f"{t.name} ({_fresh()})"


def _set_allocation(data):
    t = next(t for t in data.targets if t.code == "1")
    t.allocations["042"] = float(200 + _fresh())


def _set_task(data):
    t = next(t for t in data.tasks if t.code == FOREIGN_TASK)
    t.expected_output = f"Báo cáo {_fresh()}"


def _add_update(data):
    from cbdesk.core.plandata import ProgressUpdateData

    data.updates.append(ProgressUpdateData(FOREIGN_TASK, date(YEAR, 5, 1 + _fresh() % 28),
                                           40.0, f"đã họp {_fresh()}"))


def _set_unit(data):
    u = next(u for u in data.units if u.code == "VP")
    u.name = f"Văn phòng Sở {_fresh()}"


def _set_area(data):
    a = next(a for a in data.areas if a.code == "042")
    a.name = f"Bảo Lâm {_fresh()}"


def _set_organisation(data):
    data.organisation.signer_name = f"Người ký {_fresh()}"


def _set_plan(data):
    data.doc_number = f"{_fresh()}/KH-SLĐTBXH"


def _import_of(edit):
    return lambda db, actor, tmp: _import(db, actor, tmp, edit)


# action (or "import:<row kind>") -> probe; scoped probes touch a task not of GDNN
PROBES = {
    "results.enter": _results,
    "tasks.create": _task_create,
    "tasks.edit": _task_edit,
    "tasks.update": _task_update,
    "tasks.delete": _task_delete,
    "reports.issue": _report_issue,
    "reports.draft": _report_draft,
    "import.workbook": _workbook_unchanged,
    "targets.edit": _target_edit,
    "targets.delete": _target_delete,
    "plans.create": _plan_create,
    "plans.edit": _plan_edit,
    "plans.status": _plan_status,
    "periods.close": _period_close,
    "import.plan": _import_plan,
    "plans.delete": _plan_delete,
    "catalog.units": _units,
    "catalog.areas": _areas,
    "catalog.merge": _merge,
    "catalog.organisation": _organisation,
    "settings.write": _settings,
    "users.manage": _users,
    "import:result": _import_of(_set_result),
    "import:target": _import_of(_set_target),
    "import:allocation": _import_of(_set_allocation),
    "import:task": _import_of(_set_task),
    "import:update": _import_of(_add_update),
    "import:unit": _import_of(_set_unit),
    "import:area": _import_of(_set_area),
    "import:organisation": _import_of(_set_organisation),
    "import:plan": _import_of(_set_plan),
}
# Writes that are not in the role table, and why (checked to be exactly these).
NOT_IN_PROBES = {"backup.restore"}  # file level; test_cli_signin checks it


def expected(action: str, who: str) -> bool:
    """What the table says ``who`` may do with ``action``."""
    actor = ACTORS[who]
    if action.startswith("import:"):
        needed = [permissions.CHANGE_ACTIONS[action.split(":", 1)[1]], "import.workbook"]
    else:
        needed = [action]
    allowed = all(permissions.can(actor, a) for a in needed)
    scoped = any(permissions.rule(a).scoped for a in needed)
    if allowed and scoped and actor.unit_code:  # the probes touch another unit's task
        return False
    return allowed


def test_every_write_as_every_role_gives_exactly_the_table(demo_db, tmp_path):
    table = set(permissions.PERMISSIONS)
    probed = {a for a in PROBES if not a.startswith("import:")}
    assert probed | NOT_IN_PROBES == table, "every action of the table has a probe"
    assert {a.split(":", 1)[1] for a in PROBES if a.startswith("import:")} == set(
        permissions.CHANGE_ACTIONS), "every row kind of an import has a probe"

    got: dict[tuple[str, str], bool] = {}
    for action, probe in PROBES.items():
        for who, actor in ACTORS.items():
            try:
                probe(demo_db, actor, tmp_path)
            except PermissionDenied:
                got[(action, who)] = False
            else:
                got[(action, who)] = True
    want = {(a, w): expected(a, w) for a in PROBES for w in ACTORS}
    wrong = sorted(f"{a} as {w}: {'allowed' if got[(a, w)] else 'refused'}, table says "
                   f"{'allowed' if want[(a, w)] else 'refused'}"
                   for a, w in want if got[(a, w)] != want[(a, w)])
    assert wrong == []
    # The table is not trivial: each role is refused something the next may do.
    for lower, higher in (("viewer", "staff"), ("staff", "leader"), ("leader", "admin")):
        assert any(want[(a, higher)] and not want[(a, lower)] for a in PROBES)


def test_a_refused_import_writes_nothing_not_even_its_audit_entry(demo_db, tmp_path):
    from cbdesk.services.audit import list_entries
    from cbdesk.services.plans import plan_to_data

    before = plan_to_data(demo_db, YEAR)
    entries = len(list_entries(demo_db))
    with pytest.raises(PermissionDenied) as e:
        _import(demo_db, ACTORS["viewer"], tmp_path, _set_result)
    assert "nhập" in e.value.message_vi
    with pytest.raises(PermissionDenied):  # staff may enter results, not targets
        _import(demo_db, ACTORS["staff"], tmp_path,
                lambda d: (_set_result(d), _set_target(d)))
    assert plan_to_data(demo_db, YEAR) == before
    assert len(list_entries(demo_db)) == entries


def test_a_deactivated_users_open_session_can_no_longer_save(demo_db):
    from cbdesk.services import users
    from cbdesk.services.results import CellChange, save_entries

    users.add_user(demo_db, ADMIN, "lan", "Nguyễn Thị Lan", "staff", "mat-khau-1")
    lan = users.authenticate(demo_db, "lan", "mat-khau-1")
    save_entries(demo_db, lan, YEAR, f"{YEAR}-M02", [CellChange("2", None, 61.0)])
    users.set_role(demo_db, ADMIN, "lan", "staff", active=False)
    with pytest.raises(PermissionDenied) as e:
        save_entries(demo_db, lan, YEAR, f"{YEAR}-M02", [CellChange("2", None, 62.0)])
    assert "khóa" in e.value.message_vi
    users.set_role(demo_db, ADMIN, "lan", "viewer", active=True)  # lowered: also refused
    with pytest.raises(PermissionDenied):
        save_entries(demo_db, lan, YEAR, f"{YEAR}-M02", [CellChange("2", None, 63.0)])


def test_the_window_enables_actions_from_the_same_table():
    for action, rule in permissions.PERMISSIONS.items():
        for role in Role:
            assert permissions.can(Actor("x", role), action) == (role.rank >= rule.role.rank)
    assert not permissions.can(None, "results.enter")
