"""`cbdesk form --plan YEAR --period P [--area CODE] -o DIR_OR_FILE`: district
data-collection forms, one workbook per area (every district-level area when
--area is omitted; -o is then a folder)."""

from __future__ import annotations

from pathlib import Path

from cbdesk.commands.common import open_db, plan_year, say, write_atomically
from cbdesk.services.os_errors import os_reason


def add_arguments(p) -> None:
    p.add_argument("--plan", required=True, help="plan year")
    p.add_argument("--period", required=True, help="period code or label, e.g. 2021-Q2")
    p.add_argument("--area", help="one area's code (default: every district-level area)")
    p.add_argument("--deadline", help="the date to send the form back (dd/mm/yyyy)")
    p.add_argument("-o", "--output", required=True, help="a folder, or a .xlsx file for one area")


def _targets(args, count: int) -> tuple[Path, bool]:
    """(path, is_file) for the output; a folder is created when missing."""
    from cbdesk.cli import UserError

    out = Path(args.output)
    if out.suffix.lower() == ".xlsx" and not out.is_dir():
        if count != 1:
            raise UserError(
                f"Có {count} biểu mẫu (mỗi địa bàn một tệp): -o phải là một thư mục, "
                f"không phải tệp '{out.name}'. Hoặc chọn một địa bàn bằng --area.",
                f"There are {count} forms (one file per area): -o must be a folder, not "
                f"the file '{out.name}'. Or pick one area with --area.")
        return out, True
    if out.exists() and not out.is_dir():
        raise UserError(f"'{out}' không phải là thư mục.", f"'{out}' is not a folder.")
    try:
        out.mkdir(parents=False, exist_ok=True)
    except OSError as e:
        vi, en = os_reason(e, "folder")
        raise UserError(f"Không tạo được thư mục '{out}': {vi}.",
                        f"Cannot create the folder '{out}': {en}.") from e
    return out, False


def run(args) -> int:
    from cbdesk.cli import UserError
    from cbdesk.core.vnformat import DateFormatError, parse_date
    from cbdesk.xlsx.forms import file_name, make_forms

    year = plan_year(args.plan)
    deadline = None
    if args.deadline:
        try:
            deadline = parse_date(args.deadline)
        except DateFormatError as e:
            raise UserError(e.message_vi, e.message_en) from None
    db = open_db(args)
    try:
        forms = make_forms(db, year, args.period, args.area, deadline)
    finally:
        db.dispose()
    if not forms:
        raise UserError(f"Không có địa bàn cấp huyện nào còn hiệu lực trong năm {year}.",
                        f"No district-level area is valid in {year}.")
    out, is_file = _targets(args, len(forms))
    for spec, content in forms:
        path = out if is_file else out / file_name(spec)
        write_atomically(path, content)
        say(args, f"{path}: {spec.area.name} ({spec.area.code}), {spec.period.label('vi')}, "
                  f"{len(spec.lines)} chỉ tiêu.",
            f"{path}: {spec.area.name} ({spec.area.code}), {spec.period.label('en')}, "
            f"{len(spec.lines)} targets.")
    return 0
