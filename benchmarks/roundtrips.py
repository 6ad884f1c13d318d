"""Database round trips per user action, counted with SQLAlchemy's
``before_cursor_execute`` (one per statement sent; an ``executemany`` counts
as ONE round trip — the driver may batch it) plus one per COMMIT. On an office
LAN each costs about a millisecond, so an action making hundreds of them is
slow there however fast it is on SQLite."""

from __future__ import annotations

import collections
import contextlib
from dataclasses import dataclass, field

from sqlalchemy import event

from benchmarks.datasets import OTHER_PERIOD, PERIOD, YEAR, import_workbook_path, open_db
from benchmarks.harness import Row

# Budgets, set after counting what each action needs at least (see
# docs/benchmarks.md): a handful of reads per screen, one transaction per save.
BUDGETS = {
    "open_plan": 10,
    "switch_period": 5,
    "save_grid": 10,
    "report": 15,
    "import": 40,
}
SAVED_CELLS = 11  # one target's row: the whole province and its ten areas


@dataclass
class Counter:
    statements: int = 0
    executemany: int = 0
    commits: int = 0
    samples: list[str] = field(default_factory=list)

    @property
    def round_trips(self) -> int:
        return self.statements + self.commits


@contextlib.contextmanager
def counting(engine):
    c = Counter()

    def before(conn, cursor, statement, parameters, context, executemany):
        c.statements += 1
        if executemany:
            c.executemany += 1
        if len(c.samples) < 10000:
            c.samples.append(" ".join(statement.split()[:6]))

    def commit(conn):
        c.commits += 1

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "commit", commit)
    try:
        yield c
    finally:
        event.remove(engine, "before_cursor_execute", before)
        event.remove(engine, "commit", commit)


def _row(action: str, what: str, c: Counter, section: str, detail: str) -> Row:
    many = f", of which {c.executemany} executemany" if c.executemany else ""
    top = collections.Counter(" ".join(x.split()[:3]) for x in c.samples).most_common(2)
    detail += "; most sent: " + ", ".join(f"{n}× `{q}…`" for q, n in top)
    return Row(f"Round trips: {what}", float(c.round_trips), None,
               max_abs=BUDGETS[action], unit="queries", section=section,
               note=f"{c.statements} statements{many} + {c.commits} commits; {detail}")


def count_actions(target: str, import_db_factory, tmp, ds, section: str,
                  save_target: str | None = None) -> list[Row]:
    """Round trips of open plan, switch period, save grid, report and import on
    the database ``target`` (the main dataset); ``save_target`` a copy that may
    be written (defaults to ``target``, whose saved cells are put back)."""
    from cbdesk.reports.build import render_report
    from cbdesk.services.actors import Actor
    from cbdesk.services.progress import target_rows
    from cbdesk.services.results import CellChange, entry_grid, save_entries
    from cbdesk.services.tasks_view import task_rows
    from cbdesk.xlsx.importer import import_workbook

    rows = []
    db = open_db(target)
    # Warm: the first use of a connection reads the schema revision, pragmas…
    entry_grid(db, YEAR, PERIOD)
    with counting(db.engine) as c:
        target_rows(db, YEAR, PERIOD)
        task_rows(db, YEAR)
    rows.append(_row("open_plan", "open a plan", c, section, "target_rows + task_rows of 2025"))
    with counting(db.engine) as c:
        entry_grid(db, YEAR, OTHER_PERIOD)
    rows.append(_row("switch_period", "switch period", c, section,
                     f"entry_grid {OTHER_PERIOD}"))
    with counting(db.engine) as c:
        render_report(db, YEAR, "progress", PERIOD, None, "pdf")
    rows.append(_row("report", "make the progress report", c, section,
                     f"render_report progress {PERIOD} to PDF"))
    db.dispose()

    sdb = open_db(save_target or target)
    grid = entry_grid(sdb, YEAR, PERIOD)
    code = next(r.code for r in grid.rows if r.editable)
    areas = [None] + [col.area for col in grid.columns if col.area is not None]
    areas = areas[:SAVED_CELLS]
    old = {a: grid.cell(code, a) for a in areas}
    actor = Actor("bench")
    changes = [CellChange(code, a, (old[a].value or 0) + 1) for a in areas]
    versions = {(code, a): old[a].version for a in areas}
    with counting(sdb.engine) as c:
        save_entries(sdb, actor, YEAR, PERIOD, changes, versions)
    rows.append(_row("save_grid", "save the grid", c, section,
                     f"save_entries of {len(changes)} cells (one target's row)"))
    if save_target is None:  # put the figures back
        grid = entry_grid(sdb, YEAR, PERIOD)
        save_entries(sdb, actor, YEAR, PERIOD,
                     [CellChange(code, a, old[a].value) for a in areas],
                     {(code, a): grid.cell(code, a).version for a in areas})
    sdb.dispose()

    wb = import_workbook_path(ds, tmp)
    idb = import_db_factory()
    try:
        with counting(idb.engine) as c:
            import_workbook(idb, wb, Actor("bench"))
    finally:
        idb.dispose()
    rows.append(_row("import", "import the workbook", c, section,
                     "import_workbook of 10.000 results into an empty database"))
    return rows
