"""`cbdesk attach --plan YEAR (--task CODE | --target CODE --period P [--area CODE]
| --whole-plan) FILE…`: keep documents as evidence in the database."""

from __future__ import annotations

from cbdesk.commands.common import open_db, plan_year, say, writer_lock


def add_arguments(p) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="the files to attach")
    p.add_argument("--plan", required=True, help="plan year")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--task", help="attach to this task (its code)")
    who.add_argument("--target", help="attach to a result of this target (its code)")
    who.add_argument("--whole-plan", action="store_true", help="attach to the plan itself")
    p.add_argument("--period", help="the result's period, e.g. 2021-Q1 (with --target)")
    p.add_argument("--area", help="the result's area code (with --target; default: province)")
    p.add_argument("--note", default="", help="a note kept with the attachment")


def owner_of(args):
    from cbdesk.cli import UserError
    from cbdesk.services.attachments import Owner

    if args.target:
        if not args.period:
            raise UserError("Cần --period cho kết quả của một chỉ tiêu (ví dụ 2021-Q1).",
                            "A target's result needs --period (e.g. 2021-Q1).")
        return Owner.of_result(args.target, args.period, args.area)
    if args.period or args.area:
        raise UserError("--period và --area chỉ dùng cùng --target.",
                        "--period and --area go with --target only.")
    return Owner.of_task(args.task) if args.task else Owner.plan()


def run(args) -> int:
    from cbdesk.commands.signin import actor_for
    from cbdesk.services.attachments import add_files

    year = plan_year(args.plan)
    owner = owner_of(args)
    db = open_db(args)
    try:
        actor = actor_for(args, db)
        with writer_lock(args, db):
            added = add_files(db, actor, year, owner, args.files, note=args.note)
    finally:
        db.dispose()
    for a in added:
        say(args, f"Đã đính kèm '{a.file_name}' vào {owner.label('vi')} (số {a.id}, "
                  f"{a.size} byte, sha256 {a.sha256}).",
            f"Attached '{a.file_name}' to the {owner.label('en')} (number {a.id}, "
            f"{a.size} bytes, sha256 {a.sha256}).")
    return 0
