"""Migrations build exactly the models' schema; upgrades back up an older SQLite file first.

Behaviour on start-up (db.migrate.upgrade_to_head):
- no tables: every migration runs from empty to head, no backup;
- at head: nothing happens, no backup;
- an older revision: a SQLite file is copied to `<name>.before-<rev>-<time>.bak`, then upgraded;
- tables but no alembic version, or a revision this program does not know: refused untouched.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, text

import db.models  # noqa: F401
from db.base import Base
from db.engine import Database, open_database, resolve_url
from db.migrate import (
    VERSION_TABLE,
    MigrationError,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from db.triggers import trigger_names


def schema_diff(conn: Connection) -> list[object]:
    context = MigrationContext.configure(conn, opts={"compare_type": True})
    diff = compare_metadata(context, Base.metadata)
    # The only table the models do not describe is Alembic's own.
    return [d for d in diff if not (d[0] == "remove_table" and d[1].name == VERSION_TABLE)]


def assert_matches_models(database: Database) -> None:
    with database.engine.connect() as conn:
        assert schema_diff(conn) == []


def fresh_sqlite(tmp_path: Path, name: str = "x.sqlite3") -> Database:
    return Database(resolve_url(str(tmp_path / name)))


def test_head_is_known() -> None:
    assert head_revision() == "0002"


def test_fresh_sqlite_migrates_to_exactly_the_models(tmp_path: Path) -> None:
    database = fresh_sqlite(tmp_path)
    try:
        assert current_revision(database) is None
        assert upgrade_to_head(database) is None  # nothing to back up
        assert current_revision(database) == head_revision()
        assert_matches_models(database)
        assert list(tmp_path.glob("*.bak")) == []
    finally:
        database.dispose()


@pytest.mark.pg
def test_fresh_postgresql_migrates_to_exactly_the_models(pg_url: str) -> None:
    database = Database(pg_url)
    try:
        assert current_revision(database) is None
        assert upgrade_to_head(database) is None
        assert current_revision(database) == head_revision()
        assert_matches_models(database)
    finally:
        database.dispose()


def test_downgrade_to_base_and_back(any_db: Database) -> None:
    with any_db.engine.connect() as conn, conn.begin():
        command.downgrade(alembic_config(conn), "base")
    with any_db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() is None
    assert upgrade_to_head(any_db) is None  # no app tables left: a fresh build, no backup
    assert_matches_models(any_db)


def test_at_head_nothing_happens(db: Database) -> None:
    path = db.sqlite_path
    assert path is not None
    assert upgrade_to_head(db) is None
    assert list(path.parent.glob("*.bak")) == []


def test_older_sqlite_file_is_backed_up_before_upgrade(tmp_path: Path) -> None:
    database = fresh_sqlite(tmp_path)
    try:
        with database.engine.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "0001")
        with database.write() as s:
            s.execute(text("INSERT INTO settings (key, value) VALUES ('org', '\"咸阳\"')"))
        backup = upgrade_to_head(database)
        assert backup is not None and backup.parent == tmp_path
        assert re.fullmatch(r"x\.sqlite3\.before-0001-\d{8}-\d{6}\.bak", backup.name)
        assert current_revision(database) == head_revision()
        with database.read() as s:
            triggers = s.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).scalar()
        assert triggers == len(trigger_names("sqlite"))
    finally:
        database.dispose()
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("SELECT value FROM settings WHERE key = 'org'").fetchall() == [('"咸阳"',)]
        assert copy.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()


def test_backup_can_be_turned_off(tmp_path: Path) -> None:
    database = fresh_sqlite(tmp_path)
    try:
        with database.engine.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "0001")
        assert upgrade_to_head(database, backup=False) is None
        assert list(tmp_path.glob("*.bak")) == []
        assert current_revision(database) == head_revision()
    finally:
        database.dispose()


def test_foreign_tables_without_version_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "foreign.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER)")
    raw.commit()
    raw.close()
    with pytest.raises(MigrationError, match="没有版本信息"):
        open_database(str(path))
    raw = sqlite3.connect(path)
    try:
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        raw.close()
    assert names == {"ledger"}
    assert list(tmp_path.glob("*.bak")) == []


def test_newer_revision_refused(db: Database) -> None:
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(MigrationError, match="9999"):
        upgrade_to_head(db)


def test_foreign_keys_back_on_after_migration(tmp_path: Path) -> None:
    database = fresh_sqlite(tmp_path)
    try:
        upgrade_to_head(database)
        # Pooled connection that ran the migration must not keep foreign_keys=OFF.
        for _ in range(3):
            with database.write() as s:
                assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        database.dispose()


def test_schema_diff_is_not_vacuous(tmp_path: Path) -> None:
    database = fresh_sqlite(tmp_path)
    try:
        Base.metadata.create_all(database.engine)
        with database.write() as s:
            s.execute(text("DROP TABLE settings"))
            s.execute(text("DROP INDEX ix_targets_name"))
        with database.engine.connect() as conn:
            kinds = sorted(d[0] for d in schema_diff(conn))
        assert kinds == ["add_index", "add_table"]
    finally:
        database.dispose()


def _migrate_concurrently(urls: list[str]) -> list[Database]:
    """Several PCs (engines) open the same new database at once; all must end at head."""
    databases = [Database(url) for url in urls]
    errors: list[BaseException] = []

    def run(database: Database) -> None:
        try:
            upgrade_to_head(database)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(d,)) for d in databases]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    return databases


def test_concurrent_start_up_sqlite(tmp_path: Path) -> None:
    databases = _migrate_concurrently([resolve_url(str(tmp_path / "shared.sqlite3"))] * 3)
    try:
        assert {current_revision(d) for d in databases} == {head_revision()}
        assert_matches_models(databases[0])
    finally:
        for d in databases:
            d.dispose()


@pytest.mark.pg
def test_concurrent_start_up_postgresql(pg_url: str) -> None:
    databases = _migrate_concurrently([pg_url] * 3)
    try:
        assert {current_revision(d) for d in databases} == {head_revision()}
        assert_matches_models(databases[0])
    finally:
        for d in databases:
            d.dispose()
