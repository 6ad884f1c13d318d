"""Dialogs keep what was typed: Esc, Cancel or the close box on a form that
was changed asks before discarding; the first field has the focus when the
form opens; Tab in a multi-line field moves to the next field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QListWidget)


def form_state(root: QWidget) -> tuple:
    """Every input's value under ``root``, in a comparable form."""
    out: list = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit) and not isinstance(w.parent(), (QComboBox,
                                                                   QAbstractSpinBox)):
            out.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)) and not w.isReadOnly():
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out.append((w.currentIndex(), w.currentText()))
        elif isinstance(w, QDateEdit):
            out.append(w.date().toString(Qt.DateFormat.ISODate))
        elif isinstance(w, QAbstractSpinBox):
            out.append(w.text())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            out.append(w.isChecked())
        elif isinstance(w, QListWidget):
            out.append(tuple(w.item(i).checkState() == Qt.CheckState.Checked
                             for i in range(w.count())))
    return tuple(out)


def first_field(root: QWidget) -> QWidget | None:
    """The first input in the focus chain that takes the focus."""
    w = root.nextInFocusChain()
    for _ in range(1000):
        if w is None or w is root:
            return None
        if (isinstance(w, _FIELDS) and w.isVisibleTo(root) and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not (isinstance(w, (QPlainTextEdit, QTextEdit)) and w.isReadOnly())):
            return w
        w = w.nextInFocusChain()
    return None


class GuardedForm:
    """Mixin for a QDialog (listed before it): remembers the form as it opened."""

    _initial: tuple | None = None

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._initial is None:
            for edit in self.findChildren(QPlainTextEdit) + self.findChildren(QTextEdit):
                edit.setTabChangesFocus(True)
            self._initial = form_state(self)
            field = first_field(self)
            if field is not None:
                field.setFocus(Qt.FocusReason.TabFocusReason)

    def is_modified(self) -> bool:
        return self._initial is not None and form_state(self) != self._initial

    def reject(self) -> None:
        from cbdesk.ui.dialogs import DiscardDialog

        if self.is_modified() and not DiscardDialog.ask(self):
            return
        super().reject()
