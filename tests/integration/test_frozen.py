"""The frozen program (PyInstaller, build.spec): the checks of scripts/check_dist.py
as tests.

The bundle in dist/cbdesk/ is built (`make dist`, about 1–2 minutes on two
cores) when it is missing or older than the sources, once per test run. Locally
the module skips when PyInstaller is not installed; with CBDESK_REQUIRE_ALL=1
it never skips.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRE_ALL = os.environ.get("CBDESK_REQUIRE_ALL") == "1"

def _load_check_dist():
    spec = importlib.util.spec_from_file_location("check_dist", ROOT / "scripts" / "check_dist.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cd = _load_check_dist()


def _missing(reason: str) -> None:
    if REQUIRE_ALL:
        pytest.fail(f"{reason} (CBDESK_REQUIRE_ALL=1)")
    pytest.skip(reason)


# All of this module on one xdist worker (make test: --dist loadgroup): one build.
pytestmark = pytest.mark.xdist_group("frozen")


@pytest.fixture(scope="module")
def dist() -> Path:
    """dist/cbdesk, built now when missing or stale.

    Another test run (in this checkout, or another one sharing PyInstaller's
    cache) may build or test at the same time: building takes this checkout's
    lock exclusively (and the machine's PyInstaller lock), testing holds it
    shared, so a run never rebuilds a bundle another run is testing
    (tests/run_locks.py)."""
    from run_locks import FileLock, exclusive, lock_path

    make = shutil.which("make")
    if importlib.util.find_spec("PyInstaller") is None and not (REQUIRE_ALL and make):
        # (with CBDESK_REQUIRE_ALL=1, `make dist` installs the dist extra itself)
        _missing("PyInstaller is not installed (pip install -e '.[dist]')")
    lock = FileLock(lock_path("dist", ROOT)).acquire(shared=True)  # waits for a builder
    stale = cd.is_stale(cd.DIST)
    lock.release()
    if stale:
        lock.acquire()  # waits for runs still testing the old bundle
        if cd.is_stale(cd.DIST):  # (unless one of them built it meanwhile)
            cmd = [make, "dist"] if make else [sys.executable, "-m", "PyInstaller",
                                              "build.spec", "--noconfirm", "--log-level", "WARN"]
            t = time.perf_counter()
            with exclusive("pyinstaller"):
                r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=1800)
            took = time.perf_counter() - t
            if r.returncode != 0:
                lock.release()
            assert r.returncode == 0, f"make dist failed ({took:.0f} s):\n{r.stdout[-3000:]}\n" \
                                      f"{r.stderr[-3000:]}"
            print(f"\nbuilt dist/cbdesk in {took:.0f} s")
        lock.release()
    lock.acquire(shared=True)
    try:
        assert cd.cli(cd.DIST).exists() and cd.gui(cd.DIST).exists()
        yield cd.DIST
    finally:
        lock.release()


@pytest.fixture(scope="module")
def base():
    folder = cd.workspace()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def untouched(dist):
    """A record of the program folder before the frozen program runs."""
    return cd.snapshot(dist)


def test_layout(dist):
    internal = dist / "_internal"
    assert (internal / "resources" / "fonts" / "LiberationSerif-Regular.ttf").exists()
    assert (internal / "resources" / "samples").is_dir()
    # the user guide (F1) and the screenshots it shows
    assert (internal / "resources" / "guide" / "README.md").exists()
    assert (internal / "resources" / "images" / "setup-1-agency.png").exists()
    qms = list((internal / "resources" / "i18n").glob("*.qm"))
    assert qms, "translations not compiled"
    for qm in qms:  # else cbdesk.ui.i18n would recompile into the program folder
        ts = qm.with_suffix(".ts")
        assert not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime, qm
    versions = internal / "cbdesk" / "db" / "migrations" / "versions"
    assert (internal / "cbdesk" / "db" / "migrations" / "env.py").exists()
    assert list(versions.glob("0001_*.py")), "Alembic migration scripts missing"
    assert not list(internal.rglob("*WebEngine*")), "QtWebEngine must not be bundled"
    assert not list(internal.rglob("*Qt6Qml*")) and not list(internal.rglob("*Qt6Quick*"))
    links = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert not links, f"dangling links: {links[:5]}"


def test_licences_travel_with_the_program(dist):
    """LGPL/GPL texts for Qt/PySide6, the fonts' OFL, each package's licence;
    the overview beside the executables (Help → About points there too)."""
    licences = dist / "_internal" / "resources" / "licenses"
    for name in ("NOTICES.txt", "LGPL-3.0.txt", "GPL-3.0.txt", "cbdesk-MIT.txt"):
        assert (licences / name).is_file(), name
    packages = {p.name for p in (licences / "python").iterdir()}
    assert {"SQLAlchemy", "openpyxl", "reportlab", "Python", "pyinstaller"} <= packages
    assert (dist / "_internal" / "resources" / "fonts" / "LICENSE-LiberationSerif.txt").exists()
    assert (dist / "LICENSES.txt").read_text(encoding="utf-8").startswith("cbdesk")


def test_frozen_cli_writes_utf8_to_a_redirected_file(dist, base, untouched, tmp_path):
    """UTF-8 mode (build.spec) and cbdesk.console: `cbdesk-cli --help > file`
    with a cp1252 'console' comes out whole, in UTF-8."""
    out = tmp_path / "help.txt"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "CBDESK_DATA_DIR": str(base / "data")}
    with open(out, "wb") as stdout:
        r = subprocess.run([str(cd.cli(dist)), "--help"], stdout=stdout,
                           stderr=subprocess.PIPE, env=env, timeout=120)
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    assert "kế hoạch" in out.read_bytes().decode("utf-8").lower()  # ế: not in cp1252


def test_installer_builds_around_the_program_folder(dist, tmp_path):
    """`make installer` on the real folder (tests/integration/test_installer.py
    installs one under Wine)."""
    from tests.helpers import require_tool

    require_tool("makensis")
    sys.path.insert(0, str(ROOT / "packaging"))
    from build_installer import build

    setup = build(dist, tmp_path / "setup.exe", fast=True)
    assert setup.read_bytes()[:2] == b"MZ" and setup.stat().st_size > 20_000_000


def test_size(dist):
    r = cd.check_size(dist)
    print(f"\nbundle {r['mb']} MB (of which Qt's ICU {r['icu_mb']} MB)")
    assert r["ok"], r


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: Linux")
def test_only_named_host_libraries(dist):
    """The bundle takes from the host only the desktop libraries named in
    packaging/host_libs.py (and the C library), all installed here."""
    r = cd.check_host_libraries(dist)
    assert r["ok"], r
    assert "libcups.so.2" in r["host"] and "libglib-2.0.so.0" in r["host"], r


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux layout")
def test_console_twin_is_a_link_on_linux(dist):
    """Same bytes on Linux, so one copy; it runs as the command line."""
    assert cd.cli(dist).is_symlink() and cd.cli(dist).resolve() == cd.gui(dist).resolve()


def test_cli_with_vietnamese_paths(dist, base, untouched):
    r = cd.check_cli(base, dist)
    assert r["ok"], r


def test_lazy_commands(dist, base, untouched):
    """export/import (openpyxl), a .docx report (python-docx's template files),
    backup/restore, import-plan: what a frozen build breaks when a module or a
    data file is left out."""
    r = cd.check_commands(base, dist)
    assert r["ok"], r


def test_report_fonts(dist, base, untouched):
    r = cd.check_report(base, dist)
    if "skipped" in r:
        pytest.skip(r["skipped"])
    if isinstance(r.get("fonts"), str):  # pdffonts missing
        _missing(r["fonts"])
    assert r["ok"], r


def test_gui_smoke(dist, base, untouched):
    r = cd.check_smoke(base, dist)
    if "skipped" in r:
        if REQUIRE_ALL:
            pytest.fail(r["skipped"])
        pytest.skip(r["skipped"])
    assert r["ok"], r


def test_gui_smoke_on_x11(dist, base, untouched):
    r = cd.check_smoke_xcb(base, dist)
    if "skipped" in r:
        if "not installed" in r["skipped"]:
            _missing(r["skipped"])
        pytest.skip(r["skipped"])
    assert r["ok"], r


def test_bundled_translation_loads(dist):
    """The bundled .qm is a translation Qt reads, matching the bundled .ts."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    qm = dist / "_internal" / "resources" / "i18n" / "cbdesk_vi.qm"
    if not qm.exists():
        pytest.skip("no Vietnamese translation yet")
    t = QTranslator()
    assert t.load(str(qm))
    checked = 0
    for ctx in ET.parse(qm.with_suffix(".ts")).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            if tr_el is None or not tr_el.text or tr_el.get("type") or msg.get("numerus"):
                continue
            got = t.translate(ctx.findtext("name"), msg.findtext("source"))
            assert got == tr_el.text, (msg.findtext("source"), got)
            checked += 1
            if checked >= 20:
                return
    assert checked, "the .ts has no finished translation"


def test_start_time(dist, base, untouched):
    r = cd.check_start(base, dist, runs=int(os.environ.get("CBDESK_FROZEN_RUNS", "5")))
    print(f"\nstart-up: {r}")
    assert r["ok"], r


def test_nothing_written_into_bundle(dist, untouched):
    """Runs last in this module: the frozen runs above must have left the
    program folder as it was (Program Files is read-only for users)."""
    after = cd.snapshot(dist)
    changed = sorted(k for k in set(untouched) | set(after) if untouched.get(k) != after.get(k))
    assert not changed, changed[:20]
