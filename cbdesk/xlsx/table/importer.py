"""Reading an office table and importing it: the file opened through the
workbook safety checks, the proposal made (or a saved mapping applied), the
plan built and applied all-or-nothing through the interchange workbook's path
(:func:`cbdesk.xlsx.importer.apply_file`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cbdesk.services.actors import Actor
from cbdesk.services.plan_apply import ApplySummary
from cbdesk.xlsx.cells import Issue, WorkbookRefused
from cbdesk.xlsx.hidden import notes_of
from cbdesk.xlsx.reader import Book
from cbdesk.xlsx.table import mapping as M
from cbdesk.xlsx.table.build import Built, build
from cbdesk.xlsx.table.grid import Grid, read_grid, sheet_names
from cbdesk.xlsx.table.proposal import Proposal, propose


@dataclass
class TableRead:
    """One sheet of a file, read and proposed."""

    file: str
    grid: Grid
    proposal: Proposal
    sheets: list[str]
    remembered: bool = False  # the mapping came from the database's memory
    year: int = 0  # the year the proposal was made for
    notes: list = field(default_factory=list)  # (vi, en): hidden rows/columns (xlsx/hidden.py)


@dataclass
class TableOutcome:
    file: str
    year: int
    built: Built
    summary: ApplySummary | None  # None when reading problems stopped the import
    dry_run: bool
    what_vi: str = ""
    what_en: str = ""
    notes: list = field(default_factory=list)  # the read's hidden-content warnings

    @property
    def imported(self) -> bool:
        return self.summary is not None and not self.dry_run


def year_of(grid: Grid, fallback: int) -> int:
    """The year a table is about: the one its title and header name most."""
    from collections import Counter

    from cbdesk.xlsx.table.proposal import find_header, text
    from cbdesk.xlsx.table.roles import years_in

    rows = find_header(grid)
    last = max(rows) if rows else min(grid.rows, 10)
    seen: Counter = Counter()
    for r in range(1, last + 1):
        for c in range(1, grid.cols + 1):
            seen.update(y for y in years_in(text(grid.get(r, c))) if 1990 <= y <= 2200)
    if not seen:
        return fallback
    best = max(seen.values())
    return max(y for y, n in seen.items() if n == best)


def read(path: str | Path, year: int | None, sheet: str | None = None, saved: dict | None = None,
         db=None, name: str | None = None) -> TableRead:
    """Open ``path`` and propose its mapping: ``saved`` when given, else the
    one remembered in ``db`` for tables of this shape, else guessed. A
    negative ``year`` means "the year the table names, or minus this"."""
    name = name or Path(path).name
    with Book(Path(path), name) as book:
        sheets = sheet_names(book)
        grid = read_grid(book, sheet)
        notes = notes_of(book)
    if year is None or year < 0:
        year = year_of(grid, abs(year or 0) or 2000)
    prop = propose(grid, year, saved)
    remembered = False
    if saved is None and db is not None:
        memory = M.recall(db, prop.signature())
        if memory is not None:
            prop = propose(grid, year, memory)
            remembered = True
    return TableRead(name, grid, prop, sheets, remembered, year, notes)


def refused(read_: TableRead, built: Built) -> WorkbookRefused:
    issues = [Issue(read_.file, vi, en, sheet=read_.grid.sheet) for vi, en in built.problems]
    for row in built.rows:
        for vi, en in row.problems:
            issues.append(Issue(read_.file, f"‘{row.name}’: {vi}", f"‘{row.name}’: {en}",
                                sheet=read_.grid.sheet, row=row.row))
    return WorkbookRefused(issues)


def import_read(db, read_: TableRead, actor: Actor, year: int, period: str | None = None,
                dry_run: bool = False, overwrite: bool = False) -> TableOutcome:
    """Build the plan from ``read_`` (its proposal as corrected) and apply it.

    A dry run with reading problems returns the outcome without applying;
    otherwise reading problems raise WorkbookRefused (nothing written), and
    so do the plan-wide problems of the apply."""
    from cbdesk.services.forms import base_plan
    from cbdesk.xlsx.importer import apply_file

    base, _exists = base_plan(db, year)
    built = build(read_.grid, read_.proposal, year, base, period, source=read_.file)
    if built.problems or built.row_problems:
        if dry_run:
            return TableOutcome(read_.file, year, built, None, True, notes=read_.notes)
        raise refused(read_, built)
    outcome = apply_file(db, built.plan, actor, read_.file, dry_run, overwrite, "table")
    if not dry_run:
        M.remember(db, read_.proposal, actor)
    return TableOutcome(read_.file, year, built, outcome.summary, dry_run, notes=read_.notes)
