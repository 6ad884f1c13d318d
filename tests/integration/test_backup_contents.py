"""What the restore list says about a backup before anyone restores it: what
it holds, plan by plan, and what restoring it would change — counted from the
backup itself, in Vietnamese and English; a damaged backup says so instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from cbdesk.services import backup, backup_contents
from cbdesk.services.actors import system_actor


@pytest.fixture
def demo(tmp_path, monkeypatch):
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan

    monkeypatch.setenv("CBDESK_DATA_DIR", str(tmp_path / "data"))
    db = open_database(str(tmp_path / "so-lieu.sqlite"), create=True)
    install_sample_plan(db)
    yield db
    db.dispose()


def _counts(db):
    from cbdesk.services.plans import plan_to_data

    d = plan_to_data(db, 2021)
    return len(d.targets), len(d.results), len(d.tasks), len(d.areas), len(d.units)


def test_a_backup_is_summarised_by_what_it_holds(demo):
    targets, results, tasks, areas, units = _counts(demo)
    made = backup.make_backup(demo)
    entry = backup_contents.backup_entries(demo, "vi")[0]
    assert entry.info.path == made.path and entry.good and entry.problems == ()
    assert entry.contents.summary("vi") == (
        f"Kế hoạch 2021 ({targets} chỉ tiêu, {results} kết quả, {tasks} nhiệm vụ); "
        f"{areas} địa bàn, {units} đơn vị")
    assert entry.contents.summary("en") == (
        f"Plan 2021 ({targets} targets, {results} results, {tasks} tasks); "
        f"{areas} areas, {units} units")
    assert entry.contents == backup_contents.current_contents(demo)
    assert backup_contents.changes(backup_contents.current_contents(demo), entry.contents,
                                   "en") == ["No difference from the current data (by counts)."]


def test_restoring_says_what_would_change_plan_by_plan(demo, tmp_path):
    from cbdesk.core.plandata import PlanData, ResultData
    from cbdesk.services.plan_apply import apply_plan_data

    made = backup.make_backup(demo, tmp_path / "truoc.json.gz")
    results = _counts(demo)[1]
    code = _first_target(demo)
    apply_plan_data(demo, PlanData(year=2021, title="Kế hoạch", results=[
        ResultData(code, "2021-M07", None, 1.0), ResultData(code, "2021-M08", None, 2.0)]),
        system_actor())
    then = backup_contents.entry_of_file(made.path, "vi")
    assert then.good and then.info.kind == "json"
    now = backup_contents.current_contents(demo)
    vi = backup_contents.changes(now, then.contents, "vi")
    assert f"Kế hoạch 2021: kết quả: {results + 2} → {results}" in vi
    en = backup_contents.changes(now, then.contents, "en")
    assert f"Plan 2021: results: {results + 2} → {results}" in en
    assert any(line.startswith("Audit entries: ") for line in en)  # the import is audited
    # A plan only the backup has, and one only the database has.
    empty = backup_contents.Contents((), now.areas, now.units, now.audit)
    assert backup_contents.changes(empty, now, "vi")[0].startswith("Kế hoạch 2021 sẽ có lại (")
    assert backup_contents.changes(now, empty, "en") == [
        "The 2021 plan goes (the backup does not have it)."]


def test_a_damaged_backup_is_listed_with_its_problem_and_no_contents(demo):
    made = backup.make_backup(demo)
    data = bytearray(Path(made.path).read_bytes())
    data[4096:8192] = b"\xff" * 4096
    Path(made.path).write_bytes(bytes(data))
    entry = backup_contents.entry_of(backup.list_backups(demo)[0], "vi")
    assert not entry.good and entry.contents is None and entry.problems


def _first_target(db) -> str:
    from cbdesk.services.plans import plan_to_data

    return plan_to_data(db, 2021, with_results=False).targets[0].code
