"""Build cbdesk's Windows installer (packaging/installer.nsi) with NSIS.

    python packaging/build_installer.py [--src dist/cbdesk] [--out FILE] [--fast]

``--src``: the one-folder program (``make dist`` writes dist/cbdesk); its
top-level entries are listed for the script (installed, and removed again by
the uninstaller and before an upgrade: only what the installer put there).
``--fast``: zlib instead of solid LZMA (tests). ``makensis`` comes from PATH or
NSIS's usual folder on Windows. Exits 1 with a one-line message on failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from version_info import read_version, version_tuple  # noqa: E402

SCRIPT = ROOT / "packaging" / "installer.nsi"
WINDOWS_MAKENSIS = (r"C:\Program Files (x86)\NSIS\makensis.exe",
                    r"C:\Program Files\NSIS\makensis.exe")


def makensis() -> str | None:
    found = shutil.which("makensis")
    if found:
        return found
    return next((p for p in WINDOWS_MAKENSIS if os.path.exists(p)), None)


def nsis_string(text: str) -> str:
    """``text`` as a double-quoted NSIS string ($ and " escaped)."""
    return '"' + text.replace("$", "$$").replace('"', '$\\"') + '"'


def files_script(src: Path) -> str:
    """Two macros: install the program folder's top-level entries into
    $INSTDIR, and remove exactly those entries from it."""
    entries = sorted(src.iterdir(), key=lambda p: p.name)
    if not entries:
        raise SystemExit(f"build_installer: {src} is empty")
    install = ["!macro CBDESK_INSTALL_FILES", '  SetOutPath "$INSTDIR"']
    remove = ["!macro CBDESK_REMOVE_FILES"]
    for path in entries:
        if path.name.lower() == "uninstall.exe":
            continue
        target = nsis_string("$INSTDIR\\" + path.name).replace("$$INSTDIR", "$INSTDIR")
        if path.is_dir():
            install.append(f"  File /r {nsis_string(str(path))}")
            remove.append(f"  RMDir /r {target}")
        else:
            install.append(f"  File {nsis_string(str(path))}")
            remove.append(f"  Delete {target}")
    return "\n".join(install + ["!macroend", ""] + remove + ["!macroend", ""])


def build(src: Path, out: Path, fast: bool = False, version: str | None = None) -> Path:
    tool = makensis()
    if tool is None:
        raise SystemExit("build_installer: makensis not found (apt install nsis; "
                         "on Windows install NSIS 3)")
    if not src.is_dir():
        raise SystemExit(f"build_installer: no program folder at {src} (make dist first)")
    version = version or read_version()
    with tempfile.TemporaryDirectory(prefix="cbdesk-nsis-") as work:
        return _run(tool, src, out, fast, version, Path(work) / "files.nsh")


def _run(tool: str, src: Path, out: Path, fast: bool, version: str, files: Path) -> Path:
    files.write_text(files_script(src.resolve()), encoding="utf-8-sig")
    out.parent.mkdir(parents=True, exist_ok=True)
    icon = ROOT / "packaging" / "cbdesk.ico"
    cmd = [tool, "-V2", "-INPUTCHARSET", "UTF8",
           f"-DVERSION={version}",
           "-DVERSION4=" + ".".join(map(str, version_tuple(version))),
           f"-DFILES={files}", f"-DOUTFILE={out.resolve()}"]
    if icon.exists():
        cmd.append(f"-DICON={icon}")
    if fast:
        cmd.append("-DFAST")
    cmd.append(str(SCRIPT))
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0 or not out.exists():
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"build_installer: makensis failed ({result.returncode})")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "dist" / "cbdesk")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--fast", action="store_true")
    parser.add_argument("--version", default=None)
    args = parser.parse_args(argv)
    version = args.version or read_version()
    out = args.out or ROOT / "dist" / f"cbdesk-{version}-setup.exe"
    print(build(args.src, out, args.fast, version))
    return 0


if __name__ == "__main__":
    sys.exit(main())
