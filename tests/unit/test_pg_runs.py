"""tests/pg_runs.py: the names of the per-run PostgreSQL databases (two runs at
once never share one; a run's leftovers are recognised, other databases never)."""

from __future__ import annotations

import pg_runs


def test_each_run_and_worker_gets_its_own_database_name():
    a = pg_runs.private_name("cbdesk_test", now=1796137011, pid=100, worker="gw0")
    b = pg_runs.private_name("cbdesk_test", now=1796137011, pid=101, worker="gw0")
    c = pg_runs.private_name("cbdesk_test", now=1796137011, pid=100, worker="gw1")
    assert a == "cbdesk_test_1796137011_100_gw0"
    assert len({a, b, c}) == 3
    long = pg_runs.private_name("x" * 80, now=1796137011, pid=4194304, worker="gw12")
    assert len(long) <= 63 and long.endswith("_1796137011_4194304_gw12")


def test_only_run_databases_of_the_same_base_count_as_leftovers():
    pattern = pg_runs._pattern("cbdesk_test")
    assert pattern.match(pg_runs.private_name("cbdesk_test", now=1796137011, pid=5,
                                              worker="main"))
    assert not pattern.match("cbdesk_test")
    assert not pattern.match("cbdesk_p16")
    assert not pattern.match("sldtbxh_1796137011_5_main")
