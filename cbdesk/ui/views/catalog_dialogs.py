"""The catalog's dialogs: an area (code, name, level, parent, validity), a
unit, ending one on a date, merging two, splitting an area, several areas at
once (typed, pasted or from the built-in list). Each has a patchable ``ask``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from cbdesk.core.enums import AreaLevel, UnitKind
from cbdesk.core.vnformat import format_date
from cbdesk.services.catalog_changes import NewArea, parse_area_lines
from cbdesk.services.errors import ServiceError
from cbdesk.services.setup.area_lists import area_lists
from cbdesk.ui.dialogs import OK_CANCEL, buttons
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value or date.today()))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class _Form(FitsScreen, QDialog):
    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        self.error.setWordWrap(True)

    def finish(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(buttons(OK_CANCEL, self))


class AreaDialog(_Form):
    """Add an area or edit one (its code stays: the figures hang on it)."""

    def __init__(self, parent, areas, area=None):
        super().__init__(parent, tr("Edit area") if area else tr("Add area"))
        self.code = QLineEdit(area.code if area else "")
        self.code.setPlaceholderText(tr("e.g. 040 (the statistical code)"))
        self.code.setReadOnly(area is not None)
        self.name = QLineEdit(area.name if area else "")
        self.name.setPlaceholderText(tr("e.g. Thành phố Cao Bằng"))
        self.level = QComboBox()
        for lv in AreaLevel:
            self.level.addItem(lv.label(lang()), lv.value)
        self.level.setCurrentIndex(max(self.level.findData(
            area.level.value if area else AreaLevel.DISTRICT.value), 0))
        self.parent_box = QComboBox()
        self.parent_box.addItem(tr("(none)"), None)
        for a in areas:
            if area is None or a.code != area.code:
                self.parent_box.addItem(f"{a.code} – {a.name}", a.code)
        if area and area.parent_code:
            self.parent_box.setCurrentIndex(max(self.parent_box.findData(area.parent_code), 0))
        self.has_from = QCheckBox(tr("Valid from"))
        self.valid_from = date_edit(area.valid_from if area else None)
        self.has_from.setChecked(bool(area and area.valid_from))
        self.has_to = QCheckBox(tr("Valid until"))
        self.valid_to = date_edit(area.valid_to if area else None)
        self.has_to.setChecked(bool(area and area.valid_to))
        self.form.addRow(tr("Code"), self.code)
        self.form.addRow(tr("Name"), self.name)
        self.form.addRow(tr("Level"), self.level)
        self.form.addRow(tr("Parent area"), self.parent_box)
        self.form.addRow(self.has_from, self.valid_from)
        self.form.addRow(self.has_to, self.valid_to)
        self.finish()

    def values(self) -> tuple:
        return (self.code.text(), self.name.text(), self.level.currentData(),
                self.parent_box.currentData(),
                self.valid_from.date().toPython() if self.has_from.isChecked() else None,
                self.valid_to.date().toPython() if self.has_to.isChecked() else None)

    @classmethod
    def ask(cls, parent, areas, area=None) -> tuple | None:
        d = cls(parent, areas, area)
        return d.values() if d.exec() == QDialog.DialogCode.Accepted else None


class UnitDialog(_Form):
    def __init__(self, parent, unit=None):
        super().__init__(parent, tr("Rename unit") if unit else tr("Add unit"))
        self.code = QLineEdit(unit.code if unit else "")
        self.code.setPlaceholderText(tr("e.g. VL"))
        self.code.setReadOnly(unit is not None)
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setPlaceholderText(tr("e.g. Phòng Lao động - Việc làm"))
        self.kind = QComboBox()
        for k in UnitKind:
            self.kind.addItem(k.label(lang()), k.value)
        if unit:
            self.kind.setCurrentIndex(max(self.kind.findData(unit.kind.value), 0))
        self.form.addRow(tr("Code"), self.code)
        self.form.addRow(tr("Name"), self.name)
        self.form.addRow(tr("Kind"), self.kind)
        self.finish()

    @classmethod
    def ask(cls, parent, unit=None) -> tuple[str, str, str] | None:
        d = cls(parent, unit)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        return d.code.text(), d.name.text(), d.kind.currentData()


class EndDialog(_Form):
    """The day something stops: an area's last valid day, a unit's end."""

    def __init__(self, parent, title: str, what: str, label: str):
        super().__init__(parent, title)
        self.form.addRow(QLabel(what))
        self.on = date_edit()
        self.form.addRow(label, self.on)
        self.finish()

    @classmethod
    def ask(cls, parent, title: str, what: str, label: str) -> date | None:
        d = cls(parent, title, what, label)
        return d.on.date().toPython() if d.exec() == QDialog.DialogCode.Accepted else None


class MergeDialog(_Form):
    """Merge one area (or unit) into another from a date."""

    def __init__(self, parent, items, title: str | None = None):
        super().__init__(parent, title or tr("Merge areas"))
        self.source, self.into = QComboBox(), QComboBox()
        for code, name in items:
            self.source.addItem(f"{code} – {name}", code)
            self.into.addItem(f"{code} – {name}", code)
        if len(items) > 1:
            self.into.setCurrentIndex(1)
        self.on = date_edit()
        self.form.addRow(tr("Merged"), self.source)
        self.form.addRow(tr("Into"), self.into)
        self.form.addRow(tr("From"), self.on)
        self.finish()

    @classmethod
    def ask(cls, parent, items, title: str | None = None) -> tuple[str, str, date] | None:
        d = cls(parent, items, title)  # items: (code, name)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        return d.source.currentData(), d.into.currentData(), d.on.date().toPython()


class SplitDialog(_Form):
    """Split an area into new ones from a date."""

    def __init__(self, parent, areas):
        super().__init__(parent, tr("Split an area"))
        self.source = QComboBox()
        for a in areas:
            self.source.addItem(f"{a.code} – {a.name}", a.code)
        self.on = date_edit()
        self.parts = QPlainTextEdit()
        self.parts.setPlaceholderText("04501\tXã A\n04502\tXã B")
        self.form.addRow(tr("Area split"), self.source)
        self.form.addRow(tr("From"), self.on)
        self.form.addRow(tr("New areas (code and name, one a line)"), self.parts)
        self.finish()

    def accept(self) -> None:
        try:
            parse_area_lines(self.parts.toPlainText())
        except ServiceError as e:
            self.error.setText(e.message(lang()))
            return
        super().accept()

    @classmethod
    def ask(cls, parent, areas) -> tuple[str, list[NewArea], date] | None:
        d = cls(parent, areas)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        return (d.source.currentData(), parse_area_lines(d.parts.toPlainText()),
                d.on.date().toPython())


class AreaListDialog(_Form):
    """Several areas at once: typed, pasted from Excel, or the built-in list."""

    def __init__(self, parent):
        super().__init__(parent, tr("Add several areas"))
        self.level = QComboBox()
        for lv in (AreaLevel.DISTRICT, AreaLevel.COMMUNE):
            self.level.addItem(lv.label(lang()), lv.value)
        self.builtin = QComboBox()
        for lst in area_lists():
            self.builtin.addItem(lst.label(lang()), lst.key)
        take = QPushButton(tr("Take this list"))
        take.clicked.connect(self.take)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("040\tThành phố Cao Bằng\n042\tBảo Lâm")
        self.text.setTabStopDistance(170)
        self.text.setMinimumSize(520, 220)
        self.form.addRow(tr("Level:"), self.level)
        self.form.addRow(self.builtin, take)
        self.form.addRow(QLabel(tr("Code and name, one a line (optional: valid from, valid "
                                   "until, tab-separated):")))
        self.form.addRow(self.text)
        self.finish()

    def take(self) -> None:
        lst = {x.key: x for x in area_lists()}[self.builtin.currentData()]
        self.text.setPlainText("\n".join(
            "\t".join([a.code, a.name, format_date(a.valid_from) if a.valid_from else "",
                       format_date(a.valid_to) if a.valid_to else ""]).rstrip("\t")
            for a in lst.areas))

    def areas(self) -> list[NewArea]:
        return parse_area_lines(self.text.toPlainText(), self.level.currentData())

    def accept(self) -> None:
        try:
            self.areas()
        except ServiceError as e:
            self.error.setText(e.message(lang()))
            return
        super().accept()

    @classmethod
    def ask(cls, parent) -> list[NewArea] | None:
        d = cls(parent)
        return d.areas() if d.exec() == QDialog.DialogCode.Accepted else None


class UnitMergeDialog(MergeDialog):
    """Merge one unit into another from a date."""

    @classmethod
    def ask(cls, parent, items, title: str | None = None) -> tuple[str, str, date] | None:
        return super().ask(parent, items, title or tr("Merge units"))
