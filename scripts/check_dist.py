"""Check the frozen program in dist/cbdesk/ (built by `make dist`): `make dist-check`.

    python scripts/check_dist.py [--dist dist/cbdesk] [--runs 5]

(a) size of the folder under 150 MB (everything in it, Qt's ICU included), and on
    Linux nothing taken from the build machine but the host libraries named in
    packaging/host_libs.py;
(b) the frozen `cbdesk-cli init --demo`, `dump`, `check` work on a database in a
    folder whose path holds spaces and Vietnamese letters, and the default data
    folder (CBDESK_DATA_DIR, and platformdirs' own choice) is used when --db is
    not given; the PostgreSQL driver loads; export, import, form, a Word report,
    backup, restore and import-plan run; `cbdesk-cli report` writes a PDF whose
    fonts are all embedded Liberation Serif / Times New Roman (pdffonts);
(c) the frozen `cbdesk --smoke` exits 0 (offscreen, and on X11 under Xvfb when
    xvfb-run is installed);
(d) nothing is written into the program folder;
(e) start-up: the frozen `cbdesk-cli --version` and `cbdesk --smoke` take at
    most 1,5× the time of the same from source (`python -m cbdesk …`), medians
    of 5 runs.

Prints a JSON summary; exits 1 when a check or a budget fails. The functions
are also used by tests/integration/test_frozen.py.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "cbdesk"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""

SIZE_BUDGET_MB = 150.0
START_RATIO_BUDGET = 1.5
# A user's folder as Windows offices name them (DESIGN.md: test such paths).
USER_DIR = "Nguyễn Văn A"
FONT_NAMES = re.compile(r"LiberationSerif|TimesNewRoman", re.I)


# ------------------------------------------------------------------ what exists

def has_report_command() -> bool:
    return (ROOT / "cbdesk" / "commands" / "report.py").exists()


def has_smoke() -> bool:
    app = ROOT / "cbdesk" / "ui" / "app.py"
    return app.exists() and "smoke" in app.read_text(encoding="utf-8")


def source_python() -> str:
    venv = ROOT / ".venv" / ("Scripts/python.exe" if WINDOWS else "bin/python")
    return str(venv if venv.exists() else sys.executable)


def cli(dist: Path = DIST) -> Path:
    return dist / f"cbdesk-cli{EXE}"


def gui(dist: Path = DIST) -> Path:
    return dist / f"cbdesk{EXE}"


def newest_source_mtime() -> float:
    """Newest change among what goes into the bundle (to know when to rebuild)."""
    paths = [ROOT / "build.spec", ROOT / "pyproject.toml"]
    for folder, pattern in ((ROOT / "cbdesk", "*.py"), (ROOT / "packaging", "*"),
                            (ROOT / "resources", "*")):
        # (.qm files are compiled from the .ts at build and run time: not sources)
        paths += [p for p in folder.rglob(pattern) if p.is_file() and p.suffix != ".qm"
                  and "__pycache__" not in p.parts]
    return max(p.stat().st_mtime for p in paths if p.exists())


def is_stale(dist: Path = DIST) -> bool:
    exe = cli(dist)
    return not exe.exists() or exe.stat().st_mtime < newest_source_mtime()


# ------------------------------------------------------------------ helpers

def folder_size_mb(folder: Path) -> float:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            st = os.lstat(os.path.join(dirpath, name))
            if not os.path.islink(os.path.join(dirpath, name)):
                total += st.st_size
    return round(total / 1e6, 1)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            out[os.path.relpath(p, folder)] = (st.st_size, st.st_mtime_ns)
    return out


def workspace() -> Path:
    """A temporary folder shaped like C:\\Users\\Nguyễn Văn A\\…"""
    base = Path(tempfile.mkdtemp(prefix="cbdesk dist "))
    (base / USER_DIR / "dữ liệu").mkdir(parents=True)
    return base


def env_for(base: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["CBDESK_DATA_DIR"] = str(base / USER_DIR / "AppData" / "cbdesk")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def run(cmd: list[str], env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True,
                          encoding="utf-8", errors="replace", env=env, timeout=timeout,
                          cwd=tempfile.gettempdir())


def _result(r: subprocess.CompletedProcess) -> dict:
    return {"exit": r.returncode, "stderr": r.stderr.strip()[-2000:]}


def pdf_fonts(pdf: Path) -> list[dict]:
    """pdffonts' table: name, type, emb(edded)."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = []
    lines = out.stdout.splitlines()
    for line in lines[2:]:
        cols = line.split()
        if len(cols) < 7:
            continue
        # name type [encoding…] emb sub uni object ID: emb is the 5th column from the end
        rows.append({"name": cols[0], "emb": cols[-5] == "yes"})
    return rows


