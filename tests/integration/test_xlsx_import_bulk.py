"""Importing an interchange workbook writes in bulk (issue 24): results,
progress updates and audit entries each in one executemany, not one
statement per row, on both engines; the audit still has one entry per change
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
        if words[0].upper() == "INSERT":
            statements["insert " + words[2].strip('"')] += 1
        statements["all"] += 1

    outcome = import_workbook(db, wb, Actor("an"))
    event.remove(db.engine, "before_cursor_execute", count)

    assert outcome.summary.count("result") == n_results
    # One statement per table for the rows that grow with the data (insertmanyvalues
    # may split a very large batch; this one is small).
    assert statements["insert result"] == 1
    assert statements["insert progress_update"] == 1
    assert statements["insert audit_entry"] <= 2
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
