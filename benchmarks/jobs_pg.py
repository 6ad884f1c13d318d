"""The same figures on PostgreSQL over loopback, and the round trips of each
action on both engines."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import replace
from datetime import UTC, datetime

from benchmarks.datasets import OUT, YEAR, working_copy
from benchmarks.harness import Row


def job_roundtrips_sqlite(ctx) -> list[Row]:
    from benchmarks.jobs_data import fresh_database
    from benchmarks.roundtrips import count_actions

    copy = working_copy(ctx.ds["main"], ctx.tmp, "roundtrips.sqlite")
    return count_actions(str(ctx.ds["main"]), lambda: fresh_database(ctx, "rt-import.sqlite"),
                         ctx.tmp, ctx.ds, ctx.section, save_target=str(copy))


def pg_context(ctx, url: str):
    """``ctx`` pointed at PostgreSQL, the dataset made there when missing."""
    from benchmarks.pg import ensure_dataset, import_url

    meta = ensure_dataset(url)
    return replace(ctx, pg_url=url, pg_import_url=import_url(url), section="PostgreSQL",
                   extra={"pg_meta": meta})


def pg_jobs(pctx) -> list[tuple[str, str, object]]:
    """(name, what, fn) of the PostgreSQL section."""
    from benchmarks import jobs_data as d
    from benchmarks import jobs_report as r
    from benchmarks.jobs_data import fresh_database
    from benchmarks.roundtrips import count_actions

    return [
        ("pg_open_plan", "Open a plan", lambda: d.job_open_plan(pctx)),
        ("pg_period_switch", "Switch period in the data-entry grid",
         lambda: d.job_period_switch(pctx)),
        ("pg_report", "Progress report in process",
         lambda: r.job_report(pctx, "progress", "2025-M06")),
        ("pg_import", "Import 10.000 results", lambda: d.job_import(pctx)),
        ("pg_roundtrips", "Round trips (PostgreSQL)",
         lambda: count_actions(pctx.pg_url, lambda: fresh_database(pctx), pctx.tmp, pctx.ds,
                               pctx.section)),
    ]


def dump_check(url: str, sqlite_db) -> dict:
    """`cbdesk dump --plan 2025` of the PostgreSQL dataset against the SQLite
    one's; kept in benchmarks/out/postgres.json for the report."""
    from cbdesk.services.database import open_database
    from cbdesk.services.dump import plan_dump_json

    digests = {}
    for name, target in (("postgresql", url), ("sqlite", str(sqlite_db))):
        db = open_database(target)
        digests[name] = hashlib.sha256(plan_dump_json(db, YEAR).encode()).hexdigest()[:16]
        db.dispose()
    res = {"identical_dump": digests["postgresql"] == digests["sqlite"], "digests": digests,
           "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    (OUT / "postgres.json").write_text(json.dumps(res))
    return res


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t
