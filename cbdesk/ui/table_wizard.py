"""File → Import an office table…: an office's own Excel table brought in
with a mapping wizard.

The file is read and a proposal made (which column is the number, the
name, the unit, the year's plan, each period's results; which rows are
sections, targets, "Trong đó" children, totals). The wizard shows it: one
drop-down per column for its role (and its period), one per row for its
kind, and the sheet itself as a preview. "Check" lists every target read
with its figures and problems; OK shows what the import would change, then
a backup is made and the plan imported, all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbdesk.ui.dialogs import OK_CANCEL, Notice, buttons, show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen
from cbdesk.ui.workers import run_in_background

PREVIEW_ROWS = 500


def _label(pair: tuple[str, str]) -> str:
    return pair[0] if lang() == "vi" else pair[1]


def _cell(value) -> str:
    """A cell as offices read it: numbers written the Vietnamese way."""
    from cbdesk.core.vnformat import format_number
    from cbdesk.xlsx.table.proposal import text

    if isinstance(value, (int, float)) and not isinstance(value, bool) and value == value:
        return format_number(value) if lang() == "vi" else f"{value:,g}"
    return text(value)


class TableWizard(FitsScreen, QDialog):
    """The proposal for one table, corrected by the clerk."""

    def __init__(self, parent, read, year: int, db=None):
        from cbdesk.xlsx.table import roles as R
        from cbdesk.xlsx.table.proposal import ROW_KINDS, ROW_LABELS

        super().__init__(parent)
        self.read, self.db = read, db
        self.setWindowTitle(tr("Import an office table"))
        self.resize(960, 600)
        prop = read.proposal
        head = QLabel(tr("{0} — sheet ‘{1}’, header row(s) {2}").format(
            read.file, read.grid.sheet, ", ".join(map(str, prop.header_rows)) or "—"))
        head.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(year)
        self.period = QComboBox()
        self.period.addItem(tr("(none)"), None)
        for code in R.PERIODS:
            self.period.addItem(R.PERIOD_LABELS[code], code)
        form = QFormLayout()
        form.addRow(tr("Plan year:"), self.year)
        form.addRow(tr("Period of result columns that name none:"), self.period)

        # One row per column of the sheet: its header, role and period.
        self.columns = QTableWidget(len(prop.columns), 4)
        self.columns.setHorizontalHeaderLabels(
            [tr("Column"), tr("Header in the file"), tr("Holds"), tr("Period of the results")])
        self.columns.verticalHeader().hide()
        self.role_boxes: list[QComboBox] = []
        self.period_boxes: list[QComboBox] = []
        from openpyxl.utils import get_column_letter

        for i, c in enumerate(prop.columns):
            self.columns.setItem(i, 0, _item(get_column_letter(c.col)))
            self.columns.setItem(i, 1, _item(c.header))
            role = QComboBox()
            for r in R.ROLES:
                role.addItem(_label(R.ROLE_LABELS[r]), r)
            role.setCurrentIndex(R.ROLES.index(c.role))
            period = QComboBox()
            period.addItem(tr("(as chosen above)"), None)
            for code in R.PERIODS:
                period.addItem(R.PERIOD_LABELS[code], code)
            period.setCurrentIndex(R.PERIODS.index(c.period) + 1 if c.period else 0)
            period.setEnabled(c.role == R.RESULT)
            role.currentIndexChanged.connect(
                lambda _i, role=role, period=period: period.setEnabled(
                    role.currentData() == R.RESULT))
            self.columns.setCellWidget(i, 2, role)
            self.columns.setCellWidget(i, 3, period)
            self.role_boxes.append(role)
            self.period_boxes.append(period)
        self.year.valueChanged.connect(self._year_changed)
        self.columns.resizeColumnsToContents()
        self.columns.horizontalHeader().setStretchLastSection(True)

        # The sheet: one drop-down per data row for its kind, then its cells.
        grid = read.grid
        numbers = sorted(prop.row_kinds)[:PREVIEW_ROWS]
        self.rows = QTableWidget(len(numbers), grid.cols + 2)
        self.rows.setHorizontalHeaderLabels(
            [tr("Row"), tr("Row is")] + [h or get_column_letter(i + 1)
                                          for i, h in enumerate(c.header for c in prop.columns)])
        self.rows.verticalHeader().hide()
        self.kind_boxes: dict[int, QComboBox] = {}
        for i, r in enumerate(numbers):
            self.rows.setItem(i, 0, _item(str(r)))
            kind = QComboBox()
            for k in ROW_KINDS:
                kind.addItem(_label(ROW_LABELS[k]), k)
            kind.setCurrentIndex(ROW_KINDS.index(prop.row_kinds[r]))
            self.rows.setCellWidget(i, 1, kind)
            self.kind_boxes[r] = kind
            for c in range(1, grid.cols + 1):
                self.rows.setItem(i, c + 1, _item(_cell(grid.get(r, c))))
        self.rows.resizeColumnsToContents()
        for c in range(2, grid.cols + 2):
            self.rows.setColumnWidth(c, min(self.rows.columnWidth(c), 260))

        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(tr("Press Check to list every target read."))
        check = QPushButton(tr("Check"))
        check.clicked.connect(self.check)
        split = QSplitter(Qt.Orientation.Vertical)
        for w in (self.columns, self.rows, self.report):
            split.addWidget(w)
        split.setSizes([200, 300, 140])
        box = buttons(OK_CANCEL,
                      self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import…"))
        box.addButton(check, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        top = QWidget()
        top.setLayout(form)
        lay.addWidget(top)
        lay.addWidget(split, 1)
        lay.addWidget(box)

    def _year_changed(self, year: int) -> None:
        """Columns about another year are skipped: guess again those the
        clerk has not changed."""
        from cbdesk.xlsx.table import roles as R

        for c, role, period in zip(self.read.proposal.columns, self.role_boxes,
                                   self.period_boxes, strict=True):
            if role.currentData() != c.role or (period.currentData() or None) != c.period:
                continue  # corrected by hand: kept
            c.role, c.period = R.guess(c.header, year) if c.header else (c.role, c.period)
            role.setCurrentIndex(R.ROLES.index(c.role))
            period.setCurrentIndex(R.PERIODS.index(c.period) + 1 if c.period else 0)

    # -- what the clerk chose ---------------------------------------------------

    def apply_choices(self):
        """The proposal as the drop-downs now say; returns it."""
        prop = self.read.proposal
        for c, role, period in zip(prop.columns, self.role_boxes, self.period_boxes,
                                   strict=True):
            c.role = role.currentData()
            c.period = period.currentData() if c.role == "result" else None
        for r, box in self.kind_boxes.items():
            prop.row_kinds[r] = box.currentData()
        return prop

    def choice(self) -> tuple[int, str | None]:
        """(year, default period) chosen."""
        return self.year.value(), self.period.currentData()

    def check(self) -> None:
        """List every target read, with its figures and problems (nothing written)."""
        from cbdesk.xlsx.table.build import build

        self.apply_choices()
        year, period = self.choice()
        base = None
        if self.db is not None:
            from cbdesk.services.forms import base_plan

            base, _exists = base_plan(self.db, year)
        built = build(self.read.grid, self.read.proposal, year, base, period,
                      source=self.read.file)
        i = 0 if lang() == "vi" else 1
        lines = ["⚠ " + p[i] for p in built.problems]
        lines += [row.line(lang()) for row in built.rows]
        lines.append(tr("{0} targets read; {1} problems.").format(
            len(built.rows), len(built.problems) + built.row_problems))
        self.report.setPlainText("\n".join(lines))

    @classmethod
    def ask(cls, parent, read, year: int, db=None) -> tuple[int, str | None] | None:
        """(year, default period) with ``read.proposal`` corrected, or None."""
        dialog = cls(parent, read, year, db)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.apply_choices()
        return dialog.choice()


class SheetChooser:
    """Which sheet of a workbook with several to read (patchable in tests)."""

    @classmethod
    def ask(cls, parent, sheets: list[str], current: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getItem(parent, tr("Import an office table"),
                                        tr("Sheet to read:"), sheets,
                                        sheets.index(current) if current in sheets else 0,
                                        False)
        return name if ok else None


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def import_office_table(window) -> None:
    """File → Import an office table…: read, correct in the wizard, preview
    what changes, back up, import (all or nothing)."""
    from cbdesk.ui.file_actions import FileDialogs, PreviewDialog, _preview_text

    paths = FileDialogs.open_files(window, tr("Import an office table"), "Excel (*.xlsx)",
                                   many=False)
    if not paths:
        return
    from cbdesk.xlsx.table.importer import import_read, read

    db, actor = window.db, window.actor
    year = window.year or 2021
    title = tr("Import an office table")

    def opened(table) -> None:
        if len(table.sheets) > 1:
            sheet = SheetChooser.ask(window, table.sheets, table.grid.sheet)
            if sheet is None:
                return
            if sheet != table.grid.sheet:
                try:
                    table = read(Path(paths[0]), -year, sheet, None, db=db)
                except Exception as e:  # a WorkbookRefused, shown in words
                    if not hasattr(e, "message_vi"):
                        raise
                    show_error(window, e, title)
                    return
        chosen = TableWizard.ask(window, table, table.year, db)
        if chosen is None:
            return
        plan_year, period = chosen

        def previewed(outcome) -> None:
            if outcome.summary is None:  # reading problems: nothing can be imported
                i = 0 if lang() == "vi" else 1
                lines = ["⚠ " + p[i] for p in outcome.built.problems]
                lines += [r.line(lang()) for r in outcome.built.rows if r.problems]
                Notice.error(window, title, tr("Nothing was imported:") + "\n"
                             + "\n".join(lines[:30]))
                return
            if not PreviewDialog.ask(window, title, _preview_text([outcome])):
                return

            def write():
                from cbdesk.services.backup import backup_before_import

                backup_before_import(db)
                return import_read(db, table, actor, plan_year, period, overwrite=True)

            def done(_r) -> None:
                window.load()
                window.set_plan_period(plan_year, f"{plan_year}-H1")
                Notice.info(window, title, tr("Imported."))

            run_in_background(write, done, lambda e: show_error(window, e, title))

        run_in_background(lambda: import_read(db, table, actor, plan_year, period,
                                              dry_run=True, overwrite=True),
                          previewed, lambda e: show_error(window, e, title))

    run_in_background(lambda: read(Path(paths[0]), -year, None, None, db=db), opened,
                      lambda e: show_error(window, e, title))
