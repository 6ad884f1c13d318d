"""`cbdesk init [--demo]`: create or upgrade the database; add the sample plan."""

from __future__ import annotations

from cbdesk.commands.common import open_db, say, writer_lock


def add_arguments(p) -> None:
    p.add_argument("--demo", action="store_true", help="add the 2021 sample plan")


def run(args) -> int:
    db = open_db(args, create=True)
    try:
        if args.demo:
            from cbdesk.commands.signin import actor_for
            from cbdesk.services.sample import install_sample_plan

            with writer_lock(args, db):
                created = install_sample_plan(db, actor_for(args, db))
            if created:
                say(
                    args,
                    f"Đã tạo kế hoạch mẫu năm 2021 trong {db.display_name()}.",
                    f"Created the 2021 sample plan in {db.display_name()}.",
                )
            else:
                say(
                    args,
                    "Kế hoạch năm 2021 đã có; không thay đổi.",
                    "The 2021 plan already exists; nothing changed.",
                )
        else:
            say(
                args,
                f"Cơ sở dữ liệu sẵn sàng: {db.display_name()}.",
                f"Database ready: {db.display_name()}.",
            )
    finally:
        db.dispose()
    return 0