def _paired_times(frozen_cmd: list, source_cmd: list, frozen_env: dict, source_env: dict,
                  runs: int) -> dict:
    """Median wall times of the frozen and the source command, run alternately so
    that the load of a shared machine weighs on both alike (one warm-up each)."""
    run(frozen_cmd, frozen_env)
    run(source_cmd, source_env)
    times: dict[str, list[float]] = {"frozen": [], "source": []}
    failures = []
    for _ in range(runs):
        for side, cmd, env in (("frozen", frozen_cmd, frozen_env),
                               ("source", source_cmd, source_env)):
            t = time.perf_counter()
            r = run(cmd, env)
            times[side].append(time.perf_counter() - t)
            if r.returncode != 0:
                failures.append(f"{side} exit {r.returncode}: {r.stderr.strip()[-300:]}")
    frozen = statistics.median(times["frozen"])
    source = statistics.median(times["source"])
    ratio = round(frozen / source, 2) if source else None
    return {"frozen_s": round(frozen, 3), "source_s": round(source, 3), "ratio": ratio,
            "ok": ratio is not None and ratio <= START_RATIO_BUDGET and not failures,
            "failures": failures[:3]}


# ------------------------------------------------------------------ checks

def check_size(dist: Path = DIST) -> dict:
    """The whole folder, Qt's ICU included (libicudata alone is 32 MB on Linux;
    the Windows build uses Windows' own ICU). Symbolic links count nothing."""
    mb = folder_size_mb(dist)
    internal = dist / "_internal"
    icu = sum(p.stat().st_size for p in internal.rglob("libicu*") if p.is_file()
              and not p.is_symlink()) / 1e6 if internal.exists() else 0
    return {"ok": mb < SIZE_BUDGET_MB, "mb": mb, "budget_mb": SIZE_BUDGET_MB,
            "icu_mb": round(icu, 1), "exe_mb": round(gui(dist).stat().st_size / 1e6, 1)}


def elf_needs(path: Path) -> list[str]:
    """The sonames an ELF file asks for (readelf's NEEDED entries); [] if not ELF."""
    with open(path, "rb") as f:
        if f.read(4) != b"\x7fELF":
            return []
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out.stdout)


def check_host_libraries(dist: Path = DIST) -> dict:
    """Linux: every library a bundled binary links to is in the bundle, part of
    the C library or the graphics driver (never bundled by PyInstaller), or one
    of the host libraries named in packaging/host_libs.py — nothing else is taken
    from the build machine by accident, and that list is what docs/WINDOWS.md
    tells a Linux user to have."""
    if not sys.platform.startswith("linux"):
        return {"ok": True, "skipped": "not Linux"}
    sys.path.insert(0, str(ROOT / "packaging"))
    from host_libs import is_host_library
    from PyInstaller.depend.dylib import include_library

    files = [Path(d) / n for d, _dirs, names in os.walk(dist) for n in names]
    present = {p.name for p in files}
    host, unexpected = set(), set()
    for path in files:
        if path.is_symlink() or not path.is_file():
            continue
        for name in elf_needs(path):
            if name in present or name.startswith("ld-linux") or not include_library(name):
                continue
            (host if is_host_library(name) else unexpected).add(name)
    installed = host_sonames()
    missing = sorted(n for n in host if n not in installed)
    return {"ok": not unexpected and not missing, "host": sorted(host),
            "unexpected": sorted(unexpected), "missing_here": missing}


