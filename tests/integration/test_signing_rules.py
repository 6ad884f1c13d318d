"""Signing refuses what it must (wrong PIN or password, missing token, expired
certificate, a document already sealed or signed by another tool), issuing a
signed report, registered settings and a timestamp server (issue 21)."""

# ruff: noqa: F811  (the shared fixtures are imported, then named as arguments)
from __future__ import annotations

import io
from pathlib import Path

import pytest
import signing_support as ss
from helpers import run_cli
from signing_fixtures import (  # noqa: F401  (fixtures)
    AGENCY,
    NUMBER,
    SIGNER_NAME,
    TITLE_WORDS,
    boxes,
    flip_byte,
    h1_pdf,
    pdfsig,
    pki,
    sealed_pdf,
    signers_of,
    token,
)

from cbdesk.services.signing import layout as lay

# --------------------------------------------------------------------------- refusals


def _sign_cli(tmp_path, src: Path, *extra: str, env: dict | None = None):
    out = tmp_path / "out.pdf"
    r = run_cli("sign", str(src), "-o", str(out), *extra, env=env)
    return r, out


def test_wrong_pin_missing_token_and_wrong_password_give_one_line_and_write_nothing(
        pki, token, h1_pdf, tmp_path):
    _, folder = pki
    src = tmp_path / "h1.pdf"
    src.write_bytes(h1_pdf)
    env = {**token, "BAD": "000000", "PIN": ss.PIN}
    cases = [
        (("--pkcs11-lib", ss.SOFTHSM_LIB, "--token", "LANHDAO", "--pin-env", "BAD"),
         "Sai mã PIN của token 'LANHDAO'."),
        (("--pkcs11-lib", ss.SOFTHSM_LIB, "--token", "KHONGCO", "--pin-env", "PIN"),
         "Không tìm thấy token 'KHONGCO'"),
        (("--pkcs11-lib", str(tmp_path / "none.so"), "--token", "LANHDAO", "--pin-env", "PIN"),
         "Không có thư viện điều khiển token"),
        (("--pkcs12", str(folder / "leader.p12"), "--password-env", "BAD"),
         "Sai mật khẩu của tệp chứng thư 'leader.p12'"),
    ]
    for args, message in cases:
        r, out = _sign_cli(tmp_path, src, *args, "--image", str(folder / "signature.png"),
                           env=env)
        assert r.returncode == 1
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0], r.stderr
        assert not out.exists()


def test_expired_certificate_is_refused_before_signing(pki, h1_pdf, tmp_path):
    from datetime import UTC, datetime, timedelta

    p, folder = pki
    old = ss.issue("Người ký cũ", p.intermediate, days=30,
                   start=datetime.now(UTC) - timedelta(days=400))
    ss.write_pkcs12(tmp_path / "old.p12", old, [p.intermediate], "x")
    src = tmp_path / "h1.pdf"
    src.write_bytes(h1_pdf)
    r, out = _sign_cli(tmp_path, src, "--pkcs12", str(tmp_path / "old.p12"), "--password-env",
                       "OLDPW", "--image", str(folder / "signature.png"), env={"OLDPW": "x"})
    assert r.returncode == 1 and not out.exists()
    assert "Chứng thư số của Người ký cũ đã hết hạn ngày" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_document_already_sealed_by_the_agency_is_not_signed_again(
        pki, sealed_pdf, tmp_path):
    _, folder = pki
    src = tmp_path / "sealed.pdf"
    src.write_bytes(sealed_pdf)
    for role, image in (("agency", "seal.png"), ("signer", "signature.png")):
        r, out = _sign_cli(tmp_path, src, "--as", role, "--pkcs12", str(folder / "agency.p12"),
                           "--password-env", "PW", "--image", str(folder / image),
                           env={"PW": "mật-khẩu-2"})
        assert r.returncode == 1 and not out.exists()
        assert "đã được văn thư ký số của cơ quan" in r.stderr


def test_the_agency_seals_only_after_the_leader_has_signed(pki, h1_pdf):
    from cbdesk.services.signing import sign
    from cbdesk.services.signing.errors import SigningError

    _, folder = pki
    _, agency = signers_of(pki)
    with pytest.raises(SigningError, match="chưa có chữ ký số của người có thẩm quyền"):
        sign.sign_as_agency(h1_pdf, agency, (folder / "seal.png").read_bytes(),
                            sign.AgencyInfo(AGENCY, NUMBER))


def test_an_image_without_transparency_is_refused(pki, h1_pdf):
    from PIL import Image

    from cbdesk.services.signing import sign
    from cbdesk.services.signing.errors import SigningError

    leader, _ = signers_of(pki)
    buf = io.BytesIO()
    Image.new("RGB", (300, 100), (255, 255, 255)).save(buf, "PNG")
    with pytest.raises(SigningError, match="nền trong suốt"):
        sign.sign_as_signer(h1_pdf, leader, buf.getvalue())


