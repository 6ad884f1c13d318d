"""Báo cáo: fill a report's number, date, signer, recipients and free-text
sections (kept as a draft) and render it. Previewing, saving as PDF or Word and
printing live in ``report_output``; issuing it and the reports already issued
in ``issued_reports``."""

from __future__ import annotations

import tempfile
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbdesk.core.enums import ReportKind
from cbdesk.core.periods import periods_of_year
from cbdesk.services import issued as issued_service
from cbdesk.services import settings as settings_service
from cbdesk.services.errors import PermissionDenied
from cbdesk.ui.common import View
from cbdesk.ui.dialogs import ConfirmDialog, draft_not_saved, show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.views.issued_reports import IssuedReportsMixin
from cbdesk.ui.views.pdf_preview import PdfPreview
from cbdesk.ui.views.report_output import ReportOutputMixin
from cbdesk.ui.workers import BusyBar, run_in_background


def _render(db, year, kind, period, meta, fmt, font):
    from cbdesk.reports.build import render_report

    return render_report(db, year, kind, period, meta, fmt=fmt, font=font)


class ReportsView(IssuedReportsMixin, ReportOutputMixin, View):
    """Báo cáo. ``rendered(fmt)`` after each background rendering,
    ``issued_changed`` after issuing (see :class:`IssuedReportsMixin`)."""

    rendered = Signal(str)
    issued_changed = Signal()

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self._tmp = tempfile.TemporaryDirectory(prefix="cbdesk-preview-")
        self._preview_no = 0
        self.pdf_doc: QPdfDocument | None = None
        self.last_pdf: bytes | None = None
        self._draft_key: tuple | None = None
        self._dirty = False
        self._filling = False
        self._build()

    # -- patchable dialog (the save and print ones are in ReportOutputMixin) --
    @classmethod
    def confirm(cls, parent, title: str, text: str) -> bool:
        return ConfirmDialog.ask(parent, title, text)

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()

        form_page = QWidget()
        form = QFormLayout(form_page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_combo = QComboBox()
        for k in ReportKind:
            self.kind_combo.addItem(k.label(lang()), k.value)
        self.period_combo = QComboBox()
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(tr("e.g. 05 (blank: fill in by hand)"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.authority_edit, self.title_edit, self.name_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.recipients_edit = QPlainTextEdit()
        self.recipients_edit.setPlaceholderText(tr("One recipient per line"))
        self.recipients_edit.setFixedHeight(76)
        texts = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        self.difficulties_edit, self.next_steps_edit, self.proposals_edit = texts
        for edit in texts:
            edit.setFixedHeight(84)
            edit.setPlaceholderText(tr("Paragraphs separated by a blank line"))
        form.addRow(tr("Kind:"), self.kind_combo)
        form.addRow(tr("Period:"), self.period_combo)
        form.addRow(tr("Number:"), self.number_edit)
        form.addRow(tr("Date:"), self.date_edit)
        form.addRow(tr("Signing authority:"), self.authority_edit)
        form.addRow(tr("Signer's title:"), self.title_edit)
        form.addRow(tr("Signer:"), self.name_edit)
        form.addRow(tr("Recipients:"), self.recipients_edit)
        form.addRow(tr("Difficulties:"), self.difficulties_edit)
        form.addRow(tr("Next steps:"), self.next_steps_edit)
        form.addRow(tr("Proposals:"), self.proposals_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_page)
        self.tabs.addTab(scroll, tr("Report"))
        self.tabs.addTab(self._build_issued_page(), tr("Issued reports"))
        self.tabs.currentChanged.connect(lambda _i: self.fit_issued_columns())
        ll.addWidget(self.tabs, 1)

        buttons = QGridLayout()
        self.draft_button = QPushButton(tr("Save draft"))
        self.preview_button = QPushButton(tr("Preview"))
        self.pdf_button = QPushButton(tr("Save PDF…"))
        self.word_button = QPushButton(tr("Save Word…"))
        self.print_button = QPushButton(tr("Print…"))
        self.issue_button = QPushButton(tr("Issue…"))
        self.issue_button.setToolTip(tr("Record the report as issued, with its number and "
                                        "the exact PDF (leaders)"))
        for i, b in enumerate((self.preview_button, self.draft_button, self.print_button,
                               self.pdf_button, self.word_button, self.issue_button)):
            buttons.addWidget(b, i // 3, i % 3)
        ll.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        ll.addWidget(self.message)
        self.busy = BusyBar(ll, self)
        split.addWidget(left)

        self.preview_pane = PdfPreview()  # page and zoom controls over the PDF
        self.pdf_view = self.preview_pane.view
        split.addWidget(self.preview_pane)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([440, 660])
        lay.addWidget(split, 1)

        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.period_combo.currentIndexChanged.connect(self._choice_changed)
        for e in texts:
            e.textChanged.connect(self._edited)
        self.draft_button.clicked.connect(self.save_draft)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.save_as("pdf"))
        self.word_button.clicked.connect(lambda: self.save_as("docx"))
        self.print_button.clicked.connect(self.print_report)
        self.issue_button.clicked.connect(self.issue)

    # -- plan and period -----------------------------------------------------
    def reload(self) -> None:
        if self.year is None:
            return
        self._save_draft_quietly()
        self._filling = True
        try:
            self.period_combo.clear()
            for p in periods_of_year(self.year):
                self.period_combo.addItem(p.label(lang()), p.code)
            code = getattr(self.period, "code", self.period)
            i = self.period_combo.findData(code)
            self.period_combo.setCurrentIndex(max(i, 0))
            header = issued_service.plan_header(self.db, self.year)
            org = header.organisation
            self.authority_edit.setText(org.signer_authority)
            self.title_edit.setText(org.signer_title)
            self.name_edit.setText(org.signer_name)
            self.recipients_edit.setPlainText("\n".join(header.recipients or org.recipients))
        finally:
            self._filling = False
        self._load_draft()
        self.refresh_issued()
        self.issue_button.setEnabled(self._may_issue())

    def set_choice(self, kind: str, period: str) -> None:
        """Choose the report kind and period (as a user would in the two lists)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        i = self.period_combo.findData(period)
        if i >= 0:
            self.period_combo.setCurrentIndex(i)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def period_code(self) -> str:
        """The chosen period; the plan and assignments documents have none."""
        return self.period_combo.currentData() or "" if self.kind() == "progress" else ""

    def _choice_changed(self) -> None:
        if self._filling:
            return
        self.period_combo.setEnabled(self.kind() == "progress")
        self._save_draft_quietly()
        self._load_draft()

    # -- drafts --------------------------------------------------------------
    def _edited(self) -> None:
        if not self._filling:
            self._dirty = True

    def _load_draft(self) -> None:
        if self.year is None:
            return
        self.period_combo.setEnabled(self.kind() == "progress")
        key = (self.year, self.kind(), self.period_code())
        draft = issued_service.load_draft(self.db, *key)
        self._filling = True
        try:
            self.difficulties_edit.setPlainText(draft.difficulties if draft else "")
            self.next_steps_edit.setPlainText(draft.next_steps if draft else "")
            self.proposals_edit.setPlainText(draft.proposals if draft else "")
            self.number_edit.setText((draft.number or "") if draft else "")
        finally:
            self._filling = False
        self._draft_key = key
        self._dirty = False

    def save_draft(self) -> None:
        try:
            self._write_draft()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.message.setText(tr("Draft saved."))

    def _write_draft(self) -> None:
        if self._draft_key is None:
            return
        year, kind, period = self._draft_key
        issued_service.save_draft(self.db, year, kind, period, self.meta(), self.actor)
        self._dirty = False

    def _save_draft_quietly(self) -> None:
        """Leaving the view or the report: keep what was typed (no dialog); a
        draft that cannot be kept is said so (and logged), never dropped silently."""
        if self._dirty and self._draft_key is not None:
            try:
                self._write_draft()
            except PermissionDenied:  # a viewer cannot keep drafts: nothing to keep
                self._dirty = False
            except Exception as exc:  # noqa: BLE001 — said in words, the edits stay
                self.message.setText(draft_not_saved(exc))

    def hideEvent(self, event):  # noqa: N802
        self._save_draft_quietly()
        super().hideEvent(event)

    def save(self) -> bool:
        self._save_draft_quietly()
        return True

    def meta(self) -> issued_service.ReportMeta:
        def opt(edit) -> str | None:
            return edit.text().strip() or None

        lines = [x.strip() for x in self.recipients_edit.toPlainText().splitlines()]
        d = self.date_edit.date()
        return issued_service.ReportMeta(
            number=opt(self.number_edit), date=date(d.year(), d.month(), d.day()),
            signer_authority=opt(self.authority_edit), signer_title=opt(self.title_edit),
            signer_name=opt(self.name_edit), recipients=[x for x in lines if x] or None,
            difficulties=self.difficulties_edit.toPlainText(),
            next_steps=self.next_steps_edit.toPlainText(),
            proposals=self.proposals_edit.toPlainText())

    # -- rendering -----------------------------------------------------------
    def _font(self) -> str:
        try:
            return settings_service.read_all(self.db).get("report.font", "auto") or "auto"
        except Exception:  # noqa: BLE001
            return "auto"

    def _run(self, caption: str, fn, done) -> None:
        self.busy.start(caption)
        self._set_buttons(False)

        def ok(result):
            self.busy.stop()
            self._set_buttons(True)
            done(result)

        def failed(exc):
            self.busy.stop()
            self._set_buttons(True)
            self.message.setText("")  # no stale "ready"/"issued" line beside a refusal
            show_error(self, exc)

        run_in_background(fn, ok, failed)

    def _set_buttons(self, on: bool) -> None:
        for b in (self.preview_button, self.pdf_button, self.word_button, self.print_button):
            b.setEnabled(on)
        self.issue_button.setEnabled(on and self._may_issue())

    def render(self, fmt: str, done) -> None:
        """Render the report as filled in, off the UI thread, then ``done(bytes)``."""
        db, year, kind, period = self.db, self.year, self.kind(), self.period_code() or None
        meta, font = self.meta(), self._font()
        self._run(tr("Preparing the report…"),
                  lambda: _render(db, year, kind, period, meta, fmt, font), done)
