"""Render page 1 of each report kind of the sample plan to PNG, to look at.

    python scripts/render_report_pages.py [--out docs/images] [--dpi 80]
        [--db FILE] [--extra /tmp/cbdesk-pages]

Writes ``<out>/report-progress.png``, ``report-plan.png`` and
``report-assignments.png`` (page 1 of each, with ``pdftoppm``). With
``--extra DIR`` every page of every kind also goes to DIR (page 2, the annex…).
Without ``--db`` the sample plan is installed into a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cbdesk.reports.build import render_report  # noqa: E402
from cbdesk.services.database import open_database  # noqa: E402
from cbdesk.services.issued import ReportMeta  # noqa: E402
from cbdesk.services.sample import install_sample_plan  # noqa: E402

KINDS = {"progress": "2021-H1", "plan": None, "assignments": None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "images"))
    ap.add_argument("--dpi", type=int, default=80)
    ap.add_argument("--db", help="a database holding the 2021 plan (default: a fresh sample)")
    ap.add_argument("--extra", help="also render every page into this folder")
    ap.add_argument("--font", default="bundled", choices=("auto", "bundled", "times"))
    args = ap.parse_args()
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found (install poppler-utils)", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cbdesk-pages-") as tmp:
        if args.db:
            db = open_database(args.db)
        else:
            db = open_database(str(Path(tmp) / "sample.sqlite"), create=True)
            install_sample_plan(db)
        meta = ReportMeta(number="5", date=date(2021, 7, 5))
        for kind, period in KINDS.items():
            t0 = time.perf_counter()
            pdf = render_report(db, 2021, kind, period, meta, font=args.font)
            ms = (time.perf_counter() - t0) * 1000
            path = Path(tmp) / f"report-{kind}.pdf"
            path.write_bytes(pdf)
            subprocess.run([pdftoppm, "-r", str(args.dpi), "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(path), str(out / f"report-{kind}")], check=True)
            print(f"{out / f'report-{kind}.png'}  ({len(pdf):,} bytes PDF, {ms:.0f} ms)")
            if args.extra:
                extra = Path(args.extra)
                extra.mkdir(parents=True, exist_ok=True)
                subprocess.run([pdftoppm, "-r", str(args.dpi), "-png", str(path),
                                str(extra / f"report-{kind}")], check=True)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
