"""`cbdesk export --plan YEAR -o FILE.xlsx`: the plan as an interchange workbook."""

from __future__ import annotations

from pathlib import Path

from cbdesk.commands.common import open_db, plan_year, say, write_atomically


def add_arguments(p) -> None:
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--plan", help="plan year")
    which.add_argument("--programme", help="five-year programme, e.g. 2026-2030")
    p.add_argument("-o", "--output", required=True, help="the .xlsx file to write")


def run(args) -> int:
    from cbdesk.cli import UserError

    out = Path(args.output)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"Tên tệp xuất phải có đuôi .xlsx (không phải '{out.name}').",
                        f"The output file must end in .xlsx (not '{out.name}').")
    if out.is_dir():
        raise UserError(f"'{out}' là một thư mục; hãy ghi tên tệp .xlsx.",
                        f"'{out}' is a folder; give a .xlsx file name.")
    if args.programme is not None:
        return _programme(args, out)
    year = plan_year(args.plan)
    db = open_db(args)
    try:
        from cbdesk.services.attachments.bundle import bundle_bytes, companion_of
        from cbdesk.services.plans import plan_to_data
        from cbdesk.services.programmes import links_of_year
        from cbdesk.xlsx.export import plan_workbook

        data = plan_to_data(db, year)
        content = plan_workbook(data, links=links_of_year(db, year))
        bundle = bundle_bytes(db, year)  # the plan's documents, in a companion .zip
    finally:
        db.dispose()
    write_atomically(out, content)
    if bundle is not None:
        write_atomically(companion_of(out), bundle)
        say(args, f"Tài liệu kèm theo: {companion_of(out)}",
            f"Attached documents: {companion_of(out)}")
    from cbdesk.core.vnformat import format_number as n

    targets, tasks, results = len(data.targets), len(data.tasks), len(data.results)
    say(args, f"Đã xuất kế hoạch năm {year} ra {out} ({n(targets)} chỉ tiêu, {n(tasks)} "
              f"nhiệm vụ, {n(results)} kết quả).",
        f"Exported the {year} plan to {out} ({targets:,} targets, {tasks:,} tasks, "
        f"{results:,} results).")
    return 0


def _programme(args, out: Path) -> int:
    from cbdesk.services.programmes import code_of, parse_code, programme_data
    from cbdesk.xlsx.programme import programme_workbook

    code = code_of(*parse_code(args.programme))
    db = open_db(args)
    try:
        data = programme_data(db, code)
        content = programme_workbook(data)
    finally:
        db.dispose()
    write_atomically(out, content)
    say(args, f"Đã xuất giai đoạn {code} ra {out} ({len(data.targets)} chỉ tiêu giai đoạn).",
        f"Exported the programme {code} to {out} ({len(data.targets)} programme targets).")
    return 0
