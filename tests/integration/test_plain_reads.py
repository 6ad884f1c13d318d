"""Reads of plain rows (db.tables) made inside a caller's session see what
that session has changed but not yet flushed, as an ORM query on it would;
on a bare connection they read what is committed."""

from __future__ import annotations

from cbdesk.db.models import Organisation, Setting
from cbdesk.services import settings
from cbdesk.services.plans import organisation


def test_a_read_inside_a_session_sees_its_pending_changes(demo_db):
    with demo_db.session() as s:
        org = s.query(Organisation).first()
        org.name = "Sở Thử nghiệm"  # pending: not flushed yet
        s.add(Setting(key="tolerance.behind_below", value="0.8"))
        assert organisation(s).name == "Sở Thử nghiệm"
        assert settings.tolerances(s).behind_below == 0.8
        s.rollback()
    with demo_db.reading() as conn:
        assert organisation(conn).name != "Sở Thử nghiệm"  # never committed
        assert settings.tolerances(conn).behind_below == 0.85
