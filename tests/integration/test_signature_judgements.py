"""What the check of a signed PDF says, beyond intact and trusted: the time a
signature claims is the time asked for, a signature claiming a time outside
its certificate's validity is not valid at signing, a trusted signature
carries no complaint, and the words given in each language."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from signing_fixtures import (  # noqa: F401  (fixtures)
    h1_pdf,
    pki,
    sealed_pdf,
    signers_of,
)

from cbdesk.services.signing.report import describe
from cbdesk.services.signing.verify import SignatureCheck, verify_pdf

VN = timezone(timedelta(hours=7))


def test_a_signature_keeps_the_time_asked_and_outside_its_certificate_is_not_valid(
        pki, h1_pdf):  # noqa: F811  (fixtures)
    from cbdesk.services.signing import sign

    _, folder = pki
    leader, _ = signers_of(pki)
    long_ago = datetime(2001, 2, 3, 9, 30, tzinfo=VN)
    signed = sign.sign_as_signer(h1_pdf, leader, (folder / "signature.png").read_bytes(),
                                 when=long_ago)
    [check] = verify_pdf(signed, folder / "roots")
    assert check.signing_time == long_ago
    assert check.intact and check.valid_at_signing is False


def test_a_trusted_signature_carries_no_complaint(pki, sealed_pdf):  # noqa: F811
    _, folder = pki
    checks = verify_pdf(sealed_pdf, folder / "roots")
    assert checks and all(c.trusted and c.note == "" for c in checks)
    assert all("no trusted root" in c.note for c in verify_pdf(sealed_pdf))


def test_a_check_is_told_in_each_language():
    when = datetime(2021, 7, 5, 9, 0, tzinfo=VN)
    good = SignatureCheck("cbdesk_signer", "Hoàng Thị Mỹ Hảo", None, when, True, True, True)
    bad = SignatureCheck("cbdesk_agency", "Sở X", None, when, False, False, False)
    vi = describe([good, bad], "vi")
    assert vi[0] == ("Chữ ký 1 (người ký): Hoàng Thị Mỹ Hảo; thời gian ký "
                     "2021-07-05T09:00:00+07:00; nguyên vẹn; chứng thư còn hiệu lực lúc ký; "
                     "tin cậy (đến chứng thư gốc đã cài).")
    en = describe([good, bad], "en")
    assert en[0] == ("Signature 1 (signer): Hoàng Thị Mỹ Hảo; signed 2021-07-05T09:00:00+07:00; "
                     "intact; certificate valid at signing; trusted (chains to an installed "
                     "root).")
    assert en[1] == ("Signature 2 (agency): Sở X; signed 2021-07-05T09:00:00+07:00; NOT intact "
                     "(changed after signing); certificate NOT valid at signing; no trusted "
                     "root.")


def test_signing_with_what_the_office_registered_finds_the_image_and_seal(
        demo_db, pki, h1_pdf):  # noqa: F811  (fixtures)
    from cbdesk.services.actors import system_actor
    from cbdesk.services.signing import store
    from cbdesk.services.signing.keys import KeySource
    from cbdesk.services.signing.signing import sign_document

    _, folder = pki
    store.store_signature_image(demo_db, "Nguyễn Văn A",  # the leader certificate's name
                                (folder / "signature.png").read_bytes(), system_actor())
    store.store_seal_image(demo_db, (folder / "seal.png").read_bytes(), system_actor())
    assert store.registered_signers(demo_db) == ["nguyễn văn a"]
    signed = sign_document(h1_pdf, "signer",
                           KeySource(pkcs12=str(folder / "leader.p12"), password="mật-khẩu-1"),
                           demo_db)
    sealed = sign_document(signed, "agency",
                           KeySource(pkcs12=str(folder / "agency.p12"), password="mật-khẩu-2"),
                           demo_db, number="05/BC-SLĐTBXH")
    checks = verify_pdf(sealed, folder / "roots")
    assert [c.signer for c in checks][:2] == ["Nguyễn Văn A",
                                              "Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng"]
    assert len(checks) >= 2 and all(c.intact and c.trusted for c in checks)


def test_the_offices_timestamp_server_and_seal_size_are_used_when_not_given(
        demo_db, pki, h1_pdf):  # noqa: F811  (fixtures)
    import pytest
    from signing_fixtures import boxes

    from cbdesk.services.actors import system_actor
    from cbdesk.services.signing import store
    from cbdesk.services.signing.errors import SigningError
    from cbdesk.services.signing.keys import KeySource
    from cbdesk.services.signing.signing import sign_document

    _, folder = pki
    leader = KeySource(pkcs12=str(folder / "leader.p12"), password="mật-khẩu-1")
    agency = KeySource(pkcs12=str(folder / "agency.p12"), password="mật-khẩu-2")
    image = (folder / "signature.png").read_bytes()
    signed = sign_document(h1_pdf, "signer", leader, demo_db, image=image)

    def seal_width(size_mm):
        store.store_seal_image(demo_db, (folder / "seal.png").read_bytes(), system_actor(),
                               size_mm=size_mm)
        sealed = sign_document(signed, "agency", agency, demo_db, number="05/BC-SLĐTBXH")
        fields, _ = boxes(sealed)
        box = fields["cbdesk_agency"]
        return box.x1 - box.x0

    small, large = seal_width(24), seal_width(48)
    assert large > small * 1.5  # the stored size decides the seal's size
    store.store_options(demo_db, {store.TSA_URL: "http://127.0.0.1:9/tsa"}, system_actor())
    with pytest.raises(SigningError, match="Không lấy được dấu thời gian"):
        sign_document(h1_pdf, "signer", leader, demo_db, image=image)  # a dead server stops it


def test_a_signature_naming_no_certificate_it_carries_is_neither_intact_nor_trusted(
        pki, sealed_pdf):  # noqa: F811  (fixtures)
    import binascii
    import re

    from asn1crypto import cms

    _, folder = pki
    m = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", sealed_pdf)
    raw = binascii.unhexlify(m.group(1))
    info = cms.ContentInfo.load(raw.rstrip(b"\0") if raw.endswith(b"\0\0") else raw)
    signer = info["content"]["signer_infos"][0]
    serial = signer["sid"].chosen["serial_number"].native
    signer["sid"].chosen["serial_number"] = cms.Integer(serial ^ 1)  # one bit off: no such cert
    der = info.dump(force=True)
    hexed = binascii.hexlify(der).ljust(m.end(1) - m.start(1), b"0")
    assert len(hexed) == m.end(1) - m.start(1)
    changed = sealed_pdf[:m.start(1)] + hexed + sealed_pdf[m.end(1):]
    first = verify_pdf(changed, folder / "roots")[0]
    assert (first.signer, first.intact, first.valid_at_signing, first.trusted) == (
        "?", False, False, False)
    assert first.note.startswith("unreadable signature")
