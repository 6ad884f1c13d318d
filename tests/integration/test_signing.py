"""Digital signatures laid out by Nghị định 30/2020 (issue 21), with real
components: certificates made here (root, intermediate, leader, agency), a
PKCS#11 token in SoftHSM2, PKCS#12 files, pyHanko and poppler's pdfsig — the
"done when": signed, verified, broken by one byte, measured on the page."""

# ruff: noqa: F811  (the shared fixtures are imported, then named as arguments)
from __future__ import annotations

import io
import subprocess

import pytest
import signing_support as ss
from helpers import require_tool, run_cli
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

    out = pdfsig(sealed)
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
    broken.write_bytes(flip_byte(sealed.read_bytes()))
    out = pdfsig(broken)
    assert "Signature is Valid" not in out and out.count("Digest Mismatch") == 3, out
    r = run_cli("verify", str(broken), "--trust", str(folder / "roots"))
    assert r.returncode == 1
    assert r.stdout.count("KHÔNG nguyên vẹn") == 3
    assert r.stdout.splitlines()[-1] == "Kết quả: có chữ ký không còn nguyên vẹn."


def test_signature_image_sits_between_title_and_name_and_seal_covers_its_left_third(
        sealed_pdf, tmp_path):
    import pdfplumber

    fields, marks = boxes(sealed_pdf)
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
    fields, marks = boxes(sealed_pdf)
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
