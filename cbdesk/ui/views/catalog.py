"""Catalogs: units, areas (validity dates, merging), units of measure, the
organisation's header and signer, and the users."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbdesk.core.plandata import OrganisationData
from cbdesk.core.vnformat import format_date
from cbdesk.services import catalog
from cbdesk.services.errors import ServiceError
from cbdesk.ui.common import DASH, Column, RowsModel, View
from cbdesk.ui.dialogs import Notice, buttons, show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import scrolled


def _table(model) -> QTableView:
    t = QTableView()
    t.setModel(model)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QTableView.SelectRows)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
    return t


class MergeDialog(QDialog):
    """Merge one area into another from a date."""

    def __init__(self, parent, areas):
        super().__init__(parent)
        self.setWindowTitle(tr("Merge areas"))
        form = QFormLayout(self)
        self.source, self.into = QComboBox(), QComboBox()
        for a in areas:
            self.source.addItem(f"{a.code} – {a.name}", a.code)
            self.into.addItem(f"{a.code} – {a.name}", a.code)
        self.on = QDateEdit(QDate(date.today()))
        self.on.setDisplayFormat("dd/MM/yyyy")
        form.addRow(tr("Area merged"), self.source)
        form.addRow(tr("Into"), self.into)
        form.addRow(tr("From"), self.on)
        box = buttons(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        form.addRow(box)

    @classmethod
    def ask(cls, parent, areas) -> tuple[str, str, date] | None:
        d = cls(parent, areas)
        if d.exec() != QDialog.Accepted:
            return None
        return d.source.currentData(), d.into.currentData(), d.on.date().toPython()


class CatalogView(View):
    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.tabs = QTabWidget()
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        # units
        self.units = RowsModel([Column(tr("Code"), lambda u: u.code),
                                Column(tr("Name"), lambda u: u.name),
                                Column(tr("Kind"), lambda u: u.kind.label(lang())),
                                Column(tr("Merged into"), lambda u: u.merged_into or "")], self)
        unit_page = QWidget()
        ul = QVBoxLayout(unit_page)
        row = QHBoxLayout()
        self.unit_code, self.unit_name = QLineEdit(), QLineEdit()
        self.unit_code.setPlaceholderText(tr("Code"))
        self.unit_code.setMaximumWidth(120)
        self.unit_name.setPlaceholderText(tr("Name"))
        add = QPushButton(tr("Add or rename"))
        add.clicked.connect(self.save_unit)
        row.addWidget(self.unit_code)
        row.addWidget(self.unit_name, 1)
        row.addWidget(add)
        ul.addLayout(row)
        self.unit_table = _table(self.units)
        self.unit_table.clicked.connect(self._pick_unit)
        ul.addWidget(self.unit_table)
        self.tabs.addTab(unit_page, tr("Units"))
        # areas
        self.areas = RowsModel([
            Column(tr("Code"), lambda a: a.code), Column(tr("Name"), lambda a: a.name),
            Column(tr("Level"), lambda a: a.level.label(lang())),
            Column(tr("Valid from"), lambda a: format_date(a.valid_from) if a.valid_from else DASH),
            Column(tr("Valid until"), lambda a: format_date(a.valid_to) if a.valid_to else DASH),
            Column(tr("Merged into"), lambda a: a.merged_into or "")], self)
        area_page = QWidget()
        al = QVBoxLayout(area_page)
        merge = QPushButton(tr("Merge two areas…"))
        merge.clicked.connect(self.merge)
        row = QHBoxLayout()
        row.addWidget(merge)
        row.addStretch(1)
        al.addLayout(row)
        self.area_table = _table(self.areas)
        al.addWidget(self.area_table)
        self.tabs.addTab(area_page, tr("Areas"))
        # units of measure
        self.uom = QListWidget()
        self.tabs.addTab(self.uom, tr("Units of measure"))
        # organisation
        org_page = QWidget()
        form = QFormLayout(org_page)
        self.org_fields = {}
        for key, label in (("parent_agency", tr("Parent agency")),
                           ("name", tr("Issuing agency")), ("symbol", tr("Agency symbol")),
                           ("place", tr("Place name")),
                           ("signer_authority", tr("Signing authority")),
                           ("signer_title", tr("Signer's title")),
                           ("signer_name", tr("Signer")),
                           ("archive_unit", tr("Archive unit"))):
            self.org_fields[key] = QLineEdit()
            form.addRow(label, self.org_fields[key])
        self.recipients = QPlainTextEdit()
        self.recipients.setFixedHeight(100)
        form.addRow(tr("Recipients (one a line)"), self.recipients)
        save = QPushButton(tr("Save"))
        save.clicked.connect(self.save_org)
        form.addRow("", save)
        self.tabs.addTab(scrolled(org_page), tr("Organisation"))
        # users
        from cbdesk.ui.views.users_tab import UsersTab

        self.users_tab = UsersTab(self)
        self.tabs.addTab(self.users_tab, tr("Users"))

    def reload(self) -> None:
        self.units.set_rows(catalog.list_units(self.db))
        self.area_rows = catalog.list_areas(self.db)
        self.areas.set_rows(self.area_rows)
        self.area_table.resizeColumnsToContents()
        self.area_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.uom.clear()
        self.uom.addItems(catalog.units_of_measure(self.db))
        org = catalog.get_organisation(self.db)
        for key, edit in self.org_fields.items():
            edit.setText(getattr(org, key))
        self.recipients.setPlainText("\n".join(org.recipients))
        self.users_tab.reload()

    def _pick_unit(self, index) -> None:
        u = self.units.rows[index.row()]
        self.unit_code.setText(u.code)
        self.unit_name.setText(u.name)

    def _run(self, fn, *args) -> bool:
        try:
            fn(self.db, self.actor, *args)
        except ServiceError as e:
            show_error(self, e)
            return False
        self.reload()
        return True

    def save_unit(self) -> None:
        self._run(catalog.save_unit, self.unit_code.text(), self.unit_name.text())

    def merge(self) -> None:
        answer = MergeDialog.ask(self, [a for a in self.area_rows if a.merged_into is None])
        if answer:
            self._run(catalog.merge_areas, *answer)

    def save_org(self) -> None:
        org = OrganisationData(**{k: e.text() for k, e in self.org_fields.items()},
                               recipients=self.recipients.toPlainText().splitlines())
        if self._run(catalog.save_organisation, org):
            Notice.info(self, tr("Organisation"), tr("Saved."))
