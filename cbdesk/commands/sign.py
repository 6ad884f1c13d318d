"""`cbdesk sign IN.pdf -o OUT.pdf (--pkcs12 FILE [--password-env VAR] |
--pkcs11-lib LIB --token LABEL [--key LABEL] [--pin-env VAR]) [--as signer|agency]
[--image PNG]`: sign a PDF as Nghị định 30/2020 lays signatures out.

The output is written whole, and only when signing succeeded.
"""

from __future__ import annotations

from pathlib import Path

from cbdesk.commands.common import say, write_atomically
from cbdesk.commands.signing_args import add_key_arguments, sign_bytes


def add_arguments(p) -> None:
    p.add_argument("input", help="PDF to sign")
    p.add_argument("-o", "--output", required=True, help="signed PDF to write")
    add_key_arguments(p)
    p.add_argument("--number", dest="number_text", metavar="TEXT",
                   help="agency: the number and symbol shown on annexes, e.g. 05/BC-SLĐTBXH")


def _optional_db(args):
    """The database when there is one (registered images and options)."""
    from cbdesk.services.database import open_database
    from cbdesk.services.errors import ServiceError

    try:
        return open_database(args.db, create=False)
    except ServiceError:
        return None


def run(args) -> int:
    from cbdesk.cli import UserError
    from cbdesk.commands.report import _check_output

    src = Path(args.input).expanduser()
    try:
        data = src.read_bytes()
    except OSError:
        raise UserError(f"Không đọc được tệp '{src}'.", f"Cannot read the file '{src}'.") from None
    out = Path(args.output).expanduser()
    _check_output(out)
    db = _optional_db(args)
    try:
        agency = signer_name = ""
        if db is not None:
            from cbdesk.services.plans import organisation

            with db.session() as s:
                org = organisation(s)
                agency, signer_name = org.name or "", org.signer_name or ""
        signed = sign_bytes(data, args, db, signer_name=signer_name, agency_name=agency)
    finally:
        if db is not None:
            db.dispose()
    write_atomically(out, signed)
    who = "người ký" if args.sign_as == "signer" else "cơ quan"
    say(args, f"Đã ký số ({who}) và ghi vào {out}.",
        f"Signed (as {args.sign_as}) and written to {out}.")
    return 0
