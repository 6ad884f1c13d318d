"""A pooled PostgreSQL connection is tested before use only after it sat idle
(each test is a round trip on the office LAN); one that the server dropped
meanwhile is replaced, never handed to a service. A SQLite file has no server
and no network to lose: its engine tests nothing on checkout."""

from __future__ import annotations


def test_a_connection_the_server_dropped_while_idle_is_replaced_before_use(db, monkeypatch):
    from cbdesk.db import engine as engine_module
    from cbdesk.services.plans import list_plans

    if db.engine.dialect.name != "postgresql":
        assert not db.engine.pool._pre_ping and not db.engine.pool.dispatch.checkout
        return
    monkeypatch.setattr(engine_module, "IDLE_PING_SECONDS", 0.0)  # "idle long enough"
    db.engine.dispose()
    with db.engine.connect() as other:
        with db.engine.connect() as conn:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        # back in the pool, the first is ended by the server (as a restart would)
        other.exec_driver_sql(f"SELECT pg_terminate_backend({int(pid)})")
    # Both sit in the pool now; whichever comes out first is pinged, and the
    # dropped one is replaced.
    assert list_plans(db) == [] and list_plans(db) == []
