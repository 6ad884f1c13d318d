"""`cbdesk attachments --plan YEAR [--json]`: the documents kept with a plan."""

from __future__ import annotations

import json

from cbdesk.commands.common import lang, open_db, plan_year, say


def add_arguments(p) -> None:
    p.add_argument("--plan", required=True, help="plan year")
    p.add_argument("--json", action="store_true", help="print JSON")


def run(args) -> int:
    from cbdesk.core.vnformat import format_number
    from cbdesk.services.attachments import list_attachments

    year = plan_year(args.plan)
    db = open_db(args)
    try:
        found = list_attachments(db, year)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([a.as_json() for a in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        say(args, f"Kế hoạch {year} chưa có tài liệu đính kèm nào.",
            f"The {year} plan has no attachments.")
        return 0
    vi = lang(args) == "vi"
    for a in found:
        when = a.added_at.strftime("%d/%m/%Y %H:%M") if a.added_at else ""
        size = format_number(a.size) if vi else f"{a.size:,}"
        print(f"{a.id}\t{a.owner.label(lang(args))}\t{a.file_name}\t"
              f"{size} {'byte' if vi else 'bytes'}\t{a.sha256}\t{a.added_by}\t{when}")
    return 0
