"""Backups of the SQLite file: copy with the online backup API, verify, prune, restore; the backup policy."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from db.engine import Database, default_sqlite_path
from db.migrate import alembic_config, upgrade_to_head
from db.models import Setting
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.core.progress import Cancelled, NullProgress, Progress
from desktop.services import audit, settings
from desktop.services.context import Actor

KEY_DIR = "backup.dir"
KEY_KEEP = "backup.keep"
KEY_INTERVAL = "backup.interval_hours"
KEY_LAST = "backup.last_at"
DEFAULT_KEEP = 10
DEFAULT_INTERVAL_HOURS = 24
MAX_KEEP = 1000
MAX_INTERVAL_HOURS = 24 * 366
PREFIX = "shuangsuiji-"
SQLITE_EXT = "sqlite3"
CHECKSUM_SUFFIX = ".sha256"
# shuangsuiji-YYYYmmdd-HHMMSS[-n].sqlite3 (or .dump for pg_dump archives); -n only on a clash.
NAME_RE = re.compile(r"^shuangsuiji-(\d{8}-\d{6})(?:-(\d+))?\.(sqlite3|dump)$")
_PAGES_PER_STEP = 2048


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backup folder."""

    path: Path
    created: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class BackupPolicy:
    """Where backups go, how many are kept, how often they are made (0 = never), and the last one."""

    directory: Path
    keep: int
    interval_hours: int
    last_at: datetime | None


@dataclass(frozen=True)
class BackupCheck:
    """What verifying a backup found: its schema revision, its audit events and its SHA-256."""

    revision: str
    audit_events: int
    sha256: str


# ---------------------------------------------------------------- names and the folder


def backup_file_name(now: datetime, ext: str = SQLITE_EXT, n: int = 0) -> str:
    """`shuangsuiji-YYYYmmdd-HHMMSS.sqlite3`, with `-n` when that second is taken already."""
    suffix = f"-{n}" if n else ""
    return f"{PREFIX}{now:%Y%m%d-%H%M%S}{suffix}.{ext}"


def new_backup_path(dest_dir: Path, now: datetime, ext: str = SQLITE_EXT) -> Path:
    """A name in `dest_dir` that no file has yet."""
    n = 0
    while (dest_dir / backup_file_name(now, ext, n)).exists():
        n += 1
    return dest_dir / backup_file_name(now, ext, n)


def _sort_key(path: Path) -> tuple[str, int]:
    match = NAME_RE.match(path.name)
    assert match is not None
    return match.group(1), int(match.group(2) or 0)


def list_backups(directory: Path) -> list[BackupInfo]:
    """The backup files in `directory`, newest first (other files are ignored)."""
    if not directory.is_dir():
        return []
    found = [p for p in directory.iterdir() if p.is_file() and NAME_RE.match(p.name)]
    found.sort(key=_sort_key, reverse=True)
    infos = []
    for path in found:
        stamp = _sort_key(path)[0]
        infos.append(BackupInfo(path, datetime.strptime(stamp, "%Y%m%d-%H%M%S"), path.stat().st_size))
    return infos


