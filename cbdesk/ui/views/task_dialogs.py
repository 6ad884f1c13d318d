"""The task form and the progress-update dialog (with the task's history)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cbdesk.core.vnformat import format_date
from cbdesk.services import catalog
from cbdesk.services import tasks as task_service
from cbdesk.ui.common import Column, RowsModel, pct
from cbdesk.ui.dialogs import SAVE_CANCEL, SavingDialog, buttons, show_error
from cbdesk.ui.i18n import tr
from cbdesk.ui.screen import scrolled
from cbdesk.ui.views.deadline_picker import DeadlinePicker


class TaskDialog(SavingDialog):
    """The task form: section code, the section it belongs to (parents listed
    with their titles), title, units, a deadline picked from a calendar or a
    period, the expected output."""

    def __init__(self, parent, db, actor, year: int, row=None, parent_code: str | None = None):
        super().__init__(parent)
        self.db, self.actor, self.year, self.row = db, actor, year, row
        self.setWindowTitle(tr("Edit task") if row else tr("New task"))
        form = QFormLayout()
        self.code = QLineEdit(row.code if row else "")
        self.parent_box = QComboBox()
        self.parent_box.addItem(tr("(top level)"), None)
        self.tasks = task_service.list_tasks(db, year)
        own = row.code if row else None
        for t in self.tasks:
            if own and (t.code == own or t.code.startswith(own + ".")):
                continue  # not under itself
            self.parent_box.addItem(_short(f"{t.code} — {t.title}"), t.code)
        want = row.parent_code if row else parent_code
        self.parent_box.setCurrentIndex(max(self.parent_box.findData(want), 0))
        self.title = QPlainTextEdit(row.title if row else "")
        self.title.setFixedHeight(54)
        self.description = QPlainTextEdit(row.description if row else "")
        self.description.setMinimumHeight(54)
        self.lead = QComboBox()
        self.lead.addItem(tr("(none)"), None)
        self.coords = QListWidget()
        self.coords.setMinimumHeight(70)
        for u in catalog.list_units(db):
            self.lead.addItem(u.name, u.code)
            item = QListWidgetItem(u.name)
            item.setData(Qt.ItemDataRole.UserRole, u.code)
            item.setCheckState(Qt.CheckState.Checked if row and u.code in row.coordinating_units
                               else Qt.CheckState.Unchecked)
            self.coords.addItem(item)
        if row:
            self.lead.setCurrentIndex(max(self.lead.findData(row.lead_unit or None), 0))
        self.deadline = DeadlinePicker(year)
        self.deadline.set_code(row.deadline if row else "")
        self.output = QLineEdit(row.expected_output if row else "")
        self._suggest_code()
        self.parent_box.currentIndexChanged.connect(lambda _i: self._suggest_code())
        for label, w in ((tr("Section code"), self.code), (tr("Belongs to"), self.parent_box),
                         (tr("Title"), self.title),
                         (tr("Description"), self.description), (tr("Lead unit"), self.lead),
                         (tr("Coordinating units"), self.coords),
                         (tr("Deadline"), self.deadline), (tr("Expected output"), self.output)):
            form.addRow(label, w)
        page = QWidget()
        page.setLayout(form)
        lay = QVBoxLayout(self)
        lay.addWidget(scrolled(page), 1)
        lay.addWidget(self.error)
        box = buttons(SAVE_CANCEL, self)
        lay.addWidget(box)
        self.resize(680, 560)

    def _suggest_code(self) -> None:
        """The next free code under the chosen section, as a hint (not a value)."""
        if self.row:
            return
        parent = self.parent_box.currentData()
        prefix = f"{parent}." if parent else "II."
        used = {t.code for t in self.tasks}
        n = 1
        while f"{prefix}{n}" in used:
            n += 1
        self.code.setPlaceholderText(tr("e.g.") + f" {prefix}{n}")

    def save(self) -> None:
        coords = tuple(self.coords.item(i).data(Qt.ItemDataRole.UserRole)
                       for i in range(self.coords.count())
                       if self.coords.item(i).checkState() == Qt.CheckState.Checked)
        form = task_service.TaskForm(
            self.code.text(), self.title.toPlainText(), self.description.toPlainText(),
            self.parent_box.currentData(), self.lead.currentData(), coords,
            self.deadline.code(), self.output.text())
        task_service.save_task(self.db, self.actor, self.year, form,
                               self.row.code if self.row else None,
                               self.row.version if self.row else None)

    @classmethod
    def edit(cls, parent, db, actor, year, row) -> bool:
        return cls(parent, db, actor, year, row).exec() == QDialog.DialogCode.Accepted


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class ProgressDialog(SavingDialog):
    """Append a dated note with % done and the done flag; shows the history."""

    def __init__(self, parent, db, actor, year: int, row):
        super().__init__(parent)
        self.db, self.actor, self.year, self.row = db, actor, year, row
        self.setWindowTitle(tr("Task progress") + f" — {row.code}")
        lay = QVBoxLayout(self)
        head = QLabel(f"<b>{row.code}</b> {row.title}")
        head.setWordWrap(True)
        lay.addWidget(head)
        hist = RowsModel([
            Column(tr("Date"), lambda u: format_date(u.date)),
            Column(tr("% done"), lambda u: pct(u.percent_done).replace(",0%", "%"), right=True),
            Column(tr("Done"), lambda u: tr("Yes") if u.done else ""),
            Column(tr("Note"), lambda u: u.note),
            Column(tr("By"), lambda u: u.entered_by)], self)
        hist.set_rows(task_service.history(db, year, row.code))
        self.history = QTableView()
        self.history.setModel(hist)
        self.history.horizontalHeader().setStretchLastSection(False)
        self.history.horizontalHeader().setSectionResizeMode(3, self.history.horizontalHeader()
                                                             .ResizeMode.Stretch)
        self.history.verticalHeader().hide()
        lay.addWidget(QLabel(tr("History")))
        lay.addWidget(self.history, 1)
        form = QFormLayout()
        self.on = QDateEdit(QDate(date.today()))
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setCalendarPopup(True)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.percent.setValue(int(row.percent_done))
        self.done_box = QCheckBox(tr("Done"))
        self.done_box.setChecked(row.done)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        form.addRow(tr("Date"), self.on)
        form.addRow(tr("% done"), self.percent)
        form.addRow("", self.done_box)
        form.addRow(tr("Note"), self.note)
        lay.addLayout(form)
        box = buttons(SAVE_CANCEL, self)
        lay.addWidget(box)
        self.resize(700, 520)

    def save(self) -> None:
        task_service.add_update(self.db, self.actor, self.year, self.row.code,
                                self.on.date().toPython(), float(self.percent.value()),
                                self.done_box.isChecked(), self.note.toPlainText(), self.row.version)

    def show_problem(self, exc) -> None:  # a box: the history table fills the dialog
        show_error(self, exc)

    @classmethod
    def edit(cls, parent, db, actor, year, row) -> bool:
        return cls(parent, db, actor, year, row).exec() == QDialog.DialogCode.Accepted
