"""PySide6 6.12.0 on Python 3.11 takes a reference from None at each call of
many void methods; a few thousand calls kill the process ("none_dealloc").
The window's start gives None a reserve first (ui.none_guard). Each case
runs in its own process: the crash is the process's death."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
CALLS = 200_000  # None starts with about 5.000 references

LOOP = f"""
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel
label, font = QLabel(), QFont()
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
for _ in range({CALLS} // 4):  # what a repaint and a form do, many times over
    label.setText("Báo cáo")
    font.setBold(True)
    painter.setPen(QColor("#6b6b6b"))
    painter.save(); painter.restore()
painter.end()
print("alive")
"""


def _run(code: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)


def test_the_window_survives_many_void_qt_calls():
    out = _run("from cbdesk.ui.app import make_app\napp = make_app(['cbdesk'])\n" + LOOP)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "alive"


def test_without_the_guard_the_locked_binding_kills_python_3_11():
    """Why the guard exists, on the versions the lock installs; the day a
    PySide6 release stops doing it, this says the guard may go."""
    out = _run("from PySide6.QtWidgets import QApplication\napp = QApplication(['x'])\n" + LOOP)
    wears_none = PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12)
    if wears_none:
        assert out.returncode != 0
        assert "none_dealloc" in out.stderr
    else:
        assert out.returncode == 0, out.stderr[-2000:]


def test_the_reserve_is_given_once_and_only_where_needed():
    from cbdesk.ui.none_guard import _RESERVE, keep_none_alive

    done = keep_none_alive()  # the tests' conftest has called it already
    assert done == (sys.version_info < (3, 12))
    if done:
        before = sys.getrefcount(None)
        assert before > _RESERVE
        keep_none_alive()
        assert abs(sys.getrefcount(None) - before) < 100  # not added twice
