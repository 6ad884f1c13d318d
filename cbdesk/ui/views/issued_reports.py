"""Issued reports, the part of the reports view that deals with them: issuing
the report as filled in (number and exact PDF stored for good), the list of
reports issued for the plan, and showing, reprinting or saving again their PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cbdesk.core.enums import ReportKind, Role
from cbdesk.core.periods import Period
from cbdesk.services import issued as issued_service
from cbdesk.ui.common import Column, RowsModel
from cbdesk.ui.dialogs import show_error
from cbdesk.ui.i18n import lang, tr


def _issue(db, year, kind, period, meta, actor, font, confirm_none=False):
    from cbdesk.reports.build import issue

    return issue(db, year, kind, period, meta, actor, font=font, confirm_none=confirm_none)


_SECTION_NAMES = {"difficulties": "khó khăn, vướng mắc", "next_steps": "phương hướng kỳ tới",
                  "proposals": "kiến nghị, đề xuất"}


def period_label(code: str) -> str:
    """A period code as the user reads it; blank for documents without a period."""
    if not code:
        return ""
    try:
        return Period.parse(code).label(lang())
    except ValueError:
        return code


class IssuedReportsMixin:
    """The issued-reports part of :class:`~cbdesk.ui.views.reports_view.ReportsView`.

    The host view provides ``db``, ``year``, ``actor``, ``window_``, the form (``meta()``,
    ``kind()``, ``period_code()``, ``tabs``, ``message``), the patchable
    ``confirm``/``ask_printer``/``ask_save_path`` dialogs, the ``issued_changed``
    signal, and ``show_pdf``, ``_run``, ``_font``, ``_save_draft_quietly``,
    ``_print``, ``_write``."""

    def _build_issued_page(self) -> QWidget:
        issued_page = QWidget()
        il = QVBoxLayout(issued_page)
        self.issued_model = RowsModel([
            Column(tr("Number"), lambda r: r.number),
            Column(tr("Kind"), lambda r: r.kind.label(lang())),
            Column(tr("Report period"), lambda r: period_label(r.period)),
            Column(tr("Date"), lambda r: r.issued_on.strftime("%d/%m/%Y") if r.issued_on else ""),
            Column(tr("Issued by"), lambda r: r.issued_by),
        ], self)
        self.issued_view = QTableView()
        self.issued_view.setModel(self.issued_model)
        self.issued_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issued_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issued_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issued_view.verticalHeader().hide()
        head = self.issued_view.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(False)
        self.issued_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        il.addWidget(self.issued_view, 1)
        row = QHBoxLayout()
        self.reprint_button = QPushButton(tr("Reprint…"))
        self.save_copy_button = QPushButton(tr("Save a copy…"))
        self.show_issued_button = QPushButton(tr("Show"))
        row.addWidget(self.show_issued_button)
        row.addWidget(self.reprint_button)
        row.addWidget(self.save_copy_button)
        row.addStretch(1)
        il.addLayout(row)

        self.reprint_button.clicked.connect(self.reprint_selected)
        self.save_copy_button.clicked.connect(self.save_selected_copy)
        self.show_issued_button.clicked.connect(self.show_selected)
        self.issued_view.doubleClicked.connect(lambda _i: self.show_selected())
        return issued_page

    def _may_issue(self) -> bool:
        """Leaders issue reports, and not while the window is read-only."""
        return (self.actor.role.rank >= Role.LEADER.rank
                and not getattr(self.window_, "read_only", False))

    def issue(self) -> None:
        meta = self.meta()
        if not meta.number:
            show_error(self, ValueError(tr("An issued report needs a number. Fill in "
                                           "'Number' and try again.")))
            return
        from cbdesk.reports.build import unwritten_sections
        from cbdesk.services.errors import message_of
        from cbdesk.services.report_checks import check_number, date_problem

        try:
            meta.number = check_number(meta.number)
        except Exception as exc:  # noqa: BLE001 - a ValidationError, shown as is
            show_error(self, ValueError(message_of(exc, lang())))
            return
        kind = ReportKind(self.kind())
        period = self.period_code()
        what = kind.label(lang()) + (f" — {period_label(period)}" if period else "")
        if not self.confirm(self, tr("Issue report"),
                            tr("Issue {what} as number {number}? The PDF is stored as issued "
                               "and cannot be changed afterwards.").format(
                                   what=what, number=meta.number)):
            return
        if period and kind is ReportKind.PROGRESS:
            problem = date_problem(self.db, Period.parse(period), meta.date)
            if problem is not None and not self.confirm(
                    self, tr("Report date"),
                    (problem[0] if lang() == "vi" else problem[1]) + " "
                    + tr("Issue with this date anyway?")):
                return
        none = unwritten_sections(meta) if kind is ReportKind.PROGRESS else []
        if none and not self.confirm(
                self, tr("Unwritten sections"),
                tr("Some sections are not written ({sections}). They will be issued as "
                   "\"Không có\" and your name is recorded as having chosen that. "
                   "Continue?").format(sections=", ".join(_SECTION_NAMES.get(n, n)
                                                          for n in none))):
            return

        self._save_draft_quietly()
        db, year, actor, font = self.db, self.year, self.actor, self._font()

        def done(info):
            self.refresh_issued()
            self.tabs.setCurrentIndex(1)
            self.message.setText(tr("Issued as number {number}.").format(number=info.number))
            self.issued_changed.emit()

        self._run(tr("Issuing the report…"),
                  lambda: _issue(db, year, kind, period or None, meta, actor, font,
                                 confirm_none=bool(none)), done)

    def refresh_issued(self) -> None:
        if self.year is None:
            return
        self.issued_model.set_rows(issued_service.list_issued(self.db, self.year))
        self.fit_issued_columns()

    def fit_issued_columns(self) -> None:
        """Every column in sight on a narrow pane: the long words wrap or elide."""
        view = self.issued_view
        view.resizeColumnsToContents()
        room = view.viewport().width() or view.width()
        flex = (1, 2)  # the kind and the period give way, the number, date and name do not
        fixed = sum(view.columnWidth(c) for c in range(view.model().columnCount())
                    if c not in flex)
        wide = sum(view.columnWidth(c) for c in flex)
        if wide > room - fixed > 0:
            for c in flex:
                view.setColumnWidth(c, max(56, (room - fixed) * view.columnWidth(c) // wide))

    def selected_issued(self):
        idx = self.issued_view.currentIndex()
        if not idx.isValid() and self.issued_model.rowCount():
            idx = self.issued_model.index(0, 0)
        return self.issued_model.rows[idx.row()] if idx.isValid() else None

    def _stored(self) -> tuple[object, bytes] | tuple[None, None]:
        info = self.selected_issued()
        if info is None:
            return None, None
        try:
            return info, issued_service.reprint(self.db, info.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None, None

    def show_selected(self) -> None:
        info, data = self._stored()
        if data is not None:
            self.show_pdf(data)

    def reprint_selected(self) -> None:
        info, data = self._stored()
        if data is None:
            return
        printer = self.ask_printer(self)
        if printer is not None:
            self._print(data, printer)

    def save_selected_copy(self) -> None:
        info, data = self._stored()
        if data is None:
            return
        name = f"bao-cao-so-{info.number.replace('/', '-')}.pdf"
        path = self.ask_save_path(self, tr("Save PDF"), str(Path.home() / name),
                                  tr("PDF files (*.pdf)"))
        if path:
            self._write(path, data)
