"""Excel in and out, each beside openpyxl's own floor measured in the same run:

- export a plan of 100.000 results (budget < 5 s) beside openpyxl write-only
  writing the same cells with no styles;
- import a workbook of 10.000 results into a new database (budget < 3 s)
  beside openpyxl read-only reading the same cells.

Medians of 3 runs (floor and subject alternated); JSON on stdout.

    python -m benchmarks.bench_xlsx [--reps 3] [--profile export|import]

Datasets come from benchmarks/generate.py, made once into a temporary folder
(or reused from --data DIR).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import floors  # noqa: E402  (the floors shared with run.py)

YEAR = 2025


def _paired(subject, floor, reps: int) -> tuple[float, float]:
    ts, tf = [], []
    for _ in range(reps):
        t = time.perf_counter()
        floor()
        tf.append(time.perf_counter() - t)
        t = time.perf_counter()
        subject()
        ts.append(time.perf_counter() - t)
    return statistics.median(ts), statistics.median(tf)


def _dataset(folder: Path, name: str, results: int, seed: int) -> Path:
    from benchmarks.generate import generate_big_plan

    path = folder / f"{name}.sqlite"
    if not path.exists():
        generate_big_plan(str(path), results, year=YEAR, seed=seed)
    return path


def _cells(path: Path) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)]
                for ws in wb.worksheets}
    finally:
        wb.close()


def bench_export(folder: Path, reps: int) -> dict:
    from cbdesk.services.database import open_database
    from cbdesk.xlsx.export import export_plan

    db = open_database(str(_dataset(folder, "export100k", 100_000, seed=1)))
    dest = folder / "export.xlsx"
    try:
        export_plan(db, YEAR, dest)
        cells = _cells(dest)
        n = sum(len(r) for rows in cells.values() for r in rows)
        med, floor = _paired(lambda: export_plan(db, YEAR, dest),
                             lambda: floors.write_only(cells, folder / "floor.xlsx"), reps)
    finally:
        db.dispose()
    return {"job": "export 100.000 results", "median_s": round(med, 3),
            "floor_s": round(floor, 3), "ratio": round(med / floor, 2), "cells": n,
            "budget_s": 5.0, "ok": med < 5.0}


def bench_import(folder: Path, reps: int) -> dict:
    from cbdesk.services.actors import Actor
    from cbdesk.services.database import open_database
    from cbdesk.xlsx.export import export_plan
    from cbdesk.xlsx.importer import import_workbook

    src = open_database(str(_dataset(folder, "import10k", 10_000, seed=2)))
    workbook = folder / "import10k.xlsx"
    try:
        export_plan(src, YEAR, workbook)
    finally:
        src.dispose()
    empty = folder / "empty.sqlite"
    open_database(str(empty), create=True).dispose()

    def subject() -> None:
        target = folder / "target.sqlite"
        for p in folder.glob("target.sqlite*"):
            p.unlink()
        shutil.copyfile(empty, target)
        db = open_database(str(target))
        try:
            outcome = import_workbook(db, workbook, Actor("bench"))
            assert outcome.summary.count("result") == 10_000
        finally:
            db.dispose()

    med, floor = _paired(subject, lambda: floors.read_only(workbook), reps)
    return {"job": "import 10.000 results into a new database", "median_s": round(med, 3),
            "floor_s": round(floor, 3), "ratio": round(med / floor, 2),
            "cells": sum(len(r) for rows in _cells(workbook).values() for r in rows),
            "budget_s": 3.0, "ok": med < 3.0}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--data", type=Path, help="folder for the generated datasets (kept)")
    ap.add_argument("--profile", choices=["export", "import"],
                    help="profile one run of a job with cProfile instead")
    a = ap.parse_args()
    folder = a.data or Path(tempfile.mkdtemp(prefix="cbdesk-bench-xlsx-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if a.profile:
            import cProfile
            import pstats

            job = bench_export if a.profile == "export" else bench_import
            cProfile.runctx("job(folder, 1)", globals(), {"job": job, "folder": folder},
                            str(folder / "profile"))
            pstats.Stats(str(folder / "profile")).sort_stats("tottime").print_stats(25)
            return 0
        rows = [bench_export(folder, a.reps), bench_import(folder, a.reps)]
        print(json.dumps({"reps": a.reps, "jobs": rows}, ensure_ascii=False, indent=2))
        return 0 if all(r["ok"] for r in rows) else 1
    finally:
        if a.data is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
