"""A robot that answers every modal dialog of the window, so a test can press
every button and trigger every action without a box ever blocking it.

``QDialog.exec`` (and QMessageBox's) is replaced: the dialog is shown, filled
with invalid input and accepted (it must refuse or cope, never raise), then
either filled with its own defaults (or a known-valid filling) and accepted, or
cancelled — as ``mode`` says. Static file/input choosers answer "cancelled";
the project's own patchable choosers are pointed at a temp folder by the test."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

ACCEPTED = QDialog.DialogCode.Accepted
INVALID = "??x1,2,3"


def _valid_target(dlg) -> None:
    dlg.code.setText("98")
    dlg.name.setText("Chỉ tiêu do rô-bốt thêm")
    dlg.unit.setCurrentText("người")
    dlg.target.setText("1.000")
    dlg.baseline.setText("")
    for edit in dlg.alloc_edits.values():
        edit.setText("")


def _valid_task(dlg) -> None:
    dlg.code.setText("II.98")
    dlg.title.setPlainText("Nhiệm vụ do rô-bốt thêm")


VALID = {"TargetDialog": _valid_target, "TaskDialog": _valid_task}


class DialogRobot:
    def __init__(self, mode: str = "accept"):
        self.mode = mode  # "accept" or "cancel"
        self.seen: list[str] = []

    # -- installed with monkeypatch ----------------------------------------
    def install(self, monkeypatch) -> None:
        robot = self
        monkeypatch.setattr(QDialog, "exec", lambda dlg, *a: robot.answer(dlg))
        monkeypatch.setattr(QMessageBox, "exec", lambda box, *a: robot.answer(box))
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            staticmethod(lambda *a, **k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                            staticmethod(lambda *a, **k: ([], "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                            staticmethod(lambda *a, **k: ""))
        monkeypatch.setattr(QInputDialog, "getText",
                            staticmethod(lambda *a, **k: ("", False)))
        monkeypatch.setattr(QInputDialog, "getItem",
                            staticmethod(lambda *a, **k: ("", False)))
        from PySide6.QtGui import QDesktopServices

        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))

    # -- answering -----------------------------------------------------------
    def answer(self, dlg):
        self.seen.append(type(dlg).__name__)
        dlg.show()
        QApplication.processEvents()
        if isinstance(dlg, QMessageBox):
            return self._message(dlg)
        if isinstance(dlg, (QFileDialog, QPrintDialog, QColorDialog)):
            dlg.reject()
            return dlg.result()
        return self._form(dlg)

    def _message(self, box: QMessageBox):
        accept_roles = (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)
        reject_roles = (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)
        buttons = box.buttons()
        if self.mode == "accept":
            pick = box.defaultButton() or next(
                (b for b in buttons if box.buttonRole(b) in accept_roles), None)
        else:
            pick = box.escapeButton() or next(
                (b for b in buttons if box.buttonRole(b) in reject_roles), None)
        pick = pick or (buttons[0] if buttons else None)
        if pick is None:
            box.done(0)
        else:
            pick.click()
        QApplication.processEvents()
        if box.isVisible():
            box.hide()
        return box.result()

    def _form(self, dlg: QDialog):
        edits = [e for e in dlg.findChildren(QLineEdit)
                 if e.isVisibleTo(dlg) and e.isEnabled() and not e.isReadOnly()
                 and not isinstance(e.parent(), (QAbstractSpinBox, QComboBox))]
        texts = {e: e.text() for e in edits}
        for e in edits:
            e.setText(INVALID)
        dlg.accept()  # invalid input: refused in words, or harmless
        QApplication.processEvents()
        if dlg.isVisible():
            for e, t in texts.items():
                e.setText(t)
            if self.mode == "accept":
                fill = VALID.get(type(dlg).__name__)
                if fill:
                    fill(dlg)
                dlg.accept()
                QApplication.processEvents()
        if dlg.isVisible():
            dlg.reject()
            QApplication.processEvents()
        if dlg.isVisible():  # a dialog that asks before discarding: it was answered
            dlg.done(0)
        return dlg.result()
