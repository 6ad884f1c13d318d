"""Digital signatures laid out by Nghị định 30/2020 (issue 21), with real
components: certificates made here (root, intermediate, leader, agency), a
PKCS#11 token in SoftHSM2, PKCS#12 files, pyHanko and poppler's pdfsig."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
import signing_support as ss
from helpers import require_tool, run_cli

from cbdesk.services.signing import layout as lay

TITLE_WORDS = ("GIÁM", "ĐỐC")
SIGNER_NAME = "Hoàng Thị Mỹ Hảo"
AGENCY = "Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng"
NUMBER = "05/BC-SLĐTBXH"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pki")
    p = ss.make_pki()
    (folder / "roots").mkdir()
    (folder / "roots" / "root.pem").write_bytes(p.root.pem())
    ss.write_pkcs12(folder / "leader.p12", p.leader, [p.intermediate], "mật-khẩu-1")
    ss.write_pkcs12(folder / "agency.p12", p.agency, [p.intermediate], "mật-khẩu-2")
    (folder / "signature.png").write_bytes(ss.signature_png())
    (folder / "seal.png").write_bytes(ss.seal_png())
    return p, folder


@pytest.fixture(scope="module")
def token(pki, tmp_path_factory):
    """A SoftHSM2 token 'LANHDAO' holding the leader's key and certificate."""
    require_tool("softhsm2-util")
    require_tool("pkcs11-tool")
    if not Path(ss.SOFTHSM_LIB).is_file():
        require_tool("libsofthsm2.so (softhsm2)")
    p, _ = pki
    folder = tmp_path_factory.mktemp("hsm")
    env = ss.make_softhsm_token(folder, "LANHDAO", p.leader, "lanhdao", extra=[p.intermediate])
    return env


@pytest.fixture(scope="module")
def h1_pdf(demo_sqlite_template, tmp_path_factory) -> bytes:
    """The H1 progress report of the sample plan, numbered and dated."""
    from datetime import date

    from cbdesk.db.migrate import copy_sqlite
    from cbdesk.reports.build import build_report, render_document, resolve_period
    from cbdesk.services.database import open_database
    from cbdesk.services.issued import ReportMeta, plan_header

    path = copy_sqlite(demo_sqlite_template, tmp_path_factory.mktemp("h1") / "d.sqlite")
    db = open_database(str(path))
    try:
        period = resolve_period(plan_header(db, 2021).year, "2021-H1")
        meta = ReportMeta(number="5", date=date(2021, 7, 5))
        return render_document(build_report(db, 2021, "progress", period, meta), "pdf", "auto")
    finally:
        db.dispose()


def _signers(pki):
    from cbdesk.services.signing.keys import pkcs12_signer

    _, folder = pki
    return (pkcs12_signer(folder / "leader.p12", "mật-khẩu-1"),
            pkcs12_signer(folder / "agency.p12", "mật-khẩu-2"))


@pytest.fixture(scope="module")
def sealed_pdf(pki, h1_pdf) -> bytes:
    """h1_pdf signed by the leader (PKCS#12) and sealed by the agency."""
    from cbdesk.services.signing import sign

    _, folder = pki
    leader, agency = _signers(pki)
    once = sign.sign_as_signer(h1_pdf, leader, (folder / "signature.png").read_bytes())
    return sign.sign_as_agency(once, agency, (folder / "seal.png").read_bytes(),
                               sign.AgencyInfo(AGENCY, NUMBER))


def _pdfsig(path: Path) -> str:
    exe = require_tool("pdfsig")
    r = subprocess.run([exe, str(path)], capture_output=True, text=True, timeout=120)
    return r.stdout + r.stderr


def _flip_byte(data: bytes) -> bytes:
    """One byte changed inside a content stream of the first revision."""
    i = data.index(b"stream", len(data) // 10) + 40
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]


def _boxes(data: bytes) -> tuple[dict, object]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    from cbdesk.services.signing.marks import read_marks

    marks = read_marks(PdfFileReader(io.BytesIO(data), strict=False))
    return marks.signature_fields, marks


# --------------------------------------------------------------------------- done-when


