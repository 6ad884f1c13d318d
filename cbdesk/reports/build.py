"""Report kinds in one place: build a report's ``Document`` from the database,
render it to PDF or Word, and issue it (render once, store the exact PDF).

Nothing here imports Qt, openpyxl or Alembic: the command line, the GUI's
preview and a frozen build's smoke test all come through this module.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from cbdesk.core.enums import ReportKind
from cbdesk.core.gcpause import gc_paused
from cbdesk.core.periods import Period
from cbdesk.db.engine import Database
from cbdesk.reports import common
from cbdesk.reports.document import Document
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ServiceError, ValidationError
from cbdesk.services.issued import (
    IssuedInfo,
    PlanHeader,
    ReportMeta,
    issue_report,
    plan_header,
)
from cbdesk.services.plans import check_period

__all__ = [
    "FORMATS",
    "build_report",
    "issue",
    "parse_kind",
    "render_document",
    "render_report",
    "resolve_period",
    "smoke",
]

FORMATS = ("pdf", "docx")


def parse_kind(kind: ReportKind | str) -> ReportKind:
    """The report kind from its code or label (ValidationError otherwise)."""
    if isinstance(kind, ReportKind):
        return kind
    try:
        return ReportKind.parse(kind)
    except ValueError:
        raise ValidationError(
            f"Loại báo cáo '{kind}' không hợp lệ (progress, plan hoặc assignments).",
            f"Unknown report kind '{kind}' (progress, plan or assignments).") from None


def resolve_period(year: int, period: str | Period | None) -> Period:
    """The period asked for, checked to lie in the plan's year; the whole
    year when none is given."""
    if period is None or (isinstance(period, str) and not period.strip()):
        return Period(int(year), "Y", 1)
    if isinstance(period, Period):
        return check_period(year, period.code)
    return check_period(year, period)


SECTIONS = ("difficulties", "next_steps", "proposals")


class UnwrittenSections(ValidationError):
    """Issuing a report whose free-text sections are not all written needs a
    confirmation that they are "none" (SPEC §3.4); ``sections`` names them."""

    def __init__(self, sections: list[str]):
        names_vi = {"difficulties": "khó khăn, vướng mắc", "next_steps": "phương hướng kỳ tới",
                    "proposals": "kiến nghị, đề xuất"}
        super().__init__(
            "Báo cáo còn mục chưa viết: " + "; ".join(names_vi[n] for n in sections)
            + ". Hãy viết, hoặc xác nhận là \"không có\" khi ban hành.",
            "The report has unwritten sections: " + ", ".join(sections)
            + ". Write them, or confirm \"none\" when issuing.")
        self.sections = list(sections)


def unwritten_sections(meta: ReportMeta | None) -> list[str]:
    """The free-text sections of ``meta`` that nobody wrote."""
    meta = meta or ReportMeta()
    return [n for n in SECTIONS if not common.paragraphs(getattr(meta, n) or "")]


def _evidence(db: Database, year: int,
              settings: dict[str, str] | None = None) -> dict[str, list[str]] | None:
    """Task code → the names of the documents kept with it and its progress
    updates, when the setting ``report.list_attachments`` is "1".
    ``settings``: the settings already read (defaults filled in)."""
    from cbdesk.services.settings import read_all

    if settings is None:
        settings = read_all(db)
    if settings.get("report.list_attachments", "0") != "1":
        return None
    from cbdesk.services.attachments import list_attachments

    out: dict[str, list[str]] = {}
    for a in list_attachments(db, year):
        if a.owner.kind in ("task", "update") and a.file_name not in out.get(a.owner.task, []):
            out.setdefault(a.owner.task, []).append(a.file_name)
    return out


def build_report(db: Database, year: int, kind: ReportKind | str,
                 period: str | Period | None = None,
                 meta: ReportMeta | None = None, draft: bool = True,
                 header: PlanHeader | None = None) -> Document:
    """The ``Document`` of a report of the plan of ``year``.

    ``kind``: ``progress`` (results up to ``period``), ``plan`` (the plan
    document) or ``assignments`` (the table of tasks). NotFound for an unknown
    plan; PeriodError/ValidationError for a period that is not one or lies
    outside the plan's year. ``header``: the plan's header when the caller
    has read it already (the command line), so it is not read twice.
    """
    with gc_paused():
        return _build_report(db, year, kind, period, meta, draft, header)


def _build_report(db: Database, year: int, kind: ReportKind | str,
                 period: str | Period | None = None,
                 meta: ReportMeta | None = None, draft: bool = True,
                 header: PlanHeader | None = None) -> Document:
    kind = parse_kind(kind)
    stored = None
    if kind is ReportKind.PROGRESS:
        from cbdesk.services.settings import read_stored

        # Once: the header's tolerances, the calendar and the attachments setting.
        stored = read_stored(db)
    if header is None or header.year != int(year):
        # NotFound first: the plan is what was asked for
        header = plan_header(db, year, stored)
    period = resolve_period(header.year, period)
    meta = meta or ReportMeta()
    if kind is ReportKind.PROGRESS:
        from cbdesk.reports import progress
        from cbdesk.services.progress import target_rows
        from cbdesk.services.tasks_view import task_rows

        resolved = common.resolve(meta, header, date.today())
        targets = target_rows(db, header.year, period, header.tolerances)
        # Tasks stand as on the day the period's figures run to (its cut-off
        # day), or today for a period not over yet (as the overview judges them).
        from cbdesk.services.periods import cutoff_day
        from cbdesk.services.settings import DEFAULTS

        as_of = min(cutoff_day(db, period, stored), date.today())
        tasks = task_rows(db, header.year, as_of)
        return progress.build(header, period, targets, tasks, resolved, as_of, draft=draft,
                              evidence=_evidence(db, header.year, {**DEFAULTS, **stored}))
    if kind is ReportKind.ASSIGNMENTS:
        from cbdesk.reports import assignments
        from cbdesk.services.tasks_view import task_rows

        resolved = common.resolve(meta, header, date.today())
        return assignments.build(header, task_rows(db, header.year, resolved.date), resolved)
    from cbdesk.reports import plan
    from cbdesk.services.plans import plan_to_data

    data = plan_to_data(db, header.year, with_results=False)
    resolved = common.resolve(meta, header, data.doc_date, default_addressee=data.addressee)
    return plan.build(data, resolved)


def render_document(doc: Document, fmt: str = "pdf", font: str = "auto") -> bytes:
    """A built document as PDF or Word bytes."""
    if fmt == "pdf":
        from cbdesk.reports.pdf import render_pdf

        with gc_paused():
            return render_pdf(doc, font)
    if fmt == "docx":
        try:
            from cbdesk.reports.docx import render_docx
        except ImportError as e:
            raise ServiceError(
                f"Không xuất được tệp Word: thiếu thành phần ({e.name}).",
                f"Cannot write a Word file: a component is missing ({e.name}).") from e
        return render_docx(doc)
    raise _bad_format(fmt)


def _bad_format(fmt: str) -> ValidationError:
    return ValidationError(f"Định dạng '{fmt}' không được hỗ trợ (pdf hoặc docx).",
                           f"Unsupported format '{fmt}' (pdf or docx).")


def render_report(db: Database, year: int, kind: ReportKind | str,
                  period: str | Period | None = None, meta: ReportMeta | None = None,
                  fmt: str = "pdf", font: str = "auto") -> bytes:
    """A report rendered to ``fmt`` (``pdf`` or ``docx``). The same data,
    metadata and font give byte-identical PDF output."""
    if fmt not in FORMATS:
        raise _bad_format(fmt)
    with gc_paused():
        return render_document(build_report(db, year, kind, period, meta), fmt, font)


def issue(db: Database, year: int, kind: ReportKind | str, period: str | Period | None,
          meta: ReportMeta, actor: Actor, font: str = "auto",
          confirm_none: bool = False) -> IssuedInfo:
    """Issue a report: render its PDF once (dated today unless ``meta`` says
    otherwise) and store those exact bytes with its number and metadata.

    A progress report with unwritten free-text sections raises
    :class:`UnwrittenSections` unless ``confirm_none``: then they print as
    "Không có." and the audit trail keeps who chose that."""
    kind = parse_kind(kind)
    header = plan_header(db, year)
    period_obj = resolve_period(header.year, period)
    meta = dataclasses.replace(meta, date=meta.date or date.today())
    none = unwritten_sections(meta) if kind is ReportKind.PROGRESS else []
    if none and not confirm_none:
        raise UnwrittenSections(none)
    pdf = render_document(build_report(db, year, kind, period_obj, meta, draft=False),
                          "pdf", font)
    return issue_report(db, header.year, kind, period_obj.code, stored_meta(meta, header), pdf,
                        actor, none_sections=tuple(none))


def stored_meta(meta: ReportMeta, header) -> ReportMeta:
    """What the archive keeps of an issued report's metadata: every default
    resolved (signer, recipients…) as printed."""
    resolved = common.resolve(meta, header, meta.date)
    return ReportMeta(
        number=resolved.number, date=resolved.date, signer_authority=resolved.signer_authority,
        signer_title=resolved.signer_title, signer_name=resolved.signer_name,
        recipients=resolved.recipients, difficulties=resolved.difficulties,
        next_steps=resolved.next_steps, proposals=resolved.proposals,
        addressee=meta.addressee,
    )


def smoke(db: Database) -> int:
    """Render a small report in memory, as a frozen build's ``--smoke`` check:
    the newest plan's assignments, or a one-paragraph document when the
    database holds no plan. Returns the PDF's size; raises on any failure."""
    from cbdesk.reports.document import Header, Paragraph
    from cbdesk.services.plans import list_plans

    plans = list_plans(db)
    if plans:
        data = render_report(db, plans[0].year, ReportKind.ASSIGNMENTS, None, ReportMeta())
    else:
        doc = Document(header=Header("CƠ QUAN CHỦ QUẢN", "CƠ QUAN", "Số:", "ngày"),
                       type_name="BÁO CÁO", abstract="Kiểm tra",
                       blocks=[Paragraph.of("Tiếng Việt: ă â đ ê ô ơ ư ạ ả ấ ầ ẩ ẫ ậ.")])
        data = render_document(doc)
    if not data.startswith(b"%PDF-"):
        raise RuntimeError("the smoke report is not a PDF")
    return len(data)
