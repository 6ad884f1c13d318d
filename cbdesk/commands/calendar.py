"""`cbdesk calendar --year YEAR [--json]`: the reporting calendar of a plan —
each period's data window, due days, state, missing district forms and the
issued report's number."""

from __future__ import annotations

import json
import sys

from cbdesk.commands.common import lang, open_db, plan_year


def add_arguments(p) -> None:
    p.add_argument("--year", required=True, help="plan year")
    p.add_argument("--json", action="store_true", help="one JSON object per period, as a list")


def run(args) -> int:
    from cbdesk.core.vnformat import format_date
    from cbdesk.services.calendar import state_label, year_states

    year = plan_year(args.year)
    db = open_db(args)
    try:
        rows = year_states(db, year)
    finally:
        db.dispose()
    if args.json:
        sys.stdout.write(json.dumps([r.as_json() for r in rows], ensure_ascii=False,
                                    indent=2) + "\n")
        return 0
    lg = lang(args)
    head = ("Kỳ", "Số liệu từ", "đến", "Hạn biểu mẫu", "Hạn báo cáo", "Trạng thái",
            "Chưa gửi biểu mẫu") if lg == "vi" else (
            "Period", "Data from", "to", "Forms due", "Report due", "State", "Forms missing")
    table = [head]
    for r in rows:
        d = r.dates
        state = state_label(r.state, lg)
        if r.report:
            state += f" (số {r.report})" if lg == "vi" else f" (no. {r.report})"
        table.append((r.period.label(lg), format_date(d.data_from), format_date(d.data_to),
                      format_date(d.forms_due), format_date(d.report_due), state,
                      ", ".join(r.forms_missing) or "—"))
    widths = [max(len(row[i]) for row in table) for i in range(len(head) - 1)]
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)) + "  " + row[-1])
    return 0
