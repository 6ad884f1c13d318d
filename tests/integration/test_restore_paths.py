"""Restore keeps what it replaces, on the paths the everyday round trip does not
take: a backup folder on another disk (the current file cannot be moved there,
so a verified copy is made) and a damaged current file (kept aside as it is)."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

from cbdesk.services.actors import system_actor


def _sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _july(db) -> float | None:
    """The whole province's July figure of the first target (none in the sample)."""
    from cbdesk.services.plans import plan_to_data

    data = plan_to_data(db, 2021)
    code = data.targets[0].code
    return next((r.value for r in data.results
                 if (r.target, r.period, r.area) == (code, "2021-M07", None)), None)


def _enter_july(db, value: float) -> None:
    from cbdesk.core.plandata import PlanData, ResultData
    from cbdesk.services.plan_apply import apply_plan_data
    from cbdesk.services.plans import plan_to_data

    data = plan_to_data(db, 2021)
    apply_plan_data(db, PlanData(year=2021, title=data.title, results=[
        ResultData(data.targets[0].code, "2021-M07", None, value)]), system_actor())


def test_restore_with_the_backup_folder_on_another_disk_keeps_a_verified_copy(demo_file):
    from cbdesk.services import backup, restore, settings
    from cbdesk.services.database import open_database

    other_disk = Path(tempfile.mkdtemp(prefix="cbdesk-backups-", dir="/dev/shm"))
    assert other_disk.stat().st_dev != demo_file.parent.stat().st_dev
    try:
        db = open_database(str(demo_file))
        settings.write(db, {"backup.folder": str(other_disk)}, system_actor())
        made = backup.make_backup(db)
        _enter_july(db, 4321.0)
        db.dispose()

        info = restore.restore_backup(str(demo_file), made.path)

        db = open_database(str(demo_file))
        assert _july(db) is None  # the backup is back
        db.dispose()
        # What it replaced is a checked copy in the folder on the other disk,
        # not moved (it could not be), and no working file is left behind.
        saved = info.saved_current
        assert saved is not None and saved.parent == other_disk
        assert "before-restore" in saved.name and backup.verify_backup(saved) == []
        kept = open_database(str(saved), upgrade=False)
        assert _july(kept) == 4321.0
        kept.dispose()
        assert not list(other_disk.glob("*.part")) and not list(other_disk.glob(".*"))
    finally:
        shutil.rmtree(other_disk, ignore_errors=True)


def test_restore_over_a_damaged_file_keeps_the_damaged_file_aside_untouched(demo_file):
    from cbdesk.services import backup, restore
    from cbdesk.services.database import open_database

    db = open_database(str(demo_file))
    _enter_july(db, 4321.0)
    made = backup.make_backup(db)
    db.dispose()
    # Damage the pages after the header: the file no longer passes its check.
    with open(demo_file, "r+b") as f:
        f.seek(4096)
        f.write(b"\xde\xad\xbe\xef" * 4096)
    damaged = _sha(demo_file)

    info = restore.restore_backup(str(demo_file), made.path)

    assert info.saved_current is None
    assert info.kept_damaged is not None and info.kept_damaged.name.startswith(f"{demo_file.name}.damaged-")
    assert info.kept_damaged.parent == demo_file.parent and _sha(info.kept_damaged) == damaged
    db = open_database(str(demo_file))
    assert _july(db) == 4321.0
    db.dispose()
