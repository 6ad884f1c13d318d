"""Reports: the progress report and the plan document rendered in process
beside a bare platypus document of the same tables and fonts, and the whole
``cbdesk report`` command as a process beside a bare process that opens the
same file with SQLAlchemy, reads the rows and builds the same document."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import floors
from benchmarks.datasets import PERIOD, ROOT, YEAR, open_db
from benchmarks.harness import Row, fmt_num, fmt_value, median, paired

SAMPLE_YEAR = 2021
SAMPLE_PERIOD = "2021-H1"


def _count_tables(doc) -> int:
    from cbdesk.reports import document as m

    blocks = list(doc.blocks) + [b for a in doc.annexes for b in a.blocks]
    return sum(isinstance(b, m.Table) for b in blocks)


def job_report(ctx, kind: str, period) -> Row:
    """``render_report`` end to end (reading the rows, the figures, the
    Document, the PDF) beside its floor: the same rows read with the bare
    driver, then a bare platypus document of the same tables, paragraphs
    and fonts. Every timed run starts from a collected heap (the report and
    the floor each leave megabytes of cycles; neither pays for the other's)."""
    import gc

    from benchmarks.jobs_data import _floor_conn
    from cbdesk.core.periods import Period
    from cbdesk.reports.build import build_report, render_document, render_report
    from cbdesk.reports.fonts import register_fonts
    from cbdesk.services.progress_rows import result_periods

    db = open_db(ctx.main_target)
    doc = build_report(db, YEAR, kind, period)
    fonts = register_fonts("auto")
    progress = kind == "progress"
    codes = ([p.code for p in result_periods(Period.parse(period), True)] if progress
             else None)
    conn = _floor_conn(ctx)
    reads, layouts = [], []

    def floor():
        t = time.perf_counter()
        floors.report_sql(conn, YEAR, codes)
        t1 = time.perf_counter()
        floors.bare_pdf(doc, fonts)
        reads.append(t1 - t)
        layouts.append(time.perf_counter() - t1)

    # Twice the runs of the other jobs (15 in a full run): a report takes about
    # half a second, and one run in seven slowed by the host's other tenants
    # moved the median of seven by up to 0,2× (docs/benchmarks.md, issue 24).
    reps = 2 * ctx.reps + 1
    med, fl, ts, _ = paired(lambda: render_report(db, YEAR, kind, period, None, "pdf"),
                            floor, reps, settle=gc.collect)
    # The two halves on their own: building the Document (reading included),
    # and its layout beside the bare document's, paired as above.
    builds = []
    for _ in range(ctx.reps):
        gc.collect()
        t = time.perf_counter()
        build_report(db, YEAR, kind, period)
        builds.append(time.perf_counter() - t)
    ours, bare, _, _ = paired(lambda: render_document(doc, "pdf", "auto"),
                              lambda: floors.bare_pdf(doc, fonts), ctx.reps, settle=gc.collect)
    conn.close()
    db.dispose()
    what = ("Progress report in process (PDF, 2025-M06)" if progress
            else "Plan document in process (PDF)")
    return Row(what, med, fl, max_ratio=1.3 if progress else 2.0,
               section=ctx.section, samples=ts,
               note=f"render_report end to end, median of {reps} runs; floor: the same rows "
                    f"read with the bare driver ({fmt_value(median(reads), 's')}) + a bare "
                    f"platypus document with the same {_count_tables(doc)} tables, paragraphs "
                    f"and fonts ({fonts.regular}; "
                    f"{fmt_value(median(layouts), 's')}). Apart: building the Document "
                    f"(reading included) {fmt_value(median(builds), 's')}; its PDF layout "
                    f"{fmt_value(ours, 's')} beside the bare document's {fmt_value(bare, 's')} "
                    f"({fmt_num(ours / bare, 2)}×; cbdesk pauses the collector while it lays "
                    f"out, the bare document runs as a plain script would)")


def _blocks(blocks) -> list[dict]:
    from cbdesk.reports import document as m

    out = []
    for b in blocks:
        if isinstance(b, m.Table):
            out.append({"t": "table", "size": b.font_size,
                        "rows": [[c.title for c in b.columns]] + [list(r) for r in b.rows]})
        elif isinstance(b, (m.Heading, m.Paragraph)):
            out.append({"t": "p", "text": b.text})
        elif isinstance(b, m.PageBreak):
            out.append({"t": "break"})
    return out


def floor_spec(db_path: Path, year: int, period: str, dest: Path) -> Path:
    """What the floor process needs, written once outside the timing: the
    report's text and table cells and the font files."""
    from cbdesk.reports.build import build_report
    from cbdesk.reports.fonts import register_fonts

    db = open_db(db_path)
    try:
        doc = build_report(db, year, "progress", period)
    finally:
        db.dispose()
    fonts = register_fonts("auto")
    blocks = _blocks(doc.blocks)
    for annex in doc.annexes:
        blocks += [{"t": "break"}, {"t": "p", "text": annex.title}] + _blocks(annex.blocks)
    spec = {"db": str(db_path), "year": year, "blocks": blocks,
            "fonts": [str(f) for f in fonts.files]}
    dest.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    return dest


def job_report_process(ctx) -> Row:
    """`cbdesk --db FILE report --plan 2021 --period 2021-H1 -o out.pdf` on the
    sample plan, as a whole process."""
    from benchmarks.jobs_start import sample_database

    db = sample_database(ctx.tmp)
    spec = floor_spec(db, SAMPLE_YEAR, SAMPLE_PERIOD, ctx.tmp / "report-floor.json")
    out = ctx.tmp / "report.pdf"
    env = dict(os.environ, CBDESK_DATA_DIR=str(ctx.tmp / "report-data"),
               XDG_CONFIG_HOME=str(ctx.tmp / "report-config"), PYTHONPATH=str(ROOT))
    app_cmd = [sys.executable, "-m", "cbdesk", "--db", str(db), "report", "--plan",
               str(SAMPLE_YEAR), "--period", SAMPLE_PERIOD, "-o", str(out)]
    floor_cmd = [sys.executable, str(ROOT / "benchmarks" / "report_floor.py"), str(spec),
                 str(ctx.tmp / "report-floor.pdf")]

    def run(cmd):
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(ctx.tmp),
                           timeout=120)
        if p.returncode:
            raise RuntimeError(f"{cmd[1:5]} exit {p.returncode}: {p.stderr[-500:]}")

    med, fl, ts, _ = paired(lambda: run(app_cmd), lambda: run(floor_cmd), ctx.reps)
    return Row("`cbdesk report` whole process (sample plan, 2021-H1)", med, fl, max_ratio=1.5,
               section=ctx.section, samples=ts,
               note="`python -m cbdesk --db FILE report --plan 2021 --period 2021-H1 -o "
                    "out.pdf`; floor: a python process that imports SQLAlchemy, opens the same "
                    "file, reads the rows the report needs and builds a bare reportlab "
                    "document with the same fonts, text and tables (benchmarks/report_floor.py)")


