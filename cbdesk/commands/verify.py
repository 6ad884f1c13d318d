"""`cbdesk verify FILE.pdf [--trust DIR]`: each signature's signer, time and
state; exit 0 only when there are signatures and every one is intact."""

from __future__ import annotations

from pathlib import Path

from cbdesk.commands.common import lang


def add_arguments(p) -> None:
    p.add_argument("input", help="signed PDF")
    p.add_argument("--trust", metavar="DIR",
                   help="folder of trusted root certificates (default: the registered one)")


def _trust_dir(args) -> str | None:
    if args.trust:
        return args.trust
    from cbdesk.services.database import open_database
    from cbdesk.services.errors import ServiceError
    from cbdesk.services.signing import store

    try:
        db = open_database(args.db, create=False)
    except ServiceError:
        return None
    try:
        return store.options(db).get(store.TRUST_DIR) or None
    finally:
        db.dispose()


def run(args) -> int:
    from cbdesk.cli import UserError
    from cbdesk.commands.signing_args import quiet_pyhanko
    from cbdesk.services.signing.report import describe
    from cbdesk.services.signing.verify import all_intact, verify_pdf

    quiet_pyhanko()
    src = Path(args.input).expanduser()
    try:
        data = src.read_bytes()
    except OSError:
        raise UserError(f"Không đọc được tệp '{src}'.", f"Cannot read the file '{src}'.") from None
    checks = verify_pdf(data, _trust_dir(args))
    for line in describe(checks, lang(args)):
        print(line)
    return 0 if all_intact(checks) else 1
