"""`make mutation`: mutation testing over core and services.

mutmut 2.5 makes the mutants (string mutants off: messages are checked by
their key words, so every letter of them would survive); scripts/mutation_fork.py
judges them: each module in a private copy of the tree (never the working
tree), each mutant in a forked child of one warm process, with ``-x`` on
SQLite. Core modules (pure code) are judged by the unit tests mapped below;
service modules by the tests that execute the mutated function, found from a
coverage map of the whole non-UI suite (scripts/mutation_cover.py). Several
modules are judged at once (MUTATION_JOBS, default 2). Each module's outcome
is kept in .mutation/results/ and not judged again while neither the map nor
the module changed, so a long run can be resumed. The score and every
survivor are printed as Markdown (progress goes to stderr).

    python scripts/mutation.py                         # every module
    python scripts/mutation.py core/progress services/results  # paths containing these
    python scripts/mutation.py --report                # only the table of what is kept
    MUTATION_SAMPLE=0.25 python scripts/mutation.py services/  # a random quarter of the mutants
    python scripts/mutation.py --again services/backup.py tests/integration/test_backup_rules.py
                                                       # the kept survivors, after new tests
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / ".mutation" / "results"
T = "tests/"

# core module -> the unit tests that judge its mutants (fast ones first; -x
# stops at the first kill). Services are judged through the coverage map.
U = T + "unit/"
TARGETS: dict[str, list[str]] = {
    # core: unit tests only (pure code), each module with the files that test it
    "cbdesk/core/calendar.py": [U + "test_calendar_edges.py", U + "test_calendar.py"],
    "cbdesk/core/moments.py": [U + "test_moments.py"],
    "cbdesk/core/gcpause.py": [U + "test_gc_pause.py"],
    "cbdesk/core/tolerances.py": [U + "test_tolerance_bands.py", U + "test_progress.py"],
    "cbdesk/core/pasted_numbers.py": [U + "test_pasted_number_signs.py",
                                     U + "test_pasted_numbers.py"],
    "cbdesk/core/plandata.py": [U + "test_plandata_defaults.py"],
    "cbdesk/core/programme.py": [U + "test_programme_rollup_rules.py",
                                 U + "test_programme_rollup.py"],
    "cbdesk/core/enums.py": [U + "test_enum_words.py", U + "test_progress.py",
                             U + "test_permission_table.py"],
    "cbdesk/core/task_status.py": [U + "test_task_status_edges.py", U + "test_progress.py"],
    "cbdesk/core/deadlines.py": [U + "test_deadline_messages.py", U + "test_deadline_years.py",
                                 U + "test_deadlines.py"],
    "cbdesk/core/periods.py": [U + "test_period_edges.py", U + "test_periods.py"],
    "cbdesk/core/progress.py": [U + "test_progress_edges.py", U + "test_progress.py"],
    "cbdesk/core/figures.py": [U + "test_progress_edges.py", U + "test_progress.py"],
    "cbdesk/core/text.py": [U + "test_collation_order.py", U + "test_text.py"],
    "cbdesk/core/vnformat.py": [U + "test_vnformat_edges.py", U + "test_vnformat.py"],
}

# Services that guard the promises (roles, audit, one writer, nothing lost).
FIRST = ["permissions", "actors", "audit", "results", "apply_results", "apply_targets",
         "plan_apply", "targets", "tasks", "catalog", "catalog_changes", "settings", "users",
         "backup", "backup_check", "backup_contents", "backup_rows", "restore", "instance_lock",
         "identity", "db_errors", "os_errors", "database", "content_check", "validation",
         "plan_drafts", "write_gate", "changes", "progress"]


def service_modules() -> list[str]:
    found = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cbdesk/services").rglob("*.py"))
    return [m for m in found if (ROOT / m).read_text(encoding="utf-8").strip()]


def _kept(module: str) -> Path:
    return RESULTS / (module.replace("/", "_").removesuffix(".py") + ".json")


def _stamp(module: str, tests: list[str] | None) -> str:
    import hashlib

    import mutation_cover

    h = hashlib.sha256((ROOT / module).read_bytes())
    h.update(json.dumps(tests).encode())
    h.update(mutation_cover.fingerprint().encode())
    for script in ("mutation_fork.py", "mutation_cover.py"):
        h.update((ROOT / "scripts" / script).read_bytes())
    return h.hexdigest()


def run(chosen: dict[str, list[str] | None], jobs: int) -> None:
    """Judge the chosen modules, ``jobs`` at a time, each in its own process."""
    import mutation_cover

    if any(t is None for t in chosen.values()):
        mutation_cover.load(lambda *a, **k: print(*a, file=sys.stderr, **k))  # made once, here
    waiting = []
    for module, tests in chosen.items():
        kept = _kept(module)
        stamp = _stamp(module, tests)
        if kept.exists() and json.loads(kept.read_text(encoding="utf-8")).get("stamp") == stamp:
            continue
        waiting.append((module, tests, stamp))
    # The modules that keep the promises of docs/RELIABILITY.md first, then the
    # biggest, so the last ones to finish are short.
    waiting.sort(key=lambda w: (not any(f"/{p}.py" in w[0] for p in FIRST),
                                -(ROOT / w[0]).stat().st_size))
    running: list[tuple[subprocess.Popen, str, str, Path]] = []
    while waiting or running:
        while waiting and len(running) < jobs:
            module, tests, stamp = waiting.pop(0)
            out = RESULTS / f"{os.getpid()}-{len(waiting)}.part"
            proc = subprocess.Popen([sys.executable, str(ROOT / "scripts/mutation_fork.py"),
                                     module, str(out), *(tests or [])], cwd=ROOT)
            running.append((proc, module, stamp, out))
        time.sleep(1)
        for item in list(running):
            proc, module, stamp, out = item
            if proc.poll() is None:
                continue
            running.remove(item)
            if proc.returncode != 0 or not out.exists():
                print(f"{module}: the judge failed (exit {proc.returncode})", file=sys.stderr)
                continue
            outcome = json.loads(out.read_text(encoding="utf-8"))
            outcome["stamp"] = stamp
            _kept(module).write_text(json.dumps(outcome), encoding="utf-8")
            out.unlink()


def _never_run(module: str, the_map: dict | None) -> set[int]:
    """Lines of ``module`` whose statement no test of the map executed (a
    statement spread over lines counts as run when its first line is)."""
    import ast

    if the_map is None or module not in the_map["lines"]:
        return set()
    run = {int(k) for k in the_map["lines"][module]}
    never: set[int] = set()
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    spans = sorted(((n.lineno, n.end_lineno or n.lineno) for n in ast.walk(tree)
                    if isinstance(n, ast.stmt) and not isinstance(
                        n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.If,
                            ast.For, ast.While, ast.With, ast.Try))), key=lambda s: s[1] - s[0])
    for first, last in spans:
        if first not in run:
            never.update(ln for ln in range(first, last + 1) if ln not in never)
    return never - run


def _again(module: str) -> Path:
    return RESULTS.parent / "again" / _kept(module).name


def again(module: str, tests: list[str]) -> None:
    """Judge the survivors of ``module``'s kept run again by ``tests`` (after
    tests were written for them); the outcome is kept beside the run's, which
    stays as it was measured."""
    o = json.loads(_kept(module).read_text(encoding="utf-8"))
    pairs = [[b, a] for _, b, a in o["survivors"] + o["uncovered"]]
    out = _again(module)
    out.parent.mkdir(parents=True, exist_ok=True)
    only = out.with_suffix(".only")
    only.write_text(json.dumps(pairs), encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "scripts/mutation_fork.py"), module, str(out),
                    *tests], cwd=ROOT, check=True, env=dict(os.environ, MUTATION_ONLY=str(only)))
    only.unlink()


def _caught_later(remaining: list, again_outcome: dict) -> tuple[int, list]:
    """How many of a run's survivors ``--again`` caught, and those left. Mutants
    are matched by their text (lines move when code changes); one text can be
    several mutants (the same ``continue`` twice), so the mutants of a text that
    were caught in the run already are taken to be caught again first."""
    from collections import Counter

    caught = Counter(tuple(p) for p in again_outcome.get("caught", []))
    judged = caught + Counter((b, a) for _, b, a in again_outcome["survivors"])
    survivors = Counter((m[1], m[2]) for m in remaining)
    later_by_text = {t: max(0, caught[t] - max(0, judged[t] - survivors[t])) for t in survivors}
    left, later = [], 0
    for m in remaining:
        t = (m[1], m[2])
        if later_by_text.get(t, 0) > 0:
            later_by_text[t] -= 1
            later += 1
        else:
            left.append(m)
    return later, left


def report(modules: list[str]) -> str:
    """The score table and every survivor. A survivor whose statement no test
    executes is counted apart ("run by no test"): no test could have seen it,
    and what it needs is a test of that path, not a stronger assertion. When
    the survivors were judged again after new tests (:func:`again`), those
    caught then are counted in "caught later" and left out of the lists."""
    import mutation_cover

    the_map = (json.loads(mutation_cover.MAP_FILE.read_text(encoding="utf-8"))
               if mutation_cover.MAP_FILE.exists() else None)
    rows, lists = [], []
    killed = total = uncovered = later_all = 0
    for module in modules:
        kept = _kept(module)
        if not kept.exists():
            rows.append(f"| `{module}` | not judged yet | | | | | | | | |")
            continue
        o = json.loads(kept.read_text(encoding="utf-8"))
        remaining = o["survivors"] + o["uncovered"]
        later = 0
        if _again(module).exists():
            later, remaining = _caught_later(remaining, json.loads(
                _again(module).read_text(encoding="utf-8")))
        never = _never_run(module, the_map) if module.startswith("cbdesk/services") else set()
        run_by_none = {(ln, b, af) for ln, b, af in o["uncovered"]}
        survived = [m for m in remaining if m[0] not in never and tuple(m) not in run_by_none]
        unrun = [m for m in remaining if m not in survived]
        n = o["killed"] + o["timeout"] + len(o["survivors"]) + len(o["uncovered"])
        k = o["killed"] + o["timeout"]
        killed, total, uncovered = killed + k + later, total + n, uncovered + len(unrun)
        later_all += later
        score = f"{100 * k / n:.0f} %" if n else "–"
        now = f"{100 * (k + later) / n:.0f} %" if n else "–"
        found = o.get("found") or n
        judged = f"{n}" if found == n else f"{n} of {found}"
        rows.append(f"| `{module}` | {judged} | {o['killed']} | {o['timeout']} | {score} "
                    f"| {later} | {len(survived)} | {len(unrun)} | {now} | {len(o['skipped'])} |")
        if survived or unrun or o.get("broken"):
            lists.append(f"\n#### `{module}`\n")
            lists += [f"- line {ln}: `{b[:100]}` → `{a[:100]}`" for ln, b, a in sorted(survived)]
            lists += [f"- line {ln} (run by no test): `{b[:100]}` → `{a[:100]}`"
                      for ln, b, a in sorted(unrun)]
            lists += [f"- (test failing without a mutant, not used: `{t}`)"
                      for t in o.get("broken", [])]
    head = ["| module | mutants judged | killed | timeout | score of the run | caught later "
            "| survived | run by no test | score now | not run |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    summary = (f"\nOverall: {killed}/{total} caught ({100 * killed / total:.0f} %), of them "
               f"{later_all} by tests written after the run; {uncovered} of the rest are run "
               "by no test.\n" if total else "")
    return "\n".join(head + rows) + "\n" + summary + "\n".join(lists) + "\n"


def main(argv: list[str]) -> int:
    words = [a for a in argv if not a.startswith("--")]
    every: dict[str, list[str] | None] = {**TARGETS, **{m: None for m in service_modules()}}
    chosen = {m: t for m, t in every.items() if not words or any(w in m for w in words)}
    # A mapped test file that does not exist judges nothing: said, not skipped.
    missing = [x for t in chosen.values() for x in t or [] if not (ROOT / x.split("::")[0]).exists()]
    if missing:
        raise SystemExit(f"mapped test files missing: {missing}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    # SQLite only: a mutant judged on both engines costs twice, and the engine
    # code is not what is mutated here.
    os.environ["CBDESK_TEST_PG_URL"] = ""
    os.environ.pop("CBDESK_REQUIRE_ALL", None)
    if "--again" in argv:  # --again MODULE TEST…: the kept survivors, judged by TEST…
        again(next(m for m in chosen), [w for w in words if w.startswith("tests/")])
        return 0
    if "--report" not in argv:
        run(chosen, int(os.environ.get("MUTATION_JOBS", "2")))
    print(report(list(chosen)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
