"""Options shared by `cbdesk sign` and `cbdesk report --sign`: where the key
is, how to sign, and the resolution of stored images and settings."""

from __future__ import annotations

import getpass
import logging
import os
import sys
from pathlib import Path


def add_key_arguments(p, prefix: str = "") -> None:
    """--pkcs12 FILE [--password-env VAR] | --pkcs11-lib LIB --token LABEL
    [--key LABEL] [--pin-env VAR]; --as signer|agency; --image PNG; …"""
    p.add_argument("--pkcs12", metavar="FILE", help="PKCS#12 (.p12/.pfx) file to sign with")
    p.add_argument("--password-env", metavar="VAR",
                   help="environment variable holding the PKCS#12 password")
    p.add_argument("--pkcs11-lib", metavar="LIB",
                   help="the token's PKCS#11 driver library (.dll/.so)")
    p.add_argument("--token", metavar="LABEL", help="the token's label")
    p.add_argument("--key", metavar="LABEL", help="the key's label on the token")
    p.add_argument("--pin-env", metavar="VAR", help="environment variable holding the PIN")
    p.add_argument("--as", dest="sign_as", choices=("signer", "agency"), default="signer",
                   help="sign as the signer (leader) or as the agency (seal)")
    p.add_argument("--image", metavar="PNG",
                   help="signature or seal image (default: the one registered)")
    p.add_argument("--agency", metavar="NAME", help="agency name shown with the seal")
    p.add_argument("--seal-size", metavar="MM", type=float,
                   help="the seal's actual diameter in mm (default 36)")
    p.add_argument("--no-annex-text", action="store_true",
                   help="agency: no text signature on the annexes of the same file")
    p.add_argument("--tsa", metavar="URL", help="timestamp server (default: none, offline)")


def _secret(args, env_opt: str, what_vi: str, what_en: str) -> str | None:
    from cbdesk.cli import UserError

    var = getattr(args, env_opt)
    if var:
        if var not in os.environ:
            raise UserError(f"Biến môi trường {var} ({what_vi}) chưa được đặt.",
                            f"The environment variable {var} ({what_en}) is not set.")
        return os.environ[var]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"{what_vi}: ")
    return None


def key_source(args, db=None):
    """The key the options name; without --pkcs12 the token driver and label
    default to those registered (`cbdesk sign-setup`)."""
    from cbdesk.cli import UserError
    from cbdesk.services.signing.keys import KeySource

    if not args.pkcs12 and db is not None:
        from cbdesk.services.signing import store

        opts = store.options(db)
        args.pkcs11_lib = args.pkcs11_lib or opts.get(store.PKCS11_LIB) or None
        args.token = args.token or opts.get(store.TOKEN_LABEL) or None

    if args.pkcs12 and (args.pkcs11_lib or args.token):
        raise UserError("Chỉ chọn một: --pkcs12 hoặc --pkcs11-lib/--token.",
                        "Choose one: --pkcs12 or --pkcs11-lib/--token.")
    if args.pkcs12:
        return KeySource(pkcs12=args.pkcs12,
                         password=_secret(args, "password_env", "Mật khẩu", "Password"))
    if not (args.pkcs11_lib and args.token):
        raise UserError("Cần --pkcs12 TỆP, hoặc --pkcs11-lib THƯ_VIỆN và --token NHÃN.",
                        "Give --pkcs12 FILE, or --pkcs11-lib LIB and --token LABEL.")
    return KeySource(pkcs11_lib=args.pkcs11_lib, token=args.token, key_label=args.key,
                     pin=_secret(args, "pin_env", "Mã PIN", "PIN"))


def read_image(path: str | None) -> bytes | None:
    from cbdesk.cli import UserError

    if not path:
        return None
    p = Path(path).expanduser()
    try:
        return p.read_bytes()
    except OSError:
        raise UserError(f"Không đọc được ảnh '{p}'.", f"Cannot read the image '{p}'.") from None


def quiet_pyhanko() -> None:
    """pyHanko logs validation failures with tracebacks; the command line
    prints one line per signature instead."""
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)


def sign_bytes(data: bytes, args, db=None, signer_name: str = "", agency_name: str = "",
               number: str = "") -> bytes:
    """Sign ``data`` as the options say; images and options the office
    registered (``db``) fill what the options leave out. ``agency_name`` is
    the fallback name under the seal when the certificate has none."""
    from cbdesk.services.signing.signing import sign_document

    quiet_pyhanko()
    return sign_document(
        data, args.sign_as, key_source(args, db), db, image=read_image(args.image),
        signer_name=signer_name, agency_name=args.agency or "",
        number=number or getattr(args, "number_text", "") or "", seal_mm=args.seal_size,
        annex_text=not args.no_annex_text, tsa=args.tsa)

def add_report_sign_arguments(p) -> None:
    """`cbdesk report … --sign [key options]`: sign the PDF as it is written."""
    p.add_argument("--sign", action="store_true",
                   help="sign the PDF as it is written (with the key options below)")
    add_key_arguments(p)


def sign_report(data: bytes, fmt: str, args, db, doc) -> bytes:
    """The rendered report signed (`report --sign`); its number and date are
    already in it."""
    from cbdesk.cli import UserError

    if fmt != "pdf":
        raise UserError("Chỉ ký số được báo cáo PDF (không ký tệp Word).",
                        "Only PDF reports can be signed (not Word files).")
    number = doc.header.number_line.removeprefix("Số:").strip()
    if args.sign_as == "agency" and (not args.number or not args.date):
        raise UserError("Văn thư ký số cơ quan sau khi văn bản đã có số và ngày: cần --number "
                        "và --date.", "The agency signs a numbered, dated document: give "
                        "--number and --date.")
    signer_name = doc.signature.name if doc.signature is not None else ""
    return sign_bytes(data, args, db, signer_name=signer_name,
                      agency_name=doc.header.agency, number=number if args.number else "")
