"""Issuing a report that was signed outside the archive (the leader's token,
then the clerk's): the signed PDF must be exactly this report — rendered now
with the same number, date and texts — plus signatures appended, each intact.
Then the archive keeps the signed bytes (services.signing.issue)."""

from __future__ import annotations

import dataclasses
from datetime import date

from cbdesk.db.engine import Database
from cbdesk.reports.build import (
    build_report,
    parse_kind,
    render_document,
    resolve_period,
    stored_meta,
)
from cbdesk.services.actors import Actor
from cbdesk.services.issued import ReportMeta, plan_header
from cbdesk.services.signing.errors import SigningError
from cbdesk.services.signing.issue import SignedIssue, issue_signed_report


def issue_signed(db: Database, year: int, kind, period, meta: ReportMeta, signed_pdf: bytes,
                 actor: Actor, font: str = "auto") -> SignedIssue:
    """Archive ``signed_pdf`` as the issued report ``kind``/``period`` numbered
    and dated by ``meta``; refused when its unsigned part is not that report
    byte for byte (another number, date, text or figures) or a signature is
    broken."""
    kind = parse_kind(kind)
    header = plan_header(db, year)
    period_obj = resolve_period(header.year, period)
    meta = dataclasses.replace(meta, date=meta.date or date.today())
    rendered = render_document(build_report(db, year, kind, period_obj, meta), "pdf", font)
    if not signed_pdf.startswith(rendered):
        raise SigningError(
            "Tệp đã ký không phải đúng báo cáo này (khác số, ngày, nội dung hoặc số liệu so với "
            "bản in ra bây giờ); không ban hành.",
            "The signed file is not this report (its number, date, text or figures differ "
            "from what it renders now); not issued.")
    return issue_signed_report(db, header.year, kind, period_obj.code,
                               stored_meta(meta, header), signed_pdf, actor)
