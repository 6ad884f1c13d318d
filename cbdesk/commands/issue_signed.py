"""`cbdesk issue-signed FILE.pdf --plan YEAR [--period P] [--kind K] --number N
--date YYYY-MM-DD`: archive a signed report as issued (its bytes and sha256;
one audit entry per signature)."""

from __future__ import annotations

from pathlib import Path

from cbdesk.commands.common import open_db, plan_year, say


def add_arguments(p) -> None:
    p.add_argument("input", help="the signed PDF")
    p.add_argument("--plan", required=True, help="plan year")
    p.add_argument("--period", help="period code, e.g. 2021-H1 (default: the year)")
    p.add_argument("--kind", choices=("progress", "plan", "assignments"), default="progress")
    p.add_argument("--number", required=True, help="the document number it carries")
    p.add_argument("--date", required=True, help="the document date it carries")
    p.add_argument("--font", choices=("auto", "bundled", "times"), default=None)


def run(args) -> int:
    from cbdesk.cli import UserError
    from cbdesk.commands.signing_args import quiet_pyhanko
    from cbdesk.core.vnformat import parse_date

    quiet_pyhanko()
    year = plan_year(args.plan)
    when = parse_date(args.date)
    src = Path(args.input).expanduser()
    try:
        data = src.read_bytes()
    except OSError:
        raise UserError(f"Không đọc được tệp '{src}'.", f"Cannot read the file '{src}'.") from None
    db = open_db(args)
    try:
        from cbdesk.reports.build import resolve_period
        from cbdesk.reports.signed_issue import issue_signed
        from cbdesk.services.actors import system_actor
        from cbdesk.services.issued import ReportMeta, load_draft, plan_header
        from cbdesk.services.settings import read_all

        period = resolve_period(plan_header(db, year).year, args.period)
        meta = load_draft(db, year, args.kind, period.code) or ReportMeta()
        meta.number, meta.date = args.number, when
        font = args.font or read_all(db).get("report.font", "auto")
        done = issue_signed(db, year, args.kind, period.code, meta, data, system_actor(),
                            font if font in ("auto", "bundled", "times") else "auto")
    finally:
        db.dispose()
    say(args, f"Đã ban hành báo cáo số {done.info.number} ({len(done.signatures)} chữ ký số); "
              f"sha256 {done.info.sha256}.",
        f"Issued report {done.info.number} ({len(done.signatures)} signatures); "
        f"sha256 {done.info.sha256}.")
    return 0
