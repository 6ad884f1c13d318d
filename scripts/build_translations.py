"""Compile the Qt translations: resources/i18n/*.ts → *.qm (the .qm files are
build products, not kept in git). Run by `make dist` and by build.spec; safe to
run any time (only stale files are rebuilt).

    python scripts/build_translations.py [--force]

Uses ``pyside6-lrelease`` from the same environment as this Python (``bin/`` on
Linux, ``Scripts\\`` on Windows), else the one on PATH.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def lrelease() -> str:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    raise SystemExit("pyside6-lrelease not found (install PySide6-Essentials in this environment)")


def compile_all(force: bool = False, folder: Path = I18N) -> list[Path]:
    """Compile every stale .ts in ``folder``; return the .qm files there."""
    sources = sorted(folder.glob("*.ts"))
    tool = None
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tool = tool or lrelease()
        part = qm.with_name(f"{qm.stem}.{os.getpid()}.qm.part")  # renamed when whole
        r = subprocess.run([tool, "-silent", str(ts), "-qm", str(part)], capture_output=True,
                           text=True)
        if r.returncode != 0 or not part.exists():
            part.unlink(missing_ok=True)
            raise SystemExit(f"lrelease failed for {ts.name}: {r.stdout}{r.stderr}")
        os.replace(part, qm)
    return sorted(ts.with_suffix(".qm") for ts in sources)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="rebuild every .qm")
    args = ap.parse_args()
    qms = compile_all(args.force)
    print(f"{len(qms)} translation(s): " + ", ".join(q.name for q in qms) if qms
          else "no .ts files in resources/i18n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
