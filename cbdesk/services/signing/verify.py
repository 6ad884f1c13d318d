"""Verifying the signatures of a PDF, offline: for each one the signer, the
signing time, whether the signed bytes are intact and nothing but further
signatures was added since, whether the certificate was valid at signing and
whether it chains to a root the office trusts (a folder of root certificates,
.pem/.crt/.cer; the Vietnamese national root can be put there)."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cbdesk.services.signing.errors import SigningError
from cbdesk.services.signing.keys import CertInfo, cert_info

log = logging.getLogger(__name__)
ROOT_SUFFIXES = (".pem", ".crt", ".cer", ".der")


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: str  # the certificate's common name
    cert: CertInfo | None
    signing_time: datetime | None
    intact: bool  # the signed bytes match and only signatures were added since
    valid_at_signing: bool  # within the certificate's validity at the signing time
    trusted: bool  # chains to a root of the trust folder
    note: str = ""  # what went wrong, in English (for the log and --lang en)
    timestamp: datetime | None = None  # a TSA's time, when the signature carries one


def load_roots(folder: str | Path | None) -> list:
    """asn1crypto certificates from every PEM/DER file in ``folder``."""
    from asn1crypto import pem, x509

    roots = []
    if not folder:
        return roots
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise SigningError(f"Không có thư mục chứng thư gốc '{path}'.",
                           f"No folder of root certificates at '{path}'.")
    for f in sorted(path.iterdir()):
        if f.suffix.lower() not in ROOT_SUFFIXES or not f.is_file():
            continue
        data = f.read_bytes()
        try:
            if pem.detect(data):
                roots += [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, True)]
            else:
                roots.append(x509.Certificate.load(data))
        except (ValueError, TypeError):
            log.warning("not a certificate: %s", f)
    return roots


def verify_pdf(data: bytes, trust_dir: str | Path | None = None) -> list[SignatureCheck]:
    """Every signature of the PDF, checked (an empty list: none)."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    # pyHanko logs every untrusted path with a traceback; the result says it in words
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    roots = load_roots(trust_dir)
    if not data.startswith(b"%PDF-"):
        raise SigningError("Tệp không phải PDF.", "The file is not a PDF.")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError):
        raise SigningError("Tệp PDF bị hỏng, không đọc được.",
                           "The PDF is damaged and cannot be read.") from None
    return [_check(sig, roots) for sig in sigs]


def _check(sig, roots) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    field = sig.field_name
    try:
        cert = sig.signer_cert
        info = cert_info(cert)
    except Exception as e:  # no usable CMS in /Contents
        return SignatureCheck(field, "?", None, None, False, False, False,
                              f"unreadable signature ({e.__class__.__name__})")
    when = sig.self_reported_timestamp
    valid_at = when is not None and info.not_before <= when <= info.not_after
    try:
        vc = ValidationContext(trust_roots=roots, allow_fetching=False,
                               revocation_mode="soft-fail", moment=when)
        status = validate_pdf_signature(sig, vc)
    except Exception as e:  # a mangled file: the digest cannot even be computed
        log.info("signature %s not validated: %s", field, e)
        return SignatureCheck(field, info.common_name, info, when, False, valid_at, False,
                              f"cannot be validated ({e.__class__.__name__})")
    ts = status.timestamp_validity
    stamped = ts.timestamp if ts is not None and ts.intact and ts.valid else None
    if stamped is not None:  # a trusted clock beats the signer's own
        valid_at = info.not_before <= stamped <= info.not_after
    intact = bool(status.intact and status.valid)
    changes_ok = status.docmdp_ok is not False
    notes = []
    if not (status.intact and status.valid):
        notes.append("the signed bytes were changed")
    elif not changes_ok:
        notes.append("the document was changed after signing")
    if not status.trusted:
        notes.append("no trusted root")
    return SignatureCheck(field, info.common_name, info, when, intact and changes_ok,
                          valid_at, bool(status.trusted), "; ".join(notes), stamped)


def all_intact(checks: list[SignatureCheck]) -> bool:
    """True when there is at least one signature and every one is intact."""
    return bool(checks) and all(c.intact for c in checks)
