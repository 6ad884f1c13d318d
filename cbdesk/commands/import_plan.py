"""`cbdesk import-plan FILE.docx|FILE.txt --year YEAR`: a draft plan read from a
document laid out like the seed, saved with status draft for review."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from cbdesk.cli import UserError
from cbdesk.commands.common import open_db, plan_year, say, writer_lock


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
    from cbdesk.services.audit import sha256_of
    from cbdesk.services.plan_drafts import read_draft, save_draft

    outcome = read_draft(path, year)  # refuses, nothing written, when unreadable
    draft = outcome.plan
    from cbdesk.commands.common import lang
    from cbdesk.docimport.review import marked_lines, outcome_lines

    for line in (outcome_lines if args.dry_run else marked_lines)(outcome, lang(args)):
        print(line)
    for problem in outcome.problems:
        say(args, f"Chưa đọc được: {problem}", f"Not read: {problem}")
    db = open_db(args, create=True)
    try:
        from cbdesk.commands.signin import actor_for

        actor = actor_for(args, db)
        with writer_lock(args, db) if not args.dry_run else nullcontext():
            if not args.dry_run:
                from cbdesk.services.plans import plan_exists

                if not plan_exists(db, year):
                    from cbdesk.services.backup import backup_before_import

                    backup_before_import(db)
            save_draft(db, actor, draft, year, dry_run=args.dry_run,
                       source=(path.name, sha256_of(path)))
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
