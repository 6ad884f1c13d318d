"""The schema revisions this version of cbdesk knows, oldest first, with no
import: ``db.migrate`` upgrades to :data:`HEAD`, and the window's first view
(``services.first_view``) reads a SQLite file with the standard library only
when the file is already at :data:`HEAD`. A test checks that the last one is
Alembic's head, so adding a migration means adding its id here."""

from __future__ import annotations

REVISIONS: tuple[str, ...] = ("0001", "0010", "0011")
HEAD = REVISIONS[-1]
