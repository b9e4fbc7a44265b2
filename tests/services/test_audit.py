"""The audit hash chain: appends, verification, tampering, concurrent writers on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main as cli_main
from desktop.services import audit
from desktop.services.context import Actor

ALICE = Actor("alice", "甲", frozenset({"operator"}))


def _append(db, n: int) -> None:
    with db.write() as s:
        for i in range(n):
            audit.record(s, ALICE, "test.action", "thing", i, {"i": i, "名称": "检查"})


def test_chain_verifies_and_links(db) -> None:
    _append(db, 5)
    with db.read() as s:
        report = audit.verify_chain(s)
        rows = s.execute(text("SELECT seq, prev_hash, hash FROM audit_events ORDER BY seq")).all()
    assert report.ok and report.count == 5
    assert rows[0].prev_hash == audit.GENESIS
    for a, b in zip(rows, rows[1:], strict=False):
        assert b.prev_hash == a.hash


@pytest.mark.parametrize(
    "tamper, broken",
    [
        ("UPDATE audit_events SET details = '[]' WHERE seq = 3", 3),
        ("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2", 2),
        ("DELETE FROM audit_events WHERE seq = 2", 3),
    ],
)
def test_tampering_is_found(db, tamper: str, broken: int) -> None:
    _append(db, 4)
    with db.write() as s:
        s.execute(text(tamper))
    with db.read() as s:
        report = audit.verify_chain(s)
    assert not report.ok
    assert report.broken_seq == broken


def test_inserted_row_is_found(db) -> None:
    _append(db, 3)
    with db.write() as s:
        s.execute(text("UPDATE audit_events SET seq = seq + 10 WHERE seq >= 2"))
        s.execute(text(
            "INSERT INTO audit_events (seq, at, actor, action, entity, entity_id, details, prev_hash, hash) "
            "VALUES (2, '2026-01-01T00:00:00', 'mallory', 'x', '', '', '{}', :p, :h)"
        ), {"p": "0" * 64, "h": "f" * 64})
    with db.read() as s:
        report = audit.verify_chain(s)
    assert not report.ok and report.broken_seq == 2


def test_cli_audit_verify_exit_codes(db, capsys) -> None:
    _append(db, 3)
    assert cli_main(["audit", "verify", "--db", db.url]) == 0
    assert "校验通过" in capsys.readouterr().out
    with db.write() as s:
        s.execute(text("UPDATE audit_events SET action = 'forged' WHERE seq = 2"))
    assert cli_main(["--db", db.url, "audit", "verify"]) == 1
    assert "第 2 号事件" in capsys.readouterr().out


_WRITER = """
import sys
from db.engine import open_database
from desktop.services import audit
from desktop.services.context import Actor
db = open_database(sys.argv[1], migrate=False)
who = Actor(sys.argv[2], sys.argv[2], frozenset({"operator"}))
for i in range(int(sys.argv[3])):
    with db.write() as s:
        audit.record(s, who, "concurrent", "n", i)
db.dispose()
"""


@pytest.mark.pg
def test_concurrent_writers_on_postgresql_keep_one_chain(pg_db, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    procs = [
        subprocess.Popen([sys.executable, str(script), pg_db.url, f"w{k}", "40"])
        for k in range(3)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    with pg_db.read() as s:
        report = audit.verify_chain(s)
    assert report.ok, report
    assert report.count == 120


def test_concurrent_writers_on_sqlite_keep_one_chain(db, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, str(script), db.url, f"w{k}", "25"]) for k in range(3)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    with db.read() as s:
        report = audit.verify_chain(s)
    assert report.ok and report.count == 75
