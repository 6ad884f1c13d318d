"""The target form: every field with its validation message beside it, and
the allocation of the target per area."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cbdesk.core.enums import Direction, Relation, TargetKind
from cbdesk.core.vnformat import NumberFormatError, format_number, parse_number
from cbdesk.services import catalog, targets
from cbdesk.services.errors import ServiceError
from cbdesk.ui.dialogs import SAVE_CANCEL, buttons, show_error
from cbdesk.ui.form_guard import GuardedForm
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen


def _error_label() -> QLabel:
    lab = QLabel()
    lab.setStyleSheet("color: #b3261e;")
    lab.setWordWrap(True)
    lab.hide()
    return lab


class TargetDialog(FitsScreen, GuardedForm, QDialog):
    FIELDS = ("code", "name", "unit", "target", "baseline", "parent", "lead_unit",
              "allocations")

    def __init__(self, parent, db, actor, year: int, code: str | None):
        super().__init__(parent)
        self.db, self.actor, self.year, self.original = db, actor, year, code
        self.setWindowTitle(tr("Edit target") if code else tr("New target"))
        form = QFormLayout()
        self.errors = {f: _error_label() for f in self.FIELDS}
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.addItems(catalog.units_of_measure(db))
        self.unit.setCurrentIndex(-1)  # no unit until one is chosen (not "%")
        self.unit.lineEdit().setPlaceholderText(tr("Choose or type, e.g. người, %, hộ"))
        self.kind = QComboBox()
        for k in TargetKind:
            self.kind.addItem(k.label(lang()), k.value)
        self.direction = QComboBox()
        for d in Direction:
            self.direction.addItem(d.label(lang()), d.value)
        self.target = QLineEdit()
        self.target.setPlaceholderText(tr("A number, e.g. 12.000 or 3,45"))
        self.baseline = QLineEdit()
        self.baseline.setPlaceholderText(tr("Optional"))
        self.decimals = QSpinBox()
        self.decimals.setRange(0, 4)
        self.parent_box = QComboBox()
        self.parent_box.addItem(tr("(none)"), None)
        for r, name in targets.code_names(db, year):
            if r != code and not (code and r.startswith(code + ".")):
                label = f"{r} — {name}"
                self.parent_box.addItem(label if len(label) <= 70 else label[:69] + "…", r)
        self.relation = QComboBox()
        for rel in Relation:
            self.relation.addItem(rel.label(lang()), rel.value)
        self.lead = QComboBox()
        self.lead.addItem(tr("(none)"), None)
        for u in catalog.list_units(db):
            self.lead.addItem(u.name, u.code)
        rows = [(tr("Code"), self.code, "code"), (tr("Name"), self.name, "name"),
                (tr("Unit of measure"), self.unit, "unit"), (tr("Kind"), self.kind, None),
                (tr("Direction"), self.direction, None),
                (tr("Year's target"), self.target, "target"),
                (tr("Baseline"), self.baseline, "baseline"),
                (tr("Decimals shown"), self.decimals, None),
                (tr("Parent target"), self.parent_box, "parent"),
                (tr("Relation to parent"), self.relation, None),
                (tr("Lead unit"), self.lead, "lead_unit")]
        for label, widget, key in rows:
            holder = QWidget()
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(widget)
            if key:
                v.addWidget(self.errors[key])
            form.addRow(label, holder)

        # The kind follows the unit until the user picks one: a "%" is a level
        # (Thời điểm), a count is cumulative (Cộng dồn).
        self._kind_touched = False
        self.kind.activated.connect(lambda _i: setattr(self, "_kind_touched", True))
        self.unit.currentTextChanged.connect(self._unit_changed)

        self.alloc_edits: dict[str, QLineEdit] = {}
        group = QGroupBox(tr("Allocation by area"))
        grid = QGridLayout(group)
        areas = [a for a in catalog.list_areas(db) if a.level.value != "province"
                 and (a.valid_to is None or a.valid_to.year >= year)]
        for i, a in enumerate(areas):
            edit = QLineEdit()
            edit.setMaximumWidth(110)
            self.alloc_edits[a.code] = edit
            grid.addWidget(QLabel(a.name), i // 2, (i % 2) * 2)
            grid.addWidget(edit, i // 2, (i % 2) * 2 + 1)
        grid.addWidget(self.errors["allocations"], (len(areas) + 1) // 2, 0, 1, 4)

        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addLayout(form)
        lay.addWidget(group)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        self.box = buttons(SAVE_CANCEL, self)
        outer.addWidget(self.box)
        self.resize(720, 640)
        self.version = None
        if code:
            self._load(targets.get_target(db, year, code))

    def _unit_changed(self, unit: str) -> None:
        if self._kind_touched:
            return
        kind = TargetKind.LEVEL if unit.strip() == "%" else TargetKind.CUMULATIVE
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _load(self, f: targets.TargetForm) -> None:
        self._kind_touched = True  # a stored target keeps its kind
        self.version = f.version
        self.code.setText(f.code)
        self.name.setText(f.name)
        self.unit.setCurrentText(f.unit)
        self.kind.setCurrentIndex(self.kind.findData(f.kind))
        self.direction.setCurrentIndex(self.direction.findData(f.direction))
        self.target.setText(format_number(f.target, f.decimals if f.unit == "%" else None))
        self.baseline.setText(format_number(f.baseline))
        self.decimals.setValue(f.decimals)
        self.parent_box.setCurrentIndex(max(self.parent_box.findData(f.parent_code), 0))
        if f.relation:
            self.relation.setCurrentIndex(self.relation.findData(f.relation))
        self.lead.setCurrentIndex(max(self.lead.findData(f.lead_unit), 0))
        for acode, value in f.allocations.items():
            if acode in self.alloc_edits:
                self.alloc_edits[acode].setText(format_number(value))

    def _number(self, edit: QLineEdit, key: str, problems: dict) -> float | None:
        try:
            return parse_number(edit.text())
        except NumberFormatError as e:
            problems[key] = e.message(lang())
            return None

    def form(self) -> tuple[targets.TargetForm | None, dict[str, str]]:
        problems: dict[str, str] = {}
        target = self._number(self.target, "target", problems)
        baseline = self._number(self.baseline, "baseline", problems)
        allocs = {}
        for acode, edit in self.alloc_edits.items():
            v = self._number(edit, "allocations", problems)
            if v is not None:
                allocs[acode] = v
        f = targets.TargetForm(
            code=self.code.text(), name=self.name.text(), unit=self.unit.currentText(),
            kind=self.kind.currentData(), direction=self.direction.currentData(),
            target=target, baseline=baseline, parent_code=self.parent_box.currentData(),
            relation=self.relation.currentData(), lead_unit=self.lead.currentData(),
            decimals=self.decimals.value(), allocations=allocs, version=self.version)
        return f, problems

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, lab in self.errors.items():
            lab.setText(problems.get(key, ""))
            lab.setVisible(key in problems)

    def try_save(self) -> bool:
        f, problems = self.form()
        if problems:
            self.show_problems(problems)
            return False
        try:
            targets.save_target(self.db, self.actor, self.year, f, self.original)
        except targets.TargetValidationError as e:
            idx = 0 if lang() == "vi" else 1
            self.show_problems({k: v[idx] for k, v in e.fields.items()})
            return False
        except ServiceError as e:
            show_error(self, e)
            return False
        self.show_problems({})
        return True

    def accept(self) -> None:
        if self.try_save():
            super().accept()

    @classmethod
    def edit(cls, parent, db, actor, year: int, code: str | None) -> bool:
        """Open the form; True when the target was saved."""
        return cls(parent, db, actor, year, code).exec() == QDialog.DialogCode.Accepted


def targets_list(db, year: int) -> list[str]:
    return targets.search(db, year, "")
