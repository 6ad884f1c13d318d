"""`cbdesk report --plan YEAR [--period P] -o FILE.pdf|FILE.docx [--kind …]
[--number N] [--date YYYY-MM-DD] [--font auto|bundled|times]`: render a report.

PDF, or an editable Word document when the output ends in ``.docx``. The
free-text sections come from the report's saved draft when there is one. The
file is written whole or not at all.
"""

from __future__ import annotations

import os
from pathlib import Path

from cbdesk.commands.common import open_db, plan_year, say, write_atomically

KINDS = ("progress", "plan", "assignments", "programme")
FONTS = ("auto", "bundled", "times")


def add_arguments(p) -> None:
    p.add_argument("--plan", help="plan year (every kind but programme)")
    p.add_argument("--programme", help="--kind programme: the programme, e.g. 2026-2030")
    p.add_argument("--year", help="--kind programme: the review up to this year")
    p.add_argument("--period", help="period code or label, e.g. 2021-H1 (default: the year)")
    p.add_argument("-o", "--output", required=True, help="output file (.pdf or .docx)")
    p.add_argument("--kind", choices=KINDS, default="progress", help="report kind")
    p.add_argument("--number", help="document number, e.g. 5 (printed 05)")
    p.add_argument("--date", help="document date, e.g. 2021-07-05 or 05/07/2021")
    p.add_argument("--font", choices=FONTS, default=None,
                   help="PDF font: auto (Times New Roman if present), bundled, times")
    p.add_argument("--section", action="append", default=[], metavar="NAME=FILE",
                   help="a free-text section from a UTF-8 text file: difficulties, "
                        "next_steps or proposals (e.g. --section difficulties=kho_khan.txt); "
                        "repeatable; overrides the saved draft")
    from cbdesk.commands.signing_args import add_report_sign_arguments

    add_report_sign_arguments(p)


def _check_output(path: Path) -> None:
    """Refuse, before any work, an output that cannot be written."""
    from cbdesk.cli import UserError

    if path.is_dir():
        raise UserError(f"'{path}' là một thư mục; hãy ghi rõ tên tệp (ví dụ baocao.pdf).",
                        f"'{path}' is a folder; give a file name (e.g. report.pdf).")
    if path.suffix.lower() not in (".pdf", ".docx"):
        raise UserError(f"Tên tệp '{path.name}' phải kết thúc bằng .pdf (bản in) hoặc .docx "
                        "(bản Word sửa được); không ghi gì.",
                        f"The file name '{path.name}' must end in .pdf (printable) or .docx "
                        "(editable Word); nothing written.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Không có thư mục '{folder}' để ghi tệp.",
                        f"The folder '{folder}' does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"Không có quyền ghi vào thư mục '{folder}'.",
                        f"No permission to write to the folder '{folder}'.")
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(f"Tệp '{path}' chỉ đọc; không ghi đè được.",
                        f"The file '{path}' is read-only; it cannot be overwritten.")


SECTIONS = ("difficulties", "next_steps", "proposals")


def read_sections(items: list[str]) -> dict[str, str]:
    """``--section NAME=FILE`` options read into {name: text}; a bad name or
    an unreadable file is a one-line user error."""
    from cbdesk.cli import UserError

    out: dict[str, str] = {}
    for item in items or []:
        name, sep, file = item.partition("=")
        name = name.strip()
        if not sep or name not in SECTIONS or not file.strip():
            raise UserError(
                f"--section '{item}' không hợp lệ: dùng TÊN=TỆP, TÊN là "
                f"{', '.join(SECTIONS)}.",
                f"--section '{item}' is not valid: use NAME=FILE, NAME one of "
                f"{', '.join(SECTIONS)}.")
        path = Path(file.strip()).expanduser()
        try:
            out[name] = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise UserError(f"Không đọc được tệp '{path}' (cần văn bản UTF-8): {e.__class__.__name__}.",
                            f"Cannot read '{path}' (UTF-8 text needed): {e.__class__.__name__}."
                            ) from None
    return out


def _need_plan(args) -> int:
    from cbdesk.cli import UserError

    if args.kind == "programme":
        if not args.programme:
            raise UserError("--kind programme cần --programme (ví dụ 2026-2030).",
                            "--kind programme needs --programme (e.g. 2026-2030).")
        return 0
    if not args.plan:
        raise UserError("Thiếu --plan (năm kế hoạch).", "--plan (the plan year) is missing.")
    return plan_year(args.plan)


def _programme(args, out: Path, fmt: str, number, when, sections) -> int:
    from cbdesk.services.issued import ReportMeta
    from cbdesk.services.programmes import code_of, parse_code

    code = code_of(*parse_code(args.programme))
    upto = plan_year(args.year) if args.year else None
    db = open_db(args)
    try:
        from cbdesk.reports.build import render_document
        from cbdesk.reports.programme import build_review
        from cbdesk.services.settings import read_all

        meta = ReportMeta()
        meta.number = number
        meta.date = when
        for name, text in sections.items():
            setattr(meta, name, text)
        font = args.font or read_all(db).get("report.font", "auto")
        doc = build_review(db, code, upto, meta)
        data = render_document(doc, fmt, font if font in FONTS else "auto")
    finally:
        db.dispose()
    write_atomically(out, data)
    say(args, f"Đã ghi báo cáo vào {out}.", f"Report written to {out}.")
    return 0


def run(args) -> int:
    year = _need_plan(args)
    out = Path(args.output).expanduser()
    _check_output(out)
    fmt = "docx" if out.suffix.lower() == ".docx" else "pdf"
    from cbdesk.services.report_checks import check_date, check_number

    number = check_number(args.number)
    sections = read_sections(getattr(args, "section", []))
    when = None
    if args.date:
        from cbdesk.core.vnformat import parse_date

        when = parse_date(args.date)
    if args.kind == "programme":
        return _programme(args, out, fmt, number, when, sections)
    db = open_db(args)
    try:
        from cbdesk.reports.build import build_report, render_document, resolve_period
        from cbdesk.services.issued import ReportMeta, load_draft, plan_header
        from cbdesk.services.settings import read_all

        header = plan_header(db, year)
        period = resolve_period(header.year, args.period)
        if args.kind == "progress":
            check_date(db, period, when)
        meta = load_draft(db, year, args.kind, period.code) or ReportMeta()
        meta.number = number
        meta.date = when
        for name, text in sections.items():
            setattr(meta, name, text)
        font = args.font or read_all(db).get("report.font", "auto")
        if font not in FONTS:
            font = "auto"
        doc = build_report(db, year, args.kind, period, meta, header=header)
        data = render_document(doc, fmt, font)
        if getattr(args, "sign", False):  # signed as it is written (issue 21)
            from cbdesk.commands.signing_args import sign_report

            data = sign_report(data, fmt, args, db, doc)
    finally:
        db.dispose()
    write_atomically(out, data)
    say(args, f"Đã ghi báo cáo vào {out}.", f"Report written to {out}.")
    return 0
