"""Simple pages for now: an overview of the period, the reports page and the
settings page. Other engineers will fill the first two in (see VIEWS)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout

from cbdesk.core.enums import TargetStatus, TaskStatus
from cbdesk.services import progress as progress_service
from cbdesk.services import tasks as task_service
from cbdesk.ui.common import STATUS_COLOURS, View
from cbdesk.ui.i18n import lang, tr


def _chips(counter: Counter, order) -> str:
    cells = []
    for st in order:
        bg, fg = STATUS_COLOURS[st]
        cells.append(f"<td style='background:{bg}; color:{fg}; padding:10px 16px'>"
                     f"<span style='font-size:20pt'><b>{counter.get(st, 0)}</b></span><br>"
                     f"{st.label(lang())}</td>")
    return "<table cellspacing='8'><tr>" + "".join(cells) + "</tr></table>"


class OverviewView(View):
    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)

    def reload(self) -> None:
        if self.year is None:
            return
        rows = progress_service.target_rows(self.db, self.year, self.period)
        tasks = task_service.list_tasks(self.db, self.year,
                                       min(date.today(), self.period.end))
        t_count = Counter(r.status for r in rows)
        k_count = Counter(r.status for r in tasks)
        behind = [r for r in rows if r.status.is_short]
        html = (f"<h2>{tr('Plan')} {self.year} · {self.period.label(lang())}</h2>"
                f"<h3>{tr('Targets')} ({len(rows)})</h3>" + _chips(t_count, list(TargetStatus))
                + f"<h3>{tr('Tasks')} ({len(tasks)})</h3>" + _chips(k_count, list(TaskStatus)))
        if behind:
            html += f"<h3>{tr('Behind schedule')}</h3><ul>" + "".join(
                f"<li>{r.code}. {r.name}</li>" for r in behind) + "</ul>"
        self.label.setText(html)


class ReportsView(View):
    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        label = QLabel(tr("Reports (progress report, plan document, task assignments) are "
                          "made from the command line for now: cbdesk report --plan YEAR "
                          "--period P -o FILE.pdf. The reports page comes in a later version."))
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        QVBoxLayout(self).addWidget(label)


class SettingsView(View):
    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        from cbdesk.ui.ui_settings import app_settings

        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang() == "vi" else 1)
        self.language.currentIndexChanged.connect(
            lambda _i: app_settings().setValue("lang", self.language.currentData()))
        form.addRow(tr("Language (after restart)"), self.language)
        self.info = QLabel()
        form.addRow(tr("Database:"), self.info)

    def reload(self) -> None:
        self.info.setText(self.db.display_name())
