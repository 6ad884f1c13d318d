"""Checking the digital signatures of a PDF from the window: Tools → Verify
signatures of a PDF…, or a PDF dropped on the window. The same words as
`cbdesk verify` (services.signing.report)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen


class SignaturesDialog(FitsScreen, QDialog):
    """One line per signature and the verdict."""

    def __init__(self, parent, path: str, lines: list[str], ok: bool):
        super().__init__(parent)
        self.setWindowTitle(tr("Digital signatures"))
        self.resize(760, 300)
        lay = QVBoxLayout(self)
        name = QLabel(Path(path).name)
        name.setWordWrap(True)
        lay.addWidget(name)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.addItems(lines[:-1] if len(lines) > 1 else lines)
        lay.addWidget(self.list, 1)
        self.verdict = QLabel(lines[-1] if len(lines) > 1 else "")
        self.verdict.setStyleSheet("font-weight: bold; color: %s" % ("#1b5e20" if ok
                                                                     else "#b71c1c"))
        lay.addWidget(self.verdict)
        from cbdesk.ui.dialogs import buttons

        lay.addWidget(buttons(QDialogButtonBox.StandardButton.Ok, self))

    @classmethod
    def show_result(cls, parent, path: str, lines: list[str], ok: bool) -> None:
        cls(parent, path, lines, ok).exec()


def verify_file(window, path: str) -> None:
    """Verify ``path`` and show the result (or the problem, in one line)."""
    from cbdesk.services.errors import ServiceError
    from cbdesk.services.signing import store
    from cbdesk.services.signing.errors import SigningError
    from cbdesk.services.signing.report import describe
    from cbdesk.services.signing.verify import all_intact, verify_pdf
    from cbdesk.ui.dialogs import show_error

    try:
        data = Path(path).read_bytes()
    except OSError:
        show_error(window, SigningError(f"Không đọc được tệp '{path}'.",
                                        f"Cannot read the file '{path}'."))
        return
    try:
        trust = store.options(window.db).get(store.TRUST_DIR) or None
        checks = verify_pdf(data, trust)
    except ServiceError as e:
        show_error(window, e)
        return
    SignaturesDialog.show_result(window, path, describe(checks, lang()), all_intact(checks))


def choose_and_verify(window) -> None:
    from cbdesk.ui.file_actions import FileDialogs

    paths = FileDialogs.open_files(window, tr("Verify signatures of a PDF"),
                                   tr("PDF files (*.pdf)"), many=False)
    if paths:
        verify_file(window, paths[0])


def _dropped_pdf(event) -> str | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
            return url.toLocalFile()
    return None


class _PdfDrop(QObject):
    """A PDF dropped anywhere on the window is verified."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and _dropped_pdf(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            path = _dropped_pdf(event)
            if path:
                event.acceptProposedAction()
                verify_file(self.window, path)
                return True
        return False


def install(window, menu, act) -> None:
    """The menu entry and the drop target (called once by the main window;
    the dialogs are imported when an entry is chosen)."""
    from cbdesk.ui.menu_extras import later

    act(menu, tr("Sign a PDF…"), later("cbdesk.ui.sign_dialog", "sign_pdf_file", window))
    act(menu, tr("Verify signatures of a PDF…"), lambda: choose_and_verify(window))
    act(menu, tr("Issue the signed PDF of this report…"),
        later("cbdesk.ui.issue_signed", "issue_signed_pdf", window))
    window.setAcceptDrops(True)
    window._pdf_drop = _PdfDrop(window)
    window.installEventFilter(window._pdf_drop)
