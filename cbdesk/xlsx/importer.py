"""`cbdesk import`: interchange workbooks (SPEC §3.3) and returned district
forms, each file all-or-nothing.

A workbook is overlaid on the plan as it is (or on an empty plan with the
database's catalogs when its year is new): each row updates the entity with
its code, only in the columns the sheet has; nothing is deleted. Every bad
cell and every reference to something unknown is reported in one pass, with
its sheet, row and column; then the plan is applied in one transaction
(services.plan_apply), which adds the plan-wide checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cbdesk.core.plandata import PlanData
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ValidationError
from cbdesk.services.forms import apply_guarded, base_plan
from cbdesk.services.plan_apply import ApplySummary
from cbdesk.xlsx import schema as S
from cbdesk.xlsx.cells import Issue, WorkbookRefused
from cbdesk.xlsx.hidden import notes_of
from cbdesk.xlsx.reader import Book, read_table


@dataclass
class ImportOutcome:
    """What importing one file did (or would do, in a dry run)."""

    file: str
    kind: str  # "workbook" or "form"
    year: int
    summary: ApplySummary
    dry_run: bool
    what_vi: str = ""  # e.g. "biểu mẫu Hòa An (051), Quý II/2021"
    what_en: str = ""
    # (vi, en) warnings: hidden sheets, rows, columns holding data (xlsx/hidden.py)
    notes: list = field(default_factory=list)


def import_workbook(db, path: str | Path, actor: Actor, dry_run: bool = False,
                    overwrite: bool = False, name: str | None = None) -> ImportOutcome:
    """Import one file — an interchange workbook or a returned district form.

    Raises WorkbookRefused listing every problem (nothing written), or
    services.forms.OverwriteRefused when existing values would be replaced
    without ``overwrite``.
    """
    from cbdesk.core.gcpause import gc_paused

    # The whole file is held as records while it is checked and applied: each
    # full collection walks all of them (≈ 15 % of a 10.000-result import,
    # measured); the few cycles left (≈ 15.000 objects) are collected after.
    with gc_paused():
        return _import_workbook(db, path, actor, dry_run, overwrite, name)


def _import_workbook(db, path: str | Path, actor: Actor, dry_run: bool, overwrite: bool,
                     name: str | None) -> ImportOutcome:
    from cbdesk.services import permissions
    from cbdesk.services.audit import sha256_of

    permissions.require(actor, "import.workbook", db)
    name = name or Path(path).name
    source = (name, sha256_of(Path(path)))
    with Book(Path(path), name) as book:
        from cbdesk.xlsx import form_import, programme

        if form_import.is_form(book):
            return _noted(form_import.import_form(db, book, actor, dry_run, overwrite,
                                                  source=source), book)
        if programme.is_programme(book):
            return _noted(programme.import_programme(db, book, actor, dry_run), book)
        data, links = read_interchange_links(db, book)
        notes = notes_of(book)
    # The plan's documents in a companion .attachments.zip beside it (issue 23),
    # checked in full before anything is written.
    from cbdesk.services.attachments.bundle import attach_bundle, companion_of, read_bundle

    companion = companion_of(Path(path))
    files = read_bundle(db, companion) if companion.is_file() else []
    if files:  # refused before any figure is written, not half-way
        from cbdesk.services.attachments.owners import OWNER_ACTIONS

        permissions.require(actor, "attachments.add", db)
        for kind in {o.kind for owners, *_ in files for o in owners}:
            permissions.require(actor, OWNER_ACTIONS.get(kind, "plans.edit"), db)
    outcome = apply_file(db, data, actor, name, dry_run, overwrite, "workbook", source=source,
                         links=links)
    if files and not dry_run:
        attach_bundle(db, actor, data.year, files)
    outcome.notes = notes
    return outcome


def _noted(outcome, book: Book):
    if hasattr(outcome, "notes"):
        outcome.notes = notes_of(book)
    return outcome


def apply_file(db, data: PlanData, actor: Actor, name: str, dry_run: bool, overwrite: bool,
               kind: str, what_vi: str = "", what_en: str = "",
               source: tuple[str, str] | None = None,
               links: dict[str, str] | None = None) -> ImportOutcome:
    """Apply one file's plan data; the plan-wide problems become the file's issues.
    ``links`` (yearly target code → programme target code, from the optional
    column `Mã chỉ tiêu giai đoạn`) are written in the same transaction."""
    extra = None
    if links:
        from cbdesk.services.programmes.store import link_in_session

        def extra(s, summary):
            link_in_session(s, data.year, links, actor, summary)
    try:
        summary = apply_guarded(db, data, actor, dry_run=dry_run, overwrite=overwrite,
                                source=source, extra=extra)
    except ValidationError as e:
        problems = e.problems or [(e.message_vi, e.message_en)]
        raise WorkbookRefused([Issue(name, vi, en, reading=False) for vi, en in problems]
                              ) from None
    return ImportOutcome(name, kind, data.year, summary, dry_run, what_vi, what_en)


def read_interchange(db, book: Book) -> PlanData:
    """The plan as it will be once ``book``'s rows are overlaid; raises
    WorkbookRefused with every problem found."""
    return read_interchange_links(db, book)[0]


def _links(table) -> dict[str, str]:
    """Yearly target code → programme target code ('' unlinks), from the
    optional column `Mã chỉ tiêu giai đoạn` of `Chỉ tiêu`."""
    from cbdesk.xlsx.cells import read_code

    if table is None or "programme_target" not in table.present:
        return {}
    out = {}
    for row in table.rows:
        try:
            code = read_code(row.cells.get("code"))
            out[code] = read_code(row.cells.get("programme_target")) or ""
        except Exception:  # noqa: BLE001 - the overlay reports bad codes itself
            continue
    return out


def read_interchange_links(db, book: Book) -> tuple[PlanData, dict[str, str]]:
    """:func:`read_interchange` and the programme links of its `Chỉ tiêu` sheet."""
    from cbdesk.xlsx import overlay

    issues: list[Issue] = []
    tables = {}
    ws = book.sheet(S.INFO)
    if ws is None:
        raise WorkbookRefused([Issue(
            book.name, f"thiếu trang ‘{S.INFO}’ (với dòng ‘{S.INFO_YEAR}’ cho biết năm kế "
            "hoạch) — mọi tệp nhập đều cần trang này.",
            f"the sheet ‘{S.INFO}’ (with the row ‘{S.INFO_YEAR}’ giving the plan year) is "
            "missing — every imported workbook needs it.")])
    info = read_table(book, ws, S.COLUMNS[S.INFO], issues)
    year = overlay.read_year(book.name, info, issues) if info is not None else None
    for title in S.SHEETS[1:]:
        sheet = book.sheet(title)
        if sheet is not None:
            columns = S.COLUMNS[title]
            if title == S.TARGETS:
                columns = (*columns, S.TARGET_PROGRAMME)
            tables[title] = read_table(book, sheet, columns, issues)
    if year is None or issues:
        raise WorkbookRefused(issues)
    base, _exists = base_plan(db, year)
    merged = overlay.Overlay(book.name, base, issues)
    merged.info(info)
    for title, apply in ((S.UNITS, merged.units), (S.AREAS, merged.areas),
                         (S.TARGETS, merged.targets), (S.ALLOCATIONS, merged.allocations),
                         (S.TASKS, merged.tasks), (S.RESULTS, merged.results),
                         (S.UPDATES, merged.updates)):
        table = tables.get(title)
        if table is not None:
            apply(table)
    if issues:
        raise WorkbookRefused(issues)
    return merged.plan(), _links(tables.get(S.TARGETS))
