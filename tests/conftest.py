"""Test fixtures: a fresh database per test, on SQLite and (when
CBDESK_TEST_PG_URL is set) on a real PostgreSQL server; no test touches the
user's real data folder."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# Qt must never look for a display in the tests (it aborts without one).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the user's real data folder: one private folder for the whole run.
_DATA = Path(tempfile.mkdtemp(prefix="cbdesk-test-data-"))
atexit.register(shutil.rmtree, _DATA, ignore_errors=True)
os.environ["CBDESK_DATA_DIR"] = str(_DATA)
# Nor the user's Qt settings (QSettings() without a file goes to
# $XDG_CONFIG_HOME): private per run, so two runs never share them.
os.environ["XDG_CONFIG_HOME"] = str(_DATA / "config")

ROOT = Path(__file__).resolve().parent.parent

# Passwords: today's scrypt cost (N=2^17) takes a second or two per hash; the
# tests that are not about the cost hash at 2^14 (in this process and in the
# CLI processes they start). test_permissions.py checks the real cost.
os.environ.setdefault("CBDESK_SCRYPT_N", str(2**14))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/helpers.py

# Hypothesis times each example (200 ms by default) and fails one that is
# slower: a wall-clock assertion that a busy PC fails (seen under load in
# test_text.py). Property tests check values, never speed (benchmarks/ does).
from hypothesis import HealthCheck  # noqa: E402
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile(
    "cbdesk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
_hypothesis_settings.load_profile("cbdesk")

# The test process makes more Qt calls than any session: the same guard as
# the app's (PySide6 6.12.0 on Python 3.11 takes a reference from None per
# void call; ui.none_guard).
from cbdesk.ui.none_guard import keep_none_alive  # noqa: E402

keep_none_alive()

PG_URL = os.environ.get("CBDESK_TEST_PG_URL", "")
REQUIRE_ALL = os.environ.get("CBDESK_REQUIRE_ALL") == "1"



def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _engines() -> list:
    params = ["sqlite"]
    if PG_URL:
        params.append("postgresql")
    elif REQUIRE_ALL:
        # Not an expected failure: a CI run that lost its server must fail.
        params.append("postgresql")
    return params


@pytest.fixture(scope="session")
def pg_run_url() -> str:
    """This run's (this xdist worker's) own PostgreSQL database on the server of
    CBDESK_TEST_PG_URL, made on first use and dropped at the end of the session:
    two `make test` at once never reset each other's tables (tests/pg_runs.py)."""
    import pg_runs

    url = pg_runs.create_private_database(PG_URL)
    yield url
    pg_runs.drop_database(PG_URL, url)


@pytest.fixture(params=_engines())
def db_url(request, tmp_path) -> str:
    """A URL of a fresh, empty database: a SQLite file, or this run's database
    on the test server."""
    if request.param == "sqlite":
        return str(tmp_path / "cbdesk.sqlite")
    if not PG_URL:
        pytest.fail("CBDESK_TEST_PG_URL is not set while CBDESK_REQUIRE_ALL=1: the "
                    "PostgreSQL variant of this test cannot run")
    url = request.getfixturevalue("pg_run_url")
    _reset_postgres(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return str(tmp_path / "cbdesk.sqlite")


@pytest.fixture
def db(db_url):
    """An opened, migrated, empty database."""
    from cbdesk.services.database import open_database

    database = open_database(db_url, create=True)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db):
    """A database holding the 2021 sample plan."""
    from cbdesk.services.sample import install_sample_plan

    install_sample_plan(db)
    return db


@pytest.fixture(scope="session")
def demo_sqlite_template(tmp_path_factory) -> Path:
    """One SQLite file with the sample plan, made once; copy it per test."""
    from cbdesk.services.database import open_database
    from cbdesk.services.sample import install_sample_plan

    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    database = open_database(str(path), create=True)
    install_sample_plan(database)
    database.dispose()
    return path


@pytest.fixture
def demo_sqlite(demo_sqlite_template, tmp_path) -> Path:
    """A private copy of the sample-plan database (SQLite), fast to get."""
    from cbdesk.db.migrate import copy_sqlite

    return copy_sqlite(demo_sqlite_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo_file(demo_sqlite_template, tmp_path, monkeypatch) -> Path:
    """The sample plan in ``so-lieu.sqlite`` with a private data folder (and so
    a private backup folder): for tests of backups and restores by file."""
    from cbdesk.db.migrate import copy_sqlite

    monkeypatch.setenv("CBDESK_DATA_DIR", str(tmp_path / "data"))
    return copy_sqlite(demo_sqlite_template, tmp_path / "so-lieu.sqlite")
