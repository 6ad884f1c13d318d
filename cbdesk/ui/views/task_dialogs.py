"""The task form and the progress-update dialog (with the task's history)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from cbdesk.core.vnformat import format_date
from cbdesk.services import catalog
from cbdesk.services import tasks as task_service
from cbdesk.ui.common import Column, RowsModel, pct
from cbdesk.ui.dialogs import SavingDialog, buttons, show_error
from cbdesk.ui.i18n import tr


class TaskDialog(SavingDialog):
    def __init__(self, parent, db, actor, year: int, row=None):
        super().__init__(parent)
        self.db, self.actor, self.year, self.row = db, actor, year, row
        self.setWindowTitle(tr("Edit task") if row else tr("New task"))
        form = QFormLayout()
        self.code = QLineEdit(row.code if row else "")
        self.title = QPlainTextEdit(row.title if row else "")
        self.title.setFixedHeight(60)
        self.description = QPlainTextEdit(row.description if row else "")
        self.lead = QComboBox()
        self.lead.addItem(tr("(none)"), None)
        self.coords = QListWidget()
        self.coords.setFixedHeight(110)
        for u in catalog.list_units(db):
            self.lead.addItem(u.name, u.code)
            item = QListWidgetItem(u.name)
            item.setData(256, u.code)
            item.setCheckState(Qt.CheckState.Checked if row and u.code in row.coordinating_units
                               else Qt.CheckState.Unchecked)
            self.coords.addItem(item)
        if row:
            self.lead.setCurrentIndex(max(self.lead.findData(row.lead_unit or None), 0))
        self.deadline = QLineEdit(row.deadline_label if row else "")
        self.deadline.setPlaceholderText("30/06/2021 · Quý II/2021 · Thường xuyên")
        self.output = QLineEdit(row.expected_output if row else "")
        for label, w in ((tr("Section code"), self.code), (tr("Title"), self.title),
                         (tr("Description"), self.description), (tr("Lead unit"), self.lead),
                         (tr("Coordinating units"), self.coords),
                         (tr("Deadline"), self.deadline), (tr("Expected output"), self.output)):
            form.addRow(label, w)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        box = buttons(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        lay.addWidget(box)
        self.resize(680, 560)

    def save(self) -> None:
        coords = tuple(self.coords.item(i).data(256) for i in range(self.coords.count())
                       if self.coords.item(i).checkState() == Qt.CheckState.Checked)
        form = task_service.TaskForm(
            self.code.text(), self.title.toPlainText(), self.description.toPlainText(),
            self.row.parent_code if self.row else None, self.lead.currentData(), coords,
            self.deadline.text(), self.output.text())
        task_service.save_task(self.db, self.actor, self.year, form,
                               self.row.code if self.row else None,
                               self.row.version if self.row else None)

    @classmethod
    def edit(cls, parent, db, actor, year, row) -> bool:
        return cls(parent, db, actor, year, row).exec() == QDialog.Accepted


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
        self.done = QCheckBox(tr("Done"))
        self.done.setChecked(row.done)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        form.addRow(tr("Date"), self.on)
        form.addRow(tr("% done"), self.percent)
        form.addRow("", self.done)
        form.addRow(tr("Note"), self.note)
        lay.addLayout(form)
        box = buttons(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        lay.addWidget(box)
        self.resize(700, 520)

    def save(self) -> None:
        task_service.add_update(self.db, self.actor, self.year, self.row.code,
                                self.on.date().toPython(), float(self.percent.value()),
                                self.done.isChecked(), self.note.toPlainText(), self.row.version)

    def show_problem(self, exc) -> None:  # a box: the history table fills the dialog
        show_error(self, exc)

    @classmethod
    def edit(cls, parent, db, actor, year, row) -> bool:
        return cls(parent, db, actor, year, row).exec() == QDialog.Accepted
