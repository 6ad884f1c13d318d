"""A task's deadline, picked rather than typed: a date (calendar), a period of
the plan's year (Quý II/2021, 6 tháng đầu năm…) or "thường xuyên" (ongoing)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from cbdesk.core.deadlines import Deadline, DeadlineError
from cbdesk.core.periods import periods_of_year
from cbdesk.ui.i18n import lang, tr

KINDS = ("none", "date", "period", "ongoing")


class DeadlinePicker(QWidget):
    changed = Signal()

    def __init__(self, year: int, parent=None):
        super().__init__(parent)
        self.year = year
        self.kind = QComboBox()
        for key, text in zip(KINDS, (tr("No deadline"), tr("A date"), tr("A period"),
                                     tr("Ongoing")), strict=True):
            self.kind.addItem(text, key)
        self.day = QDateEdit(QDate(year, 12, 31))
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.period = QComboBox()
        for p in periods_of_year(year):
            self.period.addItem(p.label(lang()), p.code)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.kind)
        lay.addWidget(self.day, 1)
        lay.addWidget(self.period, 1)
        self.kind.currentIndexChanged.connect(self._show)
        for sig in (self.kind.currentIndexChanged, self.day.dateChanged,
                    self.period.currentIndexChanged):
            sig.connect(lambda *_a: self.changed.emit())
        self._show()

    def _show(self) -> None:
        kind = self.kind.currentData()
        self.day.setVisible(kind == "date")
        self.period.setVisible(kind == "period")

    def set_code(self, code: str) -> None:
        """Show a stored deadline (``Deadline.code``, or any text Deadline reads)."""
        try:
            d = Deadline.parse(code) if code else Deadline("none")
        except DeadlineError:
            d = Deadline("none")
        self.kind.setCurrentIndex(max(self.kind.findData(d.kind), 0))
        if d.kind == "date" and d.day:
            self.day.setDate(QDate(d.day))
        elif d.kind == "period" and d.period:
            idx = self.period.findData(d.period.code)
            if idx < 0:  # a period of another year: keep it choosable
                self.period.addItem(d.period.label(lang()), d.period.code)
                idx = self.period.count() - 1
            self.period.setCurrentIndex(idx)

    def code(self) -> str:
        kind = self.kind.currentData()
        if kind == "date":
            day: date = self.day.date().toPython()
            return day.isoformat()
        if kind == "period":
            return self.period.currentData() or ""
        return "ongoing" if kind == "ongoing" else ""
