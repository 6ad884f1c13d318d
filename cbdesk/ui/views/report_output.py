"""The output part of the reports view: preview the report as filled in, save
it as PDF or Word, print it, and the save and print dialogs (patchable in tests
as classmethods, reached through :class:`~cbdesk.ui.views.reports_view.ReportsView`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from cbdesk.services.errors import ServiceError
from cbdesk.ui.dialogs import show_error
from cbdesk.ui.i18n import tr
from cbdesk.ui.views.pdf_output import load_pdf, print_with_progress, write_file


class ReportOutputMixin:
    """Preview, save and print for :class:`~cbdesk.ui.views.reports_view.ReportsView`.

    The host view provides ``year``, ``kind()``, ``period_code()``, ``render(fmt, done)``,
    ``_save_draft_quietly``, ``message``, ``pdf_view``, the ``rendered`` signal, and
    the ``pdf_doc``, ``last_pdf``, ``_tmp`` and ``_preview_no`` it sets up."""

    # -- patchable dialogs ---------------------------------------------------
    @classmethod
    def ask_save_path(cls, parent, caption: str, suggested: str, filters: str) -> str | None:
        dlg = QFileDialog(parent, caption, suggested, filters)
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setLabelText(QFileDialog.DialogLabel.Accept, tr("Save"))
        dlg.setLabelText(QFileDialog.DialogLabel.Reject, tr("Cancel"))
        dlg.setLabelText(QFileDialog.DialogLabel.FileName, tr("File name:"))
        dlg.setLabelText(QFileDialog.DialogLabel.FileType, tr("File type:"))
        dlg.setLabelText(QFileDialog.DialogLabel.LookIn, tr("Look in:"))
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.selectedFiles():
            return None
        return dlg.selectedFiles()[0]

    @classmethod
    def ask_printer(cls, parent) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(printer, parent)
        dlg.setWindowTitle(tr("Print"))
        return printer if dlg.exec() == QDialog.DialogCode.Accepted else None

    def preview(self) -> None:
        self._save_draft_quietly()

        def done(data: bytes):
            self.show_pdf(data)
            self.message.setText(tr("Preview ready: {n} pages.").format(
                n=self.pdf_doc.pageCount() if self.pdf_doc else 0))
            self.rendered.emit("pdf")

        self.render("pdf", done)

    def show_pdf(self, data: bytes) -> None:
        self._preview_no += 1
        doc = load_pdf(data, self._tmp.name, f"preview-{self._preview_no}.pdf")
        old = self.pdf_doc
        self.pdf_view.setDocument(doc)
        self.pdf_doc, self.last_pdf = doc, data
        if old is not None:
            old.close()
            old.deleteLater()

    def _suggested_name(self, fmt: str) -> str:
        period = self.period_code()
        base = {"progress": "bao-cao-ket-qua", "plan": "ke-hoach",
                "assignments": "phan-cong-nhiem-vu"}[self.kind()]
        name = f"{base}-{period or self.year}.{fmt}"
        return str(Path.home() / name)

    def save_as(self, fmt: str) -> None:
        caption = tr("Save PDF") if fmt == "pdf" else tr("Save Word")
        filters = tr("PDF files (*.pdf)") if fmt == "pdf" else tr("Word documents (*.docx)")
        path = self.ask_save_path(self, caption, self._suggested_name(fmt), filters)
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt

        def done(data: bytes):
            self._write(path, data)
            self.rendered.emit(fmt)

        self.render(fmt, done)

    def _write(self, path: str, data: bytes) -> bool:
        try:
            write_file(path, data)
        except ServiceError as exc:  # the writer's message names the file and why
            self.message.setText("")
            show_error(self, exc)
            return False
        self.message.setText(tr("Saved to {path}.").format(path=path))
        return True

    def print_report(self) -> None:
        printer = self.ask_printer(self)
        if printer is None:
            return

        def done(data: bytes):
            self._print(data, printer)
            self.rendered.emit("print")

        self.render("pdf", done)

    def _print(self, data: bytes, printer) -> None:
        try:
            pages = print_with_progress(self, data, printer)
        except OSError as exc:
            show_error(self, exc)
            return
        if pages is None:
            self.message.setText(tr("Printing stopped."))
            return
        self.message.setText(tr("Sent {n} pages to the printer.").format(n=pages))
