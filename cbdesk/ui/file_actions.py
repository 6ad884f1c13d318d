"""File menu work with Excel and Word: export the plan workbook, import
workbooks and returned district forms (a preview of what changes, then a
confirmation), make the district forms of the chosen period, and read a draft
plan from a document with a review screen before anything is saved.

All file work runs off the UI thread; every refusal is a message, and an
import changes nothing until the user has seen and accepted the preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from cbdesk.core.enums import Direction, TargetKind
from cbdesk.services.errors import message_of
from cbdesk.ui.common import Column, RowsModel
from cbdesk.ui.dialogs import OK_CANCEL, Notice, buttons, show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen
from cbdesk.ui.workers import run_in_background

PREVIEW_LINES = 200


class FileDialogs:
    """The file choosers, as classmethods tests can patch."""

    @classmethod
    def open_files(cls, parent, caption: str, filters: str, many: bool = True) -> list[str]:
        dlg = QFileDialog(parent, caption, "", filters)
        mode = QFileDialog.FileMode
        dlg.setFileMode(mode.ExistingFiles if many else mode.ExistingFile)
        dlg.setLabelText(QFileDialog.DialogLabel.Accept, tr("Open"))
        dlg.setLabelText(QFileDialog.DialogLabel.Reject, tr("Cancel"))
        return dlg.selectedFiles() if dlg.exec() == QDialog.DialogCode.Accepted else []

    @classmethod
    def save_file(cls, parent, caption: str, suggested: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return path or None

    @classmethod
    def folder(cls, parent, caption: str) -> str | None:
        return QFileDialog.getExistingDirectory(parent, caption) or None


class PreviewDialog(FitsScreen, QDialog):
    """What an import would change, to accept or refuse."""

    def __init__(self, parent, title: str, text: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 480)
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        box = buttons(OK_CANCEL,
                      self)
        lay = QVBoxLayout(self)
        lay.addWidget(view)
        lay.addWidget(box)

    @classmethod
    def ask(cls, parent, title: str, text: str) -> bool:
        return cls(parent, title, text).exec() == QDialog.DialogCode.Accepted


def _preview_text(outcomes, db=None) -> str:
    """What each file would change, in words (target and area names, period
    labels, Vietnamese numbers: ``services.audit_words``)."""
    from cbdesk.services.audit_words import Describer, change_words

    describer = Describer(db, lang()) if db is not None else None
    lines: list[str] = []
    for o in outcomes:
        what = o.what_vi if lang() == "vi" else o.what_en
        lines.append(f"{o.file}{' — ' + what if what else ''}:")
        for note_vi, note_en in getattr(o, "notes", []):  # hidden sheets/rows/columns
            lines.append("  ⚠ " + (note_vi if lang() == "vi" else note_en))
        changes = o.summary.changes
        if not changes:
            lines.append("  " + tr("No changes."))
        for c in changes[:PREVIEW_LINES]:
            lines.append("  " + (change_words(describer, c, o.summary.year) if describer
                                 else c.describe(lang())))
        if len(changes) > PREVIEW_LINES:
            lines.append("  … " + tr("and {0} more").format(len(changes) - PREVIEW_LINES))
    return "\n".join(lines)


def export_workbook(window) -> None:
    """File → Export to Excel: the chosen plan as an interchange workbook."""
    path = FileDialogs.save_file(window, tr("Export to Excel"), f"ke-hoach-{window.year}.xlsx",
                                 "Excel (*.xlsx)")
    if not path:
        return
    from cbdesk.xlsx.export import export_plan

    db, year = window.db, window.year
    run_in_background(lambda: export_plan(db, year, path),
                      lambda _r: Notice.info(window, tr("Export to Excel"),
                                             tr("Saved to {0}.").format(path)),
                      lambda e: show_error(window, e))


def import_workbooks(window) -> None:
    """File → Import from Excel: a dry run of every file first, the preview,
    then the import itself (all or nothing per file)."""
    paths = FileDialogs.open_files(window, tr("Import from Excel"), "Excel (*.xlsx)")
    if not paths:
        return
    from cbdesk.xlsx.importer import import_workbook

    db, actor = window.db, window.actor

    def dry_run():
        return [import_workbook(db, p, actor, dry_run=True, overwrite=True) for p in paths]

    def reviewed(outcomes) -> None:
        if not PreviewDialog.ask(window, tr("Import from Excel"), _preview_text(outcomes, db)):
            return
        def write():
            from cbdesk.services.backup import backup_before_import

            backup_before_import(db)
            return [import_workbook(db, p, actor, overwrite=True) for p in paths]

        run_in_background(
            write,
            lambda _r: (window.reload_all(),
                        Notice.info(window, tr("Import from Excel"), tr("Imported."))),
            lambda e: show_error(window, e))

    run_in_background(dry_run, reviewed, lambda e: show_error(window, e))


def make_forms(window) -> None:
    """File → Data-collection forms: one workbook per area for the chosen period."""
    folder = FileDialogs.folder(window, tr("Folder for the data-collection forms"))
    if not folder:
        return
    from cbdesk.xlsx.forms import file_name
    from cbdesk.xlsx.forms import make_forms as build

    db, year, period = window.db, window.year, window.period.code

    def work() -> int:
        from cbdesk.ui.views.pdf_output import write_file

        made = build(db, year, period)
        for spec, data in made:
            write_file(Path(folder) / file_name(spec), data)
        return len(made)

    run_in_background(work, lambda n: Notice.info(
        window, tr("Data-collection forms"), tr("{0} forms saved in {1}.").format(n, folder)),
        lambda e: show_error(window, e))


class PlanReviewDialog(FitsScreen, QDialog):
    """The review screen of a draft plan read from a document: its targets,
    tasks and what could not be read; nothing is saved before OK."""

    def __init__(self, parent, outcome, year: int):
        super().__init__(parent)
        self.setWindowTitle(tr("Review the draft plan"))
        self.resize(980, 620)
        plan = outcome.plan
        targets = RowsModel([
            Column(tr("Code"), lambda t: t.code), Column(tr("Target"), lambda t: t.name),
            Column(tr("Unit"), lambda t: t.unit),
            Column(tr("Plan"), lambda t: "" if t.target is None else _num(t.target), right=True),
            Column(tr("Kind"), lambda t: _label(TargetKind, t.kind)),
            Column(tr("Direction"), lambda t: _label(Direction, t.direction)),
            Column(tr("To review"), lambda t: "; ".join(
                m[0] if lang() == "vi" else m[1] for m in outcome.marks.get(t.code, []))),
        ], self)
        targets.set_rows(plan.targets)
        tasks = RowsModel([Column(tr("Code"), lambda t: t.code),
                           Column(tr("Task"), lambda t: t.title),
                           Column(tr("To review"), lambda t: "; ".join(
                               m[0] if lang() == "vi" else m[1]
                               for m in outcome.marks.get(f"task:{t.code}", [])))], self)
        tasks.set_rows(plan.tasks)
        tabs = QTabWidget()
        for model, title in ((targets, tr("Targets")), (tasks, tr("Tasks"))):
            table = QTableView()
            table.setModel(model)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.resizeColumnsToContents()
            tabs.addTab(table, f"{title} ({model.rowCount()})")
        plan_marks = [m[0] if lang() == "vi" else m[1] for m in outcome.marks.get("", [])]
        problems = QPlainTextEdit("\n".join(outcome.problems + plan_marks)
                                  or tr("Everything was read."))
        problems.setReadOnly(True)
        tabs.addTab(problems, f"{tr('Not read')} ({len(outcome.problems)})")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        box = buttons(OK_CANCEL,
                      self)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(plan.title or ""))
        lay.addWidget(tabs, 1)
        lay.addWidget(QLabel(tr("Save as a draft plan of the year:")))
        lay.addWidget(self.year)
        lay.addWidget(box)

    @classmethod
    def ask(cls, parent, outcome, year: int) -> int | None:
        """The year to save the draft under, or None when the user cancelled."""
        dialog = cls(parent, outcome, year)
        return dialog.year.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _label(enum, value: str) -> str:
    """An enum value in words of the user's language ("cumulative" → "Cộng dồn")."""
    try:
        return enum(value).label(lang())
    except ValueError:
        return value