def test_h1_report_signed_by_token_and_sealed_by_pkcs12_verifies_intact_and_one_byte_breaks_it(
        pki, token, demo_db, db_url, tmp_path):
    """`report --sign` with the SoftHSM2 token as the leader, `sign --as
    agency` with a PKCS#12 file: pdfsig and `cbdesk verify` say every
    signature is valid; after one changed byte both say it is not."""
    from cbdesk.services.actors import system_actor
    from cbdesk.services.signing import store

    _, folder = pki
    store.store_seal_image(demo_db, (folder / "seal.png").read_bytes(), system_actor(), 38)
    signed1 = tmp_path / "h1-leader.pdf"
    env = {**token, "CB_PIN": ss.PIN, "CB_P12": "mật-khẩu-2"}
    r = run_cli("report", "--db", db_url, "--plan", "2021", "--period", "2021-H1",
                "--number", "5", "--date", "2021-07-05", "-o", str(signed1), "--sign",
                "--pkcs11-lib", ss.SOFTHSM_LIB, "--token", "LANHDAO", "--pin-env", "CB_PIN",
                "--image", str(folder / "signature.png"), env=env)
    assert r.returncode == 0, r.stderr
    sealed = tmp_path / "h1-signed.pdf"
    r = run_cli("sign", "--db", db_url, str(signed1), "-o", str(sealed), "--as", "agency",
                "--pkcs12", str(folder / "agency.p12"), "--password-env", "CB_P12",
                "--number", NUMBER, env=env)
    assert r.returncode == 0, r.stderr

    out = _pdfsig(sealed)
    assert out.count("Signature is Valid") == 3, out  # leader, agency, agency on the annex
    assert "Digest Mismatch" not in out
    r = run_cli("verify", str(sealed), "--trust", str(folder / "roots"))
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("Chữ ký 1 (người ký): Nguyễn Văn A;")
    assert "nguyên vẹn; chứng thư còn hiệu lực lúc ký; tin cậy" in lines[0]
    assert lines[1].startswith(f"Chữ ký 2 (cơ quan): {AGENCY};")
    assert "+07:00" in lines[1]
    assert lines[-1] == "Kết quả: mọi chữ ký nguyên vẹn."

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(_flip_byte(sealed.read_bytes()))
    out = _pdfsig(broken)
    assert "Signature is Valid" not in out and out.count("Digest Mismatch") == 3, out
    r = run_cli("verify", str(broken), "--trust", str(folder / "roots"))
    assert r.returncode == 1
    assert r.stdout.count("KHÔNG nguyên vẹn") == 3
    assert r.stdout.splitlines()[-1] == "Kết quả: có chữ ký không còn nguyên vẹn."


def test_signature_image_sits_between_title_and_name_and_seal_covers_its_left_third(
        sealed_pdf, tmp_path):
    import pdfplumber

    fields, marks = _boxes(sealed_pdf)
    img, seal_widget = fields[lay.SIGNER_FIELD], fields[lay.AGENCY_FIELD]
    assert img.page == seal_widget.page == marks.signer_room.page
    _, page_h = marks.pages[img.page]
    with pdfplumber.open(io.BytesIO(sealed_pdf)) as pdf:
        words = pdf.pages[img.page].extract_words()
    right = [w for w in words if w["x0"] > 250]
    title = [w for w in right if w["text"] in TITLE_WORDS]
    name = [w for w in right if w["text"] in SIGNER_NAME.split()]
    title_bottom = page_h - max(w["bottom"] for w in title)  # PDF coordinates
    name_top = page_h - min(w["top"] for w in name)
    # between the title and the name…
    assert name_top < img.y0 < img.y1 < title_bottom
    # …centred between them, and on the block's centre line
    assert abs((img.y0 + img.y1) / 2 - (title_bottom + name_top) / 2) < 3
    title_centre = (min(w["x0"] for w in title) + max(w["x1"] for w in title)) / 2
    name_centre = (min(w["x0"] for w in name) + max(w["x1"] for w in name)) / 2
    assert abs(img.centre[0] - title_centre) < 2 and abs(img.centre[0] - name_centre) < 2

    # the seal: actual size (36 mm), its right edge a third into the image
    seal = lay.seal_box(img)
    assert abs(seal.width - 36 * lay.MM) < 0.01
    assert seal_widget.x0 <= seal.x0 and seal.x1 <= seal_widget.x1
    assert abs(seal.x1 - (img.x0 + img.width / 3)) < 0.5
    assert seal.y0 < img.centre[1] < seal.y1

    # and on the rendered page: blue ink only in the image box, red in the seal
    from PIL import Image

    exe = require_tool("pdftoppm")
    subprocess.run([exe, "-r", "72", "-png", "-f", str(img.page + 1), "-l", str(img.page + 1),
                    "-singlefile", "-", str(tmp_path / "page")],
                   input=sealed_pdf, check=True, timeout=120)
    page = Image.open(tmp_path / "page.png").convert("RGB")
    blue, red = [], []
    for x in range(page.width):
        for y in range(page.height):
            r, g, b = page.getpixel((x, y))
            if b > 150 and r < 90 and g < 110:
                blue.append((x, page_h - y))
            elif r > 150 and g < 90 and b < 90:
                red.append((x, page_h - y))
    assert blue and red
    assert all(img.x0 - 2 <= x <= img.x1 + 2 and img.y0 - 2 <= y <= img.y1 + 2 for x, y in blue)
    assert all(seal.x0 - 2 <= x <= seal.x1 + 2 and seal.y0 - 2 <= y <= seal.y1 + 2
               for x, y in red)
    # the seal covers the image's left third and no more than about half of it
    assert min(x for x, _ in red) < img.x0 < max(x for x, _ in red) < img.x0 + img.width / 2