def host_sonames() -> set[str]:
    """Sonames the dynamic linker of this machine knows (ldconfig's cache)."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True)
    return {line.split()[0] for line in out.stdout.splitlines()[1:] if line.strip()}


def check_cli(base: Path, dist: Path = DIST) -> dict:
    """init --demo, dump and check on a file under 'Nguyễn Văn A/dữ liệu'; init without
    --db into CBDESK_DATA_DIR, and into platformdirs' data folder."""
    env = env_for(base)
    db = base / USER_DIR / "dữ liệu" / "x.sqlite"
    out: dict = {}
    r = run([cli(dist), "init", "--demo", "--db", db], env)
    out["init"] = _result(r)
    ok = r.returncode == 0 and db.exists()
    r = run([cli(dist), "dump", "--plan", "2021", "--db", db], env)
    out["dump"] = _result(r)
    try:
        data = json.loads(r.stdout)
        out["dump"]["targets"] = len(data.get("targets", []))
        ok = ok and r.returncode == 0 and out["dump"]["targets"] > 0
    except ValueError:
        ok = False
    r = run([cli(dist), "check", "--db", db], env)
    out["check"] = _result(r)
    ok = ok and r.returncode == 0
    # The PostgreSQL driver is in the bundle: a closed port gives "cannot connect"
    # (exit 1, one line), not a missing module or libpq.
    r = run([cli(dist), "check", "--db", "postgresql+psycopg://cbdesk@127.0.0.1:9/cbdesk",
             "--lang", "en"], env)
    pg_ok = r.returncode == 1 and "connect" in r.stderr.lower() and not re.search(
        r"No module|ImportError|libpq|Traceback", r.stderr)
    out["postgres_driver"] = {**_result(r), "ok": pg_ok}
    ok = ok and pg_ok
    # --db not given: the data folder (CBDESK_DATA_DIR here, %APPDATA%\cbdesk for users)
    r = run([cli(dist), "init"], env)
    default = Path(env["CBDESK_DATA_DIR"]) / "cbdesk.sqlite"
    out["init_default"] = {**_result(r), "file": str(default), "exists": default.exists()}
    ok = ok and r.returncode == 0 and default.exists()
    # …and platformdirs' own choice when nothing overrides it (XDG_DATA_HOME on Linux,
    # APPDATA on Windows), pointed at a folder with Vietnamese letters.
    env2 = dict(env)
    env2.pop("CBDESK_DATA_DIR")
    roaming = base / USER_DIR / "AppData" / "Roaming"
    env2["APPDATA" if WINDOWS else "XDG_DATA_HOME"] = str(roaming)
    if not WINDOWS:
        env2["HOME"] = str(base / USER_DIR)
    r = run([cli(dist), "init"], env2)
    platform_default = roaming / "cbdesk" / "cbdesk.sqlite"
    out["init_platformdirs"] = {**_result(r), "file": str(platform_default),
                                "exists": platform_default.exists()}
    if not WINDOWS or "APPDATA" in env2:
        ok = ok and r.returncode == 0 and platform_default.exists()
    out["ok"] = ok
    out["db"] = str(db)
    return out


def check_commands(base: Path, dist: Path = DIST) -> dict:
    """The commands that load their libraries lazily (openpyxl, python-docx and
    its template files, the document import, backups) work frozen, with file
    names in Vietnamese. Commands not built yet are left out."""
    env = env_for(base)
    folder = base / USER_DIR / "dữ liệu"
    db = folder / "lệnh.sqlite"
    seed = ROOT / "resources" / "samples" / "seed_2021.txt"
    steps = [
        ("init", ["init", "--demo"]),
        ("export", ["export", "--plan", "2021", "-o", folder / "kế hoạch.xlsx"]),
        ("import", ["import", folder / "kế hoạch.xlsx"]),
        ("form", ["form", "--plan", "2021", "--period", "2021-H1", "--area", "040",
                  "-o", folder / "biểu mẫu.xlsx"]),
        ("report", ["report", "--plan", "2021", "--period", "2021-H1",
                    "-o", folder / "báo cáo.docx"]),
        ("backup", ["backup", "-o", folder / "sao lưu.sqlite"]),
        ("restore", ["restore", folder / "sao lưu.sqlite", "--yes"]),
        ("import-plan", ["import-plan", seed, "--year", "2022"]),
    ]
    available = set()
    commands = ROOT / "cbdesk" / "commands"
    for name, module in (("init", "init"), ("export", "export"), ("import", "import_xlsx"),
                         ("form", "form"), ("report", "report"), ("backup", "backup"),
                         ("restore", "restore"), ("import-plan", "import_plan")):
        if (commands / f"{module}.py").exists():
            available.add(name)
    out: dict = {}
    ok = True
    for name, args in steps:
        if name not in available:
            out[name] = {"skipped": "command not built yet"}
            continue
        r = run([cli(dist), *args, "--db", db], env)
        out[name] = _result(r)
        ok = ok and r.returncode == 0
    out["ok"] = ok
    return out


def check_report(base: Path, dist: Path = DIST) -> dict:
    if not has_report_command():
        return {"ok": True, "skipped": "cbdesk report does not exist yet"}
    db = base / USER_DIR / "dữ liệu" / "x.sqlite"
    if not db.exists():
        run([cli(dist), "init", "--demo", "--db", db], env_for(base))
    pdf = base / USER_DIR / "dữ liệu" / "báo cáo 2021-H1.pdf"
    r = run([cli(dist), "report", "--plan", "2021", "--period", "2021-H1", "-o", pdf,
             "--db", db], env_for(base))
    out = {**_result(r), "pdf": str(pdf), "exists": pdf.exists()}
    if r.returncode != 0 or not pdf.exists():
        return {**out, "ok": False}
    if not shutil.which("pdffonts"):
        return {**out, "ok": True, "fonts": "pdffonts not installed: fonts not checked"}
    fonts = pdf_fonts(pdf)
    out["fonts"] = fonts
    out["ok"] = bool(fonts) and all(f["emb"] and FONT_NAMES.search(f["name"]) for f in fonts)
    return out


