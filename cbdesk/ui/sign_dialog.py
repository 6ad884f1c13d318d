"""Signing a PDF from the window (Tools → Sign a PDF…): as the leader or as
the agency, with a PKCS#12 file or a USB token; the same service as
`cbdesk sign` (services.signing.signing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from cbdesk.ui.dialogs import OK_CANCEL, Notice, buttons, show_error
from cbdesk.ui.i18n import tr
from cbdesk.ui.screen import FitsScreen


class SignDialog(FitsScreen, QDialog):
    """What to sign, as whom, with which key."""

    def __init__(self, parent, defaults: dict):
        super().__init__(parent)
        self.setWindowTitle(tr("Sign a PDF"))
        self.resize(620, 360)
        form = QFormLayout()
        self.pdf = QLineEdit(defaults.get("pdf", ""))
        self.role = QComboBox()
        self.role.addItem(tr("Signer (leader)"), "signer")
        self.role.addItem(tr("Agency (clerk, seal)"), "agency")
        self.kind = QComboBox()
        self.kind.addItem(tr("USB token (PKCS#11)"), "pkcs11")
        self.kind.addItem(tr("Certificate file (PKCS#12)"), "pkcs12")
        self.lib = QLineEdit(defaults.get("pkcs11_lib", ""))
        self.token = QLineEdit(defaults.get("token", ""))
        self.p12 = QLineEdit(defaults.get("pkcs12", ""))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.image = QLineEdit(defaults.get("image", ""))
        self.number = QLineEdit(defaults.get("number", ""))
        form.addRow(tr("PDF to sign:"), self.pdf)
        form.addRow(tr("Sign as:"), self.role)
        form.addRow(tr("Key:"), self.kind)
        form.addRow(tr("Token driver library:"), self.lib)
        form.addRow(tr("Token label:"), self.token)
        form.addRow(tr("Certificate file:"), self.p12)
        form.addRow(tr("PIN or password:"), self.secret)
        form.addRow(tr("Image (empty: the registered one):"), self.image)
        form.addRow(tr("Number and symbol (for annexes):"), self.number)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons(OK_CANCEL, self))

    def values(self) -> dict:
        return {"pdf": self.pdf.text().strip(), "role": self.role.currentData(),
                "kind": self.kind.currentData(), "pkcs11_lib": self.lib.text().strip(),
                "token": self.token.text().strip(), "pkcs12": self.p12.text().strip(),
                "secret": self.secret.text(), "image": self.image.text().strip(),
                "number": self.number.text().strip()}

    @classmethod
    def ask(cls, parent, defaults: dict) -> dict | None:
        dlg = cls(parent, defaults)
        return dlg.values() if dlg.exec() == QDialog.DialogCode.Accepted else None


def _source(v: dict):
    from cbdesk.services.signing.keys import KeySource

    if v["kind"] == "pkcs12":
        return KeySource(pkcs12=v["pkcs12"], password=v["secret"] or None)
    return KeySource(pkcs11_lib=v["pkcs11_lib"], token=v["token"], pin=v["secret"] or None)


def sign_pdf_file(window) -> None:
    """Ask, sign, then save the signed copy where the user says."""
    from cbdesk.services.errors import ServiceError
    from cbdesk.services.files import write_atomically
    from cbdesk.services.signing import store
    from cbdesk.services.signing.errors import SigningError
    from cbdesk.services.signing.signing import sign_document
    from cbdesk.ui.file_actions import FileDialogs

    opts = store.options(window.db)
    v = SignDialog.ask(window, {"pkcs11_lib": opts.get(store.PKCS11_LIB, ""),
                                "token": opts.get(store.TOKEN_LABEL, "")})
    if v is None:
        return
    try:
        try:
            data = Path(v["pdf"]).expanduser().read_bytes()
            image = Path(v["image"]).expanduser().read_bytes() if v["image"] else None
        except OSError as e:
            raise SigningError(f"Không đọc được tệp '{e.filename}'.",
                               f"Cannot read the file '{e.filename}'.") from None
        signed = sign_document(data, v["role"], _source(v), window.db, image=image,
                               number=v["number"])
    except ServiceError as e:
        show_error(window, e)
        return
    src = Path(v["pdf"])
    target = FileDialogs.save_file(window, tr("Save the signed PDF"),
                                   str(src.with_name(src.stem + "-da-ky.pdf")),
                                   tr("PDF files (*.pdf)"))
    if not target:
        return
    try:
        write_atomically(target, signed)
    except ServiceError as e:
        show_error(window, e)
        return
    Notice.info(window, tr("Signed"), tr("The signed PDF was saved to {0}.").format(target))
