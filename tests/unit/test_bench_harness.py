"""The benchmark harness's logic (benchmarks/harness.py): budgets and
verdicts, the exit code, medians of alternating runs, the start-up probe's
lines. Pure: no timing is asserted, the clock is a counter."""

from __future__ import annotations

import itertools

import pytest

from benchmarks import harness as h
from benchmarks.report_md import markdown


def test_ratio_budget_passes_at_the_bound_and_fails_above():
    assert h.Row("x", median=2.0, floor=1.0, max_ratio=2.0).ok is True
    assert h.Row("x", median=2.01, floor=1.0, max_ratio=2.0).ok is False


def test_absolute_budget_is_strict():
    assert h.Row("x", median=0.049, floor=0.02, max_ratio=3.0, max_abs=0.050).ok is True
    assert h.Row("x", median=0.050, floor=0.02, max_ratio=3.0, max_abs=0.050).ok is False


def test_both_budgets_must_hold():
    # under 50 ms but more than three times its floor
    row = h.Row("switch", median=0.040, floor=0.010, max_ratio=3.0, max_abs=0.050)
    assert row.ok is False
    assert h.verdict(row) == "✗"


def test_row_without_budget_has_no_verdict_and_never_fails_the_run():
    row = h.Row("open", median=1.0, floor=0.1)
    assert row.ok is None
    assert h.verdict(row) == "— (no budget)"
    assert h.exit_code([row]) == 0


def test_budgeted_row_without_a_figure_fails():
    row = h.Row("start", max_ratio=2.0)
    assert row.ok is False
    assert h.exit_code([row]) == 1


def test_failure_marks_a_row_failed_whatever_its_figures():
    row = h.Row("start (Xvfb)", median=1.0, floor=1.0, max_ratio=2.0,
                failure="not measured: Xvfb is not installed")
    assert h.verdict(row) == "✗"
    assert h.exit_code([row]) == 1
    assert "Xvfb is not installed" in "\n".join(h.table([row]))


def test_exit_code_is_zero_only_when_every_budget_holds():
    good = h.Row("a", median=1.0, floor=1.0, max_ratio=1.5)
    bad = h.Row("b", median=3.0, floor=1.0, max_ratio=1.5)
    assert h.exit_code([good]) == 0
    assert h.exit_code([good, bad]) == 1
    assert h.failures([good, bad]) == [bad]
    assert "1 of 2 budgets FAIL: b (SQLite)" in h.summary([good, bad])


def test_round_trip_budget_reads_as_a_count():
    row = h.Row("Round trips: open a plan", median=11.0, max_abs=10, unit="queries")
    assert row.ok is False
    assert h.Row("x", median=10.0, max_abs=10, unit="queries").ok is True
    assert row.budget == "≤ 10"
    assert h.fmt_value(345.0, "queries") == "345"


def test_budget_text():
    assert h.Row("x", max_ratio=3.0, max_abs=0.05).budget == "≤ 3,0× floor and < 50,0 ms"
    assert h.Row("x", max_ratio=1.5).budget == "≤ 1,5× floor"
    assert h.Row("x").budget == "—"


def test_numbers_are_written_the_vietnamese_way():
    assert h.fmt_num(12000, 0) == "12.000"
    assert h.fmt_num(3.456, 2) == "3,46"
    assert h.fmt_value(0.0421, "s") == "42,1 ms"
    assert h.fmt_value(1.5, "s") == "1,50 s"
    assert h.fmt_value(92.4, "MB") == "92 MB"


def test_paired_alternates_floor_and_subject_and_takes_medians():
    calls = []
    ticks = itertools.count()
    clock = lambda: next(ticks)  # noqa: E731  every reading one tick later

    def floor():
        calls.append("f")

    def subject():
        calls.append("s")

    def setup():
        calls.append("setup")

    med, fl, ts, tf = h.paired(subject, floor, reps=7, warmup=1, setup=setup, clock=clock)
    assert calls[:3] == ["f", "setup", "s"]  # warm-up
    assert calls[3:] == ["f", "setup", "s"] * 7  # alternated, setup untimed
    assert len(ts) == len(tf) == 7
    assert med == 1 and fl == 1


