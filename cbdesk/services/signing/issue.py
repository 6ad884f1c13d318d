"""Issuing a signed report: the number and date are fixed in the rendered PDF
before anyone signs; the leader signs, the clerk seals; the archive keeps the
signed bytes and their sha256 (a reprint returns those bytes); the audit trail
records who signed with which certificate (subject, serial, validity)."""

from __future__ import annotations

from dataclasses import dataclass

from cbdesk.db.engine import Database
from cbdesk.services import audit
from cbdesk.services.actors import Actor
from cbdesk.services.signing.verify import SignatureCheck, verify_pdf


@dataclass(frozen=True)
class SignedIssue:
    info: object  # services.issued.IssuedInfo
    signatures: list[SignatureCheck]


def record_signatures(db: Database, actor: Actor, key: str, plan_year: int | None,
                      pdf: bytes) -> list[SignatureCheck]:
    """One audit entry per signature in ``pdf``: signer, certificate subject,
    serial and validity, signing time."""
    checks = verify_pdf(pdf)
    with db.session() as s:
        for c in checks:
            cert = c.cert
            value = (f"{c.field}: {cert.subject}; serial {cert.serial}; valid "
                     f"{cert.not_before:%Y-%m-%d}..{cert.not_after:%Y-%m-%d}; signed "
                     f"{c.signing_time.isoformat() if c.signing_time else '?'}"
                     if cert else f"{c.field}: unreadable")
            audit.record(s, actor, "report", key, "signature", None, value, plan_year)
    return checks


def issue_signed_report(db: Database, year: int, kind, period: str, meta, signed_pdf: bytes,
                        actor: Actor) -> SignedIssue:
    """Store a report already rendered with its number and date and signed
    (``signed_pdf``), then record its signatures. Refuses a PDF whose
    signatures are not all intact."""
    from cbdesk.core.vnformat import doc_number
    from cbdesk.services.issued import issue_report
    from cbdesk.services.signing.errors import SigningError

    checks = verify_pdf(signed_pdf)
    if not checks or not all(c.intact for c in checks):
        raise SigningError("Báo cáo chưa được ký hoặc chữ ký không còn nguyên vẹn; không ban "
                           "hành.", "The report is unsigned or a signature is broken; not "
                           "issued.")
    info = issue_report(db, year, kind, period, meta, signed_pdf, actor)
    key = f"{info.kind.value}|{period}|{doc_number(meta.number)}"
    record_signatures(db, actor, key, year, signed_pdf)
    return SignedIssue(info, checks)
