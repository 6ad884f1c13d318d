"""The Plan menu: the plan's own information (title, number, date, V/v, legal
bases, opening and closing text, section III, recipients, status), a new
year's plan (empty or carrying over an earlier one), deleting a plan."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cbdesk.core.enums import PlanStatus, Role
from cbdesk.services.errors import ServiceError
from cbdesk.ui.dialogs import (
    OK_CANCEL,
    SAVE_CANCEL,
    ConfirmDialog,
    Notice,
    SavingDialog,
    buttons,
    show_error,
)
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen

if TYPE_CHECKING:
    from cbdesk.services import plan_info


def field_labels() -> dict[str, str]:
    """The words for a plan's fields (the dialog, and the audit trail)."""
    return {"title": tr("Plan title"), "doc_number": tr("Document number"),
            "doc_date": tr("Document date"), "abstract": tr("Abstract (V/v)"),
            "addressee": tr("Addressee"), "legal_bases": tr("Legal bases"),
            "intro": tr("Opening paragraphs"), "implementation": tr("Implementation items"),
            "closing": tr("Closing sentence"), "recipients": tr("Recipients"),
            "status": tr("Status"), "created": tr("Created"), "deleted": tr("Deleted")}


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(edit.toPlainText().split("\n"))


def _paragraphs(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(edit.toPlainText().split("\n\n"))


class PlanInfoDialog(SavingDialog):
    """Edit the plan's information; saved on OK, problems shown in the dialog."""

    def __init__(self, parent, db, actor, header: plan_info.PlanHeader, read_only=False):
        super().__init__(parent)
        self.db, self.actor, self.before = db, actor, header
        self.setWindowTitle(tr("Plan information") + f" — {header.year}")
        words = field_labels()
        self.title = QLineEdit(header.title)
        self.number = QLineEdit(header.doc_number)
        self.number.setPlaceholderText("05/KH-SLĐTBXH")
        self.dated = QCheckBox(tr("Dated"))
        self.dated.setChecked(header.doc_date is not None)
        self.date = QDateEdit(QDate(header.doc_date or date.today()))
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setEnabled(self.dated.isChecked())
        self.dated.toggled.connect(self.date.setEnabled)
        self.abstract = QLineEdit(header.abstract)
        self.abstract.setPlaceholderText("V/v …")
        self.addressee = QLineEdit(header.addressee)
        for line in (self.title, self.abstract, self.addressee):
            line.setCursorPosition(0)  # long texts show their beginning
        self.legal_bases = self._text("\n".join(header.legal_bases), tr("One per line"))
        self.intro = self._text("\n\n".join(header.intro),
                                tr("Paragraphs separated by a blank line"))
        self.implementation = self._text("\n".join(header.implementation), tr("One per line"))
        self.closing = self._text(header.closing, "", 50)
        self.recipients = self._text("\n".join(header.recipients),
                                     tr("One recipient per line"), 90)
        self.status = QComboBox()
        for status in PlanStatus:
            self.status.addItem(status.label(lang()), status.value)
        self.status.setCurrentIndex(max(self.status.findData(header.status), 0))
        self.status.setEnabled(actor.role.rank >= Role.LEADER.rank)

        dated = QWidget()
        row = QHBoxLayout(dated)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dated)
        row.addWidget(self.date, 1)
        form_page = QWidget()
        form = QFormLayout(form_page)
        for name, widget in (("title", self.title), ("doc_number", self.number),
                             ("doc_date", dated), ("abstract", self.abstract),
                             ("addressee", self.addressee), ("legal_bases", self.legal_bases),
                             ("intro", self.intro), ("implementation", self.implementation),
                             ("closing", self.closing), ("recipients", self.recipients),
                             ("status", self.status)):
            form.addRow(words[name] + ":", widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_page)
        box = buttons(QDialogButtonBox.StandardButton.Close if read_only
                      else SAVE_CANCEL, self)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.error)
        lay.addWidget(box)
        self.resize(760, 640)

    @staticmethod
    def _text(value: str, hint: str, height: int = 110) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setPlaceholderText(hint)
        edit.setFixedHeight(height)
        return edit

    def header(self) -> plan_info.PlanHeader:
        """The information as filled in."""
        from cbdesk.services import plan_info

        return plan_info.PlanHeader(
            year=self.before.year, title=self.title.text(), doc_number=self.number.text(),
            doc_date=self.date.date().toPython() if self.dated.isChecked() else None,
            abstract=self.abstract.text(), addressee=self.addressee.text(),
            legal_bases=_lines(self.legal_bases), intro=_paragraphs(self.intro),
            implementation=_lines(self.implementation), closing=self.closing.toPlainText(),
            recipients=_lines(self.recipients), status=self.status.currentData())

    def save(self) -> None:
        from cbdesk.services import plan_info

        plan_info.save_header(self.db, self.actor, self.before, self.header())

    @classmethod
    def edit(cls, parent, db, actor, header, read_only=False) -> bool:
        return cls(parent, db, actor, header, read_only).exec() == QDialog.DialogCode.Accepted


