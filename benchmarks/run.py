"""The figures that keep cbdesk fast: each job timed as the median of at least
seven runs beside its floor (the least work that could do it with the bare
library) measured in the same run, alternating, and judged as a ratio — the
machine is shared, so absolute times drift while ratios hold.

    python -m benchmarks.run [--quick] [--out docs/benchmarks.md] [--only a,b]
    make bench          # full run, writes docs/benchmarks.md, exit 1 if a budget fails
    make bench-quick    # fewer runs, a fast look, writes nothing

With CBDESK_BENCH_PG_URL (or --pg-url) set, the same figures and the round
trips are measured on PostgreSQL as well. The jobs live in benchmarks/jobs_*.py,
the pure parts (rows, budgets, verdicts, markdown) in benchmarks/harness.py.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks import harness as h
from benchmarks.datasets import PERIOD, datasets


def sqlite_jobs(ctx) -> list[tuple[str, str, object]]:
    from benchmarks import jobs_data as d
    from benchmarks import jobs_pg as pg
    from benchmarks import jobs_report as r
    from benchmarks import jobs_start as s

    return [
        ("start", "Cold start (offscreen)", lambda: s.job_start_offscreen(ctx)),
        ("start_xvfb", "Cold start (Xvfb)", lambda: s.job_start_xvfb(ctx)),
        ("open_plan", "Open a plan", lambda: d.job_open_plan(ctx)),
        ("period_switch", "Switch period in the data-entry grid",
         lambda: d.job_period_switch(ctx)),
        ("filter", "Filter the task tree", lambda: d.job_filter(ctx)),
        ("report", "Progress report in process", lambda: r.job_report(ctx, "progress", PERIOD)),
        ("report_plan", "Plan document in process", lambda: r.job_report(ctx, "plan", None)),
        ("report_process", "`cbdesk report` whole process", lambda: r.job_report_process(ctx)),
        ("export", "Export the plan workbook", lambda: d.job_export(ctx)),
        ("import", "Import 10.000 results", lambda: d.job_import(ctx)),
        ("backup", "Backup and restore", lambda: d.job_backup(ctx)),
        ("memory", "Peak memory on the decade dataset", lambda: r.job_memory(ctx)),
        ("roundtrips", "Round trips (SQLite)", lambda: pg.job_roundtrips_sqlite(ctx)),
    ]


def run_jobs(jobs, only, section: str) -> list[h.Row]:
    rows: list[h.Row] = []
    for name, what, fn in jobs:
        if only and name not in only:
            continue
        t = time.perf_counter()
        try:
            got = fn()
            got = got if isinstance(got, list) else [got]
        except h.Missing as e:
            got = [h.Row(what, section=section, failure=f"not measured (module missing: {e})")]
        except Exception as e:  # a broken job must not hide the others, nor pass
            traceback.print_exc()
            first = str(e).splitlines()[0][:160] if str(e) else ""
            got = [h.Row(what, section=section,
                         failure=f"not measured (error: {type(e).__name__}: {first})")]
        for r in got:
            print(h.console_line(r) + f"  [{time.perf_counter() - t:.1f} s]", flush=True)
        rows += got
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="3 runs instead of 7; a fast look")
    ap.add_argument("--out", type=Path, help="write the markdown report here")
    ap.add_argument("--only", help="comma-separated job names (debugging)")
    ap.add_argument("--pg-url", default=os.environ.get("CBDESK_BENCH_PG_URL", ""),
                    help="PostgreSQL database for the PostgreSQL section "
                         "(default: $CBDESK_BENCH_PG_URL; empty: not run)")
    a = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cbdesk.ui.none_guard import keep_none_alive

    keep_none_alive()  # the grid's jobs repaint hundreds of times (ui.none_guard)
    load_before = h.load()
    reps = 3 if a.quick else h.MIN_REPS
    slow = 3 if a.quick else h.MIN_REPS
    t_all = time.perf_counter()
    ds = datasets()
    print(f"datasets ready: {ds['main'].name}", file=sys.stderr)
    tmp = Path(tempfile.mkdtemp(prefix="cbdesk-bench-"))
    os.environ.setdefault("CBDESK_DATA_DIR", str(tmp / "data"))
    from benchmarks.jobs_data import Ctx

    ctx = Ctx(ds=ds, tmp=tmp, reps=reps, slow=slow)
    only = set(a.only.split(",")) if a.only else None
    try:
        rows = run_jobs(sqlite_jobs(ctx), only, "SQLite")
        pg = pg_section(ctx, a.pg_url, only)
        rows += pg["rows"]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    duration = time.perf_counter() - t_all
    m = h.machine(load_before, h.load())
    from benchmarks.report_md import markdown

    text = markdown(rows, ds, m, quick=a.quick, reps=reps, duration=duration, pg=pg)
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(text, encoding="utf-8")
        print(f"wrote {a.out}", file=sys.stderr)
    print()
    print("Machine: " + h.machine_line(m))
    print(f"Duration: {duration:.0f} s")
    print(h.summary(rows))
    return h.exit_code(rows)


def pg_section(ctx, url: str, only) -> dict:
    """The PostgreSQL rows, or why the section was not run."""
    if not url:
        return {"rows": [], "status": "not run (CBDESK_BENCH_PG_URL not set)"}
    from benchmarks import jobs_pg
    from benchmarks.pg import reachable

    why = reachable(url)
    if why:
        print(f"PostgreSQL not run: {why}", file=sys.stderr)
        return {"rows": [], "status": f"not run (server not reachable: {why})"}
    if only and not any(n.startswith("pg_") for n in only):
        return {"rows": [], "status": "not run (--only)"}
    t = time.perf_counter()
    pctx = jobs_pg.pg_context(ctx, url)
    gen = time.perf_counter() - t
    from sqlalchemy.engine import make_url

    shown = make_url(url).render_as_string(hide_password=True)
    rows = run_jobs(jobs_pg.pg_jobs(pctx), only, "PostgreSQL")
    dump = {}
    try:
        dump = jobs_pg.dump_check(url, ctx.ds["main"])
    except Exception as e:  # the figures stand without the check
        dump = {"error": f"{type(e).__name__}: {e}"}
    return {"rows": rows, "status": "run", "url": shown, "meta": pctx.extra.get("pg_meta", {}),
            "setup_seconds": gen, "dump": dump}


if __name__ == "__main__":
    sys.exit(main())
