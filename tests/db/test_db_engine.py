"""SQLite engine behaviour: pragmas, BEGIN IMMEDIATE for writes, sessions, network-share refusal."""

from __future__ import annotations

import threading
import time
from pathlib import Path, PureWindowsPath
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

import db.engine as engine_mod
from db.engine import (
    Database,
    DatabaseLocationError,
    check_not_network_share,
    open_database,
    parse_mounts,
)
from db.models import Setting


def test_pragmas_in_effect(sqlite_db: Database) -> None:
    for session_factory in (sqlite_db.read, sqlite_db.write):
        with session_factory() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA busy_timeout")).scalar() == 10000
            assert s.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


def test_write_begins_immediate_and_read_deferred(sqlite_db: Database) -> None:
    seen: list[str] = []

    @event.listens_for(sqlite_db.engine, "before_cursor_execute")
    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    with sqlite_db.write() as s:
        s.execute(text("SELECT 1"))
    assert seen[0] == "BEGIN IMMEDIATE"
    seen.clear()
    with sqlite_db.read() as s:
        s.execute(text("SELECT 1"))
    assert seen[0] == "BEGIN"
    seen.clear()
    with sqlite_db.sessionmaker.begin() as s:  # what services use
        s.execute(text("SELECT 1"))
    assert seen[0] == "BEGIN IMMEDIATE"


def test_write_commits_and_rolls_back(sqlite_db: Database) -> None:
    with sqlite_db.write() as s:
        setting = Setting(key="a", value={"x": 1})
        s.add(setting)
    assert setting.value == {"x": 1}  # expire_on_commit=False: usable after the transaction
    with pytest.raises(RuntimeError), sqlite_db.write() as s:
        s.add(Setting(key="b", value=2))
        s.flush()
        raise RuntimeError("boom")
    with sqlite_db.read() as s:
        s.add(Setting(key="c", value=3))
        s.flush()
    with sqlite_db.read() as s:
        assert s.execute(text("SELECT key FROM settings")).scalars().all() == ["a"]


def test_second_writer_waits_instead_of_failing(sqlite_db: Database) -> None:
    first_has_lock = threading.Event()
    errors: list[BaseException] = []
    seen_by_second: list[int] = []

    def first() -> None:
        try:
            with sqlite_db.write() as s:
                s.execute(text("SELECT count(*) FROM settings")).scalar()
                first_has_lock.set()
                time.sleep(0.5)
                s.add(Setting(key="first", value=1))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            first_has_lock.set()

    thread = threading.Thread(target=first)
    thread.start()
    assert first_has_lock.wait(5)
    started = time.monotonic()
    # Read, then write, in one transaction: with a deferred BEGIN this is the classic
    # "database is locked"; BEGIN IMMEDIATE makes it wait for the first writer instead.
    with sqlite_db.write() as s:
        seen_by_second.append(s.execute(text("SELECT count(*) FROM settings")).scalar_one())
        s.add(Setting(key="second", value=2))
    waited = time.monotonic() - started
    thread.join(5)
    assert not errors
    assert waited > 0.3
    assert seen_by_second == [1]
    with sqlite_db.read() as s:
        assert sorted(s.execute(text("SELECT key FROM settings")).scalars()) == ["first", "second"]


def test_deferred_read_then_write_fails_which_is_why_writes_are_immediate(sqlite_db: Database) -> None:
    deferred = sqlite_db.engine.execution_options(sqlite_begin="DEFERRED")
    with deferred.connect() as a, deferred.connect() as b:
        a.begin()
        b.begin()
        a.execute(text("SELECT count(*) FROM settings")).scalar()
        b.execute(text("SELECT count(*) FROM settings")).scalar()
        a.execute(text("INSERT INTO settings (key, value) VALUES ('a', '1')"))
        a.commit()
        with pytest.raises(OperationalError, match="locked"):
            b.execute(text("INSERT INTO settings (key, value) VALUES ('b', '2')"))
        b.rollback()


def test_unknown_begin_mode_rejected(sqlite_db: Database) -> None:
    with pytest.raises(ValueError, match="sqlite_begin"):
        with sqlite_db.engine.execution_options(sqlite_begin="LATER").connect() as conn:
            conn.execute(text("SELECT 1"))


FAKE_MOUNTS = parse_mounts(
    "/dev/sda1 / ext4 rw 0 0\n"
    "//nas/office /mnt/office cifs rw 0 0\n"
    "/dev/sdb1 /mnt/office/local ext4 rw 0 0\n"
    "nas:/export /srv/nfs\\040share nfs4 rw 0 0\n"
    "user@host:/x /home/u/remote fuse.sshfs rw 0 0\n"
)


@pytest.mark.parametrize(
    "path",
    ["/mnt/office/shuangsuiji.sqlite3", "/mnt/office/a/b/c.db", "/srv/nfs share/x.db", "/home/u/remote/x.db"],
)
def test_network_mounts_refused(path: str) -> None:
    with pytest.raises(DatabaseLocationError) as info:
        check_not_network_share(path, mounts=FAKE_MOUNTS, windows=False)
    assert "网络共享" in str(info.value) and "PostgreSQL" in str(info.value)
    assert info.value.message_zh == str(info.value)


@pytest.mark.parametrize(
    "path", ["/home/u/x.db", "/mnt/office/local/x.db", "/mnt/officex/x.db", "/srv/nfs/x.db", "/mnt/office"]
)
def test_local_mounts_allowed(path: str) -> None:
    if path == "/mnt/office":  # the mount point itself is on the share
        with pytest.raises(DatabaseLocationError):
            check_not_network_share(path, mounts=FAKE_MOUNTS, windows=False)
    else:
        check_not_network_share(path, mounts=FAKE_MOUNTS, windows=False)


@pytest.mark.parametrize("windows", [False, True])
@pytest.mark.parametrize("path", [r"\\server\share\shuangsuiji.sqlite3", r"\\?\UNC\server\share\x.db"])
def test_unc_paths_refused(path: str, windows: bool) -> None:
    with pytest.raises(DatabaseLocationError):
        check_not_network_share(path, mounts=[], windows=windows, drive_type=lambda _root: 3)


def test_forward_slash_unc_is_a_share_only_on_windows() -> None:
    with pytest.raises(DatabaseLocationError):
        check_not_network_share("//server/share/x.db", windows=True, drive_type=lambda _root: 3)
    check_not_network_share("//home/u/x.db", mounts=FAKE_MOUNTS, windows=False)


def test_mapped_network_drive_refused() -> None:
    drives = {"Z:\\": 4, "C:\\": 3}
    with pytest.raises(DatabaseLocationError):
        check_not_network_share(
            PureWindowsPath(r"Z:\data\x.sqlite3"), windows=True, drive_type=drives.__getitem__
        )
    check_not_network_share(
        PureWindowsPath(r"C:\data\x.sqlite3"), windows=True, drive_type=drives.__getitem__
    )
    check_not_network_share(r"\\?\C:\data\x.sqlite3", windows=True, drive_type=drives.__getitem__)


def test_open_database_refuses_a_share_before_touching_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    monkeypatch.setattr(engine_mod, "_read_proc_mounts", lambda: [("/", "ext4"), (str(share), "nfs")])
    with pytest.raises(DatabaseLocationError):
        open_database(str(share / "sub" / "x.sqlite3"))
    assert not share.exists()


def test_open_database_creates_the_folder(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "new" / "dir" / "x.sqlite3"))
    try:
        assert (tmp_path / "new" / "dir" / "x.sqlite3").is_file()
    finally:
        database.dispose()
