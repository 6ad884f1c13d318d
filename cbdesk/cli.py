"""The command line (SPEC §3.1): parses, calls services, prints.

Exit 0 on success, 1 on a user error with one line on stderr in the chosen
language — never a traceback for bad input. Unexpected errors are logged with
their traceback to the log file and reported in one line too.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from cbdesk import __version__

# subcommand -> (module in cbdesk.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("init", "create or upgrade the database; --demo adds the sample plan"),
    "dump": ("dump", "print a plan as JSON"),
    "check": ("check", "check the database (and its backups)"),
    "export": ("export", "export a plan to an interchange workbook (.xlsx)"),
    "import": ("import_xlsx", "import interchange workbooks or returned district forms"),
    "form": ("form", "data-collection forms for districts, one workbook per area"),
    "report": ("report", "render a report to PDF or Word"),
    "backup": ("backup", "make a verified backup of the database"),
    "restore": ("restore", "restore the database from a backup"),
    "import-plan": ("import_plan", "read a draft plan from a document (.docx or .txt)"),
    "sign": ("sign", "sign a PDF digitally (PKCS#12 or a USB token), laid out by NĐ 30"),
    "verify": ("verify", "verify the digital signatures of a PDF"),
    "sign-setup": ("sign_setup", "register signature images, the seal, the token driver"),
    "issue-signed": ("issue_signed", "archive a signed report as issued"),
    "calendar": ("calendar", "the reporting calendar: data windows, due days, missing forms"),
    "import-table": ("import_table", "import an office's own Excel table (columns guessed)"),
    "attach": ("attach", "attach documents (evidence) to a task, a result or the plan"),
    "attachments": ("attachments", "list the documents attached to a plan"),
    "attachment": ("attachment", "save a copy of an attached document"),
}


class UserError(Exception):
    """An error the user can fix; its message is shown in one line."""

    def __init__(self, message_vi: str, message_en: str | None = None):
        super().__init__(message_vi)
        self.message_vi = message_vi
        self.message_en = message_en or message_vi


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 1 (argparse would exit 2)
        raise UserError(f"Tham số không hợp lệ: {message}", f"Invalid arguments: {message}")


def _common(default) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=default, help="SQLite file path or SQLAlchemy URL")
    common.add_argument(
        "--lang", choices=["vi", "en"], default=default,
        help="language of messages (default: vi)",
    )
    common.add_argument("--user", default=default,
                        help="sign in as this user when the database has users "
                             "(password from CBDESK_PASSWORD or a prompt)")
    return common


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or — ``only`` naming a subcommand — every
    subcommand listed but only that one's module imported and its options
    added: ``cbdesk report`` does not import what ``sign`` or ``import`` need."""
    # --db and --lang may stand before or after the subcommand; after it they
    # must not reset what was given before it (hence SUPPRESS there).
    common = _common(None)
    sub_common = _common(argparse.SUPPRESS)
    parser = _Parser(
        prog="cbdesk", description="cbdesk — kế hoạch, chỉ tiêu, báo cáo", parents=[common]
    )
    parser.add_argument("--version", action="version", version=f"cbdesk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name, (module, help_text) in COMMANDS.items():
        if only is not None and name != only:
            sub.add_parser(name, help=help_text, parents=[sub_common])
            continue
        try:
            mod = importlib.import_module(f"cbdesk.commands.{module}")
        except ModuleNotFoundError as e:  # a command not built yet
            if e.name != f"cbdesk.commands.{module}":
                raise
            continue
        p = sub.add_parser(name, help=help_text, parents=[sub_common])
        mod.add_arguments(p)
    return parser


def _lang(argv: list[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return "vi"


def _subcommand(argv: list[str]) -> str | None:
    """The first word that is neither an option nor the value of --db/--lang/--user."""
    skip = False
    for a in argv:
        if skip:
            skip = False
        elif a in ("--db", "--lang", "--user"):
            skip = True
        elif not a.startswith("-"):
            return a
    return None


def run_cli(argv: list[str]) -> int:
    lang = _lang(argv)
    try:
        from cbdesk.cli_help import localise

        chosen = _subcommand(argv)
        parser = build_parser(chosen if chosen in COMMANDS else None)
        args = localise(parser, lang).parse_args(argv)  # --help in Vietnamese by default
        lang = args.lang or lang
        if not args.command:
            raise UserError("Thiếu lệnh. Xem 'cbdesk --help'.", "No command. See 'cbdesk --help'.")
        module = importlib.import_module(f"cbdesk.commands.{COMMANDS[args.command][0]}")
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        print("Đã dừng." if lang == "vi" else "Stopped.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as exc:  # every error ends in one line
        from cbdesk.services.errors import explain, message_of

        trouble = None if getattr(exc, "message_vi", None) else explain(exc)
        if isinstance(exc, UserError):
            msg = exc.message_vi if lang == "vi" else exc.message_en
        elif getattr(exc, "message_vi", None):
            msg = message_of(exc, lang)
        elif trouble is not None:
            msg = trouble.message(lang)
        elif isinstance(exc, OSError) and exc.errno:  # in the clerk's words, and logged
            from cbdesk.logging_setup import log_exception

            log_exception(exc)
            msg = message_of(exc, lang)
        else:
            from cbdesk.logging_setup import log_exception

            where = log_exception(exc)
            msg = (
                f"Lỗi không mong đợi: {exc.__class__.__name__}: {exc}. Chi tiết ghi tại {where}."
                if lang == "vi"
                else f"Unexpected error: {exc.__class__.__name__}: {exc}. Details in {where}."
            )
        print(f"cbdesk: {' '.join(str(msg).split())}", file=sys.stderr)
        return 1
