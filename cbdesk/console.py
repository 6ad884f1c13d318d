"""The command line writes UTF-8, whatever the console or the redirection.

On Windows a redirected stream (``cbdesk-cli dump --plan 2021 > d.json``, a
scheduled ``backup > log.txt``) gets the ANSI code page (cp1252 on an English
PC, cp1258 on a Vietnamese one), in which most Vietnamese letters cannot be
written: the command failed half-way with an empty file. The frozen program
runs in Python's UTF-8 mode (build.spec); this covers `python -m cbdesk` and
an explicit PYTHONIOENCODING as well. A real Windows console is unaffected
(Python writes it through the wide-character API).
"""

from __future__ import annotations

import codecs
import io
import sys


def _utf8(stream) -> bool:
    try:
        return codecs.lookup(stream.encoding).name == "utf-8"
    except (AttributeError, LookupError, TypeError):
        return False


def use_utf8_streams() -> None:
    """Reconfigure ``sys.stdout`` and ``sys.stderr`` to UTF-8 (a character
    the stream still cannot take is replaced, never an exception)."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name, None)
        if isinstance(stream, io.TextIOWrapper) and not _utf8(stream):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, io.UnsupportedOperation):
                pass  # already written to in another encoding; leave it
