"""Verification results in words (the command line and the window)."""

from __future__ import annotations

from cbdesk.services.signing.verify import SignatureCheck

_ROLE = {"cbdesk_signer": ("người ký", "signer"), "cbdesk_agency": ("cơ quan", "agency")}


def _role(field: str, lang: str) -> str:
    vi, en = _ROLE.get(field, ("phụ lục", "annex") if "annex" in field else ("", ""))
    return vi if lang == "vi" else en


def describe(checks: list[SignatureCheck], lang: str = "vi") -> list[str]:
    """One line per signature, then a summary line."""
    vi = lang == "vi"
    if not checks:
        return ["Tệp không có chữ ký số." if vi else "The file has no digital signature."]
    out = []
    for i, c in enumerate(checks, start=1):
        when = c.signing_time.isoformat() if c.signing_time else "?"
        if c.timestamp is not None:
            stamp = c.timestamp.astimezone(c.signing_time.tzinfo if c.signing_time else None)
            when += (f" (dấu thời gian {stamp.isoformat()})" if vi
                     else f" (timestamp {stamp.isoformat()})")
        role = _role(c.field, lang)
        if vi:
            state = "nguyên vẹn" if c.intact else "KHÔNG nguyên vẹn (tệp đã bị sửa sau khi ký)"
            cert = ("chứng thư còn hiệu lực lúc ký" if c.valid_at_signing
                    else "chứng thư KHÔNG có hiệu lực lúc ký")
            trust = ("tin cậy (đến chứng thư gốc đã cài)" if c.trusted
                     else "chưa xác định được chứng thư gốc tin cậy")
            out.append(f"Chữ ký {i}{f' ({role})' if role else ''}: {c.signer}; thời gian ký "
                       f"{when}; {state}; {cert}; {trust}.")
        else:
            state = "intact" if c.intact else "NOT intact (changed after signing)"
            cert = ("certificate valid at signing" if c.valid_at_signing
                    else "certificate NOT valid at signing")
            trust = "trusted (chains to an installed root)" if c.trusted else "no trusted root"
            out.append(f"Signature {i}{f' ({role})' if role else ''}: {c.signer}; signed "
                       f"{when}; {state}; {cert}; {trust}.")
    ok = all(c.intact for c in checks)
    if vi:
        out.append("Kết quả: mọi chữ ký nguyên vẹn." if ok
                   else "Kết quả: có chữ ký không còn nguyên vẹn.")
    else:
        out.append("Result: every signature is intact." if ok
                   else "Result: a signature is not intact.")
    return out
