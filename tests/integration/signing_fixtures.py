"""Shared material for the signing tests (issue 21): certificates made in the
test, a SoftHSM2 token, the H1 report of the sample plan, signed and sealed."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
import signing_support as ss
from helpers import require_tool

SIGNER_NAME = "Hoàng Thị Mỹ Hảo"
AGENCY = "Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng"
NUMBER = "05/BC-SLĐTBXH"
TITLE_WORDS = ("GIÁM", "ĐỐC")

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


def signers_of(pki):
    from cbdesk.services.signing.keys import pkcs12_signer

    _, folder = pki
    return (pkcs12_signer(folder / "leader.p12", "mật-khẩu-1"),
            pkcs12_signer(folder / "agency.p12", "mật-khẩu-2"))


@pytest.fixture(scope="module")
def sealed_pdf(pki, h1_pdf) -> bytes:
    """h1_pdf signed by the leader (PKCS#12) and sealed by the agency."""
    from cbdesk.services.signing import sign

    _, folder = pki
    leader, agency = signers_of(pki)
    once = sign.sign_as_signer(h1_pdf, leader, (folder / "signature.png").read_bytes())
    return sign.sign_as_agency(once, agency, (folder / "seal.png").read_bytes(),
                               sign.AgencyInfo(AGENCY, NUMBER))


def pdfsig(path: Path) -> str:
    exe = require_tool("pdfsig")
    r = subprocess.run([exe, str(path)], capture_output=True, text=True, timeout=120)
    return r.stdout + r.stderr


def flip_byte(data: bytes) -> bytes:
    """One byte changed inside a content stream of the first revision."""
    i = data.index(b"stream", len(data) // 10) + 40
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]


def boxes(data: bytes) -> tuple[dict, object]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    from cbdesk.services.signing.marks import read_marks

    marks = read_marks(PdfFileReader(io.BytesIO(data), strict=False))
    return marks.signature_fields, marks
