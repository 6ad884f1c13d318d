"""Keep Python's None alive under PySide6 6.12.0 on Python 3.11.

shiboken6 6.12.0 returns None from many void methods without taking a
reference to it (QLabel.setText, QPainter.setPen, QFont.setBold, ...): each
call leaves None with one reference fewer. From Python 3.12 on None is
immortal (PEP 683) and nothing happens; on Python 3.11, the version the
Windows build ships, a few thousand such calls bring None's count to zero
and the process dies with "Fatal Python error: none_dealloc" — a window
left open for an afternoon, or a grid repainted a few hundred times. 6.11.3
does not do it (tests/ui/test_none_guard.py shows the crash and the cure).

None is never to be freed, so giving it a count no session can wear down is
what Python 3.12 does itself. Called before the QApplication is made.
"""

from __future__ import annotations

import sys

# 2**40 calls at a microsecond each is twelve days of nothing but void calls.
_RESERVE = 1 << 40


def keep_none_alive() -> bool:
    """Give None a reserve of references on CPython < 3.12; True when done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: PyObject's first field
    # A build that puts something else first (a debug build's trace links)
    # shows a different number there: leave it alone rather than write blind.
    if abs(count.value - (sys.getrefcount(None) - 1)) > 2:
        return False
    if count.value < _RESERVE:
        count.value += _RESERVE
    return True
