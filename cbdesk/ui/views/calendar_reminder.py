"""The reminder shown when the program opens on or after a report's due day:
a non-modal note in the status bar naming the reports due or overdue, with a
button that opens the reporting calendar. Nothing pops up over the work."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from cbdesk.core.vnformat import format_date
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.views import calendar_common as cc
from cbdesk.ui.workers import run_in_background

SHOWN = 1  # periods named in the note; the rest are counted (all in its tooltip)


def reminder_text(rows, shown: int = SHOWN) -> str:
    """``Báo cáo đến hạn: Quý II/2021 (hạn 21/06/2021), … và 3 kỳ khác``."""
    rows = sorted(rows, key=lambda r: r.dates.report_due, reverse=True)
    named = ", ".join(tr("{period} (due {day})").format(
        period=r.period.label(lang()), day=format_date(r.dates.report_due))
        for r in rows[:shown])
    text = tr("Reports due:") + " " + named
    if len(rows) > shown:
        text += " " + tr("and {n} more").format(n=len(rows) - shown)
    return text


class ReminderBanner(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setStyleSheet("color: #a3230b; font-weight: bold;")
        # A long note is cut rather than widening the window (its tooltip has it all).
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(120)
        self.open_button = QPushButton(tr("Open the calendar"))
        self.open_button.setFlat(True)
        self.hide_button = QPushButton(tr("Hide"))
        self.hide_button.setFlat(True)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.hide_button)
        self.open_button.clicked.connect(lambda: window.show_view("calendar"))
        self.hide_button.clicked.connect(self.hide)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.rows = list(rows)
        self.label.setText(reminder_text(self.rows) if self.rows else "")
        self.label.setToolTip(reminder_text(self.rows, len(self.rows)) if self.rows else "")
        self.setVisible(bool(self.rows))


def remind(window) -> None:
    """Check the calendar off the UI thread; show the note when a report is due."""
    banner = getattr(window, "calendar_reminder", None)
    if banner is None:
        banner = ReminderBanner(window)
        banner.hide()
        window.statusBar().addPermanentWidget(banner, 2)
        window.calendar_reminder = banner
    db, day = window.db, cc.today()

    from cbdesk.services import calendar as cal  # here, not on the worker (see ui.workers)

    def work():
        return cal.reminder(db, day)

    run_in_background(work, cc.when_alive(banner, banner.set_rows),
                      cc.when_alive(banner, lambda _exc: banner.set_rows([])))