def test_settle_runs_untimed_before_every_timed_run_of_either():
    calls = []
    ticks = itertools.count()

    def clock():
        calls.append("clock")
        return next(ticks)

    h.paired(lambda: calls.append("s"), lambda: calls.append("f"), reps=2, warmup=0,
             setup=lambda: calls.append("setup"), settle=lambda: calls.append("settle"),
             clock=clock)
    one = ["settle", "clock", "f", "clock", "setup", "settle", "clock", "s", "clock"]
    assert calls == one * 2


def test_median_of_seven_runs_ignores_outliers():
    assert h.median([5, 1, 2, 100, 3, 4, 2]) == 3
    with pytest.raises(ValueError):
        h.median([])


def test_probe_lines_are_parsed_from_noisy_output():
    assert h.parse_probe_line('{"event": "first_paint"}\n') == {"event": "first_paint"}
    assert h.parse_probe_line("Qt: something else") is None
    assert h.parse_probe_line('{"ok": true}') is None
    assert h.parse_probe_line('{"event": ') is None
    assert h.parse_probe_line("[1, 2]") is None


def test_probe_times_keep_the_first_of_each_event():
    lines = [(0.10, "warning: font cache"), (0.50, '{"event": "first_paint"}'),
             (0.70, '{"event": "first_paint"}'), (0.90, '{"event": "interactive", "x": 1}')]
    assert h.probe_times(lines) == {"first_paint": 0.50, "interactive": 0.90}


def test_cpu_model_is_read_from_cpuinfo():
    info = "processor\t: 0\nmodel name\t: AMD EPYC 7B13\nflags\t: fpu\n"
    assert h.cpu_model(info) == "AMD EPYC 7B13"
    assert h.cpu_model("") == "unknown"


def test_machine_line_shows_load_before_and_after():
    m = {"cpu": "AMD EPYC", "cores": 2, "load_before": (1.0, 0.5, 0.25),
         "load_after": (2.5, 1.0, 0.5)}
    line = h.machine_line(m)
    assert "2 CPUs" in line
    assert "1,00 / 0,50 / 0,25 before" in line
    assert "2,50 / 1,00 / 0,50 after" in line


def test_markdown_marks_failures_and_says_when_postgresql_did_not_run():
    rows = [h.Row("Switch period", median=0.168, floor=0.017, max_ratio=3.0, max_abs=0.05),
            h.Row("Round trips: open a plan", median=4.0, max_abs=10, unit="queries")]
    ds = {"main_gen": {"seconds": 20.0}, "big_gen": {"targets": 1043},
          "import_gen": {"targets": 106}}
    m = {"cpu": "cpu", "cores": 2, "python": "3.11", "os": "linux", "date": "today",
         "load_before": None, "load_after": None}
    text = markdown(rows, ds, m, quick=False, reps=7, duration=300,
                    pg={"rows": [], "status": "not run (CBDESK_BENCH_PG_URL not set)"})
    assert "| Switch period | 168,0 ms | 17,0 ms | 9,88× | ≤ 3,0× floor and < 50,0 ms | ✗ |" \
        in text
    assert "| Round trips: open a plan | 4 | — | — | ≤ 10 | ✓ |" in text
    assert "1 of 2 budgets FAIL" in text
    assert "PostgreSQL section not run (CBDESK_BENCH_PG_URL not set)" in text


def test_start_events_are_read_from_a_process_that_prints_other_things_too():
    import subprocess
    import sys
    import time

    from benchmarks.jobs_start import _kill, read_events

    script = ("import json, sys\nprint('Qt warning: something')\n"
              "print(json.dumps({'event': 'first_paint'}))\n"
              "print(json.dumps({'event': 'interactive'}))\nsys.stdout.flush()\n"
              "import time; time.sleep(30)\n")
    p = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    got, lines = read_events(p, time.perf_counter())
    _kill(p)  # waits for the kill: nothing is left behind
    assert set(got) == {"first_paint", "interactive"}
    assert lines[0] == "Qt warning: something"


def test_start_under_xvfb_fails_the_run_when_xvfb_is_missing(monkeypatch):
    from benchmarks import jobs_start

    monkeypatch.setattr(jobs_start.shutil, "which", lambda name: None)
    with pytest.raises(FileNotFoundError, match="Xvfb is not installed"), jobs_start.xvfb():
        pass
    rows = jobs_start._rows("Start (Xvfb, xcb)", None, None, "",
                            failure="not measured: Xvfb is not installed")
    assert [r.ok for r in rows] == [False, False]
    assert h.exit_code(rows) == 1
