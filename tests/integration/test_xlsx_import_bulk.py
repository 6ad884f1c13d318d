"""Importing an interchange workbook writes in bulk (issue 24): results,
progress updates and audit entries each in one statement (an executemany on
SQLite, a COPY on PostgreSQL), not one statement per row, on both engines; the audit still has one entry per change
with its old value, and one naming the file."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import event, select


def test_import_writes_rows_in_bulk_and_audits_each_change(db, demo_sqlite, tmp_path):
    from cbdesk.db.models import AuditEntry, ProgressUpdate, Result
    from cbdesk.services.actors import Actor
    from cbdesk.services.database import open_database
    from cbdesk.xlsx.export import export_plan
    from cbdesk.xlsx.importer import import_workbook

    src = open_database(str(demo_sqlite))
    try:
        wb = export_plan(src, 2021, tmp_path / "plan2021.xlsx")
        with src.session() as s:
            n_results = len(s.scalars(select(Result)).all())
            n_updates = len(s.scalars(select(ProgressUpdate)).all())
    finally:
        src.dispose()
    assert n_results > 50 and n_updates > 5

    statements: Counter = Counter()

    @event.listens_for(db.engine, "before_cursor_execute")
    def count(conn, cursor, statement, parameters, context, executemany):
        words = statement.split()
        if words[0].upper() == "INSERT":  # INSERT INTO table …
            statements["insert " + words[2].strip('"')] += 1
        elif words[0].upper() == "COPY":  # COPY table (…) FROM STDIN: rows in bulk
            statements["insert " + words[1].strip('"')] += 1
        statements["all"] += 1

    outcome = import_workbook(db, wb, Actor("an"))
    event.remove(db.engine, "before_cursor_execute", count)

    assert outcome.summary.count("result") == n_results
    # One statement per table for the rows that grow with the data (insertmanyvalues
    # may split a very large batch; this one is small).
    assert statements["insert result"] == 1
    assert statements["insert progress_update"] == 1
    assert statements["insert audit_entry"] <= 2
    # Targets, tasks and areas: one INSERT per level of their tree, the parent
    # ids already known (no INSERT per row, no UPDATE of the parent after).
    assert statements["insert target"] <= 3
    assert statements["insert task"] <= 3
    assert statements["insert area"] <= 3
    assert statements["insert unit"] == 1
    assert statements["all"] <= 40
    with db.session() as s:
        entries = s.scalars(select(AuditEntry)).all()
        stored_updates = len(s.scalars(select(ProgressUpdate)).all())
    assert stored_updates == n_updates
    files = [e for e in entries if e.entity == "import"]
    assert len(files) == 1 and files[0].key == "plan2021.xlsx" and len(files[0].new) == 64
    changes = [e for e in entries if e.entity != "import"]
    assert len(changes) >= len(outcome.summary.changes)
    results = [e for e in changes if e.entity == "result"]
    assert len(results) == n_results and all(e.old is None for e in results)
    # A task's % done raised by its progress updates is audited with the value it had.
    raised = [e for e in changes if e.entity == "task" and e.field == "percent_done"]
    assert raised and raised[0].old is not None


def test_import_into_empty_database_keeps_parents_coordinators_and_allocations(
        db, demo_sqlite, tmp_path):
    from cbdesk.db.models import Allocation, Area, Target, Task, TaskCoordinator, Unit
    from cbdesk.services.actors import Actor
    from cbdesk.services.database import open_database
    from cbdesk.xlsx.export import export_plan
    from cbdesk.xlsx.importer import import_workbook

    def tree(d):
        with d.session() as s:
            tcode = dict(s.execute(select(Target.id, Target.code).where(
                Target.plan.has(year=2021))).all())
            kcode = dict(s.execute(select(Task.id, Task.code).where(
                Task.plan.has(year=2021))).all())
            ucode = dict(s.execute(select(Unit.id, Unit.code)).all())
            acode = dict(s.execute(select(Area.id, Area.code)).all())
            return (
                {tcode[i]: tcode.get(p) for i, p in s.execute(select(Target.id, Target.parent_id))
                 if i in tcode},
                {kcode[i]: kcode.get(p) for i, p in s.execute(select(Task.id, Task.parent_id))
                 if i in kcode},
                {c: acode.get(p) for c, p in s.execute(select(Area.code, Area.parent_id))},
                sorted((kcode[t], ucode[u], n) for t, u, n in s.execute(
                    select(TaskCoordinator.task_id, TaskCoordinator.unit_id,
                           TaskCoordinator.position)) if t in kcode),
                sorted((tcode[t], acode[a], v) for t, a, v in s.execute(
                    select(Allocation.target_id, Allocation.area_id, Allocation.value))
                    if t in tcode),
            )

    src = open_database(str(demo_sqlite))
    try:
        wb = export_plan(src, 2021, tmp_path / "plan2021.xlsx")
        want = tree(src)
    finally:
        src.dispose()
    import_workbook(db, wb, Actor("an"))
    targets, tasks, areas, coordinators, allocations = tree(db)
    assert targets == want[0] and tasks == want[1]
    assert coordinators == want[3] and allocations == want[4]
    assert any(p is not None for p in targets.values())
    assert any(p is not None for p in tasks.values())
    assert areas == want[2] and any(p is not None for p in areas.values())
    assert coordinators and allocations
