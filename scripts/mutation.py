"""`make mutation`: mutation testing (mutmut 2.5) over core and services.

Each module is mutated in a private copy of the source tree (never in the
working tree: a killed run cannot leave a mutant behind) and judged by the
tests that cover it; the score and every survivor are printed as Markdown
for docs/RELIABILITY.md. String literals are not mutated (messages are
checked by their key words, so every letter of them would survive).

    python scripts/mutation.py                 # every module below (hours on 2 cores)
    python scripts/mutation.py permissions db_errors   # modules whose name contains these
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
T = "tests/"

# module -> the tests that judge its mutants (fast ones first; -x stops at the first kill)
TARGETS: dict[str, list[str]] = {
    "cbdesk/services/permissions.py": [T + "unit/test_permission_table.py"],
    "cbdesk/services/db_errors.py": [
        T + "unit/test_db_errors.py",
        T + "integration/test_losses.py::test_full_disk_read_only_and_lock_are_reported_as_what_"
            "they_are"],
    "cbdesk/core/periods.py": [T + "unit/test_periods.py"],
    "cbdesk/core/deadlines.py": [T + "unit/test_deadlines.py"],
    "cbdesk/core/progress.py": [T + "unit/test_progress.py",
                                T + "integration/test_service_rules.py"],
    "cbdesk/core/vnformat.py": [T + "unit/test_vnformat.py"],
    "cbdesk/core/text.py": [T + "unit/test_text.py"],
    "cbdesk/services/results.py": [T + "integration/test_service_rules.py",
                                   T + "integration/test_conflicts.py"],
    "cbdesk/services/targets.py": [T + "integration/test_audit_values.py",
                                   T + "integration/test_permissions.py"],
    "cbdesk/services/catalog.py": [T + "integration/test_permissions.py",
                                   T + "integration/test_audit_values.py"],
    "cbdesk/services/plan_apply.py": [T + "integration/test_permissions.py",
                                      T + "integration/test_xlsx_import.py"],
    "cbdesk/services/backup.py": [T + "integration/test_losses.py",
                                  T + "integration/test_backup.py"],
}


def _copy_tree(dest: Path) -> None:
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    for f in files:
        src = ROOT / f
        if src.is_file():
            (dest / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / f)


def _counts(work: Path) -> tuple[dict[str, int], list[tuple[int, str]]]:
    conn = sqlite3.connect(work / ".mutmut-cache")
    counts: dict[str, int] = {}
    for status, n in conn.execute("SELECT status, COUNT(*) FROM Mutant GROUP BY status"):
        counts[status] = n
    survivors = conn.execute(
        "SELECT Line.line_number, Line.line FROM Mutant JOIN Line ON Mutant.line = Line.id "
        "WHERE Mutant.status IN ('bad_survived', 'bad_timeout') ORDER BY Line.line_number"
    ).fetchall()
    conn.close()
    return counts, [(n + 1, text.strip()) for n, text in survivors]


def run(module: str, tests: list[str]) -> tuple[dict[str, int], list[tuple[int, str]]]:
    with tempfile.TemporaryDirectory(prefix="cbdesk-mutation-") as tmp:
        work = Path(tmp)
        _copy_tree(work)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(work)}
        runner = (f"{PY} -m pytest -x -q -p no:cacheprovider -p no:pytestqt "
                  f"-p no:hypothesispytest --no-header " + " ".join(tests))
        subprocess.run([PY, "-m", "mutmut", "run", "--paths-to-mutate", module,
                        "--runner", runner, "--no-progress", "--simple-output",
                        # The wording of messages is checked by key words, not letter by
                        # letter: string mutants would only measure that.
                        "--disable-mutation-types", "string,fstring"],
                       cwd=work, env=env, capture_output=True, text=True)
        return _counts(work)


def main(argv: list[str]) -> int:
    chosen = {m: t for m, t in TARGETS.items()
              if not argv or any(a in m for a in argv)}
    total_killed = total = 0
    print("| module | mutants | killed | survived | timeout | score |")
    print("|---|---|---|---|---|---|")
    report = []
    for module, tests in chosen.items():
        counts, survivors = run(module, tests)
        killed = counts.get("ok_killed", 0) + counts.get("ok_suspicious", 0)
        survived = counts.get("bad_survived", 0)
        timeout = counts.get("bad_timeout", 0)
        n = killed + survived + timeout
        total_killed, total = total_killed + killed, total + n
        score = f"{100 * killed / n:.0f} %" if n else "–"
        print(f"| `{module}` | {n} | {killed} | {survived} | {timeout} | {score} |", flush=True)
        report.append((module, survivors))
    if total:
        print(f"\nOverall: {total_killed}/{total} killed ({100 * total_killed / total:.0f} %).")
    for module, survivors in report:
        if survivors:
            print(f"\nSurvivors in `{module}`:")
            for line, text in survivors:
                print(f"- line {line}: `{text[:100]}`")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
