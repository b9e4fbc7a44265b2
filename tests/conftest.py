"""Fixtures shared by every test folder: offscreen Qt and fresh SQLite / PostgreSQL databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from db.engine import Database, open_database, resolve_url

# The CI server; a developer's own server can be named with SHUANGSUIJI_PG_URL.
PG_URL = os.environ.get("SHUANGSUIJI_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

_PG_FIXTURES = {"pg_url", "pg_db"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a PostgreSQL fixture `pg`, so `-m "not pg"` deselects it."""
    for item in items:
        if _PG_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.pg)


@pytest.fixture(autouse=True, scope="session")
def _qt_offscreen() -> None:
    """No window system in CI: Qt renders offscreen."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite file database, migrated to head."""
    database = open_database(str(tmp_path / "shuangsuiji.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a new, empty database on the PostgreSQL server, dropped afterwards.

    An unreachable server fails the test instead of skipping it: CI must run these.
    """
    admin_url = make_url(resolve_url(PG_URL))
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"shuangsuiji_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except OperationalError as exc:
        admin.dispose()
        pytest.fail(f"PostgreSQL server unreachable at {admin_url!r}: {exc}", pytrace=False)
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            # FORCE: a test that failed half-way may still hold connections.
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    """A fresh PostgreSQL database, migrated to head."""
    database = open_database(pg_url)
    yield database
    database.dispose()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With SHUANGSUIJI_REQUIRE_PG set (CI), a run whose PostgreSQL tests were skipped or absent fails."""
    if not os.environ.get("SHUANGSUIJI_REQUIRE_PG") or exitstatus != 0:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    stats = getattr(reporter, "stats", {})
    ran = [r for key in ("passed", "failed", "error") for r in stats.get(key, [])
           if "pg" in getattr(r, "keywords", {}) and getattr(r, "when", "call") == "call"]
    skipped = [r for r in stats.get("skipped", []) if "pg" in getattr(r, "keywords", {})]
    if skipped or not ran:
        print(f"\nPostgreSQL tests: {len(ran)} ran, {len(skipped)} skipped; CI requires them to run.")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
