"""What every report kind prints the same way: the header block (agency,
number, place and date), the signature, the recipients (Nơi nhận) and the
free-text sections, all from the plan's organisation and the report's
``ReportMeta`` — nothing here is specific to one department.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cbdesk.core.plandata import OrganisationData
from cbdesk.core.text import clean, clean_line
from cbdesk.core.vnformat import doc_number, format_date, place_date_line
from cbdesk.reports.document import Annex, Block, Document, Header, Paragraph, Signature
from cbdesk.services.issued import PlanHeader, ReportMeta

__all__ = [
    "BLANK_NUMBER",
    "ReportMeta",
    "Resolved",
    "accompanying_note",
    "header",
    "legal_basis_paragraphs",
    "number_line",
    "paragraphs",
    "resolve",
    "signature",
]

# Room left for the number to be written in by hand ("Số:      /BC-…").
BLANK_NUMBER = " " * 6


@dataclass(frozen=True)
class Resolved:
    """A report's metadata with every default filled in."""

    number: str  # "05", or "" when unnumbered
    date: date | None  # None: a blank date line to fill in by hand
    signer_authority: str
    signer_title: str
    signer_name: str
    recipients: list[str]
    archive: str  # "Lưu: VT, VP"
    difficulties: str
    next_steps: str
    proposals: str
    addressee: str


def resolve(meta: ReportMeta | None, plan: PlanHeader, default_date: date | None,
            default_addressee: str = "") -> Resolved:
    """Fill ``meta``'s gaps from the plan and its organisation: the signer,
    the recipients (the plan's, else the organisation's) and the date
    (``default_date``; None leaves the date line blank)."""
    meta = meta or ReportMeta()
    org = plan.organisation

    def pick(value: str | None, default: str) -> str:
        return clean_line(default if value is None else value)

    recipients = meta.recipients if meta.recipients is not None else (
        plan.recipients or org.recipients)
    return Resolved(
        number=doc_number(meta.number),
        date=meta.date if meta.date is not None else default_date,
        signer_authority=pick(meta.signer_authority, org.signer_authority),
        signer_title=pick(meta.signer_title, org.signer_title),
        signer_name=pick(meta.signer_name, org.signer_name),
        recipients=[clean_line(r) for r in recipients if clean_line(r)],
        archive=archive_line(org),
        difficulties=clean(meta.difficulties),
        next_steps=clean(meta.next_steps),
        proposals=clean(meta.proposals),
        addressee=clean_line(meta.addressee) or clean_line(default_addressee),
    )


def archive_line(org: OrganisationData) -> str:
    """The last recipient item: ``Lưu: VT, VP`` (the archive unit when known)."""
    unit = clean_line(org.archive_unit)
    return f"Lưu: VT, {unit}" if unit else "Lưu: VT"


def symbol(letters: str, org: OrganisationData) -> str:
    """The document symbol: ``BC-SLĐTBXH`` for letters ``BC``; an empty
    ``letters`` gives the agency's symbol alone (a công văn: ``SLĐTBXH-VP``
    when the archive unit is known)."""
    agency = clean_line(org.symbol)
    if letters:
        return f"{letters}-{agency}" if agency else letters
    unit = clean_line(org.archive_unit)
    return f"{agency}-{unit}" if agency and unit else agency


def number_line(number: str, code: str) -> str:
    """``Số: 05/BC-SLĐTBXH``; without a number ``Số:      /BC-SLĐTBXH``.

    A number already written with its symbol (``12/KH-UBND``) is kept whole."""
    n = doc_number(number)
    if "/" in n:
        return f"Số: {n}"
    if not code:
        return f"Số: {n}" if n else f"Số:{BLANK_NUMBER}"
    return f"Số: {n}/{code}" if n else f"Số:{BLANK_NUMBER}/{code}"


def header(plan: PlanHeader, meta: Resolved, code: str) -> Header:
    """The two-column header of page 1."""
    org = plan.organisation
    return Header(
        parent_agency=clean_line(org.parent_agency),
        agency=clean_line(org.name),
        number_line=number_line(meta.number, code),
        place_date=place_date_line(org.place, meta.date, plan.year),
    )


def signature(meta: Resolved) -> Signature | None:
    """The signature block, or None when no signer is known at all."""
    if not (meta.signer_authority or meta.signer_title or meta.signer_name):
        return None
    return Signature(meta.signer_authority, meta.signer_title, meta.signer_name)


def paragraphs(text: str) -> list[str]:
    """Free text split into paragraphs at blank lines; single line breaks
    inside a paragraph become spaces."""
    return [clean_line(p) for p in re.split(r"\n\s*\n", clean(text)) if clean_line(p)]


def legal_basis_paragraphs(bases: list[str]) -> list[Paragraph]:
    """The legal bases in italics, each ``Căn cứ …;`` (SPEC §3.4)."""
    out = []
    for basis in bases:
        text = clean_line(basis).rstrip(" ;.,")
        if not text:
            continue
        if not text.lower().startswith("căn cứ"):
            text = f"Căn cứ {text}"
        out.append(Paragraph.of(f"{text};", italic=True))
    return out


def accompanying_note(type_name: str, meta: Resolved, code: str) -> str:
    """The line under an annex's title: ``(Kèm theo Báo cáo số 05/BC-SLĐTBXH
    ngày 05/07/2021)``, with blanks for what is not known yet."""
    number = meta.number if meta.number else BLANK_NUMBER
    when = format_date(meta.date) if meta.date else "   /   /    "
    kind = type_name[:1].upper() + type_name[1:].lower()
    return f"(Kèm theo {kind} số {number}/{code} ngày {when})"


def report_document(plan: PlanHeader, meta: Resolved, code: str, type_name: str,
                    abstract: str, blocks: list[Block], annexes: list[Annex],
                    title_meta: str) -> Document:
    """A report's Document: the plan's header, the report's own body, and the
    recipients and signature the user chose."""
    return Document(
        header=header(plan, meta, code),
        type_name=type_name,
        abstract=abstract,
        addressee=f"Kính gửi: {meta.addressee}" if meta.addressee else "",
        blocks=blocks,
        recipients=meta.recipients,
        archive=meta.archive,
        signature=signature(meta),
        annexes=annexes,
        title_meta=title_meta,
        author=plan.organisation.name,
    )
