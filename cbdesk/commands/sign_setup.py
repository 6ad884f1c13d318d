"""`cbdesk sign-setup [--signer NAME --signature-image PNG] [--seal-image PNG
[--seal-size MM]] [--pkcs11-lib LIB] [--token LABEL] [--trust DIR] [--tsa URL]`:
register what signing uses (docs/SIGNING.md); without options, show it."""

from __future__ import annotations

from cbdesk.commands.common import open_db, say


def add_arguments(p) -> None:
    p.add_argument("--signer", metavar="NAME", help="the signer whose image is given")
    p.add_argument("--signature-image", metavar="PNG",
                   help="the signer's handwritten signature (blue, transparent PNG)")
    p.add_argument("--seal-image", metavar="PNG", help="the agency's seal (red, transparent PNG)")
    p.add_argument("--seal-size", metavar="MM", type=float,
                   help="the seal's actual diameter in mm (e.g. 36)")
    p.add_argument("--pkcs11-lib", metavar="LIB", help="the token's PKCS#11 driver library")
    p.add_argument("--token", metavar="LABEL", help="the token's label")
    p.add_argument("--trust", metavar="DIR", help="folder of trusted root certificates")
    p.add_argument("--tsa", metavar="URL", help="timestamp server (empty: none)")


def run(args) -> int:
    from cbdesk.cli import UserError
    from cbdesk.commands.signing_args import read_image
    from cbdesk.services.actors import system_actor
    from cbdesk.services.signing import store

    if bool(args.signer) != bool(args.signature_image):
        raise UserError("--signer và --signature-image đi cùng nhau.",
                        "--signer and --signature-image go together.")
    if args.seal_size is not None and not (20 <= args.seal_size <= 60):
        raise UserError("Đường kính con dấu phải trong khoảng 20–60 mm.",
                        "The seal's diameter must be 20–60 mm.")
    signature = read_image(args.signature_image)
    seal = read_image(args.seal_image)
    options = {k: v for k, v in ((store.PKCS11_LIB, args.pkcs11_lib),
                                 (store.TOKEN_LABEL, args.token), (store.TRUST_DIR, args.trust),
                                 (store.TSA_URL, args.tsa)) if v is not None}
    if args.seal_size is not None:
        options[store.SEAL_MM] = f"{args.seal_size:g}"
    db = open_db(args)
    try:
        actor = system_actor()
        changed = False
        if signature is not None:
            store.store_signature_image(db, args.signer, signature, actor)
            changed = True
        if seal is not None:
            store.store_seal_image(db, seal, actor)
            changed = True
        if options:
            store.store_options(db, options, actor)
            changed = True
        opts = store.options(db)
        signers = store.registered_signers(db)
        has_seal = store.seal_image(db) is not None
    finally:
        db.dispose()
    if changed:
        say(args, "Đã lưu thiết lập ký số.", "Signing settings saved.")
    names = {store.PKCS11_LIB: ("Thư viện token", "Token driver"),
             store.TOKEN_LABEL: ("Nhãn token", "Token label"),
             store.TRUST_DIR: ("Thư mục chứng thư gốc", "Trusted roots folder"),
             store.TSA_URL: ("Máy chủ dấu thời gian", "Timestamp server"),
             store.SEAL_MM: ("Đường kính con dấu (mm)", "Seal diameter (mm)")}
    for key, (vi, en) in names.items():
        say(args, f"{vi}: {opts.get(key) or '-'}", f"{en}: {opts.get(key) or '-'}")
    say(args, f"Ảnh con dấu: {'có' if has_seal else 'chưa có'}",
        f"Seal image: {'yes' if has_seal else 'none'}")
    say(args, f"Ảnh chữ ký: {', '.join(signers) or '-'}",
        f"Signature images: {', '.join(signers) or '-'}")
    return 0