def _num(value: float) -> str:
    from cbdesk.core.vnformat import format_number

    return format_number(value)


def import_plan_document(window) -> None:
    """File → Read a plan from a document: parse, review, save as a draft."""
    paths = FileDialogs.open_files(window, tr("Read a plan from a document"),
                                   tr("Documents (*.docx *.txt)"), many=False)
    if not paths:
        return
    from cbdesk.services.plan_drafts import read_draft

    year = (window.year or 2021) + 1

    def reviewed(outcome) -> None:
        chosen = PlanReviewDialog.ask(window, outcome, year)
        if chosen is None:
            return
        save_draft(window, outcome.plan, chosen)

    run_in_background(lambda: read_draft(Path(paths[0]), year), reviewed,
                      lambda e: show_error(window, e))


def save_draft(window, plan, year: int) -> None:
    """Save a reviewed draft plan; an existing plan of that year is never overwritten."""
    from cbdesk.services.plan_drafts import save_draft as save_plan_draft
    from cbdesk.services.plans import plan_exists

    if plan_exists(window.db, year):
        Notice.error(window, tr("Read a plan from a document"),
                     tr("A plan for {0} exists already; choose another year.").format(year))
        return
    plan.year, plan.status = year, "draft"
    try:
        from cbdesk.services.backup import backup_before_import

        backup_before_import(window.db)
        save_plan_draft(window.db, window.actor, plan, year)
    except Exception as e:  # a ServiceError, shown in words
        if not hasattr(e, "message_vi"):
            raise
        Notice.error(window, tr("Read a plan from a document"), message_of(e, lang()))
        return
    window.load()
    window.set_plan_period(year, f"{year}-H1")
    Notice.info(window, tr("Read a plan from a document"),
                tr("Saved as a draft plan of {0}.").format(year))
