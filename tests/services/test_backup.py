"""Backups: identical copies, pruning, refusing damaged files, restore with an automatic backup, CLI, pg_dump."""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Row, select, text
from sqlalchemy.orm import Session

from db.engine import Database
from db.models import AuditEvent, Target
from desktop.commands import backup_cmd
from desktop.core.errors import DomainError
from desktop.services import audit, backup, backup_pg
from desktop.services.context import SYSTEM, Actor
from tests.services.builders import OPERATOR, make_bureau, uscc

ADMIN = Actor("admin", "管理员", frozenset({"admin"}))
T0 = datetime(2026, 3, 2, 9, 30, 0)


def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _dump(path: Path) -> list[str]:
    conn = _ro(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows in rowid order."""
    conn = _ro(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}
    finally:
        conn.close()


@pytest.fixture
def bureau(db: Database) -> Database:
    make_bureau(db, targets=24)
    return db


def _live(db: Database) -> Path:
    path = db.sqlite_path
    assert path is not None
    return path


def _last_event(s: Session) -> Row[tuple[str, str, str, str]]:
    return s.execute(select(AuditEvent.actor, AuditEvent.action, AuditEvent.entity_id, AuditEvent.details)
                     .order_by(AuditEvent.seq.desc()).limit(1)).one()


def _flip(path: Path, offset: int, count: int = 4) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _add_target(db: Database, n: int) -> None:
    with db.write() as s:
        s.add(Target(code=uscc(n), name=f"新增宾馆{n}", risk_class="A", industry="旅馆业", jurisdiction="温泉派出所"))


def test_backup_is_an_identical_verified_copy(bureau: Database, tmp_path: Path) -> None:
    live = _live(bureau)
    before_rows, before_dump = _rows(live), _dump(live)
    made = backup.backup_sqlite(bureau, tmp_path / "bk", 5, actor=ADMIN, now=T0)
    assert made.name == "shuangsuiji-20260302-093000.sqlite3"
    assert _rows(made) == before_rows
    assert _dump(made) == before_dump
    # One self-contained file with a sha256sum-style checksum beside it.
    assert not made.with_name(made.name + "-wal").exists()
    checksum = made.with_name(made.name + ".sha256").read_text(encoding="utf-8")
    assert checksum == f"{backup.file_sha256(made)}  {made.name}\n"
    check = backup.verify_backup(made)
    assert check.revision and check.audit_events == len(before_rows["audit_events"])
    with bureau.read() as s:
        last = _last_event(s)
        assert audit.verify_chain(s).ok
        policy = backup.backup_policy(s, tmp_path)
    assert (last.actor, last.action, last.entity_id) == ("admin", "backup.create", made.name)
    assert json.loads(last.details)["sha256"] == check.sha256
    assert policy.last_at == T0


def test_restore_brings_back_the_backed_up_database(bureau: Database, tmp_path: Path) -> None:
    live = _live(bureau)
    made = backup.backup_sqlite(bureau, tmp_path / "bk", 5, actor=ADMIN, now=T0)
    backed_up = _rows(made)
    _add_target(bureau, 900)
    with bureau.write() as s:
        s.execute(text("UPDATE targets SET name = '改过的名称' WHERE id = 1"))
    assert _rows(live) != backed_up

    backup.restore_sqlite(bureau, made, tmp_path / "auto", actor=ADMIN, now=T0 + timedelta(hours=1))

    restored = _rows(live)
    # Every table is as it was, except that the restore itself is appended to the audit log.
    assert {k: v for k, v in restored.items() if k != "audit_events"} == \
        {k: v for k, v in backed_up.items() if k != "audit_events"}
    assert restored["audit_events"][:-1] == backed_up["audit_events"]
    extra = set(_dump(live)) - set(_dump(made))
    assert len(extra) == 1 and set(_dump(made)) <= set(_dump(live))
    assert next(iter(extra)).startswith('INSERT INTO "audit_events"') and "backup.restore" in next(iter(extra))
    with bureau.read() as s:
        assert audit.verify_chain(s).ok
        last = _last_event(s)
        assert s.scalar(select(Target.name).where(Target.id == 1)) != "改过的名称"
    assert last.action == "backup.restore" and json.loads(last.details)["sha256"] == backup.file_sha256(made)


def test_restore_makes_an_automatic_backup_of_the_current_state_first(bureau: Database, tmp_path: Path) -> None:
    live = _live(bureau)
    made = backup.backup_sqlite(bureau, tmp_path / "bk", 5, actor=ADMIN, now=T0)
    _add_target(bureau, 901)
    current_dump = _dump(live)
    auto = backup.restore_sqlite(bureau, made, tmp_path / "auto", actor=ADMIN, now=T0 + timedelta(minutes=5))
    assert auto.parent == tmp_path / "auto" and auto.name == "shuangsuiji-20260302-093500.sqlite3"
    assert _dump(auto) == current_dump  # the state just before the restore, new target included
    with bureau.read() as s:
        details = json.loads(s.scalars(select(AuditEvent.details).order_by(AuditEvent.seq.desc()).limit(1)).one())
    assert details["auto_backup"] == str(auto)
    # The automatic backup can itself be restored: the restore is undoable.
    backup.restore_sqlite(bureau, auto, tmp_path / "auto", actor=ADMIN)
    with bureau.read() as s:
        assert s.scalar(select(Target.id).where(Target.code == uscc(901))) is not None


def test_pruning_keeps_the_newest_n(bureau: Database, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    folder.mkdir()
    (folder / "notes.txt").write_text("不是备份", encoding="utf-8")
    made = [backup.backup_sqlite(bureau, folder, 3, actor=ADMIN, now=T0 + timedelta(hours=h)) for h in range(5)]
    listed = backup.list_backups(folder)
    assert [b.path for b in listed] == made[:1:-1]  # newest first: hours 4, 3, 2
    assert all(b.size > 0 for b in listed) and listed[0].created == T0 + timedelta(hours=4)
    assert not made[0].exists() and not made[0].with_name(made[0].name + ".sha256").exists()
    assert (folder / "notes.txt").exists()
    # Two backups in the same second get distinct names and still sort newest first.
    again = backup.backup_sqlite(bureau, folder, 10, actor=ADMIN, now=T0 + timedelta(hours=4))
    assert again.name == "shuangsuiji-20260302-133000-1.sqlite3"
    assert backup.list_backups(folder)[0].path == again


@pytest.mark.parametrize("keep_checksum", [True, False])
def test_a_corrupted_backup_is_refused_and_nothing_changes(bureau: Database, tmp_path: Path,
                                                          keep_checksum: bool) -> None:
    live = _live(bureau)
    made = backup.backup_sqlite(bureau, tmp_path / "bk", 5, actor=ADMIN, now=T0)
    if not keep_checksum:
        made.with_name(made.name + ".sha256").unlink()
    _flip(made, 4096 + 0, 8)  # the b-tree header of page 2
    _add_target(bureau, 902)
    before = _dump(live)
    with pytest.raises(DomainError) as err:
        backup.restore_sqlite(bureau, made, tmp_path / "auto", actor=ADMIN)
    assert err.value.code == ("backup_checksum" if keep_checksum else "backup_corrupt")
    assert _dump(live) == before
    assert not (tmp_path / "auto").exists()  # refused before the automatic backup


def test_a_backup_with_a_broken_audit_chain_is_refused(bureau: Database, tmp_path: Path) -> None:
    made = backup.backup_sqlite(bureau, tmp_path / "bk", 5, actor=ADMIN, now=T0)
    conn = sqlite3.connect(made)
    conn.execute("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2")
    conn.commit()
    conn.close()
    made.with_name(made.name + ".sha256").unlink()  # a copy brought from elsewhere has none
    with pytest.raises(DomainError) as err:
        backup.verify_backup(made)
    assert (err.value.code, err.value.params["seq"]) == ("backup_audit_broken", 2)


def test_files_that_are_not_our_backups_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "shuangsuiji-20260101-000000.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DomainError) as err:
        backup.verify_backup(other)
    assert err.value.code == "backup_not_ours"
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DomainError) as err:
        backup.verify_backup(junk)
    assert err.value.code == "backup_corrupt"
    with pytest.raises(DomainError) as err:
        backup.verify_backup(tmp_path / "missing.sqlite3")
    assert err.value.code == "backup_not_found"


def test_only_admins_back_up_and_restore(bureau: Database, tmp_path: Path) -> None:
    with pytest.raises(DomainError) as err:
        backup.backup_sqlite(bureau, tmp_path / "bk", 5, actor=OPERATOR)
    assert err.value.code == "forbidden"
    made = backup.backup_sqlite(bureau, tmp_path / "bk", 5, actor=SYSTEM)
    with pytest.raises(DomainError):
        backup.restore_sqlite(bureau, made, tmp_path / "auto", actor=OPERATOR)
    with bureau.write() as s, pytest.raises(DomainError):
        backup.save_backup_policy(s, OPERATOR, "", 5, 24)


def test_policy_defaults_validation_and_due(bureau: Database, tmp_path: Path) -> None:
    default_dir = backup.default_backup_dir(bureau)
    assert default_dir == _live(bureau).parent / "backups"
    policy = backup.read_policy(bureau)
    assert (policy.directory, policy.keep, policy.interval_hours, policy.last_at) == (default_dir, 10, 24, None)
    with bureau.read() as s:
        assert backup.backup_due(s, T0)  # never backed up
    with bureau.write() as s:
        backup.save_backup_policy(s, ADMIN, str(tmp_path / "elsewhere"), 3, 12)
        for bad in ((0, 12), (5, -1)):
            with pytest.raises(DomainError):
                backup.save_backup_policy(s, ADMIN, "", *bad)
    policy = backup.read_policy(bureau)
    assert (policy.directory, policy.keep, policy.interval_hours) == (tmp_path / "elsewhere", 3, 12)
    assert backup.run_scheduled_backup(bureau, SYSTEM, now=lambda: T0) is not None
    with bureau.read() as s:
        assert not backup.backup_due(s, T0 + timedelta(hours=11, minutes=59))
        assert backup.backup_due(s, T0 + timedelta(hours=12))
        assert backup.backup_due(s, T0 - timedelta(days=1))  # the clock was set back
    assert backup.run_scheduled_backup(bureau, SYSTEM, now=lambda: T0 + timedelta(hours=1)) is None
    assert len(backup.list_backups(tmp_path / "elsewhere")) == 1
    with bureau.write() as s:
        backup.save_backup_policy(s, ADMIN, "", 3, 0)
    with bureau.read() as s:
        assert not backup.backup_due(s, T0 + timedelta(days=30))  # 0 hours = scheduled backups off
        changed = s.scalars(select(AuditEvent.entity_id).where(AuditEvent.action == "setting.change")).all()
    assert {"backup.dir", "backup.keep", "backup.interval_hours"} <= set(changed)


# ---------------------------------------------------------------- the CLI


def _cli(argv: list[str]) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="shuangsuiji")
    parser.add_argument("--db", default=None)
    backup_cmd.register(parser.add_subparsers(dest="command"), common)
    args = parser.parse_args(argv)
    return int(args.handler(args))


class _Stdin:
    def __init__(self, tty: bool, answer: str = "") -> None:
        self._tty, self._answer = tty, answer

    def isatty(self) -> bool:
        return self._tty

    def readline(self) -> str:
        return self._answer + "\n"


def test_cli_backup_and_restore_exit_codes(bureau: Database, tmp_path: Path, capsys, monkeypatch) -> None:
    url, folder = bureau.url, tmp_path / "bk"
    bureau.dispose()
    assert _cli(["backup", "--db", url, "--dir", str(folder), "--keep", "2"]) == 0
    made = backup.list_backups(folder)[0].path
    assert str(made) in capsys.readouterr().out
    assert _cli(["backup", "--db", url, "--dir", str(folder), "--keep", "0"]) == 2

    monkeypatch.setattr("sys.stdin", _Stdin(tty=False))
    assert _cli(["restore", str(made), "--db", url]) == 2  # no terminal to confirm on
    assert "--yes" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", _Stdin(tty=True, answer="n"))
    assert _cli(["restore", str(made), "--db", url]) == 1
    monkeypatch.setattr("builtins.input", lambda prompt: "y")
    monkeypatch.setattr("sys.stdin", _Stdin(tty=True))
    assert _cli(["restore", str(made), "--db", url]) == 0
    assert "已自动备份" in capsys.readouterr().out
    assert _cli(["restore", str(made), "--db", url, "--yes"]) == 0
    assert _cli(["restore", str(tmp_path / "missing.sqlite3"), "--db", url, "--yes"]) == 2
    _flip(made, 4096, 8)
    assert _cli(["restore", str(made), "--db", url, "--yes"]) == 1
    err = capsys.readouterr().err
    assert "校验值不符" in err and "[backup_checksum]" in err  # the message in words, the code for support


# ---------------------------------------------------------------- PostgreSQL


def test_pg_dump_keeps_the_password_off_the_command_line(tmp_path: Path, monkeypatch) -> None:
    seen: dict[str, object] = {}

    def fake_run(command, env, **kwargs):
        seen["command"], seen["env"] = command, env
        Path(command[command.index("--file") + 1]).write_bytes(b"PGDMP")
        return subprocess.CompletedProcess(command, 0, "", "")

    monkeypatch.setattr(backup_pg.subprocess, "run", fake_run)
    out = backup_pg.pg_dump("postgresql+psycopg://clerk:s3cret@db.example:6543/bureau", tmp_path / "x.dump",
                            executable="pg_dump")
    assert out.read_bytes() == b"PGDMP"
    command = seen["command"]
    assert isinstance(command, list) and "s3cret" not in " ".join(command)
    assert command[:2] == ["pg_dump", "--format=custom"]
    for flag, value in (("--host", "db.example"), ("--port", "6543"), ("--username", "clerk"),
                        ("--dbname", "bureau")):
        assert command[command.index(flag) + 1] == value
    assert seen["env"]["PGPASSWORD"] == "s3cret"  # type: ignore[index]


def test_pg_restore_instructions_name_the_server_without_the_password() -> None:
    text_ = backup_pg.pg_restore_instructions("postgresql+psycopg://clerk:s3cret@db.example:6543/bureau")
    assert "pg_dump --format=custom" in text_ and "pg_restore" in text_
    assert "db.example" in text_ and "bureau" in text_ and "s3cret" not in text_


@pytest.mark.skipif(backup_pg.pg_dump_available() is None, reason="pg_dump is not on PATH")
def test_pg_dump_against_the_test_server(pg_db: Database, tmp_path: Path, capsys) -> None:
    make_bureau(pg_db, targets=8)
    made = backup_pg.backup_postgresql(pg_db, tmp_path / "pg", 2, actor=ADMIN, now=T0)
    assert made.name == "shuangsuiji-20260302-093000.dump" and made.read_bytes()[:5] == b"PGDMP"
    if backup_pg.pg_restore_available():
        entries = backup_pg.check_dump(made)
        assert entries is not None and entries > 10
    with pg_db.read() as s:
        last = _last_event(s)
        assert audit.verify_chain(s).ok
    assert last.action == "backup.create" and last.entity_id == made.name
    url = pg_db.url
    assert _cli(["backup", "--db", url, "--dir", str(tmp_path / "pg"), "--keep", "2"]) == 0
    assert len(backup.list_backups(tmp_path / "pg")) == 2
    assert _cli(["restore", str(made), "--db", url, "--yes"]) == 2  # PostgreSQL: pg_restore, not us
    assert "pg_restore" in capsys.readouterr().err
    with pytest.raises(DomainError) as err:
        backup.backup_sqlite(pg_db, tmp_path, 2, actor=ADMIN)
    assert err.value.code == "backup_sqlite_only"
