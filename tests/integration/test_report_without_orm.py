"""`cbdesk report` reads its plan as plain rows (db.tables) and never loads
the ORM: importing it and its classes and configuring the mappers was about
a quarter of the command's time (docs/benchmarks.md, "whole process"). The
same PDF comes out either way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

RUN = """
import sys
from cbdesk.__main__ import main
code = main(sys.argv[1:])
loaded = sorted(m for m in ("sqlalchemy.orm", "cbdesk.db.models") if m in sys.modules)
print("LOADED:" + ",".join(loaded))
sys.exit(code)
"""


def _report(db: Path, out: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CBDESK_DATA_DIR": str(tmp / "data"),
           "XDG_CONFIG_HOME": str(tmp / "config")}
    return subprocess.run(
        [sys.executable, "-c", RUN, "--db", str(db), "report", "--plan", "2021",
         *extra, "-o", str(out)], capture_output=True, text=True, env=env, timeout=300)


def test_a_progress_report_is_made_without_the_orm(demo_sqlite, tmp_path):
    out = tmp_path / "report.pdf"
    done = _report(demo_sqlite, out, tmp_path, "--period", "2021-H1")
    assert done.returncode == 0, done.stderr
    assert "LOADED:\n" in done.stdout  # neither the ORM nor the model classes
    assert out.read_bytes().startswith(b"%PDF")


def test_the_same_pdf_as_a_process_that_has_the_orm_loaded(demo_sqlite, tmp_path):
    from cbdesk.reports.build import render_report
    from cbdesk.services.database import open_database

    out = tmp_path / "report.pdf"
    done = _report(demo_sqlite, out, tmp_path, "--period", "2021-H1")
    assert done.returncode == 0, done.stderr
    import cbdesk.db.models  # noqa: F401 - the ORM loaded, as in the window

    db = open_database(str(demo_sqlite))
    try:
        again = render_report(db, 2021, "progress", "2021-H1")
    finally:
        db.dispose()
    assert out.read_bytes() == again


def test_a_missing_plan_is_still_named_without_the_orm(demo_sqlite, tmp_path):
    done = _report(demo_sqlite, tmp_path / "x.pdf", tmp_path, "--period", "2021-H1")
    assert done.returncode == 0
    missing = subprocess.run(
        [sys.executable, "-c", RUN, "--db", str(demo_sqlite), "report", "--plan", "2030",
         "--period", "2030-H1", "-o", str(tmp_path / "y.pdf")],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), "CBDESK_DATA_DIR": str(tmp_path / "d")})
    assert missing.returncode != 0
    assert "Không có kế hoạch năm 2030" in missing.stderr + missing.stdout
    assert "Traceback" not in missing.stderr
    assert not (tmp_path / "y.pdf").exists()