MEMORY_CHILD = r"""
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
mode, db_path = sys.argv[1], sys.argv[2]
from cbdesk.services.database import open_database
import sqlalchemy.orm, reportlab.platypus, openpyxl
done = []
if mode == "app":
    db = open_database(db_path)
    from cbdesk.services.progress import target_rows
    from cbdesk.services.tasks_view import task_rows
    target_rows(db, {year}, {period!r}); task_rows(db, {year}); done.append("open plan")
    from cbdesk.reports.build import render_report
    render_report(db, {year}, "progress", {period!r}, None, "pdf"); done.append("report")
    from cbdesk.xlsx.export import export_plan
    export_plan(db, {year}, Path(tempfile.mkdtemp()) / "m.xlsx"); done.append("export")
# VmHWM, not ru_maxrss: Linux carries the parent's RSS at fork over exec into
# ru_maxrss, so a child of a big process would report the parent's size.
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({{"maxrss_kb": hwm, "done": done}}))
"""


def job_memory(ctx) -> Row:
    script = MEMORY_CHILD.format(root=str(ROOT), year=YEAR, period=PERIOD)

    def run(mode: str) -> dict:
        out = subprocess.run([sys.executable, "-c", script, mode, str(ctx.ds["main"])],
                             capture_output=True, text=True, timeout=600, cwd=str(ctx.tmp),
                             env=dict(os.environ, CBDESK_DATA_DIR=str(ctx.tmp / "mem-data")))
        if out.returncode:
            raise RuntimeError(out.stderr[-800:])
        return json.loads(out.stdout.strip().splitlines()[-1])

    subj, fl = [], []
    # Peak RSS does not move with the machine's load as times do: 3 runs.
    for _ in range(min(3, max(1, ctx.slow))):
        fl.append(run("floor"))
        subj.append(run("app"))
    med = median(s["maxrss_kb"] for s in subj) / 1024
    flm = median(s["maxrss_kb"] for s in fl) / 1024
    return Row("Peak memory on the decade dataset", med, flm, max_ratio=1.5, max_abs=300,
               unit="MB", section=ctx.section,
               note="subprocess: " + " + ".join(subj[0]["done"]) + " on the 10-year dataset; "
                    "floor: the same imports and nothing else. Peak RSS read from "
                    "/proc/self/status VmHWM; median of 3 runs each (a size, not a time)")
