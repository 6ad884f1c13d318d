"""`cbdesk init [--demo]`: create or upgrade the database; add the sample plan."""

from __future__ import annotations

from cbdesk.commands.common import open_db, say, writer_lock


def add_arguments(p) -> None:
    p.add_argument("--demo", action="store_true",
                   help="add the 2021 sample plan to an empty database (never to real data)")


def run(args) -> int:
    db = open_db(args, create=True)
    try:
        if args.demo:
            from cbdesk.commands.signin import actor_for
            from cbdesk.services.setup.demo import install_demo

            with writer_lock(args, db):  # refuses (RealDataError) a database with real data
                created = install_demo(db, actor_for(args, db))
            if created:
                say(
                    args,
                    f"Đã tạo kế hoạch mẫu năm 2021 trong {db.display_name()}.",
                    f"Created the 2021 sample plan in {db.display_name()}.",
                )
            else:
                say(
                    args,
                    "Kế hoạch mẫu đã có, chưa ai sửa; không thay đổi.",
                    "The untouched sample plan is there already; nothing changed.",
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
