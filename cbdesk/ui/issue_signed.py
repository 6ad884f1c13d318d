"""Reports → issuing the signed copy (Tools → Issue the signed PDF of this
report…): the report chosen on the Reports screen, with its number and date,
archived as the signed file — accepted only if the file is that report with
intact signatures (reports.signed_issue)."""

from __future__ import annotations

from pathlib import Path

from cbdesk.ui.dialogs import ConfirmDialog, Notice, show_error
from cbdesk.ui.i18n import tr


def issue_signed_pdf(window) -> None:
    from cbdesk.reports.signed_issue import issue_signed
    from cbdesk.services.errors import ServiceError
    from cbdesk.services.signing.errors import SigningError
    from cbdesk.ui.file_actions import FileDialogs

    view = window.show_view("reports")
    if view.year is None:
        return
    meta = view.meta()
    if not meta.number:
        show_error(window, SigningError(
            "Báo cáo ban hành phải có số: điền 'Số' trên màn hình Báo cáo rồi làm lại.",
            "An issued report needs a number: fill in 'Number' on the Reports screen and "
            "try again."))
        return
    paths = FileDialogs.open_files(window, tr("Issue the signed PDF of this report"),
                                   tr("PDF files (*.pdf)"), many=False)
    if not paths:
        return
    if not ConfirmDialog.ask(window, tr("Issue report"),
                             tr("Issue the signed file as number {number}? It is stored as "
                                "issued and cannot be changed afterwards.").format(
                                 number=meta.number)):
        return
    try:
        try:
            data = Path(paths[0]).read_bytes()
        except OSError:
            raise SigningError(f"Không đọc được tệp '{paths[0]}'.",
                               f"Cannot read the file '{paths[0]}'.") from None
        done = issue_signed(window.db, view.year, view.kind(), view.period_code() or None,
                            meta, data, window.actor, view._font())
    except ServiceError as e:
        show_error(window, e)
        return
    view.refresh_issued()
    view.issued_changed.emit()
    Notice.info(window, tr("Issued"),
                tr("Issued as number {number}, with {count} digital signatures.").format(
                    number=done.info.number, count=len(done.signatures)))
