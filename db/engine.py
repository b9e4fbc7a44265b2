"""Engine factory and session handling for the SQLite file and the shared PostgreSQL server."""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.migrate import upgrade_to_head

APP_NAME = "shuangsuiji"
SQLITE_FILENAME = "shuangsuiji.sqlite3"
BUSY_TIMEOUT_MS = 10_000

# File systems on which SQLite's locking is unreliable: concurrent writers corrupt the file.
NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs"}
)
DRIVE_REMOTE = 4  # GetDriveTypeW result for a mapped network drive

# Execution option read by the `begin` hook; write() relies on the IMMEDIATE default.
SQLITE_BEGIN_OPTION = "sqlite_begin"
_BEGIN_MODES = {"DEFERRED": "BEGIN", "IMMEDIATE": "BEGIN IMMEDIATE", "EXCLUSIVE": "BEGIN EXCLUSIVE"}

_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


class DatabaseLocationError(Exception):
    """The database cannot be used where it is; the message is for the user (Chinese)."""

    def __init__(self, message_zh: str, path: str = "") -> None:
        super().__init__(message_zh)
        self.message_zh = message_zh
        self.path = path


def default_sqlite_path() -> Path:
    """The SQLite file in the per-user data directory (created on first use)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / SQLITE_FILENAME


def resolve_url(db: str | None) -> str:
    """Turn the --db / settings value into an SQLAlchemy URL."""
    if db is None or not db.strip():
        return _sqlite_file_url(default_sqlite_path())
    db = db.strip()
    if not _URL_SCHEME.match(db):
        return _sqlite_file_url(Path(db).expanduser())
    for prefix in ("postgresql://", "postgres://"):
        if db.startswith(prefix):
            # Only psycopg 3 is shipped; the bare scheme would pick psycopg2.
            return "postgresql+psycopg://" + db[len(prefix) :]
    return db


def _sqlite_file_url(path: Path) -> str:
    # SQLAlchemy unquotes the database part and splits at "?": escape just those two, so
    # the URL stays readable (Chinese folder names) and still round-trips.
    return "sqlite:///" + os.path.abspath(path).replace("%", "%25").replace("?", "%3F")


def sqlite_file_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for PostgreSQL and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:"):
        return None
    return Path(database)


# ---------------------------------------------------------------- network shares


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, fs type) pairs from the text of /proc/mounts."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            # /proc/mounts escapes blanks and backslashes as octal (\040 …).
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            mounts.append((point, fields[2]))
    return mounts


def _read_proc_mounts() -> list[tuple[str, str]]:
    try:
        return parse_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return []  # not Linux (or no procfs): nothing to check against


def _mount_fs_type(path: str, mounts: Iterable[tuple[str, str]]) -> str | None:
    """The fs type of the longest mount point that contains `path`."""
    best: tuple[int, str] | None = None
    for point, fs_type in mounts:
        point = point.rstrip("/") or "/"
        inside = point == "/" or path == point or path.startswith(point + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fs_type)
    return best[1] if best else None


def _windows_drive_type(root: str) -> int:
    import ctypes

    windll: Any = getattr(ctypes, "windll")  # noqa: B009 - only exists on Windows
    return int(windll.kernel32.GetDriveTypeW(root))


def _unc_share(raw: str, windows: bool) -> bool:
    """True for \\\\server\\share paths (and \\\\?\\UNC\\...; //server/share on Windows)."""
    # On POSIX "//x" is an ordinary local path; only Windows reads it as a share.
    s = raw.replace("/", "\\") if windows else raw
    if s.upper().startswith("\\\\?\\UNC\\"):
        return True
    if s.startswith("\\\\?\\") or s.startswith("\\\\.\\"):
        return False  # extended-length or device path of a local drive
    return s.startswith("\\\\")


def check_not_network_share(
    path: str | os.PathLike[str],
    *,
    mounts: Sequence[tuple[str, str]] | None = None,
    windows: bool | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> None:
    """Refuse a SQLite file on a network share; `mounts`, `windows`, `drive_type` are for tests."""
    raw = os.fspath(path)
    windows = sys.platform == "win32" if windows is None else windows
    message = (
        f"数据库文件不能放在网络共享目录中（{raw}）。"
        "SQLite 在网络共享上会损坏数据；多人共用请改用 PostgreSQL 服务器。"
    )
    # A backslash UNC path is refused everywhere: on Linux it can only be a Windows setting.
    if _unc_share(raw, windows):
        raise DatabaseLocationError(message, raw)
    if windows:
        candidates = [raw]
        if drive_type is None:
            drive_type = _windows_drive_type
            # realpath turns a mapped drive into its UNC target on recent Pythons.
            candidates.append(os.path.realpath(raw))
        for candidate in candidates:
            if _unc_share(candidate, windows):
                raise DatabaseLocationError(message, raw)
            drive = PureWindowsPath(candidate).drive
            if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
                raise DatabaseLocationError(message, raw)
        return
    table = _read_proc_mounts() if mounts is None else mounts
    if not table:
        return
    # Resolve symlinks only against the real file system; injected tables test pure paths.
    target = os.path.realpath(raw) if mounts is None else os.path.abspath(raw)
    fs_type = _mount_fs_type(PurePath(target).as_posix(), table)
    if fs_type is not None and fs_type.lower() in NETWORK_FS_TYPES:
        raise DatabaseLocationError(message, raw)


# ---------------------------------------------------------------- engines


def _set_wal(cursor: Any) -> None:
    """Switch to WAL, retrying while another connection holds the file.

    Changing the journal mode of a new file needs an exclusive lock, and SQLite reports "database
    is locked" for it without calling the busy handler; several PCs (or engines) opening a new
    database at once would otherwise fail at random.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _install_sqlite_hooks(engine: Engine) -> None:
    """Pragmas on each connection; our own BEGIN so write transactions take the lock up front."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Stop pysqlite from issuing its own deferred BEGIN (the documented SQLAlchemy recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            # busy_timeout first, so switching to WAL waits for another process instead of failing.
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            _set_wal(cursor)
            cursor.execute("PRAGMA foreign_keys=ON")
            # NORMAL is durable in WAL mode except for the last commits on power loss.
            cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return
        mode = str(options.get(SQLITE_BEGIN_OPTION, "IMMEDIATE")).upper()
        if mode not in _BEGIN_MODES:
            raise ValueError(f"unknown {SQLITE_BEGIN_OPTION} mode: {mode!r}")
        # IMMEDIATE takes the write lock now (waiting up to busy_timeout); a deferred read that
        # later writes can fail at once with "database is locked" when another writer got in first.
        conn.exec_driver_sql(_BEGIN_MODES[mode])


def make_engine(url: str) -> Engine:
    """An Engine for a resolved URL: SQLite with pragmas and explicit BEGIN, or psycopg 3."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = create_engine(parsed)
        _install_sqlite_hooks(engine)
        return engine
    if backend == "postgresql":
        if parsed.drivername != "postgresql+psycopg":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(
            parsed,
            # Office networks drop idle connections; check before handing one out.
            pool_pre_ping=True,
            connect_args={"application_name": APP_NAME, "connect_timeout": 10},
        )
    raise DatabaseLocationError(f"不支持的数据库类型：{backend}（仅支持 SQLite 和 PostgreSQL）。")


class Database:
    """An opened database: engine, session factory and transaction helpers."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else make_engine(url)
        name = self.engine.dialect.name
        if name not in ("sqlite", "postgresql"):
            raise DatabaseLocationError(f"不支持的数据库类型：{name}。")
        self.dialect: str = name
        # Services use `with database.sessionmaker.begin() as s:`; on SQLite that is BEGIN IMMEDIATE.
        self.sessionmaker: sessionmaker[Session] = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._read_sessionmaker: sessionmaker[Session] = sessionmaker(
            bind=self.engine.execution_options(**{SQLITE_BEGIN_OPTION: "DEFERRED"}),
            expire_on_commit=False,
        )

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file, or None (PostgreSQL, in-memory)."""
        return sqlite_file_path(self.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on an exception."""
        with self.sessionmaker.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read transaction (deferred BEGIN on SQLite), always rolled back at the end."""
        session = self._read_sessionmaker()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        """Close every pooled connection (before backup restore, at exit, in tests)."""
        self.engine.dispose()

    def describe(self) -> str:
        """Where the data lives, for the status bar; never shows a password."""
        if self.dialect == "sqlite":
            path = self.sqlite_path
            return f"SQLite: {path}" if path is not None else "SQLite: (内存)"
        parsed = make_url(self.url)
        host = parsed.host or "localhost"
        if parsed.port and parsed.port != 5432:
            host = f"{host}:{parsed.port}"
        return f"PostgreSQL: {host}/{parsed.database or ''}"

    def __repr__(self) -> str:
        return f"Database({self.describe()!r})"


def open_database(db: str | None = None, *, migrate: bool = True, backup: bool = True) -> Database:
    """Resolve, check the location, create the folder, connect and bring the schema to head."""
    url = resolve_url(db)
    path = sqlite_file_path(url)
    if path is not None:
        check_not_network_share(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseLocationError(
                f"无法创建数据库目录（{path.parent}）：{exc.strerror or exc}", str(path)
            ) from exc
    database = Database(url)
    if migrate:
        try:
            upgrade_to_head(database, backup=backup)
        except BaseException:
            database.dispose()
            raise
    return database
