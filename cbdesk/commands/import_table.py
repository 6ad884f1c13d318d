"""`cbdesk import-table FILE.xlsx --year YEAR [--sheet NAME] [--period P]
[--map MAP.json] [--save-map MAP.json] [--dry-run] [--overwrite]`: an office's
own Excel table (title, merged header rows, sections, "Trong đó" rows)
imported as the year's targets, plan figures and results, all-or-nothing.

Without --map the columns are guessed from their headers (or taken from the
mapping remembered for tables of the same shape); --dry-run lists every
target read, with its figures and problems, and writes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cbdesk.cli import UserError
from cbdesk.commands.common import lang, open_db, plan_year, say


def add_arguments(p) -> None:
    p.add_argument("file", metavar="FILE.xlsx", help="the office's Excel table")
    p.add_argument("--year", required=True, help="the plan's year")
    p.add_argument("--sheet", help="the sheet to read (default: the first holding data)")
    p.add_argument("--period", help="the period of result columns whose header names none "
                                    "(e.g. 2025-H1, H1, 'Quý II/2025')")
    p.add_argument("--map", dest="map_file", metavar="MAP.json",
                   help="a column mapping saved before (--save-map)")
    p.add_argument("--save-map", metavar="MAP.json", help="save the mapping used to this file")
    p.add_argument("--dry-run", action="store_true", help="list what was read; write nothing")
    p.add_argument("--overwrite", action="store_true",
                   help="replace plan figures and results that already exist")


def relative_period(text: str | None, year: int) -> str | None:
    """``H1``/``2025-H1``/``6 tháng đầu năm 2025`` → ``H1`` (``Y`` for the year)."""
    if not text:
        return None
    from cbdesk.core.periods import Period, PeriodError
    from cbdesk.xlsx.table.roles import PERIODS

    raw = text.strip()
    if raw.upper() in PERIODS:
        return raw.upper()
    try:
        period = Period.parse(raw)
    except PeriodError as e:
        raise UserError(f"Kỳ '{text}' không hợp lệ: {e.message_vi}",
                        f"Invalid period '{text}': {e.message_en}") from None
    if period.year != year:
        raise UserError(f"Kỳ '{text}' không thuộc năm {year}.",
                        f"The period '{text}' is not in {year}.")
    code = period.code
    return "Y" if code == str(year) else code.split("-", 1)[1]


def _columns(args, read_) -> None:
    from cbdesk.xlsx.table.roles import PERIOD_LABELS, ROLE_LABELS

    vi = lang(args) == "vi"
    rows = ", ".join(map(str, read_.proposal.header_rows)) or "—"
    say(args, f"{read_.file}: trang ‘{read_.grid.sheet}’, dòng tiêu đề {rows}"
              + (" (theo ánh xạ đã nhớ)" if read_.remembered else "") + ":",
        f"{read_.file}: sheet ‘{read_.grid.sheet}’, header row(s) {rows}"
        + (" (remembered mapping)" if read_.remembered else "") + ":")
    from openpyxl.utils import get_column_letter

    for c in read_.proposal.columns:
        if not c.header and c.role == "skip":
            continue
        label = ROLE_LABELS[c.role][0 if vi else 1]
        if c.period:
            label += f" — {PERIOD_LABELS.get(c.period, c.period)}"
        print(f"  {get_column_letter(c.col)} ‘{c.header}’ → {label}")


def run(args) -> int:
    from cbdesk.services.actors import system_actor
    from cbdesk.services.errors import ServiceError, message_of
    from cbdesk.services.forms import OverwriteRefused
    from cbdesk.xlsx.cells import WorkbookRefused
    from cbdesk.xlsx.table import mapping as M
    from cbdesk.xlsx.table.importer import import_read, read

    year = plan_year(args.year)
    lng = lang(args)
    vi = lng == "vi"
    path = Path(args.file)
    name = path.name
    saved = M.load(args.map_file) if args.map_file else None
    period = relative_period(args.period, year)
    db = open_db(args, create=True)
    try:
        try:
            table = read(path, year, args.sheet, saved, db=db, name=name)
        except WorkbookRefused as e:
            for issue in e.issues:
                print(issue.line(lng), file=sys.stderr)
            return 1
        for note_vi, note_en in table.notes:  # hidden rows/columns/sheet (xlsx/hidden.py)
            print(f"{name}: " + (f"lưu ý: {note_vi}" if vi else f"note: {note_en}"),
                  file=sys.stderr)
        if args.save_map:
            M.save(args.save_map, table.proposal)
        if args.dry_run:
            _columns(args, table)
        if not args.dry_run:
            from cbdesk.services.backup import backup_before_import

            backup_before_import(db)
        try:
            outcome = import_read(db, table, system_actor(), year, period,
                                  dry_run=args.dry_run, overwrite=args.overwrite)
        except WorkbookRefused as e:
            for issue in e.issues:
                print(issue.line(lng), file=sys.stderr)
            say(args, f"Không nhập tệp ‘{name}’; chưa ghi gì.",
                f"‘{name}’ not imported; nothing written.", sys.stderr)
            return 1
        except OverwriteRefused as e:
            for c in e.changes:
                print(f"{name}: {c.describe(lng)}", file=sys.stderr)
            print(message_of(e, lng), file=sys.stderr)
            return 1
        except ServiceError as e:
            print(f"{name}: {message_of(e, lng)}", file=sys.stderr)
            return 1
    finally:
        db.dispose()
    built = outcome.built
    if args.dry_run:
        for vi_, en_ in built.problems:
            print("⚠ " + (vi_ if vi else en_))
        for row in built.rows:
            print("  " + row.line(lng))
    targets = sum(1 for r in built.rows if not r.existing)
    results = len([x for x in built.plan.results if x.source == name])
    problems = len(built.problems) + built.row_problems
    if args.dry_run:
        say(args, f"{name} (thử, chưa ghi gì): đọc được {len(built.rows)} chỉ tiêu "
                  f"({targets} mới), {results} kết quả; {problems} vấn đề.",
            f"{name} (dry run, nothing written): read {len(built.rows)} targets ({targets} "
            f"new), {results} results; {problems} problems.")
        return 1 if problems else 0
    say(args, f"{name}: đã nhập {len(built.rows)} chỉ tiêu ({targets} mới), {results} kết quả "
              f"vào kế hoạch năm {year}.",
        f"{name}: imported {len(built.rows)} targets ({targets} new), {results} results into "
        f"the {year} plan.")
    return 0
