"""`cbdesk import-plan FILE.docx|FILE.txt --year YEAR`: a draft plan read from a
document laid out like the seed, saved with status draft for review."""

from __future__ import annotations

from pathlib import Path

from cbdesk.cli import UserError
from cbdesk.commands.common import open_db, plan_year, say


def add_arguments(p) -> None:
    p.add_argument("file", help="the plan document (.docx or .txt)")
    p.add_argument("--year", required=True, help="the plan's year")
    p.add_argument("--dry-run", action="store_true", help="show what was read, save nothing")


def run(args) -> int:
    year = plan_year(args.year)
    path = Path(args.file)
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp '{path}'.", f"File not found: '{path}'.")
    if path.suffix.lower() not in (".docx", ".txt"):
        raise UserError(f"Tệp '{path.name}' không phải .docx hoặc .txt.",
                        f"'{path.name}' is not a .docx or .txt file.")
    from cbdesk.docimport import parse_plan_document
    from cbdesk.services.actors import system_actor
    from cbdesk.services.plan_apply import apply_plan_data
    from cbdesk.services.plans import plan_exists

    outcome = parse_plan_document(path, year)
    draft = outcome.plan
    draft.status = "draft"
    from cbdesk.commands.common import lang
    from cbdesk.docimport.review import marked_lines, outcome_lines

    for line in (outcome_lines if args.dry_run else marked_lines)(outcome, lang(args)):
        print(line)
    for problem in outcome.problems:
        say(args, f"Chưa đọc được: {problem}", f"Not read: {problem}")
    db = open_db(args, create=True)
    try:
        if plan_exists(db, year) and not args.dry_run:
            raise UserError(
                f"Đã có kế hoạch năm {year}; không ghi đè bằng bản nháp. Hãy dùng --dry-run "
                "để xem hoặc chọn năm khác.",
                f"A {year} plan exists already; a draft does not overwrite it. Use --dry-run "
                "to review, or another year.",
            )
        if not args.dry_run:
            from cbdesk.services.backup import backup_before_import

            backup_before_import(db)
        apply_plan_data(db, draft, system_actor(), dry_run=args.dry_run)
    finally:
        db.dispose()
    marks = sum(len(v) for v in outcome.marks.values())
    verb_vi = "Đọc được" if args.dry_run else f"Đã lưu bản nháp kế hoạch năm {year}:"
    verb_en = "Read" if args.dry_run else f"Saved the draft {year} plan:"
    say(args,
        f"{verb_vi} {len(draft.targets)} chỉ tiêu, {len(draft.tasks)} nhiệm vụ, "
        f"{len(draft.implementation)} mục tổ chức thực hiện; {len(outcome.problems)} chỗ chưa đọc "
        f"được; {marks} chỗ cần xem lại.",
        f"{verb_en} {len(draft.targets)} targets, {len(draft.tasks)} tasks, "
        f"{len(draft.implementation)} implementation items; {len(outcome.problems)} not read; "
        f"{marks} to review.")
    return 1 if outcome.problems and not draft.targets and not draft.tasks else 0
