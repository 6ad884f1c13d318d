"""The Windows installer (packaging/installer.nsi), built with NSIS around a
small stand-in program folder and run silently under Wine in a private prefix:
files, shortcuts and the Apps & features entry written; an upgrade replaces
the program in place; the uninstaller removes the program and keeps the data
folder %APPDATA%\\cbdesk unless asked to delete it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.helpers import ROOT, require_tool

sys.path.insert(0, str(ROOT / "packaging"))

from build_installer import build  # noqa: E402
from version_info import read_version  # noqa: E402

VERSION = read_version()
UNINSTALL = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\cbdesk"


class Wine:
    """Wine with its own prefix and home folder (nothing outside tmp is
    touched: no menu entries, no files in the real home)."""

    def __init__(self, root: Path):
        self.wine = require_tool("wine")
        self.home = root / "home"
        self.home.mkdir()
        self.prefix = root / "prefix"
        self.env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
        self.env.update(HOME=str(self.home), WINEPREFIX=str(self.prefix), WINEDEBUG="-all",
                        WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d",
                        XDG_DATA_HOME=str(self.home / "share"),
                        XDG_CONFIG_HOME=str(self.home / "config"))

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        # Output through files, not pipes: Wine's helper processes (services,
        # explorer) inherit the handles and would hold a pipe open for seconds.
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            code = subprocess.run([self.wine, *args], env=self.env, stdout=out, stderr=err,
                                  timeout=300).returncode
            out.seek(0)
            err.seek(0)
            result = subprocess.CompletedProcess(args, code, out.read().decode(errors="replace"),
                                                 err.read().decode(errors="replace"))
        if check:
            assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result

    def server(self, *args: str) -> None:
        subprocess.run([shutil.which("wineserver") or "wineserver", *args], env=self.env,
                       timeout=120, check=False, capture_output=True)

    def reg(self, key: str) -> dict[str, str] | None:
        """The values of a registry key (None when there is no such key)."""
        result = self.run("reg", "query", key, check=False)
        if result.returncode != 0:
            return None
        values = {}
        for line in result.stdout.splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) == 3 and parts[1].startswith("REG_"):
                values[parts[0]] = parts[2]
        return values

    def unix(self, windows_path: str) -> Path:
        drive, rest = windows_path.split(":", 1)
        assert drive.upper() == "C"
        return self.prefix / "drive_c" / Path(*rest.strip("\\").split("\\"))

    @property
    def user_dir(self) -> Path:
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir()
                 if p.name.lower() != "public"]
        assert len(users) == 1, users
        return users[0]


@pytest.fixture(scope="module")
def wine(tmp_path_factory):
    require_tool("makensis")
    w = Wine(tmp_path_factory.mktemp("wine"))
    # One server for the whole module (it would otherwise start and linger
    # for every command), stopped at the end.
    w.server("-p")
    try:
        w.run("wineboot", "--init", check=False)
        yield w
    finally:
        w.server("-k")


def stand_in(folder: Path, extra: str | None = None) -> Path:
    """A program folder shaped like dist\\cbdesk (the executables are never run)."""
    (folder / "_internal" / "resources").mkdir(parents=True)
    (folder / "cbdesk.exe").write_bytes(b"MZ stand-in for the windowed program")
    (folder / "cbdesk-cli.exe").write_bytes(b"MZ stand-in for the command line")
    (folder / "_internal" / "resources" / "hướng dẫn.txt").write_text("Tiếng Việt",
                                                                      encoding="utf-8")
    if extra:
        (folder / "_internal" / extra).write_text("old", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def setups(tmp_path_factory):
    """An older and the current installer."""
    tmp = tmp_path_factory.mktemp("setups")
    old = build(stand_in(tmp / "old", extra="only-in-0.0.9.txt"), tmp / "old-setup.exe",
                fast=True, version="0.0.9")
    new = build(stand_in(tmp / "new"), tmp / "setup.exe", fast=True)
    return old, new


def uninstall(wine: Wine, install_dir: str, *options: str) -> None:
    """Run the uninstaller as Apps & features does, waiting for it: NSIS's
    uninstaller copies itself elsewhere and returns at once unless given
    `_?=<dir>`, and then it cannot delete itself; so it runs from a copy."""
    copy = wine.prefix / "drive_c" / "cbdesk-uninstall.exe"
    shutil.copyfile(wine.unix(install_dir) / "uninstall.exe", copy)
    # `_?=` must end the command line unquoted, spaces and all; Wine quotes
    # an argument holding a space, so the path goes in words.
    wine.run(str(copy), "/S", *options, *f"_?={install_dir}".split(" "))
    copy.unlink()


def test_per_user_install_upgrade_and_uninstall_keeping_the_data(wine, setups):
    old, new = setups
    wine.run(str(old), "/S")
    entry = wine.reg("HKCU\\" + UNINSTALL)
    assert entry and entry["DisplayVersion"] == "0.0.9"
    folder = entry["InstallLocation"]
    assert folder.endswith(r"AppData\Local\Programs\cbdesk")  # no administrator needed
    assert (wine.unix(folder) / "_internal" / "only-in-0.0.9.txt").exists()

    # Upgrade in place: same folder and entry, the older version's own files gone.
    wine.run(str(new), "/S")
    entry = wine.reg("HKCU\\" + UNINSTALL)
    assert entry["DisplayVersion"] == VERSION and entry["InstallLocation"] == folder
    assert entry["DisplayName"] == "cbdesk" and entry["Publisher"] == "cbdesk"
    assert entry["UninstallString"] == f'"{folder}\\uninstall.exe" /CurrentUser'
    assert entry["DisplayIcon"] == f"{folder}\\cbdesk.exe,0"
    assert int(entry["EstimatedSize"], 16) >= 0 and entry["NoModify"] == "0x1"
    assert wine.reg("HKLM\\" + UNINSTALL) is None
    program = wine.unix(folder)
    assert sorted(p.name for p in program.iterdir()) == [
        "_internal", "cbdesk-cli.exe", "cbdesk.exe", "uninstall.exe"]
    assert not (program / "_internal" / "only-in-0.0.9.txt").exists()
    guide = program / "_internal" / "resources" / "hướng dẫn.txt"
    assert guide.read_text(encoding="utf-8") == "Tiếng Việt"

    start_menu = wine.user_dir / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
    desktop = (wine.user_dir / "Desktop").resolve()
    assert (start_menu / "cbdesk.lnk").is_file() and (desktop / "cbdesk.lnk").is_file()
    assert b"cbdesk.exe" in (start_menu / "cbdesk.lnk").read_bytes()

    # The clerk's data, then uninstall as Settings → Apps does (quietly).
    data = wine.user_dir / "AppData" / "Roaming" / "cbdesk"
    (data / "backups").mkdir(parents=True)
    (data / "cbdesk.sqlite").write_bytes(b"SQLite format 3\x00 the plan")
    uninstall(wine, folder, "/CurrentUser")
    assert not program.exists()
    assert not (start_menu / "cbdesk.lnk").exists() and not (desktop / "cbdesk.lnk").exists()
    assert wine.reg("HKCU\\" + UNINSTALL) is None and wine.reg("HKCU\\Software\\cbdesk") is None
    assert (data / "cbdesk.sqlite").read_bytes() == b"SQLite format 3\x00 the plan"
    assert (data / "backups").is_dir()


def test_per_machine_install_without_desktop_shortcut_and_uninstall_with_the_data(wine,
                                                                                setups):
    _old, new = setups
    wine.run(str(new), "/S", "/AllUsers", "/NODESKTOP")
    entry = wine.reg("HKLM\\" + UNINSTALL)
    assert entry and entry["DisplayVersion"] == VERSION
    folder = entry["InstallLocation"]
    assert folder == r"C:\Program Files\cbdesk"
    assert entry["QuietUninstallString"] == f'"{folder}\\uninstall.exe" /AllUsers /S'
    assert (wine.unix(folder) / "cbdesk.exe").is_file()
    common = wine.prefix / "drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs"
    assert (common / "cbdesk.lnk").is_file()
    public_desktop = wine.prefix / "drive_c/users/Public/Desktop"
    assert not (public_desktop / "cbdesk.lnk").exists()

    data = wine.user_dir / "AppData" / "Roaming" / "cbdesk"
    data.mkdir(parents=True, exist_ok=True)
    (data / "cbdesk.sqlite").write_bytes(b"SQLite format 3\x00")
    uninstall(wine, folder, "/AllUsers", "/REMOVEDATA")  # "also delete my data" ticked
    assert not wine.unix(folder).exists() and not (common / "cbdesk.lnk").exists()
    assert wine.reg("HKLM\\" + UNINSTALL) is None
    assert not data.exists()
