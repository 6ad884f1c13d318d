"""Data jobs: open a plan, switch period in the grid, filter, export, import,
backup, restore. Each takes a ``Ctx`` (the datasets, a temporary folder, the
number of runs and, for PostgreSQL, the database URL) and returns Rows."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import floors
from benchmarks.datasets import (
    OTHER_PERIOD,
    PERIOD,
    YEAR,
    import_workbook_path,
    open_db,
    working_copy,
)
from benchmarks.harness import Row, paired

GRID_W, GRID_H = 1400, 800
EXPORT_REPS = 3  # the 100.000-result export is the run's slowest job


@dataclass
class Ctx:
    ds: dict
    tmp: Path
    reps: int
    slow: int  # runs of the slow jobs (export, import, backup)
    pg_url: str | None = None  # the PostgreSQL database holding the main dataset
    pg_import_url: str | None = None  # an empty PostgreSQL database for imports
    section: str = "SQLite"
    extra: dict = field(default_factory=dict)

    @property
    def main_target(self) -> str:
        return self.pg_url or str(self.ds["main"])

    def raw(self):
        """A DB-API connection to the main dataset with the bare driver."""
        if self.pg_url:
            import psycopg
            from sqlalchemy.engine import make_url

            u = make_url(self.pg_url)
            return psycopg.connect(host=u.host, port=u.port, user=u.username,
                                   password=u.password, dbname=u.database)
        return sqlite3.connect(self.ds["main"])


class _Cur:
    """sqlite3's ``conn.execute`` over a psycopg connection, for the floors."""

    def __init__(self, conn):
        self.conn = conn

    def execute(self, sql: str, params=()):
        cur = self.conn.cursor()
        cur.execute(sql.replace("?", "%s"), params)
        return cur

    def close(self):
        self.conn.close()


def _floor_conn(ctx: Ctx):
    c = ctx.raw()
    return c if isinstance(c, sqlite3.Connection) else _Cur(c)


def job_open_plan(ctx: Ctx) -> Row:
    from cbdesk.services.progress import target_rows
    from cbdesk.services.tasks_view import task_rows

    db = open_db(ctx.main_target)
    conn = _floor_conn(ctx)

    def subject():
        target_rows(db, YEAR, PERIOD)
        task_rows(db, YEAR)

    med, fl, ts, _ = paired(subject, lambda: floors.open_plan_sql(conn, YEAR), ctx.reps)
    conn.close()
    db.dispose()
    return Row("Open a plan (target_rows 2025 + task_rows)", med, fl, max_ratio=4.0,
               section=ctx.section, samples=ts,
               note="floor: raw driver SELECT of the same rows (2025 + 2024 results, "
                    "targets, tasks, updates)")


def job_period_switch(ctx: Ctx) -> Row:
    """entry_grid + EntryModel.set_grid + repaint of the window's grid
    (GridView, with its cell painter), beside the floor: a raw SELECT of that
    period's rows, a bare QAbstractTableModel of precomputed strings with the
    same number of cells in a bare QTableView (Qt's own item painting), the
    same 1400×800 repaint."""
    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QTableView

    from cbdesk.services.results import entry_grid
    from cbdesk.ui.views.entry import GridView
    from cbdesk.ui.views.entry_model import EntryModel

    app = QApplication.instance() or QApplication([])
    db = open_db(ctx.main_target)
    conn = _floor_conn(ctx)
    periods = [PERIOD, OTHER_PERIOD]

    model = EntryModel()
    view = GridView(model, QUndoStack())
    view.resize(GRID_W, GRID_H)
    view.show()
    model.set_grid(entry_grid(db, YEAR, PERIOD))
    n_rows, n_cols = model.rowCount(), model.columnCount()

    class Bare(QAbstractTableModel):
        cells: list[list[str]] = []

        def rowCount(self, parent=None):  # noqa: N802 (Qt API)
            return 0 if parent is not None and parent.isValid() else len(self.cells)

        def columnCount(self, parent=None):  # noqa: N802
            return 0 if not self.cells else len(self.cells[0])

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.cells[index.row()][index.column()]
            return None

        def load(self, cells):
            self.beginResetModel()
            self.cells = cells
            self.endResetModel()

    # The floor's strings, made once per period outside the timing.
    strings = {p: [[f"{(r * 7 + c * 13 + i) % 9973:,}".replace(",", ".")
                    for c in range(n_cols)] for r in range(n_rows)]
               for i, p in enumerate(periods)}
    bare = Bare()
    fview = QTableView()
    fview.setModel(bare)
    fview.resize(GRID_W, GRID_H)
    fview.show()
    app.processEvents()
    state = {"s": 0, "f": 0}

    def subject():
        state["s"] ^= 1
        model.set_grid(entry_grid(db, YEAR, periods[state["s"]]))
        view.viewport().repaint()
        app.processEvents()

    def floor():
        state["f"] ^= 1
        p = periods[state["f"]]
        floors.period_sql(conn, YEAR, p)
        bare.load(strings[p])
        fview.viewport().repaint()
        app.processEvents()

    med, fl, ts, _ = paired(subject, floor, ctx.reps)
    view.close()
    fview.close()
    conn.close()
    db.dispose()
    return Row("Switch period in the data-entry grid", med, fl, max_ratio=3.0, max_abs=0.050,
               section=ctx.section, samples=ts,
               note=f"entry_grid + EntryModel.set_grid + repaint of the window's grid "
                    f"(GridView, {GRID_W}×{GRID_H}, {n_rows} rows × {n_cols} columns); floor: "
                    "raw SELECT of that period's rows for the plan + a bare "
                    "QAbstractTableModel of precomputed strings in a bare QTableView, same "
                    "cells, same repaint")


