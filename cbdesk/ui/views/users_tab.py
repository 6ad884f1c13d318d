"""Catalogs → Users (người dùng): who may sign in and with which role. Only an
admin may change anything; the services refuse anyone else."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cbdesk.core.enums import Role
from cbdesk.services import settings as settings_service
from cbdesk.services import users as user_service
from cbdesk.services.errors import ServiceError
from cbdesk.ui.common import Column, RowsModel
from cbdesk.ui.dialogs import Notice, show_error
from cbdesk.ui.i18n import lang, tr


class UsersTab(QWidget):
    """The list of users, a form to add one or change one, and whether
    signing in needs a password."""

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.view = view  # the catalog view: db, actor
        self.model = RowsModel([
            Column(tr("User name"), lambda u: u.username),
            Column(tr("Full name"), lambda u: u.full_name),
            Column(tr("Role"), lambda u: u.role.label(lang())),
            Column(tr("Unit"), lambda u: u.unit_code or ""),
            Column(tr("Active"), lambda u: tr("Yes") if u.active else tr("No")),
        ], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._pick)

        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for r in Role:
            self.role.addItem(r.label(lang()), r.value)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(tr("Unit code (staff limited to its tasks)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("Leave empty to keep it"))
        self.active = QCheckBox(tr("May sign in"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(tr("User name"), self.username)
        form.addRow(tr("Full name"), self.full_name)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Unit"), self.unit)
        form.addRow(tr("Password:"), self.password)
        form.addRow("", self.active)
        save = QPushButton(tr("Add or change"))
        save.clicked.connect(self.save)
        self.require_password = QCheckBox(tr("Signing in needs a password"))
        self.require_password.toggled.connect(self._password_rule)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        row.addWidget(self.require_password)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addLayout(row)

    def reload(self) -> None:
        self.rows = user_service.list_users(self.view.db)
        self.model.set_rows(self.rows)
        values = settings_service.read_all(self.view.db)
        self.require_password.blockSignals(True)
        self.require_password.setChecked(values.get("signin.password_required") != "0")
        self.require_password.blockSignals(False)

    def _pick(self, index) -> None:
        u = self.rows[index.row()]
        self.username.setText(u.username)
        self.full_name.setText(u.full_name)
        self.role.setCurrentIndex(self.role.findData(u.role.value))
        self.unit.setText(u.unit_code or "")
        self.active.setChecked(u.active)
        self.password.clear()

    def save(self) -> None:
        db, actor = self.view.db, self.view.actor
        name = self.username.text().strip()
        password = self.password.text() or None
        try:
            if any(u.username == name for u in self.rows):
                user_service.set_role(db, actor, name, self.role.currentData(),
                                      active=self.active.isChecked())
                if password:
                    user_service.set_password(db, actor, name, password)
            else:
                user_service.add_user(db, actor, name, self.full_name.text(),
                                      self.role.currentData(), password=password,
                                      unit_code=self.unit.text().strip() or None)
        except ServiceError as e:
            show_error(self, e)
            return
        self.password.clear()
        self.reload()
        Notice.info(self, tr("Users"), tr("Saved."))

    def _password_rule(self, on: bool) -> None:
        try:
            self.view.actor.require(Role.ADMIN, "đổi cách đăng nhập", "change how to sign in")
            settings_service.write(self.view.db, {"signin.password_required": "1" if on else "0"},
                                   self.view.actor)
        except ServiceError as e:
            show_error(self, e)
            self.reload()
