"""What `cbdesk report` costs besides the report itself (issue 24): the process
imports only what the report needs, and making a report reads the database in
a fixed, small number of statements — one per table, never one per target,
area or task — on SQLite and on PostgreSQL (where each is a round trip)."""

from __future__ import annotations

import subprocess
import sys
from contextlib import contextmanager

from helpers import ROOT
from sqlalchemy import event
from sqlalchemy.engine import Engine

# Statements building the progress report of the sample plan (2021-H1) makes:
# the plan's header (plan, organisation, tolerances), target_rows (both
# years' plans, targets with their lead units, areas, allocations, both years'
# results), the settings once (the cut-off day's calendar, attachments listed
# or not) and task_rows (tasks with their plan and lead units, coordinators
# with their units, updates).
BUILD_STATEMENTS = 12  # was 25 before issue 24, 17 this morning
# The whole command in process: opening the database (SELECT 1, quick_check,
# schema version, identity), the header, the date check, the saved draft, the
# font setting, then the build above with the header already read.
COMMAND_STATEMENTS = 19  # was 37 before issue 24 (36 on PostgreSQL), 24 this morning


@contextmanager
def counted():
    """Every statement any engine sends while the block runs."""
    seen: list[str] = []

    def count(conn, cursor, statement, *args):
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", count)


def test_building_the_progress_report_takes_a_fixed_number_of_statements(demo_db):
    from cbdesk.reports.build import build_report
    from cbdesk.services.progress import target_rows
    from cbdesk.services.tasks_view import task_rows

    with counted() as seen:
        doc = build_report(demo_db, 2021, "progress", "2021-H1")
    assert doc.blocks, "the report was built"
    assert len(seen) <= BUILD_STATEMENTS, "\n".join(seen)
    # Far fewer statements than rows shown: nothing is read per target, area or task.
    targets = target_rows(demo_db, 2021, "2021-H1")
    shown = len(targets) + len(targets[0].areas) + len(task_rows(demo_db, 2021))
    assert len(seen) < shown / 2
    # The calendar's settings come in one statement, not one per key.
    settings = [s for s in seen if "FROM setting" in s]
    assert len(settings) <= 3, settings


def test_the_report_command_reads_the_plan_header_once(demo_db, tmp_path):
    from cbdesk.cli import run_cli

    out = tmp_path / "bc.pdf"
    with counted() as seen:
        rc = run_cli(["report", "--db", demo_db.url, "--plan", "2021", "--period", "2021-H1",
                      "-o", str(out)])
    assert rc == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert len(seen) <= COMMAND_STATEMENTS, "\n".join(seen)
    organisation = [s for s in seen if "FROM organisation" in s]
    assert len(organisation) == 1, organisation


def test_report_process_imports_no_gui_workbook_word_signing_or_other_commands(
        demo_sqlite, tmp_path):
    out = tmp_path / "bc.pdf"
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['cbdesk', '--db', {str(demo_sqlite)!r}, 'report', '--plan', '2021', "
        f"'--period', '2021-H1', '-o', {str(out)!r}]\n"
        "try:\n"
        "    runpy.run_module('cbdesk', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    rc = e.code\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', "
        "'openpyxl', 'docx', 'pyhanko', 'alembic', 'PyQt5', 'lxml'})\n"
        "commands = sorted(m for m in sys.modules if m.startswith('cbdesk.commands.'))\n"
        "others = sorted(m for m in sys.modules if m.startswith(('cbdesk.ui', 'cbdesk.xlsx', "
        "'cbdesk.docimport', 'cbdesk.services.signing', 'cbdesk.services.plan_apply')))\n"
        "print(rc, heavy, commands, others)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == (
        "0 [] ['cbdesk.commands.common', 'cbdesk.commands.report', "
        "'cbdesk.commands.signing_args'] []")
    assert out.read_bytes().startswith(b"%PDF-")


def test_help_still_lists_every_command_and_each_command_its_options():
    from helpers import run_cli

    from cbdesk.cli import COMMANDS

    r = run_cli("--help")
    assert r.returncode == 0, r.stderr
    for name in COMMANDS:
        assert name in r.stdout
    r = run_cli("sign", "--help")
    assert r.returncode == 0, r.stderr
    assert "--pkcs12" in r.stdout
