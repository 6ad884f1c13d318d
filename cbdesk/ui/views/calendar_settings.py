"""The reporting calendar's settings, a group of the Settings view: the rule
(Decree 09/2019 or calendar months), the periods reported, the due days and
what a weekend or holiday does to them. Saved through services.calendar
(leaders, checked, audited)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from cbdesk.core.calendar import KIND_ORDER
from cbdesk.ui.i18n import tr


class _Scroller(QScrollArea):
    def __init__(self):
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setMinimumHeight(24)

    def sizeHint(self):  # noqa: N802 — as tall as the box, not Qt's default guess
        hint = super().sizeHint()
        if self.widget() is not None:
            hint.setHeight(self.widget().sizeHint().height() + 2)
        return hint


def _int(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:  # edited by hand: the default, corrected on save
        return default


class CalendarSettingsBox(QGroupBox):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(tr("Reporting calendar"), parent)
        form = QFormLayout(self)
        self.rule = QComboBox()
        self.rule.addItem(tr("Decree 09/2019 (15th to 14th)"), "nd09")
        self.rule.addItem(tr("Calendar months"), "calendar")
        form.addRow(tr("Figures run by:"), self.rule)
        kinds = QWidget()
        kl = QHBoxLayout(kinds)
        kl.setContentsMargins(0, 0, 0, 0)
        words = {"M": tr("Month"), "Q": tr("Quarter"), "H": tr("6 months"),
                 "9M": tr("9 months"), "Y": tr("Year")}
        self.kinds = {k: QCheckBox(words[k]) for k in KIND_ORDER}
        for box in self.kinds.values():
            kl.addWidget(box)
        form.addRow(tr("Periods reported:"), kinds)
        self.forms_days = QSpinBox()
        self.forms_days.setRange(0, 60)
        self.report_days = QSpinBox()
        self.report_days.setRange(0, 90)
        self.soon_days = QSpinBox()
        self.soon_days.setRange(0, 90)
        for spin in (self.forms_days, self.report_days, self.soon_days):
            spin.setSuffix(" " + tr("days"))
        form.addRow(tr("Forms due after the cut-off:"), self.forms_days)
        form.addRow(tr("Report due after the cut-off:"), self.report_days)
        self.shift = QComboBox()
        self.shift.addItem(tr("Moves to the next working day"), "next")
        self.shift.addItem(tr("Moves to the working day before"), "previous")
        self.shift.addItem(tr("Stays"), "none")
        form.addRow(tr("A due day on a weekend or holiday:"), self.shift)
        self.holidays = QLineEdit()
        self.holidays.setPlaceholderText(tr("e.g. 01/01, 30/04, 01/05, 02/09, "
                                            "10/02/2021-16/02/2021"))
        form.addRow(tr("Holidays:"), self.holidays)
        form.addRow(tr("Warn this long before a due day:"), self.soon_days)
        for w in (self.rule, self.shift):
            w.currentIndexChanged.connect(self.edited)
        for spin in (self.forms_days, self.report_days, self.soon_days):
            spin.valueChanged.connect(self.edited)
        for box in self.kinds.values():
            box.toggled.connect(self.edited)
        self.holidays.textEdited.connect(self.edited)

    def scroller(self):
        """This box in a frameless scroll area: whole when there is room, scrolling
        on a small screen (the Settings view still fits 910×480)."""
        area = _Scroller()
        area.setWidget(self)
        return area

    def load(self, values: dict[str, str]) -> None:
        self.rule.setCurrentIndex(max(self.rule.findData(values["calendar.rule"]), 0))
        wanted = {k.strip().upper() for k in values["calendar.kinds"].split(",")}
        for k, box in self.kinds.items():
            box.setChecked(k in wanted)
        self.forms_days.setValue(_int(values["calendar.forms_due_days"], 1))
        self.report_days.setValue(_int(values["calendar.report_due_days"], 6))
        self.soon_days.setValue(_int(values["calendar.due_soon_days"], 7))
        self.shift.setCurrentIndex(max(self.shift.findData(values["calendar.shift"]), 0))
        self.holidays.setText(values["calendar.holidays"])

    def values(self) -> dict[str, str]:
        return {
            "calendar.rule": self.rule.currentData(),
            "calendar.kinds": ",".join(k for k, b in self.kinds.items() if b.isChecked()),
            "calendar.forms_due_days": str(self.forms_days.value()),
            "calendar.report_due_days": str(self.report_days.value()),
            "calendar.due_soon_days": str(self.soon_days.value()),
            "calendar.shift": self.shift.currentData(),
            "calendar.holidays": self.holidays.text().strip(),
        }
