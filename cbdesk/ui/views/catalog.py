"""Catalogs: units, areas (validity dates, merging), units of measure, the
organisation's header and signer, and the users."""

from __future__ import annotations

from PySide6.QtWidgets import (
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
from cbdesk.services import catalog, catalog_changes
from cbdesk.services.errors import ServiceError
from cbdesk.ui.common import DASH, Column, RowsModel, View
from cbdesk.ui.dialogs import Notice, show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import scrolled
from cbdesk.ui.views.catalog_dialogs import (  # noqa: F401 (MergeDialog: tests patch it here)
    AreaDialog,
    AreaListDialog,
    EndDialog,
    MergeDialog,
    SplitDialog,
    UnitDialog,
    UnitMergeDialog,
)


def ORG_EXAMPLES() -> dict[str, str]:  # noqa: N802 (translated when called)
    return {"parent_agency": tr("e.g. UBND TỈNH CAO BẰNG"),
            "name": tr("e.g. SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
            "symbol": tr("e.g. SLĐTBXH (printed as Số: 05/BC-SLĐTBXH)"),
            "place": tr("e.g. Cao Bằng (the date line)"),
            "signer_authority": tr("e.g. GIÁM ĐỐC or KT. GIÁM ĐỐC"),
            "signer_title": tr("e.g. PHÓ GIÁM ĐỐC (blank when the head signs)"),
            "signer_name": tr("e.g. Hoàng Thị Mỹ Hảo"),
            "archive_unit": tr("e.g. VP (in “Lưu: VT, VP.”)")}


def _table(model) -> QTableView:
    t = QTableView()
    t.setModel(model)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return t


def _button_row(layout, *pairs) -> dict[str, QPushButton]:
    row = QHBoxLayout()
    out = {}
    for key, text, slot in pairs:
        b = QPushButton(text)
        b.clicked.connect(slot)
        row.addWidget(b)
        out[key] = b
    row.addStretch(1)
    layout.addLayout(row)
    return out


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
                                Column(tr("In use"), lambda u: tr("yes") if u.active
                                       else tr("no")),
                                Column(tr("Merged into"), lambda u: u.merged_into or "")], self)
        unit_page = QWidget()
        ul = QVBoxLayout(unit_page)
        self.unit_buttons = _button_row(
            ul, ("add", tr("Add unit…"), self.add_unit),
            ("rename", tr("Rename…"), self.rename_unit),
            ("end", tr("Stop using…"), self.end_unit),
            ("merge", tr("Merge two units…"), self.merge_units))
        self.unit_table = _table(self.units)
        self.unit_table.doubleClicked.connect(lambda _i: self.rename_unit())
        ul.addWidget(self.unit_table)
        self.tabs.addTab(unit_page, tr("Units"))
        # areas
        self.areas = RowsModel([
            Column(tr("Code"), lambda a: a.code), Column(tr("Name"), lambda a: a.name),
            Column(tr("Level"), lambda a: a.level.label(lang())),
            Column(tr("Parent area"), lambda a: a.parent_code or ""),
            Column(tr("Valid from"), lambda a: format_date(a.valid_from) if a.valid_from else DASH),
            Column(tr("Valid until"), lambda a: format_date(a.valid_to) if a.valid_to else DASH),
            Column(tr("Merged into"), lambda a: a.merged_into or "")], self)
        area_page = QWidget()
        al = QVBoxLayout(area_page)
        self.area_buttons = _button_row(
            al, ("add", tr("Add area…"), self.add_area),
            ("several", tr("Add several…"), self.add_areas),
            ("edit", tr("Edit…"), self.edit_area),
            ("end", tr("End…"), self.end_area),
            ("merge", tr("Merge two areas…"), self.merge),
            ("split", tr("Split…"), self.split_area))
        self.area_table = _table(self.areas)
        self.area_table.doubleClicked.connect(lambda _i: self.edit_area())
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
            self.org_fields[key].setPlaceholderText(ORG_EXAMPLES().get(key, ""))
            form.addRow(label, self.org_fields[key])
        self.recipients = QPlainTextEdit()
        self.recipients.setFixedHeight(100)
        self.recipients.setPlaceholderText(tr("e.g. UBND tỉnh;\nLãnh đạo Sở;"))
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
        self.area_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.uom.clear()
        self.uom.addItems(catalog.units_of_measure(self.db))
        org = catalog.get_organisation(self.db)
        for key, edit in self.org_fields.items():
            edit.setText(getattr(org, key))
        self.recipients.setPlainText("\n".join(org.recipients))
        self.users_tab.reload()

    def _current(self, table, model):
        rows = table.selectionModel().selectedRows()
        if not rows:
            Notice.info(self, tr("Catalogs"), tr("Choose a row first."))
            return None
        return model.rows[rows[0].row()]

    def _run(self, fn, *args) -> bool:
        try:
            fn(self.db, self.actor, *args)
        except ServiceError as e:
            show_error(self, e)
            return False
        self.reload()
        return True

    # -- units --------------------------------------------------------------
    def add_unit(self) -> None:
        answer = UnitDialog.ask(self)
        if answer:
            code, name, kind = answer
            self._run(catalog.save_unit, code, name, kind)

    def rename_unit(self) -> None:
        u = self._current(self.unit_table, self.units)
        if u is None:
            return
        answer = UnitDialog.ask(self, u)
        if answer:
            code, name, kind = answer
            self._run(catalog.save_unit, code, name, kind, u.active)

    def end_unit(self) -> None:
        u = self._current(self.unit_table, self.units)
        if u is None:
            return
        on = EndDialog.ask(self, tr("Stop using a unit"),
                           f"{u.code} – {u.name}", tr("No longer used from"))
        if on:
            self._run(catalog_changes.end_unit, u.code, on)

    def merge_units(self) -> None:
        answer = UnitMergeDialog.ask(self, [(u.code, u.name) for u in self.units.rows
                                            if u.active])
        if answer:
            self._run(catalog_changes.merge_units, *answer)

    # -- areas --------------------------------------------------------------
    def _valid_areas(self):
        return [a for a in self.area_rows if a.merged_into is None]

    def add_area(self) -> None:
        answer = AreaDialog.ask(self, self.area_rows)
        if answer:
            self._run(catalog.save_area, *answer)

    def add_areas(self) -> None:
        areas = AreaListDialog.ask(self)
        if areas:
            self._run(catalog_changes.add_areas, areas)

    def edit_area(self) -> None:
        a = self._current(self.area_table, self.areas)
        if a is None:
            return
        answer = AreaDialog.ask(self, self.area_rows, a)
        if answer:
            self._run(catalog.save_area, *answer)

    def end_area(self) -> None:
        a = self._current(self.area_table, self.areas)
        if a is None:
            return
        last = EndDialog.ask(self, tr("End an area"), f"{a.code} – {a.name}",
                             tr("Last valid day"))
        if last:
            self._run(catalog_changes.end_area, a.code, last)

    def merge(self) -> None:
        answer = MergeDialog.ask(self, [(a.code, a.name) for a in self._valid_areas()])
        if answer:
            self._run(catalog.merge_areas, *answer)

    def split_area(self) -> None:
        answer = SplitDialog.ask(self, self._valid_areas())
        if answer:
            source, parts, on = answer
            self._run(catalog_changes.split_area, source, parts, on)

    def save_org(self) -> None:
        org = OrganisationData(**{k: e.text() for k, e in self.org_fields.items()},
                               recipients=self.recipients.toPlainText().splitlines())
        if self._run(catalog.save_organisation, org):
            Notice.info(self, tr("Organisation"), tr("Saved."))
