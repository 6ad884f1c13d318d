"""A first look at a SQLite file for the window's first paint, with the
standard library only (no SQLAlchemy, ~0,2 s to import): the plans' years for
the plan selector, and whether anyone must sign in first.

The look is read-only (``mode=ro``) and taken after the one-writer lock. It is
never the last word: anything unusual (a server URL, a missing or odd file,
a damaged header, an unexpected schema) gives None and the window waits for
the normal open (``services.database.open_database``: quick_check, schema
upgrade, damage and restore offer); after that open, the window reads the
plans again through ``services.plans`` and shows what the database says.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Peek:
    years: tuple[int, ...]  # newest first, as services.plans.list_plans orders them
    has_users: bool  # someone must sign in before the window shows anything


def sqlite_file(target: str | None) -> Path | None:
    """The file ``--db`` names (a plain path, or the default file), as
    ``services.database`` resolves it; None for a URL."""
    if target and "://" in str(target):
        return None
    if not target:
        from cbdesk import paths

        target = str(paths.default_db_path())
    path = Path(str(Path(str(target)).expanduser().resolve()))
    # Characters a URL would read otherwise: left to services.database.
    return None if any(c in str(path) for c in "?#%") else path


def peek(path: Path) -> Peek | None:
    """The plans and users of the SQLite file at ``path``, or None when the
    normal open should decide (never raises)."""
    text = path.as_posix()
    if any(c in text for c in "?#%"):  # not in a file: URI as it stands
        return None
    try:
        with open(path, "rb") as f:
            if not f.read(100).startswith(SQLITE_MAGIC):
                return None
        con = sqlite3.connect(f"file:{text}?mode=ro", uri=True, timeout=1)
    except (OSError, sqlite3.Error):
        return None
    try:
        years = tuple(int(r[0]) for r in con.execute("SELECT year FROM plan ORDER BY year DESC"))
        users = con.execute("SELECT EXISTS (SELECT 1 FROM app_user WHERE active)").fetchone()
        return Peek(years, bool(users[0]))
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        con.close()