class NewPlanDialog(FitsScreen, QDialog):
    """Year, title, and the plan to carry targets and tasks over from."""

    def __init__(self, parent, infos: list):
        super().__init__(parent)
        self.setWindowTitle(tr("New plan"))
        self.infos = {i.year: i for i in infos}
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(max(self.infos, default=date.today().year - 1) + 1)
        self.carry = QComboBox()
        self.carry.addItem(tr("(nothing: an empty plan)"), None)
        for y in sorted(self.infos, reverse=True):
            self.carry.addItem(tr("The {0} plan").format(y), y)
        self.carry.setCurrentIndex(1 if self.infos else 0)
        self.title = QLineEdit()
        self._suggest()
        self.year.valueChanged.connect(self._suggest)
        self.carry.currentIndexChanged.connect(self._suggest)
        note = QLabel(tr("Targets (with their figures and allocations) and tasks are copied; "
                         "deadlines move on by the years between; results and progress are "
                         "not. Review the year's targets and baselines afterwards."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Year:"), self.year)
        form.addRow(tr("Carry over from:"), self.carry)
        form.addRow(field_labels()["title"] + ":", self.title)
        box = buttons(OK_CANCEL,
                      self)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(box)
        self.resize(620, 240)

    def _suggest(self) -> None:
        from cbdesk.services import plan_info

        earlier = self.infos.get(self.carry.currentData())
        self.title.setText(plan_info.suggested_title(
            self.year.value(), earlier.title if earlier else None,
            earlier.year if earlier else 0))

    def choice(self) -> tuple[int, str, int | None]:
        return self.year.value(), self.title.text(), self.carry.currentData()

    @classmethod
    def ask(cls, parent, infos) -> tuple[int, str, int | None] | None:
        dialog = cls(parent, infos)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


# ------------------------------------------------------------------ actions


def edit_plan_info(window) -> None:
    from cbdesk.services import plan_info

    if window.year is None:
        return
    try:
        header = plan_info.read_header(window.db, window.year)
    except ServiceError as e:
        show_error(window, e)
        return
    if PlanInfoDialog.edit(window, window.db, window.actor, header, window.read_only):
        window.reload_all()


def new_plan(window) -> None:
    from cbdesk.services import plan_info
    from cbdesk.services import plans as plan_service

    chosen = NewPlanDialog.ask(window, plan_service.list_plans(window.db))
    if chosen is None:
        return
    year, title, carry_from = chosen
    try:
        plan_info.create_plan(window.db, window.actor, year, title, carry_from)
    except ServiceError as e:
        show_error(window, e, tr("New plan"))
        return
    window.load()
    window.set_plan_period(year, f"{year}-H1")


def delete_plan(window) -> None:
    year = window.year
    if year is None or not ConfirmDialog.ask(
            window, tr("Delete plan"),
            tr("Delete the {0} plan with all its targets, figures and tasks? A backup is made "
               "first; this cannot be undone otherwise.").format(year)):
        return
    try:
        from cbdesk.services import plans as plan_service
        from cbdesk.services.backup import make_backup

        window.actor.require(Role.ADMIN, "xóa kế hoạch", "delete a plan")
        make_backup(window.db, reason="before-delete")
        plan_service.delete_plan(window.db, window.actor, year)
    except ServiceError as e:
        show_error(window, e, tr("Delete plan"))
        return
    window.load()
    Notice.info(window, tr("Delete plan"), tr("The {0} plan was deleted.").format(year))

