"""The harness's pure parts: a measured row and its budget, paired timing,
verdicts, the exit code, the machine's description and the markdown report.

Nothing here imports cbdesk or Qt, so tests/unit/test_bench_harness.py checks
it without timing anything.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import statistics
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

MIN_REPS = 7  # medians of at least 7 alternating runs in a full run


@dataclass
class Row:
    """One figure: the subject's median beside its floor's, judged against a
    budget of at most ``max_ratio`` × the floor and/or under ``max_abs``
    (seconds, MB or a count, in ``unit``). ``failure`` marks a row that could
    not be measured as required (e.g. Xvfb missing): it fails whatever the
    figures."""

    what: str
    median: float | None = None  # seconds, MB or count
    floor: float | None = None
    max_ratio: float | None = None
    max_abs: float | None = None
    note: str = ""
    unit: str = "s"
    failure: str = ""
    section: str = "SQLite"
    samples: list[float] = field(default_factory=list, repr=False)

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor:
            return None
        return self.median / self.floor

    @property
    def has_budget(self) -> bool:
        return self.max_ratio is not None or self.max_abs is not None

    @property
    def ok(self) -> bool | None:
        """True/False against the budget; None when there is no budget.
        A row with a budget and no figure fails: a benchmark that cannot
        measure must not pass silently."""
        if self.failure:
            return False
        if not self.has_budget:
            return None
        if self.median is None:
            return False
        if self.max_abs is not None:
            # a count may reach its budget; a time or a size stays under it
            within = (self.median <= self.max_abs if self.unit == "queries"
                      else self.median < self.max_abs)
            if not within:
                return False
        if self.max_ratio is not None:
            r = self.ratio
            if r is None or r > self.max_ratio:
                return False
        return True

    @property
    def budget(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {fmt_num(self.max_ratio, 1)}× floor")
        if self.max_abs is not None:
            parts.append(("≤ " + fmt_count(self.max_abs)) if self.unit == "queries"
                         else f"< {fmt_value(self.max_abs, self.unit)}")
        return " and ".join(parts) if parts else "—"


class Missing(Exception):
    """A module another engineer is still writing."""


# -- numbers ------------------------------------------------------------------------


def fmt_num(x: float, digits: int) -> str:
    """Vietnamese-style decimals in the document: 0,123 and 12.000."""
    s = f"{x:,.{digits}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def fmt_count(x: float) -> str:
    return fmt_num(x, 0)


def fmt_value(v: float | None, unit: str) -> str:
    if v is None:
        return "—"
    if unit == "MB":
        return f"{fmt_num(v, 0)} MB"
    if unit == "queries":
        return fmt_count(v)
    if v < 1:
        return f"{fmt_num(v * 1000, 1)} ms"
    return f"{fmt_num(v, 2)} s"


def median(xs) -> float:
    xs = list(xs)
    if not xs:
        raise ValueError("median of no runs")
    return statistics.median(xs)


# -- timing ---------------------------------------------------------------------------


def paired(subject, floor, reps: int, warmup: int = 1, setup=None, settle=None,
           clock=time.perf_counter) -> tuple[float, float, list, list]:
    """Medians of ``subject`` and ``floor`` run alternately, floor first, so
    that a loaded machine slows both alike. ``setup`` (untimed) runs before
    each subject run, e.g. to make an empty database. ``settle`` (untimed)
    runs before every timed run of either, e.g. ``gc.collect`` so that
    neither pays for the garbage the other left behind."""
    settle = settle or (lambda: None)
    for _ in range(warmup):
        floor()
        if setup:
            setup()
        subject()
    ts, tf = [], []
    for _ in range(reps):
        settle()
        t = clock()
        floor()
        tf.append(clock() - t)
        if setup:
            setup()
        settle()
        t = clock()
        subject()
        ts.append(clock() - t)
    return median(ts), median(tf), ts, tf


# -- verdicts -------------------------------------------------------------------------


def verdict(row: Row) -> str:
    if row.failure:
        return "✗"
    ok = row.ok
    if ok is None:
        return "—" if row.median is None else "— (no budget)"
    return "✓" if ok else "✗"


def failures(rows: list[Row]) -> list[Row]:
    return [r for r in rows if r.ok is False]


def exit_code(rows: list[Row]) -> int:
    """0 when every budget holds, 1 when any fails."""
    return 1 if failures(rows) else 0


def console_line(r: Row) -> str:
    ratio = f" = {fmt_num(r.ratio, 2)}×" if r.ratio is not None else ""
    fl = f" vs floor {fmt_value(r.floor, r.unit)}" if r.floor is not None else ""
    why = f" ({r.failure})" if r.failure else ""
    return (f"[{r.section}] {r.what}: {fmt_value(r.median, r.unit)}{fl}{ratio}  "
            f"budget {r.budget} → {verdict(r)}{why}")


# -- the machine ------------------------------------------------------------------------


def load() -> tuple[float, float, float] | None:
    with contextlib.suppress(OSError, AttributeError):
        return os.getloadavg()
    return None


def cpu_model(cpuinfo: str) -> str:
    for line in cpuinfo.splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def machine(load_before=None, load_after=None) -> dict:
    info = ""
    with contextlib.suppress(OSError):
        info = Path("/proc/cpuinfo").read_text()
    os_name = platform.platform()
    with contextlib.suppress(OSError):
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"') + f" ({platform.release()})"
    return {"cpu": cpu_model(info), "cores": os.cpu_count(), "python": platform.python_version(),
            "os": os_name, "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "load_before": load_before, "load_after": load_after}


def fmt_load(ld) -> str:
    if not ld:
        return "unknown"
    return " / ".join(fmt_num(x, 2) for x in ld)


def machine_line(m: dict) -> str:
    return (f"{m['cpu']} — {m['cores']} CPUs; load average (1/5/15 min) "
            f"{fmt_load(m['load_before'])} before, {fmt_load(m['load_after'])} after")


# -- the probe's lines ------------------------------------------------------------------


def parse_probe_line(line: str) -> dict | None:
    """A start-up probe's JSON line ``{"event": "first_paint"}`` (or
    "interactive"), else None: the app may print other things to stdout."""
    line = line.strip()
    if not line.startswith("{"):
        return None
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("event"), str):
        return None
    return obj


def probe_times(lines: list[tuple[float, str]]) -> dict[str, float]:
    """{event: seconds} for the first occurrence of each event in
    ``(seconds since spawn, line)`` pairs."""
    out: dict[str, float] = {}
    for t, line in lines:
        ev = parse_probe_line(line)
        if ev is not None and ev["event"] not in out:
            out[ev["event"]] = t
    return out


# -- markdown ---------------------------------------------------------------------------


def table(rows: list[Row]) -> list[str]:
    out = ["| What | Median | Floor | Ratio | Budget | Verdict |",
           "|---|---:|---:|---:|---|:---:|"]
    for r in rows:
        ratio = f"{fmt_num(r.ratio, 2)}×" if r.ratio is not None else "—"
        med = fmt_value(r.median, r.unit) if r.median is not None else (r.failure or r.note)
        why = f" {r.failure}" if r.failure else ""
        out.append(f"| {r.what} | {med} | {fmt_value(r.floor, r.unit)} | {ratio} | "
                   f"{r.budget} | {verdict(r)}{why} |")
    return out


def notes(rows: list[Row]) -> list[str]:
    out = []
    for r in rows:
        text = "; ".join(x for x in (r.failure and f"FAILED: {r.failure}", r.note) if x)
        if text and (r.median is not None or r.failure):
            out.append(f"- **{r.what}** ({r.section}): {text}")
    return out


def summary(rows: list[Row]) -> str:
    bad = failures(rows)
    budgeted = [r for r in rows if r.has_budget or r.failure]
    if not bad:
        return f"All {len(budgeted)} budgets hold."
    return (f"{len(bad)} of {len(budgeted)} budgets FAIL: "
            + "; ".join(f"{r.what} ({r.section})" for r in bad) + ".")