def test_a_separate_attachment_gets_the_agency_text_top_right_of_its_first_page(pki, tmp_path):
    """An attachment in a file of its own (no signer block): the agency's
    signature is text only, at the top right of page 1."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from cbdesk.services.signing import sign
    from cbdesk.services.signing.verify import verify_pdf

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.drawString(100, 700, "Attachment")
    c.showPage()
    c.save()
    _, agency = signers_of(pki)
    out = sign.sign_as_agency(buf.getvalue(), agency, None, sign.AgencyInfo(AGENCY, NUMBER))
    fields, marks = boxes(out)
    box = fields[lay.AGENCY_FIELD]
    assert box.page == 0 and abs(box.x1 - (A4[0] - 15 * lay.MM)) < 0.5
    assert A4[1] - box.y1 == pytest.approx(6 * lay.MM, abs=0.5)
    assert [c.intact for c in verify_pdf(out)] == [True]


# --------------------------------------------------------------------------- issuing


def test_issuing_a_signed_report_archives_its_bytes_and_records_the_certificates(
        demo_db, sealed_pdf, pki):
    import hashlib
    from datetime import date

    from cbdesk.services.actors import system_actor
    from cbdesk.services.audit import list_entries
    from cbdesk.services.issued import ReportMeta, reprint
    from cbdesk.services.signing.issue import issue_signed_report

    p, _ = pki
    meta = ReportMeta(number="5", date=date(2021, 7, 5))
    done = issue_signed_report(demo_db, 2021, "progress", "2021-H1", meta, sealed_pdf,
                               system_actor())
    assert done.info.sha256 == hashlib.sha256(sealed_pdf).hexdigest()
    assert reprint(demo_db, done.info.id) == sealed_pdf
    rows = [e for e in list_entries(demo_db) if e.field == "signature"]
    assert len(rows) == 3
    serial = format(p.leader.cert.serial_number, "X")
    leader_row = next(e for e in rows if e.new.startswith(lay.SIGNER_FIELD))
    assert f"serial {serial}" in leader_row.new and "Nguyễn Văn A" in leader_row.new
    assert "valid " in leader_row.new


def test_an_unsigned_or_broken_pdf_is_not_issued_as_signed(demo_db, h1_pdf, sealed_pdf):
    from datetime import date

    from cbdesk.services.actors import system_actor
    from cbdesk.services.issued import ReportMeta, list_issued
    from cbdesk.services.signing.errors import SigningError
    from cbdesk.services.signing.issue import issue_signed_report

    meta = ReportMeta(number="6", date=date(2021, 7, 5))
    for data in (h1_pdf, flip_byte(sealed_pdf)):
        with pytest.raises(SigningError):
            issue_signed_report(demo_db, 2021, "progress", "2021-H1", meta, data,
                                system_actor())
    assert list_issued(demo_db, 2021) == []


def test_registered_signature_image_is_found_by_the_signers_name(demo_db, pki):
    from cbdesk.services.actors import system_actor
    from cbdesk.services.signing import store

    _, folder = pki
    png = (folder / "signature.png").read_bytes()
    store.store_signature_image(demo_db, "Hoàng Thị Mỹ Hảo", png, system_actor())
    assert store.signature_image(demo_db, "  hoàng thị  mỹ hảo ") == png
    assert store.signature_image(demo_db, "Người khác") is None


def test_report_sign_refuses_word_output(pki, demo_sqlite, tmp_path):
    _, folder = pki
    out = tmp_path / "r.docx"
    r = run_cli("report", "--db", str(demo_sqlite), "--plan", "2021", "--period", "2021-H1",
                "-o", str(out), "--sign", "--pkcs12", str(folder / "leader.p12"),
                "--password-env", "PW", env={"PW": "mật-khẩu-1"})
    assert r.returncode == 1 and not out.exists()
    assert "Chỉ ký số được báo cáo PDF" in r.stderr



def test_sign_setup_registers_the_token_and_images_that_sign_then_uses(
        pki, token, demo_sqlite, h1_pdf, tmp_path):
    from cbdesk.services.signing.verify import verify_pdf

    _, folder = pki
    r = run_cli("sign-setup", "--db", str(demo_sqlite), "--signer", SIGNER_NAME,
                "--signature-image", str(folder / "signature.png"), "--seal-image",
                str(folder / "seal.png"), "--seal-size", "38", "--pkcs11-lib", ss.SOFTHSM_LIB,
                "--token", "LANHDAO", "--trust", str(folder / "roots"))
    assert r.returncode == 0, r.stderr
    assert "Nhãn token: LANHDAO" in r.stdout and "Ảnh con dấu: có" in r.stdout
    assert f"Ảnh chữ ký: {SIGNER_NAME.lower()}" in r.stdout
    src = tmp_path / "h1.pdf"
    src.write_bytes(h1_pdf)
    # only the PIN is given: the driver, the token and the image are the registered ones
    r, out = _sign_cli(tmp_path, src, "--db", str(demo_sqlite), "--pin-env", "PIN",
                       env={**token, "PIN": ss.PIN})
    assert r.returncode == 0, r.stderr
    r2 = tmp_path / "sealed.pdf"
    r = run_cli("sign", "--db", str(demo_sqlite), str(out), "-o", str(r2), "--as", "agency",
                "--pkcs12", str(folder / "agency.p12"), "--password-env", "PW", "--number",
                NUMBER, env={"PW": "mật-khẩu-2"})
    assert r.returncode == 0, r.stderr
    data = r2.read_bytes()
    fields, _ = boxes(data)
    seal = lay.seal_box(fields[lay.SIGNER_FIELD], 38)  # the registered size
    assert fields[lay.AGENCY_FIELD].x0 <= seal.x0 and abs(seal.width - 38 * lay.MM) < 0.01
    assert abs(fields[lay.AGENCY_FIELD].y1 - seal.y1) < 0.05
    r = run_cli("verify", "--db", str(demo_sqlite), str(r2))  # the registered trust folder
    assert r.returncode == 0 and r.stdout.count("tin cậy (đến chứng thư gốc đã cài)") == 3
    assert all(c.intact for c in verify_pdf(data))


def test_issue_signed_accepts_only_the_report_itself_with_its_number_and_date(
        demo_db, sealed_pdf):
    from datetime import date

    from cbdesk.reports.signed_issue import issue_signed
    from cbdesk.services.actors import system_actor
    from cbdesk.services.issued import ReportMeta, list_issued, reprint
    from cbdesk.services.signing.errors import SigningError

    for number, day in (("6", date(2021, 7, 5)), ("5", date(2021, 7, 6))):
        with pytest.raises(SigningError, match="không phải đúng báo cáo này"):
            issue_signed(demo_db, 2021, "progress", "2021-H1",
                         ReportMeta(number=number, date=day), sealed_pdf, system_actor())
    done = issue_signed(demo_db, 2021, "progress", "2021-H1",
                        ReportMeta(number="5", date=date(2021, 7, 5)), sealed_pdf,
                        system_actor())
    assert [i.number for i in list_issued(demo_db, 2021)] == ["05"]
    assert done.info.meta.signer_name == SIGNER_NAME
    assert reprint(demo_db, done.info.id) == sealed_pdf


def test_a_pdf_signed_by_another_tool_is_not_signed_over(pki, h1_pdf):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from cbdesk.services.signing import sign
    from cbdesk.services.signing.errors import SigningError

    _, folder = pki
    leader, agency = signers_of(pki)
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(h1_pdf)),
                     signers.PdfSignatureMetadata(field_name="Signature1"), signer=agency,
                     output=out)
    other = out.getvalue()
    with pytest.raises(SigningError, match=r"đã có chữ ký số khác \(Signature1\)"):
        sign.sign_as_signer(other, leader, (folder / "signature.png").read_bytes())
    with pytest.raises(SigningError, match=r"đã có chữ ký số khác \(Signature1\)"):
        sign.sign_as_agency(other, agency, (folder / "seal.png").read_bytes(),
                            sign.AgencyInfo(AGENCY, NUMBER))


def test_a_configured_timestamp_server_stamps_the_signature_and_a_dead_one_stops_signing(
        pki, h1_pdf, tmp_path):
    from cbdesk.services.signing import sign
    from cbdesk.services.signing.errors import SigningError
    from cbdesk.services.signing.verify import verify_pdf

    p, folder = pki
    leader, _ = signers_of(pki)
    tsa = ss.issue("Test TSA", p.intermediate, timestamping=True, org="cbdesk test PKI")
    server = ss.TimestampServer(tsa, [p.intermediate])
    with server as url:
        data = sign.sign_as_signer(h1_pdf, leader, (folder / "signature.png").read_bytes(),
                                   timestamp_url=url)
    assert server.requests >= 1  # (pyHanko asks once more to size the token)
    checks = verify_pdf(data, folder / "roots")
    assert [c.intact for c in checks] == [True]
    assert checks[0].timestamp is not None  # the TSA's token sits in the signature
    from cbdesk.services.signing.report import describe

    assert "(dấu thời gian 20" in describe(checks)[0]
    out = tmp_path / "ts.pdf"
    out.write_bytes(data)
    assert "Signature is Valid" in pdfsig(out)
    with pytest.raises(SigningError, match="Không lấy được dấu thời gian"):
        sign.sign_as_signer(h1_pdf, leader, (folder / "signature.png").read_bytes(),
                            timestamp_url=url)  # the server is gone now
