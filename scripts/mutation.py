"""`make mutation`: mutation testing over core and services.

mutmut 2.5 makes the mutants (string mutants off: messages are checked by
their key words, so every letter of them would survive); scripts/mutation_fork.py
judges them: each module in a private copy of the tree (never the working
tree), each mutant in a forked child of one warm process, by the tests mapped
below with ``-x`` on SQLite. The score and every survivor are printed as
Markdown for docs/RELIABILITY.md (progress goes to stderr).

    python scripts/mutation.py                         # every module below
    python scripts/mutation.py core/progress vnformat  # modules whose path contains these
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
T = "tests/"

# module -> the tests that judge its mutants (fast ones first; -x stops at the first kill)
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
    "cbdesk/core/text.py": [U + "test_collation_order.py", U + "test_text.py"],
    "cbdesk/core/vnformat.py": [U + "test_vnformat_edges.py", U + "test_vnformat.py"],
    # services
    "cbdesk/services/permissions.py": [U + "test_permission_table.py"],
    "cbdesk/services/db_errors.py": [
        U + "test_db_errors.py",
        T + "integration/test_losses.py::test_full_disk_read_only_and_lock_are_reported_as_what_"
            "they_are"],
    "cbdesk/services/results.py": [T + "integration/test_service_rules.py",
                                   T + "integration/test_service_rule_edges.py",
                                   T + "integration/test_conflicts.py"],
    "cbdesk/services/targets.py": [T + "integration/test_audit_values.py",
                                   T + "integration/test_permissions.py"],
    "cbdesk/services/catalog.py": [T + "integration/test_permissions.py",
                                   T + "integration/test_audit_values.py"],
    "cbdesk/services/settings.py": [T + "integration/test_service_rules.py",
                                    T + "integration/test_permissions.py"],
    "cbdesk/services/plan_apply.py": [T + "integration/test_permissions.py",
                                      T + "integration/test_xlsx_import.py"],
    "cbdesk/services/backup.py": [T + "integration/test_losses.py",
                                  T + "integration/test_backup.py"],
}


def main(argv: list[str]) -> int:
    from mutation_fork import judge  # scripts/ is on sys.path when run as a script

    chosen = {m: t for m, t in TARGETS.items()
              if not argv or any(a in m for a in argv)}
    # SQLite only: a mutant judged on both engines costs twice, and the engine
    # code is not what is mutated here.
    os.environ["CBDESK_TEST_PG_URL"] = ""
    outcomes = [judge(module, [t for t in tests if (ROOT / t.split("::")[0]).exists()], log=lambda *a, **k: print(*a, file=sys.stderr, **k))
                for module, tests in chosen.items()]
    print("| module | mutants | killed | survived | timeout | score | not run | minutes |")
    print("|---|---|---|---|---|---|---|---|")
    killed = total = 0
    for o in outcomes:
        k = o.killed + o.timeout
        killed, total = killed + k, total + o.total
        score = f"{100 * k / o.total:.0f} %" if o.total else "–"
        print(f"| `{o.module}` | {o.total} | {o.killed} | {len(o.survivors)} | {o.timeout} "
              f"| {score} | {len(o.skipped)} | {o.seconds / 60:.1f} |")
    if total:
        print(f"\nOverall: {killed}/{total} killed ({100 * killed / total:.0f} %).")
    for o in outcomes:
        if o.survivors:
            print(f"\nSurvivors in `{o.module}`:")
            for line, before, after in o.survivors:
                print(f"- line {line}: `{before[:90]}` → `{after[:90]}`")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
