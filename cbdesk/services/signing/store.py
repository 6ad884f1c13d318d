"""What an office registers for signing, kept in the settings table (no new
schema): the signature image of each signer (by name), the agency's seal and
its actual size, the token driver and label, the folder of trusted roots and
an optional timestamp server. Images are stored as base64 PNG."""

from __future__ import annotations

import base64
import unicodedata

from cbdesk.core.enums import Role
from cbdesk.db.engine import Database
from cbdesk.services import audit
from cbdesk.services import settings as st
from cbdesk.services.actors import Actor
from cbdesk.services.signing import appearance as ap

SIGNATURE_PREFIX = "signing.signature."  # + the signer's name (NFC, lower case)
SEAL = "signing.seal"
SEAL_MM = "signing.seal_mm"
PKCS11_LIB = "signing.pkcs11_lib"
TOKEN_LABEL = "signing.token"
TRUST_DIR = "signing.trust_dir"
TSA_URL = "signing.tsa_url"
TEXT_KEYS = (SEAL_MM, PKCS11_LIB, TOKEN_LABEL, TRUST_DIR, TSA_URL)


def _name_key(name: str) -> str:
    return SIGNATURE_PREFIX + unicodedata.normalize("NFC", " ".join(name.split())).lower()[:70]


def _read(db: Database, key: str) -> str:
    with db.session() as s:
        return st.get(s, key)


def _store(db: Database, key: str, value: str, actor: Actor, what: str) -> None:
    actor.require(Role.ADMIN, "đăng ký ảnh chữ ký, con dấu và token", "register signing images")
    with db.session() as s:
        old = st.get(s, key)
        st.put(s, key, value)
        # the audit keeps a short fingerprint of images, not the whole base64 text
        def short(v):
            return (f"{len(v)} chars" if len(v) > 200 else v)
        audit.record(s, actor, "setting", key, what, short(old) if old else None, short(value))


def signature_image(db: Database, name: str) -> bytes | None:
    """The stored signature image of the signer called ``name``."""
    text = _read(db, _name_key(name)) if name else ""
    return base64.b64decode(text) if text else None


def store_signature_image(db: Database, name: str, png: bytes, actor: Actor) -> None:
    ap.image_size(png, "chữ ký", "signature")
    _store(db, _name_key(name), base64.b64encode(png).decode("ascii"), actor, "image")


def seal_image(db: Database) -> bytes | None:
    text = _read(db, SEAL)
    return base64.b64decode(text) if text else None


def store_seal_image(db: Database, png: bytes, actor: Actor, size_mm: float | None = None
                     ) -> None:
    ap.image_size(png, "con dấu", "seal")
    _store(db, SEAL, base64.b64encode(png).decode("ascii"), actor, "image")
    if size_mm:
        _store(db, SEAL_MM, f"{float(size_mm):g}", actor, "value")


def options(db: Database) -> dict[str, str]:
    """The text settings (driver, token, trust folder, TSA, seal size)."""
    with db.session() as s:
        return {k: st.get(s, k) for k in TEXT_KEYS}


def store_options(db: Database, values: dict[str, str], actor: Actor) -> None:
    for k, v in values.items():
        if k not in TEXT_KEYS:
            raise KeyError(k)
        _store(db, k, str(v), actor, "value")


def registered_signers(db: Database) -> list[str]:
    """The (normalised) names that have a stored signature image."""
    from sqlalchemy import select

    from cbdesk.db.models import Setting

    with db.session() as s:
        keys = s.scalars(select(Setting.key).where(Setting.key.like(SIGNATURE_PREFIX + "%")))
        return sorted(k[len(SIGNATURE_PREFIX):] for k in keys)
