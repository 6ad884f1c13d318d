"""Signing in (đăng nhập). With no users in the database the person at the PC
works as its administrator (a single-PC install); once users exist, each picks
their name and, unless the admin has turned passwords off, types a password.
The role that follows is enforced by the services, not by this dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from cbdesk.services import settings as settings_service
from cbdesk.services import users as user_service
from cbdesk.services.actors import Actor, system_actor
from cbdesk.services.errors import ServiceError, message_of
from cbdesk.ui.dialogs import OK_CANCEL, buttons
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen


class SignInDialog(FitsScreen, QDialog):
    def __init__(self, names: list[tuple[str, str]], password_required: bool, error: str = ""):
        super().__init__()
        self.setWindowTitle(tr("Sign in"))
        self.user = QComboBox()
        for username, label in names:
            self.user.addItem(label, username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("User:"), self.user)
        if password_required:
            form.addRow(tr("Password:"), self.password)
        lay = QVBoxLayout(self)
        if error:
            note = QLabel(error)
            note.setWordWrap(True)
            note.setStyleSheet("color: #a61b1b")
            lay.addWidget(note)
        lay.addLayout(form)
        lay.addWidget(buttons(OK_CANCEL, self))

    @classmethod
    def ask(cls, names: list[tuple[str, str]], password_required: bool,
            error: str = "") -> tuple[str, str] | None:
        """(user name, password), or None when the user cancelled."""
        dialog = cls(names, password_required, error)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user.currentData(), dialog.password.text()


def sign_in(db) -> Actor | None:
    """Who is working: the system actor when the database has no users yet,
    otherwise whoever signs in (None when they cancel)."""
    people = [u for u in user_service.list_users(db) if u.active]
    if not people:
        return system_actor()
    settings = settings_service.read_all(db)
    # A user who has a password always needs it (services.users).
    password_required = (settings.get("signin.password_required", "1").strip() != "0"
                         or any(u.has_password for u in people))
    names = [(u.username, f"{u.full_name or u.username} ({u.role.label(lang())})")
             for u in people]
    error = ""
    while True:
        answer = SignInDialog.ask(names, password_required, error)
        if answer is None:
            return None
        username, password = answer
        try:
            if password or user_service.needs_password(db, username):
                return user_service.authenticate(db, username, password)
            return user_service.sign_in_without_password(db, username)
        except ServiceError as e:
            error = message_of(e, lang())