def job_filter(ctx: Ctx) -> Row:
    from cbdesk.core.text import matches
    from cbdesk.services.tasks_view import task_rows

    db = open_db(ctx.main_target)
    rows = task_rows(db, YEAR)
    db.dispose()
    texts = [f"{getattr(r, 'code', '')} {getattr(r, 'title', '')}" for r in rows]
    folded = floors.fold_once(texts)
    queries = ["nghe", "Đào tạo", "giam ngheo", "II.7.1", "xã hội"]

    def subject():
        for q in queries:
            sum(1 for t in texts if matches(q, t))

    def floor():
        for q in queries:
            floors.plain_filter(folded, q)

    med, fl, ts, _ = paired(subject, floor, ctx.reps)
    return Row("Filter the task tree (5 queries)", med, fl,
               section=ctx.section, samples=ts,
               note=f"core.text.matches over {len(texts)} task titles × {len(queries)} "
                    "queries; floor: casefold substring over pre-folded strings (accent "
                    "folding is work the floor skips, so the ratio is no budget; none)")


def job_export(ctx: Ctx) -> Row:
    from cbdesk.xlsx.export import export_plan

    db = open_db(ctx.ds["big"])
    dest = ctx.tmp / "export.xlsx"
    export_plan(db, YEAR, dest)
    cells = floors.workbook_cells(dest)
    ncells = sum(len(r) for rows in cells.values() for r in rows)
    reps = min(ctx.slow, EXPORT_REPS)
    med, fl, ts, _ = paired(lambda: export_plan(db, YEAR, dest),
                            lambda: floors.write_only(cells, ctx.tmp / "floor.xlsx"),
                            reps, warmup=0)
    db.dispose()
    return Row("Export the plan workbook (100.000 results)", med, fl, max_ratio=1.5,
               section=ctx.section, samples=ts,
               note=f"floor: openpyxl write_only of the same {ncells:,} cells".replace(",", ".")
               + " (cbdesk.xlsx writes the results sheet's rows as raw XML, so it can beat "
                 f"this floor); median of {reps} runs only: the slowest job of the run, its "
                 "ratio far below its budget")


def fresh_database(ctx: Ctx, name: str = "import-target.sqlite"):
    """An empty migrated database (made outside the timing): a new SQLite
    file, or the PostgreSQL import database emptied and migrated again."""
    from cbdesk.services.database import open_database

    if ctx.pg_import_url:
        from benchmarks.pg import reset_database

        reset_database(ctx.pg_import_url)
        return open_database(ctx.pg_import_url, create=True)
    path = ctx.tmp / name
    for p in ctx.tmp.glob(name + "*"):
        p.unlink()
    return open_database(str(path), create=True)


def job_import(ctx: Ctx) -> Row:
    from cbdesk.services.actors import Actor
    from cbdesk.xlsx.importer import import_workbook

    wb = import_workbook_path(ctx.ds, ctx.tmp)
    state = {}

    def setup():
        state["db"] = fresh_database(ctx)

    def subject():
        db = state.pop("db")
        try:
            import_workbook(db, wb, Actor("bench"))
        finally:
            db.dispose()

    med, fl, ts, _ = paired(subject, lambda: floors.read_only(wb), ctx.slow, warmup=0,
                            setup=setup)
    return Row("Import 10.000 results (workbook → existing empty database)", med, fl,
               max_ratio=1.5, section=ctx.section, samples=ts,
               note="the empty migrated database is made before each run, untimed; floor: "
                    "openpyxl read_only reading the same cells")


def job_backup(ctx: Ctx) -> list[Row]:
    from cbdesk.services.backup import make_backup
    from cbdesk.services.restore import restore_backup

    tmp = ctx.tmp
    live = working_copy(ctx.ds["main"], tmp, "live.sqlite")
    db = open_db(live)
    bdir = tmp / "backups"
    bdir.mkdir(exist_ok=True)
    made = []

    def backup():
        for p in bdir.iterdir():
            p.unlink()
        made.append(make_backup(db, bdir / "b.sqlite", reason="bench"))

    fdest = tmp / "floor-backup.sqlite"
    med, fl, ts, _ = paired(backup, lambda: floors.sqlite_backup(live, fdest), ctx.slow)
    size = live.stat().st_size / 1e6
    rows = [Row("Backup (make_backup, verified)", med, fl, max_ratio=6.0, section=ctx.section,
                samples=ts, note=f"{size:.0f} MB file; floor: sqlite3 backup API of the "
                                 "same file (the backup also verifies its copy)")]
    db.dispose()
    bpath = Path(getattr(made[-1], "path", bdir / "b.sqlite"))
    keep = tmp / "restore-src.sqlite"
    shutil.copyfile(bpath, keep)
    target = tmp / "restored.sqlite"
    shutil.copyfile(live, target)
    med, fl, ts, _ = paired(lambda: restore_backup(str(target), keep),
                            lambda: floors.sqlite_backup(keep, tmp / "floor-r.sqlite"), ctx.slow)
    rows.append(Row("Restore (restore_backup)", med, fl, max_ratio=3.0, section=ctx.section,
                    samples=ts, note="floor: sqlite3 backup API of the same file"))
    return rows