def check_smoke(base: Path, dist: Path = DIST) -> dict:
    if not has_smoke():
        return {"ok": True, "skipped": "the GUI has no --smoke yet"}
    db = base / USER_DIR / "dữ liệu" / "x.sqlite"
    if not db.exists():
        run([cli(dist), "init", "--demo", "--db", db], env_for(base))
    r = run([gui(dist), "--smoke", "--db", db], env_for(base))
    return {**_result(r), "ok": r.returncode == 0}


def check_smoke_xcb(base: Path, dist: Path = DIST) -> dict:
    """Linux: the same smoke on the real X11 plugin (xcb) under Xvfb, which needs
    the bundled xcb libraries that offscreen does not load."""
    if WINDOWS or sys.platform == "darwin":
        return {"ok": True, "skipped": "Linux only"}
    if not has_smoke():
        return {"ok": True, "skipped": "the GUI has no --smoke yet"}
    xvfb = shutil.which("xvfb-run")
    if not xvfb:
        return {"ok": True, "skipped": "xvfb-run not installed"}
    db = base / USER_DIR / "dữ liệu" / "x.sqlite"
    if not db.exists():
        run([cli(dist), "init", "--demo", "--db", db], env_for(base))
    env = env_for(base)
    env.pop("QT_QPA_PLATFORM", None)
    r = run([xvfb, "-a", "-s", "-screen 0 1280x800x24", gui(dist), "--smoke", "--db", db], env)
    return {**_result(r), "ok": r.returncode == 0}


def check_start(base: Path, dist: Path = DIST, runs: int = 5) -> dict:
    """Frozen against source, medians of ``runs`` (after one warm-up run each)."""
    env = env_for(base)
    py = source_python()
    out: dict = {"runs": runs, "budget_ratio": START_RATIO_BUDGET}
    pairs = {"version": ([cli(dist), "--version"], [py, "-m", "cbdesk", "--version"])}
    if has_smoke():
        db = base / USER_DIR / "dữ liệu" / "x.sqlite"
        if not db.exists():
            run([cli(dist), "init", "--demo", "--db", db], env)
        pairs["smoke"] = ([gui(dist), "--smoke", "--db", db],
                          [py, "-m", "cbdesk", "--smoke", "--db", db])
    else:
        out["smoke"] = {"skipped": "the GUI has no --smoke yet"}
    src_env = dict(env, PYTHONPATH=str(ROOT))
    for name, (frozen_cmd, source_cmd) in pairs.items():
        out[name] = _paired_times(frozen_cmd, source_cmd, env, src_env, runs)
    out["ok"] = all(out[name]["ok"] for name in pairs)
    return out


def check_all(dist: Path = DIST, runs: int = 5) -> dict:
    if not cli(dist).exists():
        return {"ok": False, "error": f"{cli(dist)} missing: run `make dist` first"}
    base = workspace()
    try:
        before = snapshot(dist)
        summary: dict = {"dist": str(dist), "platform": sys.platform}
        summary["size"] = check_size(dist)
        summary["host_libraries"] = check_host_libraries(dist)
        summary["cli"] = check_cli(base, dist)
        summary["commands"] = check_commands(base, dist)
        summary["report"] = check_report(base, dist)
        summary["smoke"] = check_smoke(base, dist)
        summary["smoke_xcb"] = check_smoke_xcb(base, dist)
        summary["start"] = check_start(base, dist, runs)
        after = snapshot(dist)
        changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        summary["bundle_untouched"] = {"ok": not changed, "changed": changed[:20]}
        summary["ok"] = all(v.get("ok", True) for v in summary.values() if isinstance(v, dict))
        return summary
    finally:
        shutil.rmtree(base, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description="Check the frozen cbdesk in dist/cbdesk.")
    ap.add_argument("--dist", type=Path, default=DIST)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per start-up measure")
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    summary = check_all(args.dist.resolve(), args.runs)
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    failed = [k for k, v in summary.items() if isinstance(v, dict) and not v.get("ok", True)]
    if failed or not summary.get("ok"):
        print(f"check_dist: FAILED: {', '.join(failed) or summary.get('error')}", file=sys.stderr)
        return 1
    print(f"check_dist: ok — {summary['size']['mb']} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