def prune_backups(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups (and their checksum files); returns what was removed."""
    removed = []
    for info in list_backups(directory)[max(keep, 1):]:
        info.path.unlink(missing_ok=True)
        info.path.with_name(info.name + CHECKSUM_SUFFIX).unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write_checksum(path: Path, sha256: str) -> None:
    # The format of `sha256sum`, so the copy can also be checked by hand.
    path.with_name(path.name + CHECKSUM_SUFFIX).write_text(f"{sha256}  {path.name}\n", encoding="utf-8")


def _stored_checksum(path: Path) -> str | None:
    side = path.with_name(path.name + CHECKSUM_SUFFIX)
    if not side.is_file():
        return None
    text = side.read_text(encoding="utf-8", errors="replace").split()
    return text[0].lower() if text else ""


# ---------------------------------------------------------------- the policy


def default_backup_dir(database: Database) -> Path:
    """`backups/` beside the SQLite file (beside the default location for PostgreSQL)."""
    path = database.sqlite_path
    return (path.parent if path is not None else default_sqlite_path().parent) / "backups"


def backup_policy(session: Session, default_dir: Path) -> BackupPolicy:
    """The stored policy, with the defaults for what was never set."""
    directory = str(settings.get_value(session, KEY_DIR, "") or "").strip()
    last = settings.get_value(session, KEY_LAST)
    return BackupPolicy(
        directory=Path(directory).expanduser() if directory else default_dir,
        keep=int(settings.get_value(session, KEY_KEEP, DEFAULT_KEEP)),
        interval_hours=int(settings.get_value(session, KEY_INTERVAL, DEFAULT_INTERVAL_HOURS)),
        last_at=datetime.fromisoformat(str(last)) if last else None,
    )


def read_policy(database: Database) -> BackupPolicy:
    """The policy of `database`, read in its own transaction."""
    with database.read() as session:
        return backup_policy(session, default_backup_dir(database))


def save_backup_policy(session: Session, actor: Actor, directory: str, keep: int,
                       interval_hours: int) -> None:
    """Store the policy; an empty directory means the default folder."""
    actor.require_any(role_names.ADMIN)
    if not 1 <= keep <= MAX_KEEP:
        raise DomainError("backup_keep_invalid", keep=keep, max=MAX_KEEP)
    if not 0 <= interval_hours <= MAX_INTERVAL_HOURS:
        raise DomainError("backup_interval_invalid", hours=interval_hours)
    changes: dict[str, Any] = {KEY_DIR: directory.strip(), KEY_KEEP: keep, KEY_INTERVAL: interval_hours}
    for key, value in changes.items():
        if settings.get_value(session, key) != value:
            settings.set_value(session, actor, key, value)


def backup_due(session: Session, now: datetime) -> bool:
    """True when scheduled backups are on and the last one is at least one interval old."""
    hours = int(settings.get_value(session, KEY_INTERVAL, DEFAULT_INTERVAL_HOURS))
    if hours <= 0:
        return False
    last = settings.get_value(session, KEY_LAST)
    if not last:
        return True
    elapsed = now - datetime.fromisoformat(str(last))
    # A last time in the future means the clock was set back: back up rather than wait for it.
    return elapsed < timedelta(0) or elapsed >= timedelta(hours=hours)


def _store_last_at(session: Session, when: datetime) -> None:
    # Not through settings.set_value: the backup's own audit event already records the time.
    row = session.get(Setting, KEY_LAST)
    if row is None:
        session.add(Setting(key=KEY_LAST, value=when.isoformat(timespec="seconds")))
    else:
        row.value = when.isoformat(timespec="seconds")


# ---------------------------------------------------------------- copy and verify


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=30)


def _copy(source: sqlite3.Connection, destination: Path, progress: Progress) -> None:
    """Page-by-page online copy; a cancelled or failed copy leaves no file behind."""

    def step(_status: int, remaining: int, total: int) -> None:
        progress.report(total - remaining, total, "")
        if progress.cancelled():
            raise Cancelled()

    dst = sqlite3.connect(str(destination))
    try:
        source.backup(dst, pages=_PAGES_PER_STEP, progress=step)
        # One self-contained file: no -wal beside the copy.
        dst.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        dst.close()
        destination.unlink(missing_ok=True)
        raise
    dst.close()


@contextmanager
def _no_leftovers(path: Path) -> Iterator[None]:
    """Reading a WAL-mode file (a plain copy of a live database) leaves -wal/-shm beside it: remove ours."""
    sidecars = {path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")}
    existing = {p for p in sidecars if p.exists()}
    try:
        yield
    finally:
        for extra in sidecars - existing:
            if extra.exists() and (extra.name.endswith("-shm") or extra.stat().st_size == 0):
                extra.unlink(missing_ok=True)


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def verify_backup(path: Path) -> BackupCheck:
    """Check a backup file: checksum, integrity, a known schema version and an intact audit chain."""
    if not path.is_file():
        raise DomainError("backup_not_found", file=str(path))
    with _no_leftovers(path):
        return _verify(path)


def _verify(path: Path) -> BackupCheck:
    name = path.name
    sha256 = file_sha256(path)
    stored = _stored_checksum(path)
    if stored is not None and stored != sha256:
        raise DomainError("backup_checksum", file=name)
    try:
        conn = _read_only(path)
        try:
            result = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
            tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            row = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                   if "alembic_version" in tables else None)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DomainError("backup_corrupt", file=name, detail=str(exc)) from exc
    if result != ["ok"]:
        raise DomainError("backup_corrupt", file=name, detail="; ".join(result[:3]))
    if row is None or "audit_events" not in tables:
        raise DomainError("backup_not_ours", file=name)
    revision = str(row[0])
    if not _known_revision(revision):
        raise DomainError("backup_too_new", file=name, revision=revision)
    engine = create_engine("sqlite://", creator=lambda: _read_only(path), poolclass=NullPool)
    try:
        with Session(engine) as session:
            report = audit.verify_chain(session)
    except Exception as exc:  # a damaged row can fail to decode even after integrity_check
        raise DomainError("backup_corrupt", file=name, detail=str(exc)) from exc
    finally:
        engine.dispose()
    if not report.ok:
        raise DomainError("backup_audit_broken", file=name, seq=report.broken_seq)
    return BackupCheck(revision, report.count, sha256)


def _sqlite_path(database: Database) -> Path:
    path = database.sqlite_path
    if path is None:
        raise DomainError("backup_sqlite_only")
    return path


# ---------------------------------------------------------------- backup and restore


def backup_sqlite(database: Database, dest_dir: Path, keep: int, *, actor: Actor,
                  now: datetime | None = None, progress: Progress | None = None) -> Path:
    """Copy the live file into `dest_dir`, verify the copy, record it, then keep the newest `keep`."""
    actor.require_any(role_names.ADMIN)
    source_path = _sqlite_path(database)
    now = now or datetime.now()
    progress = progress or NullProgress()
    dest_dir.mkdir(parents=True, exist_ok=True)
    final = new_backup_path(dest_dir, now)
    partial = final.with_name(final.name + ".partial")
    source = sqlite3.connect(str(source_path), timeout=30)
    try:
        _copy(source, partial, progress)
    finally:
        source.close()
    try:
        check = verify_backup(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(final)
    _write_checksum(final, check.sha256)
    size = final.stat().st_size
    with database.write() as session:
        audit.record(session, actor, "backup.create", "backup", final.name,
                     {"path": str(final), "size": size, "sha256": check.sha256, "revision": check.revision,
                      "audit_events": check.audit_events})
        _store_last_at(session, now)
    prune_backups(dest_dir, keep)
    return final


def _snapshot(source_path: Path, dest_dir: Path, now: datetime) -> Path:
    """The automatic backup before a restore: the state as it is, even if it no longer verifies."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = new_backup_path(dest_dir, now)
    try:
        source = sqlite3.connect(str(source_path), timeout=30)
        try:
            _copy(source, target, NullProgress())
        finally:
            source.close()
    except sqlite3.DatabaseError:
        # A damaged live file may refuse the online copy: keep its raw bytes (and WAL) instead.
        shutil.copyfile(source_path, target)
        wal = source_path.with_name(source_path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    _write_checksum(target, file_sha256(target))
    return target


def restore_sqlite(database: Database, backup_file: Path, auto_backup_dir: Path, *, actor: Actor,
                   now: datetime | None = None) -> Path:
    """Replace the live data with a verified backup after backing up the current state; returns that backup."""
    actor.require_any(role_names.ADMIN)
    live = _sqlite_path(database)
    check = verify_backup(backup_file)  # refused here, nothing has changed yet
    auto = _snapshot(live, auto_backup_dir, now or datetime.now())
    # Pooled connections would keep reading the old pages; the restore then takes the write lock.
    database.dispose()
    with _no_leftovers(backup_file), closing(_read_only(backup_file)) as source, \
            closing(sqlite3.connect(str(live), timeout=30)) as target:
        source.backup(target, pages=_PAGES_PER_STEP)
    database.dispose()
    upgrade_to_head(database, backup=False)  # an older backup is brought to this program's schema
    with database.write() as session:
        audit.record(session, actor, "backup.restore", "backup", backup_file.name,
                     {"path": str(backup_file), "sha256": check.sha256, "revision": check.revision,
                      "auto_backup": str(auto)})
    return auto


def run_scheduled_backup(database: Database, actor: Actor, now: Callable[[], datetime] = datetime.now,
                         progress: Progress | None = None) -> Path | None:
    """The timer's job: back up when due by the stored policy; None when nothing was due."""
    if database.sqlite_path is None:
        return None
    moment = now()
    with database.read() as session:
        if not backup_due(session, moment):
            return None
        policy = backup_policy(session, default_backup_dir(database))
    return backup_sqlite(database, policy.directory, policy.keep, actor=actor, now=moment, progress=progress)
