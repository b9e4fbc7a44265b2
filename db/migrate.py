"""Alembic run from code: schema upgrade at start-up, with a backup of an older SQLite file."""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, inspect, text

if TYPE_CHECKING:
    from db.engine import Database

# Found next to this file so it works from a checkout, a wheel and a PyInstaller bundle alike.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
# Key of the PostgreSQL advisory lock that keeps two PCs from migrating at the same moment.
_PG_MIGRATION_LOCK = 0x5353_4A01


class MigrationError(Exception):
    """The schema cannot be brought to the current version; the message is for the user."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config built in code (no alembic.ini at run time)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if connection is not None:
        # env.py runs on this connection (and inside its transaction) instead of making an engine.
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision shipped with this program."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise MigrationError("程序中没有数据库迁移脚本。")
    return head


def _current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def current_revision(database: Database) -> str | None:
    """The revision the database is at, None when it was never migrated."""
    with database.engine.connect() as conn:
        return _current(conn)


def _app_tables(conn: Connection) -> list[str]:
    return [name for name in inspect(conn).get_table_names() if name != VERSION_TABLE]


def backup_path_for(path: Path, revision: str, now: datetime | None = None) -> Path:
    """`<name>.before-<rev>-<timestamp>.bak` beside the file, never an existing name."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.before-{revision}-{stamp}-{n}.bak")
        n += 1
    return candidate


def backup_sqlite(source: Path, destination: Path) -> None:
    """Copy a live SQLite file with the online backup API (consistent even with WAL and readers)."""
    src = sqlite3.connect(str(source), timeout=30)
    try:
        dst = sqlite3.connect(str(destination))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _check_known_revision(current: str | None) -> None:
    if current is None:
        return
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(current) is not None
    except CommandError:
        known = False
    if not known:
        raise MigrationError(
            f"数据库的结构版本（{current}）比本程序新，或不是本程序创建的。请安装新版本的程序后再打开。"
        )


def _sqlite_pragma(conn: Connection, statement: str) -> None:
    """Run a pragma on the raw connection: through SQLAlchemy it would open a transaction first."""
    raw: Any = conn.connection.driver_connection
    raw.execute(statement)


def upgrade_to_head(database: Database, backup: bool = True) -> Path | None:
    """Bring the schema to head in one transaction; returns the backup file made, if any.

    A database without tables is built from empty by running every migration. An existing
    SQLite file below head is first copied with the online backup API. A database that has
    tables but no Alembic version was not made by this program (or lost its version row):
    it is refused untouched rather than guessed at.
    """
    made_backup: Path | None = None
    with database.engine.connect() as conn:
        sqlite = database.dialect == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables by copy, drop and rename; with foreign keys on, the
            # drop would cascade or fail. The pragma only works outside a transaction, so it is
            # set on the raw connection before BEGIN and checked with foreign_key_check instead.
            _sqlite_pragma(conn, "PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if database.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
                # Read under the write lock, so a second process sees the first one's result.
                current = _current(conn)
                head = head_revision()
                if current == head:
                    return None
                _check_known_revision(current)
                tables = _app_tables(conn)
                if current is None and tables:
                    raise MigrationError(
                        "数据库中已有数据表，但没有版本信息，可能不是本程序创建的数据库。"
                        "为避免损坏数据，程序不会修改它。请选择其他数据库。"
                    )
                path = database.sqlite_path
                if sqlite and backup and tables and path is not None:
                    made_backup = backup_path_for(path, current or "base")
                    backup_sqlite(path, made_backup)
                command.upgrade(alembic_config(conn), "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(f"数据库升级后外键检查失败：{broken[:5]}")
        finally:
            if sqlite and not conn.closed:
                _sqlite_pragma(conn, "PRAGMA foreign_keys=ON")
    return made_backup


def _main(argv: list[str]) -> int:
    """`python -m db.migrate revision "message"`: autogenerate against a scratch SQLite at head."""
    import tempfile

    from db.engine import Database

    if len(argv) != 2 or argv[0] != "revision":
        print('usage: python -m db.migrate revision "message"', file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(f"sqlite:///{Path(tmp) / 'scratch.sqlite3'}")
        try:
            upgrade_to_head(database, backup=False)
            with database.engine.begin() as conn:
                head = head_revision()
                # Sequential ids (0003, 0004 …) keep the folder in upgrade order.
                rev_id = f"{int(head) + 1:04d}" if head.isdigit() else None
                command.revision(alembic_config(conn), message=argv[1], autogenerate=True, rev_id=rev_id)
        finally:
            database.dispose()
    print("Review the new file in db/migrations/versions before committing it.")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
