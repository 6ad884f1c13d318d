"""The generated datasets, made once (benchmarks/generate.py) and cached under
benchmarks/out/ (gitignored), keyed by the generator's source and the schema
revision."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
YEAR = 2025
PERIOD = "2025-M06"
OTHER_PERIOD = "2025-M07"


def dataset_key() -> str:
    from cbdesk.db import migrate

    h = hashlib.sha256((ROOT / "benchmarks" / "generate.py").read_bytes())
    h.update(str(getattr(migrate, "HEAD", "")).encode())
    return h.hexdigest()[:12]


def _checkpoint(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        c.execute("PRAGMA journal_mode=DELETE")


def generated(name: str, build) -> tuple[Path, dict]:
    """A cached generated database: ``build(path)`` returns its timing dict."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}-{dataset_key()}.sqlite"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        return path, json.loads(meta_path.read_text())
    for old in OUT.glob(f"{name}-*.sqlite*"):
        old.unlink()
    tmp = path.with_name(path.name + ".tmp")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t = time.perf_counter()
    meta = build(str(tmp))
    meta["wall_seconds"] = round(time.perf_counter() - t, 2)
    meta["generated"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    _checkpoint(tmp)
    tmp.rename(path)
    meta_path.write_text(json.dumps(meta))
    return path, meta


def datasets() -> dict:
    from benchmarks.generate import generate, generate_big_plan

    main, gen = generated("bench", lambda p: generate(p, years=10, seed=1))
    big, big_gen = generated("big100k", lambda p: generate_big_plan(p, 100_000))
    imp, imp_gen = generated("import10k", lambda p: generate_big_plan(p, 10_000, seed=2))
    return {"main": main, "main_gen": gen, "big": big, "big_gen": big_gen,
            "import": imp, "import_gen": imp_gen}


def working_copy(src: Path, tmp: Path, name: str) -> Path:
    dest = tmp / name
    shutil.copyfile(src, dest)
    return dest


def open_db(target):
    from cbdesk.services.database import open_database

    return open_database(str(target))


def import_workbook_path(ds: dict, tmp: Path) -> Path:
    """The 10.000-result interchange workbook, exported once per run."""
    wb = tmp / "import10k.xlsx"
    if not wb.exists():
        from cbdesk.xlsx.export import export_plan

        src = open_db(ds["import"])
        try:
            export_plan(src, YEAR, wb)
        finally:
            src.dispose()
    return wb
