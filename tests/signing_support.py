"""Real signing material made in the test: a root CA, an intermediate CA, a
leader's and an agency's certificates (``cryptography``), PKCS#12 files,
transparent PNG images (a blue signature, a red seal) and a SoftHSM2 token
holding a key and its certificate."""

from __future__ import annotations

import io
import os
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SOFTHSM_LIB = "/usr/lib/softhsm/libsofthsm2.so"
PIN = "246810"
SO_PIN = "13579135"


def _name(cn: str, org: str = "Sở Lao động - Thương binh và Xã hội") -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ])


@dataclass
class Issued:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    def key_pkcs8_pem(self) -> bytes:
        return self.key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())


def issue(cn: str, issuer: Issued | None = None, ca: bool = False, days: int = 3650,
          start: datetime | None = None, org: str = "Sở Lao động - Thương binh và Xã hội",
          timestamping: bool = False) -> Issued:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    start = start or datetime.now(UTC) - timedelta(days=1)
    subject = _name(cn, org)
    b = (x509.CertificateBuilder().subject_name(subject)
         .issuer_name(issuer.cert.subject if issuer else subject)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(start).not_valid_after(start + timedelta(days=days))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                        critical=False))
    if issuer:
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            issuer.key.public_key()), critical=False)
    if ca:
        b = b.add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False,
                                          False), critical=True)
    else:
        b = b.add_extension(x509.KeyUsage(True, True, False, False, False, False, False,
                                          False, False), critical=True)
        usage = (ExtendedKeyUsageOID.TIME_STAMPING if timestamping
                 else ExtendedKeyUsageOID.EMAIL_PROTECTION)
        b = b.add_extension(x509.ExtendedKeyUsage([usage]), critical=timestamping)
    cert = b.sign((issuer.key if issuer else key), hashes.SHA256())
    return Issued(key, cert)


@dataclass
class Pki:
    root: Issued
    intermediate: Issued
    leader: Issued
    agency: Issued


def make_pki() -> Pki:
    root = issue("Test Root CA", ca=True, org="cbdesk test PKI")
    inter = issue("Test Intermediate CA", root, ca=True, org="cbdesk test PKI")
    leader = issue("Nguyễn Văn A", inter, days=365)
    agency = issue("Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng", inter, days=365)
    return Pki(root, inter, leader, agency)


def write_pkcs12(path: Path, who: Issued, chain: list[Issued], password: str) -> Path:
    data = pkcs12.serialize_key_and_certificates(
        b"key", who.key, who.cert, [c.cert for c in chain],
        serialization.BestAvailableEncryption(password.encode()))
    path.write_bytes(data)
    return path


def signature_png(width: int = 600, height: int = 240) -> bytes:
    """A blue handwritten-like stroke on a transparent background."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pts = [(20 + i * 14, height / 2 + ((-1) ** i) * (40 + (i % 5) * 12)) for i in range(40)]
    d.line(pts, fill=(20, 40, 200, 255), width=7, joint="curve")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def seal_png(size: int = 400) -> bytes:
    """A red round seal (rings and a star) on a transparent background."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (210, 20, 30, 255)
    d.ellipse((4, 4, size - 4, size - 4), outline=red, width=10)
    d.ellipse((size * 0.22, size * 0.22, size * 0.78, size * 0.78), outline=red, width=6)
    c = size / 2
    star = []
    import math
    for k in range(10):
        r = size * (0.2 if k % 2 == 0 else 0.08)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(star, fill=red)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def make_softhsm_token(folder: Path, label: str, who: Issued, key_label: str,
                       extra: list[Issued] = ()) -> dict:
    """A SoftHSM2 token in ``folder`` holding ``who``'s key and certificate
    (and ``extra`` CA certificates). Returns the environment to use it."""
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}

    def run(*cmd):
        subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=60)

    run("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN,
        "--so-pin", SO_PIN)
    key_file = folder / "key.pem"
    key_file.write_bytes(who.key_pkcs8_pem())
    run("softhsm2-util", "--import", str(key_file), "--token", label, "--label", key_label,
        "--id", "01", "--pin", PIN)
    key_file.unlink()
    cert_file = folder / "cert.der"
    cert_file.write_bytes(who.der())
    run("pkcs11-tool", "--module", SOFTHSM_LIB, "--token-label", label, "--login", "--pin",
        PIN, "--write-object", str(cert_file), "--type", "cert", "--label", key_label,
        "--id", "01")
    for i, ca in enumerate(extra, start=2):
        f = folder / f"ca{i}.der"
        f.write_bytes(ca.der())
        run("pkcs11-tool", "--module", SOFTHSM_LIB, "--token-label", label, "--login",
            "--pin", PIN, "--write-object", str(f), "--type", "cert", "--label", f"ca{i}",
            "--id", f"0{i}")
    return {"SOFTHSM2_CONF": str(conf)}


class TimestampServer:
    """An RFC 3161 timestamp server on 127.0.0.1 (pyHanko's DummyTimeStamper
    behind http.server), for as long as the ``with`` block runs."""

    def __init__(self, tsa: Issued, chain: list[Issued]):
        from asn1crypto import keys as asn1_keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.timestamps import DummyTimeStamper

        self.stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(tsa.der()),
            tsa_key=asn1_keys.PrivateKeyInfo.load(tsa.key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption())),
            certs_to_embed=[asn1_x509.Certificate.load(c.der()) for c in chain])
        self.requests = 0

    def __enter__(self) -> str:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from asn1crypto import tsp

        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                resp = outer.stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
                outer.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(resp)))
                self.end_headers()
                self.wfile.write(resp)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}/tsa"

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)
