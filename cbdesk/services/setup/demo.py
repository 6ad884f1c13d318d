"""The sample plan kept apart from real data (issue 18).

``cbdesk init --demo`` installs the sample only into an empty database, and
says "nothing changed" on one that holds the untouched sample; on a database
with anything else it changes nothing and says so. The window opens the
sample as its own file (:func:`demo_path`), never mixed with the office's."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from cbdesk import paths
from cbdesk.db.engine import Database
from cbdesk.db.models import AppUser, Area, AuditEntry, Organisation, Plan, Setting, Unit
from cbdesk.services.errors import ServiceError

MARK = "demo.sample"  # setting: the audit count right after the sample went in


class RealDataError(ServiceError):
    """The database holds real data: the sample is not added."""


def demo_path() -> Path:
    """The demonstration database's own file, in the data folder."""
    return paths.data_dir() / "cbdesk-demo.sqlite"


def state(db: Database) -> str:
    """"empty", "sample" (the untouched sample alone) or "data"."""
    with db.session() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        plans = count(Plan)
        org = s.scalars(select(Organisation)).first()
        mark = s.get(Setting, MARK)
        audit = count(AuditEntry)
        if (not plans and not count(Area) and not count(Unit) and not (org and org.name)
                and not count(AppUser) and not audit):
            return "empty"
        years = list(s.scalars(select(Plan.year)))
        if mark is not None and years == [2021] and not count(AppUser) \
                and str(audit) == mark.value:
            return "sample"
        return "data"


def install_demo(db: Database, actor=None) -> bool:
    """Add the sample plan to an empty database (True); False when the
    untouched sample is there already; RealDataError otherwise."""
    from cbdesk.services.sample import install_sample_plan

    found = state(db)
    if found == "sample":
        return False
    if found == "data":
        raise RealDataError(
            f"{db.display_name()} đã có dữ liệu thật: không thêm kế hoạch mẫu, không thay đổi "
            "gì. Kế hoạch mẫu mở bằng tệp riêng (Trợ giúp → Mở kế hoạch mẫu), hoặc dùng "
            "--db với một tệp mới.",
            f"{db.display_name()} holds real data: the sample plan was not added and nothing "
            "changed. Open the sample as its own file (Help → Open the sample plan), or use "
            "--db with a new file.")
    install_sample_plan(db, actor)
    from cbdesk.services.setup.demo_programme import install_demo_programme

    install_demo_programme(db, actor)
    with db.session() as s:
        n = s.scalar(select(func.count()).select_from(AuditEntry))
        s.merge(Setting(key=MARK, value=str(n)))
    return True


def ensure_demo_database(path: Path | None = None) -> Path:
    """The demonstration database, made with the sample plan when missing."""
    from cbdesk.services.database import open_database

    path = Path(path) if path is not None else demo_path()
    db = open_database(str(path), create=True)
    try:
        if state(db) == "empty":
            install_demo(db)
    finally:
        db.dispose()
    return path