def test_agency_text_on_the_annex_stands_top_right_in_times_10pt(sealed_pdf):
    fields, marks = _boxes(sealed_pdf)
    annex = marks.annex_frames[0]
    box = fields[f"{lay.ANNEX_FIELD}_1"]
    assert box.page == annex.page != fields[lay.SIGNER_FIELD].page
    width, height = marks.pages[box.page]
    assert abs(box.x1 - (width - 15 * lay.MM)) < 0.5  # right margin
    assert height - box.y1 == pytest.approx(6 * lay.MM, abs=0.5)  # in the top margin
    assert box.y0 > annex.y1  # above the annex's text

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(sealed_pdf), strict=False)
    sig = next(s for s in reader.embedded_signatures if s.field_name.startswith(lay.ANNEX_FIELD))
    stream = sig.sig_field["/AP"]["/N"]
    fonts = _fonts_in(stream)
    assert fonts and all(("Times" in f or "LiberationSerif" in f) for f in fonts), fonts
    assert b" 10 Tf" in _contents_in(stream)


def _resources(xobj, kind: str) -> list:
    res = xobj.get("/Resources")
    if res is None:
        return []
    table = res.get_object().get(kind)
    return [v.get_object() for v in table.get_object().values()] if table is not None else []


def _fonts_in(xobj) -> list[str]:
    """BaseFont names used by a form XObject and the forms it draws."""
    out = [str(f["/BaseFont"]) for f in _resources(xobj, "/Font")]
    for x in _resources(xobj, "/XObject"):
        out += _fonts_in(x)
    return out


def _contents_in(xobj) -> bytes:
    data = xobj.data
    for x in _resources(xobj, "/XObject"):
        if x.get("/Subtype") == "/Form":
            data += _contents_in(x)
    return data


def test_pyhanko_finds_every_signature_intact_and_trusted(sealed_pdf, pki):
    from cbdesk.services.signing.verify import all_intact, verify_pdf

    _, folder = pki
    checks = verify_pdf(sealed_pdf, folder / "roots")
    assert [c.field for c in checks] == [lay.SIGNER_FIELD, lay.AGENCY_FIELD,
                                         f"{lay.ANNEX_FIELD}_1"]
    assert all(c.intact and c.trusted and c.valid_at_signing for c in checks)
    assert all_intact(checks)
    assert [c.signing_time.utcoffset().total_seconds() for c in checks] == [7 * 3600] * 3
    # without the office's roots: intact, but not trusted
    untrusted = verify_pdf(sealed_pdf)
    assert all(c.intact and not c.trusted for c in untrusted)


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
    _, agency = _signers(pki)
    with pytest.raises(SigningError, match="chưa có chữ ký số của người có thẩm quyền"):
        sign.sign_as_agency(h1_pdf, agency, (folder / "seal.png").read_bytes(),
                            sign.AgencyInfo(AGENCY, NUMBER))


def test_an_image_without_transparency_is_refused(pki, h1_pdf):
    from PIL import Image

    from cbdesk.services.signing import sign
    from cbdesk.services.signing.errors import SigningError

    leader, _ = _signers(pki)
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
    _, agency = _signers(pki)
    out = sign.sign_as_agency(buf.getvalue(), agency, None, sign.AgencyInfo(AGENCY, NUMBER))
    fields, marks = _boxes(out)
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
    for data in (h1_pdf, _flip_byte(sealed_pdf)):
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
    fields, _ = _boxes(data)
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
    leader, agency = _signers(pki)
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
    leader, _ = _signers(pki)
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
    assert "Signature is Valid" in _pdfsig(out)
    with pytest.raises(SigningError, match="Không lấy được dấu thời gian"):
        sign.sign_as_signer(h1_pdf, leader, (folder / "signature.png").read_bytes(),
                            timestamp_url=url)  # the server is gone now
