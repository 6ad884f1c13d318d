"""Reports as documents of record (SPEC §1 "Report"): what a report is printed
with (``ReportMeta``), the plan's header for reports, issued reports stored
with the exact PDF as issued, and drafts of a report's free-text sections.

Rendering lives in ``cbdesk.reports``; this module only stores and reads
back. Issuing takes the PDF bytes already rendered (``reports.build.issue``
renders and calls :func:`issue_report` in one step), so a reprint is the stored
bytes, never a new rendering.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from cbdesk.core.enums import ReportKind
from cbdesk.core.plandata import OrganisationData
from cbdesk.core.progress import Tolerances
from cbdesk.core.text import clean, clean_line
from cbdesk.core.vnformat import doc_number, parse_date
from cbdesk.db import tables
from cbdesk.db.engine import Database
from cbdesk.services import audit, permissions
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ConflictError, NotFound, ValidationError
from cbdesk.services.plans import get_plan, organisation, plan_row
from cbdesk.services.settings import tolerances as load_tolerances

# Model classes are imported in the functions that use them: `cbdesk report`
# loads this module without the ORM (docs/ARCHITECTURE.md, "Reads of plain rows").

if TYPE_CHECKING:
    from cbdesk.db.models import IssuedReport


__all__ = [
    "IssuedInfo",
    "PlanHeader",
    "ReportMeta",
    "get_issued",
    "issue_report",
    "issued_pdf",
    "list_issued",
    "load_draft",
    "plan_header",
    "reprint",
    "save_draft",
]

# The free-text fields a draft keeps between sessions.
DRAFT_FIELDS = ("difficulties", "next_steps", "proposals", "addressee", "number")


@dataclass
class ReportMeta:
    """What a report is printed with besides the plan's data.

    ``None`` means "the default": the organisation's signer, the plan's
    recipients (else the organisation's), today's date (the plan's own date
    for the plan document), no number (a blank to fill in by hand). Free-text
    sections hold paragraphs separated by blank lines.
    """

    number: str | None = None
    date: date | None = None
    signer_authority: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    recipients: list[str] | None = None
    difficulties: str = ""
    next_steps: str = ""
    proposals: str = ""
    addressee: str = ""

    def to_dict(self) -> dict:
        """JSON-ready form (dates as ISO text)."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["date"] = self.date.isoformat() if self.date else None
        return out

    @classmethod
    def from_dict(cls, data: dict | None) -> ReportMeta:
        """Read back :meth:`to_dict`; unknown keys are ignored."""
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("date"):
            values["date"] = parse_date(values["date"])
        return cls(**values)


@dataclass(frozen=True)
class PlanHeader:
    """The parts of a plan that every report kind prints, with its organisation
    and the status tolerances in force."""

    year: int
    title: str
    doc_number: str
    doc_date: date | None
    abstract: str
    addressee: str
    legal_bases: list[str]
    recipients: list[str]
    organisation: OrganisationData
    tolerances: Tolerances = field(default_factory=Tolerances)


def plan_header(db: Database, year: int, stored: dict[str, str] | None = None) -> PlanHeader:
    """The header data of the plan of ``year`` (NotFound when there is none).
    ``stored``: the stored settings when the caller has read them already
    (the tolerances are taken from them, not read again)."""
    from cbdesk.services.setting_defaults import tolerances_from

    with db.reading() as conn:  # plain rows, no BEGIN/COMMIT round trips
        plan = plan_row(conn, year)
        return PlanHeader(
            year=plan.year, title=plan.title, doc_number=plan.doc_number or "",
            doc_date=plan.doc_date, abstract=plan.abstract or "",
            addressee=plan.addressee or "", legal_bases=list(plan.legal_bases or []),
            recipients=list(plan.recipients or []), organisation=organisation(conn),
            tolerances=load_tolerances(conn) if stored is None else tolerances_from(stored),
        )


# ---------------------------------------------------------------------------
# Issued reports


@dataclass(frozen=True)
class IssuedInfo:
    """An issued report without its PDF bytes (for lists)."""

    id: int
    year: int
    kind: ReportKind
    period: str
    number: str
    issued_on: date | None
    meta: ReportMeta
    sha256: str
    size: int
    issued_by: str
    issued_at: datetime | None


def _info(r: IssuedReport, year: int) -> IssuedInfo:
    return IssuedInfo(r.id, year, ReportKind(r.kind), r.period, r.number, r.issued_on,
                      ReportMeta.from_dict(r.meta), r.sha256, len(r.pdf), r.issued_by,
                      r.issued_at)


def _kind(kind: ReportKind | str) -> ReportKind:
    try:
        return ReportKind.parse(kind) if not isinstance(kind, ReportKind) else kind
    except ValueError:
        raise ValidationError(f"Loại báo cáo '{kind}' không hợp lệ.",
                              f"Unknown report kind '{kind}'.") from None


def issue_report(db: Database, year: int, kind: ReportKind | str, period: str,
                 meta: ReportMeta, pdf: bytes, actor: Actor,
                 none_sections: tuple[str, ...] = ()) -> IssuedInfo:
    """Record a report as issued: its number, date, metadata and the exact PDF.

    The number is required and may not repeat one already issued for the same
    plan and kind; the date defaults to today. ``none_sections`` names the
    free-text sections the actor chose to issue as "không có": each is kept in
    the audit trail with who chose it. Returns the stored record.
    """
    from cbdesk.db.models import IssuedReport

    permissions.require(actor, "reports.issue", db)
    kind = _kind(kind)
    number = doc_number(meta.number)
    if not number:
        raise ValidationError("Báo cáo ban hành phải có số văn bản.",
                              "An issued report needs a document number.")
    if not pdf.startswith(b"%PDF-"):
        raise ValidationError("Nội dung báo cáo không phải tệp PDF.",
                              "The report content is not a PDF file.")
    issued_on = meta.date or date.today()
    stored = ReportMeta(**{**vars(meta), "number": number, "date": issued_on})
    digest = hashlib.sha256(pdf).hexdigest()
    now = datetime.now()
    with db.session() as s:
        plan = get_plan(s, year)
        taken = s.scalars(select(IssuedReport.id).where(
            IssuedReport.plan_id == plan.id, IssuedReport.kind == kind.value,
            IssuedReport.number == number)).first()
        if taken is not None:
            raise ConflictError(
                f"Số {number} đã được dùng cho một {kind.label('vi').lower()} năm {year}.",
                f"Number {number} is already used by a {kind.label('en').lower()} of {year}.")
        row = IssuedReport(plan_id=plan.id, kind=kind.value, period=period or "",
                           number=number, issued_on=issued_on, meta=stored.to_dict(),
                           pdf=pdf, sha256=digest, issued_by=actor.username, issued_at=now)
        s.add(row)
        s.flush()
        key = f"{kind.value}|{period}|{number}"
        audit.record(s, actor, "report", key, "issued", None, digest, plan.year, at=now)
        for name in none_sections:
            audit.record(s, actor, "report", key, name, None, "không có", plan.year, at=now,
                         reason="chọn \"không có\" khi ban hành")
        return _info(row, plan.year)


def list_issued(db: Database, year: int | None = None) -> list[IssuedInfo]:
    """Issued reports, newest first; those of one plan year when given."""
    from cbdesk.db.models import IssuedReport, Plan

    with db.session() as s:
        q = select(IssuedReport, Plan.year).join(Plan, Plan.id == IssuedReport.plan_id)
        if year is not None:
            q = q.where(Plan.year == int(year))
        q = q.order_by(IssuedReport.issued_at.desc(), IssuedReport.id.desc())
        return [_info(r, y) for r, y in s.execute(q).all()]


def get_issued(db: Database, report_id: int) -> IssuedInfo:
    """One issued report's record (NotFound when missing)."""
    from cbdesk.db.models import IssuedReport, Plan

    with db.session() as s:
        found = s.execute(select(IssuedReport, Plan.year).join(
            Plan, Plan.id == IssuedReport.plan_id).where(IssuedReport.id == report_id)).first()
        if found is None:
            raise NotFound(f"Không có báo cáo đã ban hành số hiệu {report_id}.",
                           f"No issued report with id {report_id}.")
        return _info(*found)


def issued_pdf(db: Database, report_id: int) -> bytes:
    """The PDF exactly as issued, checked against its stored sha256."""
    from cbdesk.db.models import IssuedReport

    with db.session() as s:
        row = s.get(IssuedReport, report_id)
        if row is None:
            raise NotFound(f"Không có báo cáo đã ban hành số hiệu {report_id}.",
                           f"No issued report with id {report_id}.")
        data = bytes(row.pdf)
        if hashlib.sha256(data).hexdigest() != row.sha256:
            raise ConflictError(
                f"Tệp PDF của báo cáo số {row.number} không khớp mã kiểm tra; hãy khôi phục "
                "từ bản sao lưu.",
                f"The PDF of report {row.number} does not match its checksum; restore a "
                "backup.")
        return data


def reprint(db: Database, report_id: int) -> bytes:
    """A reprint: the stored bytes of the issued PDF, never a new rendering."""
    return issued_pdf(db, report_id)


# ---------------------------------------------------------------------------
# Drafts of the free-text sections


def save_draft(db: Database, year: int, kind: ReportKind | str, period: str,
               meta: ReportMeta, actor: Actor | None = None) -> None:
    """Keep a report's free-text sections (khó khăn, phương hướng, kiến nghị,
    kính gửi) between sessions, one draft per plan, kind and period."""
    from cbdesk.db.models import ReportDraft

    if actor is not None:
        permissions.require(actor, "reports.draft", db)
    kind = _kind(kind)
    values = {name: clean(getattr(meta, name) or "") for name in DRAFT_FIELDS}
    values["addressee"] = clean_line(values["addressee"])
    with db.session() as s:
        plan = get_plan(s, year)
        row = s.scalars(select(ReportDraft).where(
            ReportDraft.plan_id == plan.id, ReportDraft.kind == kind.value,
            ReportDraft.period == (period or ""))).first()
        if row is None:
            s.add(ReportDraft(plan_id=plan.id, kind=kind.value, period=period or "",
                              fields=values))
        else:
            row.fields = values


def load_draft(db: Database, year: int, kind: ReportKind | str,
               period: str) -> ReportMeta | None:
    """The saved free-text sections as a ReportMeta (other fields default), or
    None when nothing was saved."""
    kind = _kind(kind)
    d = tables.report_draft.c
    with db.reading() as conn:  # plain rows (db.tables)
        plan = plan_row(conn, year)
        fields_ = conn.execute(select(d.fields).where(
            d.plan_id == plan.id, d.kind == kind.value, d.period == (period or ""))).first()
        if fields_ is None:
            return None
        stored = dict(fields_[0] or {})
        values = {k: str(stored.get(k) or "") for k in DRAFT_FIELDS}
        values["number"] = values["number"] or None  # the typed number, when one was
        return ReportMeta(**values)
