"""The pages of the first-start setup: the agency, the areas, the units, the
first plan. Each page checks what it holds before the wizard moves on."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from cbdesk.core.enums import AreaLevel
from cbdesk.core.vnformat import format_date
from cbdesk.services import plan_info
from cbdesk.services.catalog_changes import parse_area_lines
from cbdesk.services.errors import ServiceError
from cbdesk.services.setup.area_lists import area_lists
from cbdesk.ui.i18n import lang, tr

ERROR_STYLE = "color:#b3261e"


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class AgencyPage(QWizardPage):
    """The agency and its parent, symbol, place, signer and title."""

    FIELDS = ("parent_agency", "name", "symbol", "place", "signer_authority", "signer_title",
              "signer_name", "archive_unit")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(tr("Your agency"))
        self.setSubTitle(tr("As printed at the top of every report. You can change it later "
                            "in Catalogs → Organisation."))
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for key, label, example in (
                ("parent_agency", tr("Parent agency"), tr("e.g. UBND TỈNH CAO BẰNG")),
                ("name", tr("Issuing agency"), tr("e.g. SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")),
                ("symbol", tr("Agency symbol"), tr("e.g. SLĐTBXH (printed as Số: 05/BC-SLĐTBXH)")),
                ("place", tr("Place name"), tr("e.g. Cao Bằng (the date line)")),
                ("signer_authority", tr("Signing authority"), tr("e.g. GIÁM ĐỐC or KT. GIÁM ĐỐC")),
                ("signer_title", tr("Signer's title"), tr("e.g. PHÓ GIÁM ĐỐC (blank when the "
                                                          "head signs)")),
                ("signer_name", tr("Signer"), tr("e.g. Hoàng Thị Mỹ Hảo")),
                ("archive_unit", tr("Archive unit"), tr("e.g. VP (in “Lưu: VT, VP.”)"))):
            edit = QLineEdit()
            edit.setPlaceholderText(example)
            edit.textChanged.connect(self.completeChanged)
            self.edits[key] = edit
            form.addRow(label + (" *" if key in ("name", "symbol", "place") else ""), edit)
        form.addRow(_note(tr("* needed to print a report.")))

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return all(self.edits[k].text().strip() for k in ("name", "symbol", "place"))

    def values(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.edits.items()}


class AreasPage(QWizardPage):
    """The areas: typed, pasted from a list, or taken from the built-in list."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(tr("Areas"))
        self.setSubTitle(tr("The districts or communes your figures are reported by, one a "
                            "line: code and name (pasted from Excel: two columns; optional "
                            "third and fourth columns: valid from, valid until). You may leave "
                            "this empty and add them later in Catalogs."))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Level:")))
        self.level = QComboBox()
        for level in (AreaLevel.DISTRICT, AreaLevel.COMMUNE):
            self.level.addItem(level.label(lang()), level.value)
        row.addWidget(self.level)
        row.addSpacing(12)
        self.builtin = QComboBox()
        for lst in area_lists():
            self.builtin.addItem(lst.label(lang()), lst.key)
        row.addWidget(self.builtin, 1)
        self.take = QPushButton(tr("Take this list"))
        self.take.clicked.connect(self.take_builtin)
        row.addWidget(self.take)
        lay.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("040\tThành phố Cao Bằng\n042\tBảo Lâm\n…")
        self.text.setTabStopDistance(170)
        lay.addWidget(self.text, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.text.textChanged.connect(self._read)
        self.areas: list = []

    def take_builtin(self) -> None:
        lst = {x.key: x for x in area_lists()}[self.builtin.currentData()]
        lines = [f"{a.code}\t{a.name}\t{format_date(a.valid_from) if a.valid_from else ''}\t"
                 f"{format_date(a.valid_to) if a.valid_to else ''}".rstrip("\t")
                 for a in lst.areas]
        current = self.text.toPlainText().rstrip()
        self.text.setPlainText((current + "\n" if current else "") + "\n".join(lines))

    def _read(self) -> bool:
        try:
            self.areas = parse_area_lines(self.text.toPlainText(), self.level.currentData())
        except ServiceError as e:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(e.message(lang()))
            return False
        codes = [a.code for a in self.areas]
        if len(set(codes)) != len(codes):
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(tr("Two lines have the same code."))
            return False
        self.status.setStyleSheet("")
        self.status.setText(tr("{n} areas").format(n=len(self.areas)) if self.areas else "")
        return True

    def validatePage(self) -> bool:  # noqa: N802
        return self._read()


class UnitsPage(QWizardPage):
    """The office's own units and the outside bodies tasks are assigned to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(tr("Units"))
        self.setSubTitle(tr("The units that lead or help with tasks, one a line: code and "
                            "name. Outside bodies (other departments, district people's "
                            "committees) in the second box."))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("Your own units:")))
        self.internal = QPlainTextEdit()
        self.internal.setPlaceholderText("VL\tPhòng Lao động - Việc làm\nVP\tVăn phòng Sở")
        lay.addWidget(self.internal, 1)
        lay.addWidget(QLabel(tr("Outside bodies:")))
        self.external = QPlainTextEdit()
        self.external.setPlaceholderText("SKHDT\tSở Kế hoạch và Đầu tư")
        lay.addWidget(self.external, 1)
        self.status = QLabel()
        self.status.setStyleSheet(ERROR_STYLE)
        lay.addWidget(self.status)

    def units(self) -> list[tuple[str, str, str]]:
        out = []
        for edit, kind in ((self.internal, "internal"), (self.external, "external")):
            for a in parse_area_lines(edit.toPlainText()):
                out.append((a.code, a.name, kind))
        return out

    def validatePage(self) -> bool:  # noqa: N802
        try:
            units = self.units()
        except ServiceError as e:
            self.status.setText(e.message(lang()))
            return False
        if len({u[0] for u in units}) != len(units):
            self.status.setText(tr("Two lines have the same code."))
            return False
        self.status.setText("")
        return True


class PlanPage(QWizardPage):
    """The first plan: empty, read from a document or a workbook, the sample
    in its own file, or later."""

    def __init__(self, parent=None, years: list[int] | None = None):
        super().__init__(parent)
        self.years = sorted(years or [], reverse=True)
        self.setTitle(tr("The first plan"))
        self.setSubTitle(tr("How would you like to start?"))
        lay = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for key, text in (("empty", tr("An empty plan, filled in here")),
                          ("document", tr("A plan read from a Word document (.docx)")),
                          ("excel", tr("A plan imported from an Excel workbook")),
                          ("sample", tr("Look at the sample plan first (opened as a separate "
                                        "file; it never mixes with your data)")),
                          ("later", tr("Later"))):
            button = QRadioButton(text)
            self.group.addButton(button)
            self.choices[key] = button
            lay.addWidget(button)
            if key == "empty":
                form = QFormLayout()
                self.year = QSpinBox()
                self.year.setRange(2000, 2100)
                self.year.setValue(date.today().year)
                self.title_edit = QLineEdit()
                self.year.valueChanged.connect(self._suggest)
                self.carry = QComboBox()
                self.carry.addItem(tr("(nothing: an empty plan)"), None)
                for y in self.years:
                    self.carry.addItem(tr("The {0} plan").format(y), y)
                form.addRow("    " + tr("Year:"), self.year)
                form.addRow("    " + tr("Title:"), self.title_edit)
                if self.years:  # a plan exists: its targets and tasks may be carried over
                    form.addRow("    " + tr("Carry over from:"), self.carry)
                    self.year.setValue(max(self.years) + 1)
                lay.addLayout(form)
        self.choices["empty"].setChecked(True)
        self.choices["empty"].toggled.connect(self.year.setEnabled)
        self.choices["empty"].toggled.connect(self.title_edit.setEnabled)
        self.choices["empty"].toggled.connect(self.carry.setEnabled)
        self._suggest()
        lay.addStretch(1)

    def _suggest(self) -> None:
        self.title_edit.setText(plan_info.suggested_title(self.year.value()))

    def choice(self) -> str:
        return next(k for k, b in self.choices.items() if b.isChecked())
