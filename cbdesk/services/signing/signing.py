"""Signing with what the office registered: the one entry point the command
line and the window use. Options left out are filled from the stored
settings (images, seal size, timestamp server)."""

from __future__ import annotations

from cbdesk.db.engine import Database
from cbdesk.services.signing import sign as sg
from cbdesk.services.signing import store
from cbdesk.services.signing.keys import KeySource, open_signer


def sign_document(data: bytes, role: str, src: KeySource, db: Database | None = None, *,
                  image: bytes | None = None, signer_name: str = "", agency_name: str = "",
                  number: str = "", seal_mm: float | None = None, annex_text: bool = True,
                  tsa: str | None = None) -> bytes:
    """``data`` signed as ``role`` ("signer" or "agency") with the key of
    ``src``. The signer's image defaults to the one stored for
    ``signer_name`` (else for the certificate's name), the seal to the
    agency's; the agency's name shown defaults to the certificate's."""
    opts = store.options(db) if db is not None else {}
    tsa = tsa or opts.get(store.TSA_URL) or None
    with open_signer(src) as signer:
        cn = str(signer.signing_cert.subject.native.get("common_name") or "")
        if role == "signer":
            if image is None and db is not None:
                image = (store.signature_image(db, signer_name) if signer_name else None) \
                    or store.signature_image(db, cn)
            return sg.sign_as_signer(data, signer, image, timestamp_url=tsa)
        if image is None and db is not None:
            image = store.seal_image(db)
        seal_mm = seal_mm or float(opts.get(store.SEAL_MM) or 0) or None
        # the name the agency's certificate carries (CAs write it in normal
        # case, as NĐ 30 prints it); the header's capitals only as a fallback
        info = sg.AgencyInfo(name=agency_name or cn, number=number or "",
                             **({"seal_mm": seal_mm} if seal_mm else {}))
        return sg.sign_as_agency(data, signer, image, info, annex_text=annex_text,
                                 timestamp_url=tsa)
