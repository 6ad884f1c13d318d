"""`cbdesk import FILE.xlsx… [--dry-run] [--overwrite] [--yes]`: interchange
workbooks and returned district forms, each file all-or-nothing.

Every problem of a file is printed on its own line (file, sheet, row, column);
a file that would replace existing values is refused unless --overwrite, with
the list of old → new. Exit 1 when any file was not imported.
"""

from __future__ import annotations

import sys
from collections import Counter
from contextlib import ExitStack, nullcontext

from cbdesk.commands.common import lang, open_db, writer_lock

_ENTITY = {
    "plan": ("thông tin kế hoạch", "plan details"),
    "organisation": ("thông tin cơ quan", "organisation details"),
    "unit": ("đơn vị", "units"),
    "area": ("địa bàn", "areas"),
    "target": ("chỉ tiêu", "targets"),
    "allocation": ("phân bổ", "allocations"),
    "task": ("nhiệm vụ", "tasks"),
    "result": ("kết quả", "results"),
    "update": ("cập nhật tiến độ", "progress updates"),
    "programme": ("giai đoạn", "programme"),
    "programme_target": ("chỉ tiêu giai đoạn", "programme targets"),
    "programme_link": ("liên kết chỉ tiêu giai đoạn", "programme links"),
}

MAX_LINES = 1000  # problems listed per file

# Derived fields that change along with the ones people edit; not worth a line.
_QUIET = {"search_key", "sort_order"}


def _shown(changes) -> list:
    return [c for c in changes if c.field not in _QUIET]


def add_arguments(p) -> None:
    p.add_argument("files", nargs="+", metavar="FILE.xlsx",
                   help="interchange workbooks or returned district forms")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would change; change nothing")
    p.add_argument("--overwrite", action="store_true",
                   help="replace values that already exist")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _describe(change, lng: str) -> str:
    return change.describe(lng)


def _counts(summary, lng: str) -> str:
    from cbdesk.core.vnformat import format_number
    from cbdesk.services.forms import is_overwrite

    added: Counter = Counter()
    changed: dict[str, set] = {}
    for c in summary.changes:
        if is_overwrite(c):
            changed.setdefault(c.entity, set()).add(c.key)
        elif c.field == "*" or c.old in (None, "", []):
            added[c.entity] += 1
    i = 0 if lng == "vi" else 1

    def num(n: int) -> str:
        return format_number(n) if lng == "vi" else f"{n:,}"

    parts_add = [f"{num(n)} {_ENTITY.get(e, (e, e))[i]}" for e, n in added.items()]
    parts_chg = [f"{num(len(k))} {_ENTITY.get(e, (e, e))[i]}" for e, k in changed.items()]
    out = []
    if parts_add:
        out.append(("thêm " if i == 0 else "added ") + ", ".join(parts_add))
    if parts_chg:
        out.append(("sửa " if i == 0 else "changed ") + ", ".join(parts_chg))
    return "; ".join(out)


def _report(args, outcome) -> None:
    lng = lang(args)
    vi = lng == "vi"
    for note_vi, note_en in getattr(outcome, "notes", []):  # hidden sheets/rows/columns
        print(f"{outcome.file}: " + (f"lưu ý: {note_vi}" if vi else f"note: {note_en}"),
              file=sys.stderr)
    what = (outcome.what_vi if vi else outcome.what_en) or (
        f"kế hoạch năm {outcome.year}" if vi else f"the {outcome.year} plan")
    counts = _counts(outcome.summary, lng)
    if outcome.dry_run:
        for c in _shown(outcome.summary.changes):
            print("  " + _describe(c, lng))
        head = "(thử, chưa ghi gì)" if vi else "(dry run, nothing written)"
        body = counts or ("không có thay đổi" if vi else "no changes")
        print(f"{outcome.file}: {what} {head} — {body}.")
        return
    if not counts:
        print(f"{outcome.file}: {what} — " + ("không có thay đổi." if vi else "no changes."))
        return
    created = outcome.summary.created_plan
    verb = ("đã tạo" if created else "đã nhập") if vi else ("created" if created else
                                                           "imported")
    print(f"{outcome.file}: {verb} {what} — {counts}.")


def _confirm(args, path, actor, db) -> bool:
    """At a terminal, show what a file would change and ask; True to go on."""
    from cbdesk.xlsx.importer import import_workbook

    preview = import_workbook(db, path, actor, dry_run=True, overwrite=args.overwrite)
    if not preview.summary.changes:
        return True
    _report(args, preview)
    vi = lang(args) == "vi"
    try:
        answer = input("Ghi các thay đổi này? [c/K] " if vi else "Write these changes? [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in (("c", "có", "co", "y") if vi else ("y", "yes"))


def run(args) -> int:
    from cbdesk.services.errors import ServiceError, message_of
    from cbdesk.services.forms import OverwriteRefused
    from cbdesk.xlsx.cells import WorkbookRefused
    from cbdesk.xlsx.importer import import_workbook

    lng = lang(args)
    vi = lng == "vi"
    db = open_db(args)
    failed = 0
    held = ExitStack()
    try:
        from cbdesk.commands.signin import actor_for

        actor = actor_for(args, db)
        held.enter_context(writer_lock(args, db) if not args.dry_run else nullcontext())
        if not args.dry_run:
            from cbdesk.services.backup import backup_before_import

            backup_before_import(db)
        for path in args.files:
            name = path.replace("\\", "/").rsplit("/", 1)[-1]
            try:
                interactive = sys.stdin is not None and sys.stdin.isatty()
                if interactive and not (args.yes or args.dry_run) and not _confirm(
                        args, path, actor, db):
                    print(f"{name}: " + ("không ghi gì." if vi else "nothing written."))
                    continue
                outcome = import_workbook(db, path, actor, dry_run=args.dry_run,
                                          overwrite=args.overwrite, name=name)
            except WorkbookRefused as e:
                failed += 1
                for issue in e.issues[:MAX_LINES]:
                    print(issue.line(lng), file=sys.stderr)
                if len(e.issues) > MAX_LINES:
                    more = len(e.issues) - MAX_LINES
                    print(f"Tệp ‘{name}’ còn {more} lỗi khác (chỉ liệt kê {MAX_LINES} lỗi đầu)."
                          if vi else f"‘{name}’ has {more} more problems (only the first "
                          f"{MAX_LINES} are listed).", file=sys.stderr)
                continue
            except OverwriteRefused as e:
                failed += 1
                for c in _shown(e.changes):
                    print(f"{name}: {_describe(c, lng)}", file=sys.stderr)
                print((f"Không nhập tệp ‘{name}’: {len(_shown(e.changes))} giá trị đã có sẽ bị thay "
                       "bằng giá trị khác (liệt kê ở trên, cũ → mới). Thêm --overwrite để ghi "
                       "đè; chưa có gì thay đổi.") if vi else
                      (f"Not importing ‘{name}’: {len(_shown(e.changes))} existing values would be "
                       "replaced (listed above, old → new). Add --overwrite to replace them; "
                       "nothing changed."), file=sys.stderr)
                continue
            except ServiceError as e:
                failed += 1
                head = f"Không nhập được tệp ‘{name}’: " if vi else f"Cannot import ‘{name}’: "
                print(" ".join((head + message_of(e, lng)).split()), file=sys.stderr)
                continue
            _report(args, outcome)
    finally:
        held.close()
        db.dispose()
    return 1 if failed else 0
