"""The Linux bundle's two size measures, without a PyInstaller build:
Qt's ICU data trimmed (packaging/trim_icu.py) and the desktop libraries left to
the host (packaging/host_libs.py). The frozen program itself is tested in
test_frozen.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import require_tool

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import host_libs  # noqa: E402
import trim_icu  # noqa: E402


@pytest.mark.parametrize(("item", "size", "gone"), [
    ("vi.res", 300, False), ("vi_VN.res", 100, False), ("en_GB.res", 100, False),
    ("root.res", 100, False), ("pool.res", 100, False), ("res_index.res", 100, False),
    ("coll/vi.res", 100, False), ("coll/root.res", 100, False), ("coll/ucadata.icu", 9, False),
    ("zone/tzdbNames.res", 100, False), ("supplementalData.res", 100, False),
    ("brkitr/word.brk", 100, False), ("nfkc.nrm", 100, False),
    ("ibm-5354_P100-1998.cnv", 5000, False),  # windows-1258, Vietnamese
    ("fr.res", 100, True), ("coll/zh.res", 712800, True), ("unit/de_CH.res", 100, True),
    ("brkitr/cjdict.dict", 2_000_000, True), ("gb18030.cnv", 232816, True),
])
def test_what_icu_data_is_kept(item, size, gone):
    assert trim_icu.dropped(item, size) is gone


@pytest.mark.parametrize(("name", "host"), [
    ("libcups.so.2", True), ("libX11.so.6", True), ("libxcb-cursor.so.0", True),
    ("libxcb.so.1", True), ("libstdc++.so.6", True), ("libglib-2.0.so.0", True),
    ("libpython3.11.so.1.0", False), ("libsqlite3.so.0", False), ("libcrypto.so.3", False),
    ("libicudata.so.73", False), ("libQt6Core.so.6", False), ("libxcb-9065bb12.so.1.1.0", False),
])
def test_host_libraries(name, host):
    assert host_libs.is_host_library(name) is host


def test_only_system_copies_are_left_to_the_host():
    assert host_libs.from_host("libcups.so.2", "/usr/lib/x86_64-linux-gnu/libcups.so.2")
    # Qt's, Pillow's and psycopg's own copies, and anything in a subfolder, stay.
    assert not host_libs.from_host("libxcb.so.1", "/venv/site-packages/pillow.libs/libxcb.so.1")
    assert not host_libs.from_host("PySide6/Qt/lib/libX11.so.6", "/usr/lib/libX11.so.6")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's ICU is Linux's")
def test_trimmed_icu_serves_vietnamese(tmp_path):
    """Build the trimmed libicudata from the installed PySide6 and load Qt with it
    (LD_LIBRARY_PATH comes before the RUNPATH of Qt's libicuuc): Vietnamese
    collation, upper case and the Windows-1258 codec work; East Asian codecs are
    gone; the file is a fifth of Qt's."""
    for tool in ("icupkg", "readelf", "as", "ld"):
        require_tool(tool)
    import PySide6

    original = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    trimmed = trim_icu.trim(original, tmp_path)
    assert trimmed.name == original.name
    assert trimmed.stat().st_size < original.stat().st_size / 4
    probe = ("from cbdesk.ui.app import check_text_support; check_text_support();"
             "from PySide6.QtCore import QStringDecoder;"
             "print(QStringDecoder('Shift_JIS').isValid())")
    env = dict(os.environ, LD_LIBRARY_PATH=str(trimmed.parent), QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                       env=env, cwd=ROOT, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "False"  # the trimmed library is the one loaded
