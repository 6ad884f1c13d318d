"""Where a signing key comes from: a PKCS#12 file, or a PKCS#11 token (a USB
token through its driver library — what Vietnamese CAs ship — or SoftHSM2).

Both give a pyHanko ``Signer`` holding the certificate chain. Problems (wrong
password or PIN, no such token or key, a certificate out of its validity)
become :class:`SigningError` before anything is signed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cbdesk.services.signing.errors import SigningError


@dataclass(frozen=True)
class CertInfo:
    """What the audit trail and the verifier print about a certificate."""

    subject: str
    common_name: str
    serial: str  # hexadecimal
    not_before: datetime
    not_after: datetime
    issuer: str

    def summary(self) -> str:
        return (f"{self.subject}; serial {self.serial}; valid "
                f"{self.not_before:%Y-%m-%d}..{self.not_after:%Y-%m-%d}")


def cert_info(cert) -> CertInfo:
    """``cert``: an asn1crypto ``x509.Certificate``."""
    subject = cert.subject.human_friendly
    cn = cert.subject.native.get("common_name") or subject
    if isinstance(cn, list):
        cn = cn[0]
    validity = cert["tbs_certificate"]["validity"]
    return CertInfo(subject=subject, common_name=str(cn), serial=format(cert.serial_number, "X"),
                    not_before=validity["not_before"].native,
                    not_after=validity["not_after"].native, issuer=cert.issuer.human_friendly)


def check_validity(cert, when: datetime | None = None) -> None:
    """Refuse a certificate outside its validity period at ``when`` (now)."""
    info = cert_info(cert)
    now = when or datetime.now(UTC)
    if now > info.not_after:
        raise SigningError(
            f"Chứng thư số của {info.common_name} đã hết hạn ngày "
            f"{info.not_after:%d/%m/%Y}; không ký được.",
            f"The certificate of {info.common_name} expired on {info.not_after:%Y-%m-%d}; "
            "cannot sign.")
    if now < info.not_before:
        raise SigningError(
            f"Chứng thư số của {info.common_name} chỉ có hiệu lực từ ngày "
            f"{info.not_before:%d/%m/%Y}; chưa ký được.",
            f"The certificate of {info.common_name} is not valid before "
            f"{info.not_before:%Y-%m-%d}; cannot sign yet.")


def pkcs12_signer(path: str | Path, password: str | None):
    """A signer from a PKCS#12 (.p12/.pfx) file with its bundled chain."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        pkcs12,
    )
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    p = Path(path).expanduser()
    try:
        data = p.read_bytes()
    except OSError:
        raise SigningError(f"Không đọc được tệp chứng thư '{p}'.",
                           f"Cannot read the certificate file '{p}'.") from None
    try:
        key, cert, others = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password else None)
    except ValueError:
        raise SigningError(
            f"Sai mật khẩu của tệp chứng thư '{p.name}' (hoặc tệp không phải PKCS#12).",
            f"Wrong password for the certificate file '{p.name}' (or not a PKCS#12 file).",
        ) from None
    if key is None or cert is None:
        raise SigningError(f"Tệp '{p.name}' không chứa khóa và chứng thư để ký.",
                           f"'{p.name}' holds no key and certificate to sign with.")
    signing_cert = asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
    check_validity(signing_cert)
    key_info = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    chain = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in others or ()]
    return SimpleSigner(signing_cert=signing_cert, signing_key=key_info,
                        cert_registry=SimpleCertificateStore.from_certs(chain))


def _only_key_label(session, token: str) -> str:
    """The label of the one private key on the token (PKCS11Signer needs one)."""
    from pkcs11 import Attribute, ObjectClass

    labels = sorted({k[Attribute.LABEL] for k in session.get_objects(
        {Attribute.CLASS: ObjectClass.PRIVATE_KEY})})
    if len(labels) != 1:
        found = ", ".join(labels) or "-"
        raise SigningError(f"Token '{token}' có {len(labels)} khóa ({found}); hãy chọn bằng --key.",
                           f"The token '{token}' holds {len(labels)} keys ({found}); choose one "
                           "with --key.")
    return labels[0]


@dataclass(frozen=True)
class KeySource:
    """Where to sign from: a PKCS#12 file, or a token's driver and label."""

    pkcs12: str | None = None
    password: str | None = None
    pkcs11_lib: str | None = None
    token: str | None = None
    key_label: str | None = None
    pin: str | None = None


@contextlib.contextmanager
def open_signer(src: KeySource) -> Iterator:
    """The signer for ``src``, open for the ``with`` block."""
    if src.pkcs12:
        yield pkcs12_signer(src.pkcs12, src.password)
        return
    if not (src.pkcs11_lib and src.token):
        raise SigningError("Cần --pkcs12 TỆP, hoặc --pkcs11-lib THƯ_VIỆN và --token NHÃN.",
                           "Give --pkcs12 FILE, or --pkcs11-lib LIB and --token LABEL.")
    with pkcs11_signer(src.pkcs11_lib, src.token, src.key_label, src.pin) as signer:
        yield signer


@contextlib.contextmanager
def pkcs11_signer(lib: str | Path, token: str, key_label: str | None,
                  pin: str | None) -> Iterator:
    """A signer on a PKCS#11 token, open for the ``with`` block.

    ``lib`` is the token's driver (a .dll/.so the CA's installer puts on the
    machine), ``token`` its label, ``key_label`` the key and certificate's
    label (the only key on the token when not given).
    """
    from pkcs11 import exceptions as p11e
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.general import SigningError as HankoSigningError
    from pyhanko.sign.pkcs11 import PKCS11Error, PKCS11Signer, open_pkcs11_session

    lib_path = Path(lib).expanduser()
    if not lib_path.is_file():
        raise SigningError(f"Không có thư viện điều khiển token '{lib_path}'.",
                           f"No token driver library at '{lib_path}'.")
    try:
        session = open_pkcs11_session(str(lib_path), token_criteria=TokenCriteria(label=token),
                                      user_pin=pin)
    except p11e.PinIncorrect:
        raise SigningError(f"Sai mã PIN của token '{token}'.",
                           f"Wrong PIN for the token '{token}'.") from None
    except p11e.PinLocked:
        raise SigningError(f"Token '{token}' đã bị khóa PIN.",
                           f"The token '{token}' has its PIN locked.") from None
    except (PKCS11Error, p11e.PKCS11Error, RuntimeError, OSError) as e:
        if "No token" in str(e) or isinstance(e, PKCS11Error):
            raise SigningError(
                f"Không tìm thấy token '{token}' (chưa cắm hoặc sai tên).",
                f"Token '{token}' not found (not plugged in, or another label).") from None
        raise SigningError(f"Không mở được token '{token}': {e.__class__.__name__}.",
                           f"Cannot open the token '{token}': {e.__class__.__name__}.") from None
    try:
        if not key_label:
            key_label = _only_key_label(session, token)
        try:
            signer = PKCS11Signer(session, cert_label=key_label, key_label=key_label,
                                  other_certs_to_pull=None)
            cert = signer.signing_cert
        except (PKCS11Error, HankoSigningError, p11e.PKCS11Error) as e:
            raise SigningError(
                f"Không tìm thấy khóa/chứng thư '{key_label or ''}' trên token '{token}'.",
                f"No key/certificate '{key_label or ''}' on the token '{token}'.") from e
        check_validity(cert)
        yield signer
    finally:
        with contextlib.suppress(Exception):
            session.close()
