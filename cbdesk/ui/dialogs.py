"""Small dialogs. Each has a classmethod ``ask``/``show`` that tests patch, so
no test ever races a timer against a modal box."""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cbdesk.paths import data_dir
from cbdesk.services.errors import ServiceError, message_of
from cbdesk.ui.form_guard import GuardedForm
from cbdesk.ui.i18n import lang, name_buttons, tr
from cbdesk.ui.screen import FitsScreen

_B = QDialogButtonBox.StandardButton
OK_CANCEL = _B.Ok | _B.Cancel
SAVE_CANCEL = _B.Save | _B.Cancel


def buttons(which, parent: QWidget | None = None) -> QDialogButtonBox:
    """A button box whose standard buttons speak our language; in a dialog,
    OK/Save accept it and Cancel/Close reject it."""
    box = QDialogButtonBox(which, parent)
    name_buttons(box)
    if isinstance(parent, QDialog):
        box.accepted.connect(parent.accept)
        box.rejected.connect(parent.reject)
    return box


def message_box(parent, icon, title: str, text: str, which, default=None) -> QMessageBox:
    box = QMessageBox(icon, title, text, which, parent)
    if default is not None:
        box.setDefaultButton(default)
    name_buttons(box)
    return box


class SavingDialog(FitsScreen, GuardedForm, QDialog):
    """A form saved through a service when OK is pressed: :meth:`save` does it;
    a ServiceError is shown by :meth:`show_problem` (a red line, ``self.error``,
    that the subclass places under its form) and the dialog stays open with
    nothing saved."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        self.error.setWordWrap(True)

    def save(self) -> None:
        raise NotImplementedError

    def show_problem(self, exc: ServiceError) -> None:
        self.error.setText(exc.message(lang()))

    def try_save(self) -> bool:
        try:
            self.save()
        except ServiceError as e:
            self.show_problem(e)
            return False
        return True

    def accept(self) -> None:
        if self.try_save():
            super().accept()


class ConfirmDialog:
    @classmethod
    def ask(cls, parent, title: str, text: str) -> bool:
        B = QMessageBox.StandardButton
        box = message_box(parent, QMessageBox.Icon.Question, title, text, B.Yes | B.No, B.No)
        return box.exec() == B.Yes


class DiscardDialog:
    """A form that was typed into is being closed: True to discard what was typed."""

    @classmethod
    def ask(cls, parent) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Discard what you typed?"),
                          tr("This form has changes that are not saved. Close it and "
                             "lose them?"), QMessageBox.StandardButton.NoButton, parent)
        discard = box.addButton(tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


class SaveChangesDialog:
    """Unsaved edits: returns "save", "discard" or "cancel"."""

    @classmethod
    def ask(cls, parent, what: str = "") -> str:
        B = QMessageBox.StandardButton
        box = message_box(parent, QMessageBox.Icon.Warning, tr("Unsaved changes"),
                          what or tr("There are figures you have not saved. Save them now?"),
                          B.Save | B.Discard | B.Cancel, B.Save)
        answer = box.exec()
        return {B.Save: "save", B.Discard: "discard"}.get(B(answer), "cancel")


class FirstRunDialog:
    """No database yet: set up the office (an empty database, then the setup),
    look at the sample plan (its own file, never the office's), or quit."""

    @classmethod
    def ask(cls, parent=None) -> str | None:
        """"sample", "empty" or None (quit)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Welcome to cbdesk"),
                          tr("There is no database yet. Set up your office step by step, or "
                             "first look at the sample plan (2021, with demonstration figures), "
                             "which opens as a separate file and never mixes with your data."),
                          QMessageBox.StandardButton.NoButton, parent)
        empty = box.addButton(tr("Set up my office"), QMessageBox.ButtonRole.AcceptRole)
        sample = box.addButton(tr("Look at the sample plan"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(empty)
        box.exec()
        clicked = box.clickedButton()
        return "sample" if clicked is sample else "empty" if clicked is empty else None


class Notice:
    """An information or error message in plain words."""

    @classmethod
    def info(cls, parent, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Information, title, text,
                    QMessageBox.StandardButton.Ok).exec()

    @classmethod
    def error(cls, parent, title: str, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Warning, title, text,
                    QMessageBox.StandardButton.Ok).exec()


def in_words(exc: BaseException) -> str:
    """What went wrong, for people: a service's (or a form's) own message; an
    unexpected error is logged with its traceback and said in plain words."""
    from cbdesk.services.content_check import is_undecodable

    if isinstance(exc, (ServiceError, ValueError)) or getattr(exc, "message_vi", None) \
            or is_undecodable(exc):  # a damaged database's text: damage, not "unexpected"
        return message_of(exc, lang())
    from cbdesk.logging_setup import log_exception

    path = log_exception(exc)
    return (tr("Something unexpected went wrong; your saved data is safe. The details are "
               "in the log file:") + f" {path}\n({type(exc).__name__}: {exc})")


def draft_not_saved(exc: BaseException) -> str:
    return tr("The report draft could not be saved:") + " " + in_words(exc)


def show_error(parent, exc: BaseException, title: str | None = None) -> None:
    """A service error's message in the user's language (never a traceback)."""
    text = in_words(exc)
    problems = getattr(exc, "problems", None) or []
    if len(problems) > 1:  # each problem once, in a list (not the first one twice)
        idx = 0 if lang() == "vi" else 1
        lines = list(dict.fromkeys(p[idx] for p in problems))
        text = tr("These problems were found; nothing was saved:") + "\n\n" + "\n".join(
            "• " + line for line in lines[:15])
        if len(lines) > 15:
            text += "\n… " + tr("and {0} more").format(len(lines) - 15)
    Notice.error(parent, title or tr("Could not do that"), text)


class CrashDialog(FitsScreen, QDialog):
    """An unexpected error: what to do, and a report to copy for support."""

    def __init__(self, report: str, log_path: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Unexpected error"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("Something went wrong. Your saved data is safe. Copy the "
                                "report below and send it to the person who supports cbdesk.")
                             + "\n" + tr("Log file:") + " " + log_path))
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        lay.addWidget(self.text)
        box = buttons(QDialogButtonBox.StandardButton.Close, self)
        copy = box.addButton(tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        lay.addWidget(box)
        self.resize(640, 360)

    @classmethod
    def show_report(cls, exc_type, exc, tb, log_path: str) -> None:
        report = "".join(traceback.format_exception(exc_type, exc, tb))
        cls(report, log_path, QApplication.activeWindow()).exec()


def licences_dir():
    """The folder of licence texts (resources/licenses; NOTICES.txt first)."""
    from cbdesk.paths import resource_path

    return resource_path("licenses")


class AboutDialog:
    """Help → About: version, database, schema, where data and logs are, Qt's
    version and the licences (LGPL for Qt/PySide6, OFL for the fonts)."""

    @classmethod
    def show_about(cls, parent, version: str, db_name: str, schema: str) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        Notice.info(parent, tr("About cbdesk"),
                    tr("cbdesk — yearly action plan tracking") + "\n\n"
                    + tr("Version:") + f" {version}\n" + tr("Database:") + f" {db_name}\n"
                    + tr("Schema version:") + f" {schema}\n"
                    + tr("Data folder:") + f" {data_dir()}\n"
                    + tr("Log file:") + f" {data_dir() / 'logs' / 'cbdesk.log'}\n\n"
                    + tr("Qt version:") + f" {qVersion()} (Qt for Python {pyside_version})\n"
                    + tr("Licences: cbdesk — MIT; Qt and Qt for Python (PySide6) — GNU LGPL "
                         "v3, used unmodified as replaceable libraries; Liberation fonts — SIL "
                         "Open Font License 1.1; the other components — their own licences. "
                         "Full texts and where to get Qt's source:") + f"\n{licences_dir()}")

