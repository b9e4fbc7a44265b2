"""The immutability triggers refuse raw SQL changes to locked draws and published results."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db.engine import Database
from db.triggers import DRAW_LOCKED, PUBLISHED_IMMUTABLE, immutability_violation, trigger_names

CHILD_TABLES = {
    "draw_selections": "selection",
    "draw_team_members": "team_member",
    "draw_witnesses": "witness",
}


def execute(database: Database, sql: str, **params: Any) -> int:
    with database.write() as s:
        return s.execute(text(sql), params).rowcount  # type: ignore[attr-defined,no-any-return]


def assert_refused(database: Database, sql: str, code: str, **params: Any) -> None:
    with pytest.raises(IntegrityError) as info:
        execute(database, sql, **params)
    assert code in str(info.value)
    assert immutability_violation(info.value) == code


def lock(database: Database, draw_id: int) -> None:
    # The transition computed → locked itself must pass the trigger.
    assert execute(database, "UPDATE draws SET state = 'locked' WHERE id = :id", id=draw_id) == 1


def test_triggers_installed(any_db: Database) -> None:
    with any_db.read() as s:
        if any_db.dialect == "sqlite":
            rows = s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        else:
            rows = s.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"))
        assert set(rows.scalars()) == set(trigger_names(any_db.dialect))


def test_unlocked_draw_can_change(any_db: Database, seeded: Callable[..., Any]) -> None:
    ids = seeded(any_db)
    assert execute(any_db, "UPDATE draws SET operator = 'x' WHERE id = :id", id=ids.draw) == 1
    for table, attr in CHILD_TABLES.items():
        assert execute(any_db, f"DELETE FROM {table} WHERE id = :id", id=getattr(ids, attr)) == 1
    assert execute(any_db, "UPDATE draw_events SET kind = 'x' WHERE id = :id", id=ids.event) == 1
    assert execute(any_db, "DELETE FROM draw_events WHERE id = :id", id=ids.event) == 1
    assert execute(any_db, "DELETE FROM draws WHERE id = :id", id=ids.draw) == 1


def test_locked_draw_cannot_be_updated_or_deleted(any_db: Database, seeded: Callable[..., Any]) -> None:
    ids = seeded(any_db)
    lock(any_db, ids.draw)
    assert_refused(any_db, "UPDATE draws SET result_hash = 'forged' WHERE id = :id", DRAW_LOCKED, id=ids.draw)
    assert_refused(any_db, "UPDATE draws SET state = 'computed' WHERE id = :id", DRAW_LOCKED, id=ids.draw)
    assert_refused(any_db, "DELETE FROM draws WHERE id = :id", DRAW_LOCKED, id=ids.draw)
    with any_db.read() as s:
        state = s.execute(text("SELECT state FROM draws WHERE id = :id"), {"id": ids.draw}).scalar_one()
    assert state == "locked"


@pytest.mark.parametrize("table", sorted(CHILD_TABLES))
def test_locked_draw_children_frozen(any_db: Database, seeded: Callable[..., Any], table: str) -> None:
    ids = seeded(any_db)
    lock(any_db, ids.draw)
    row = getattr(ids, CHILD_TABLES[table])
    column = {"draw_selections": "status", "draw_team_members": "role", "draw_witnesses": "name"}[table]
    assert_refused(any_db, f"UPDATE {table} SET {column} = 'forged' WHERE id = :id", DRAW_LOCKED, id=row)
    assert_refused(any_db, f"DELETE FROM {table} WHERE id = :id", DRAW_LOCKED, id=row)
    inserts = {
        "draw_selections": "INSERT INTO draw_selections (draw_id, target_id, target_code, stratum, position,"
        " key_hex, status) VALUES (:d, :t, 'extra', 'B', 2, 'ff', 'drawn')",
        "draw_team_members": "INSERT INTO draw_team_members (draw_id, target_code, inspector_id,"
        " inspector_code, role, position) VALUES (:d, 'extra', :i, 'S', 'member', 2)",
        "draw_witnesses": "INSERT INTO draw_witnesses (draw_id, seat, name, affiliation, digits)"
        " VALUES (:d, 2, '赵六', '', '2718')",
    }
    params = {
        k: v
        for k, v in {"d": ids.draw, "t": ids.target, "i": ids.inspector}.items()
        if f":{k}" in inserts[table]
    }
    assert_refused(any_db, inserts[table], DRAW_LOCKED, **params)


def test_child_cannot_be_moved_into_locked_draw(any_db: Database, seeded: Callable[..., Any]) -> None:
    locked, open_ = seeded(any_db), seeded(any_db)
    lock(any_db, locked.draw)
    assert_refused(
        any_db,
        "UPDATE draw_witnesses SET draw_id = :d, seat = 9 WHERE id = :id",
        DRAW_LOCKED,
        d=locked.draw,
        id=open_.witness,
    )


def test_locked_draw_events_append_only(any_db: Database, seeded: Callable[..., Any]) -> None:
    ids = seeded(any_db)
    lock(any_db, ids.draw)
    # A post-lock replacement is recorded as a new event.
    inserted = execute(
        any_db,
        "INSERT INTO draw_events (draw_id, seq, kind, payload, in_sr1, approved_by)"
        " VALUES (:d, 2, 'replacement', '{}', false, '负责人')",
        d=ids.draw,
    )
    assert inserted == 1
    assert_refused(any_db, "UPDATE draw_events SET kind = 'forged' WHERE id = :id", DRAW_LOCKED, id=ids.event)
    assert_refused(any_db, "DELETE FROM draw_events WHERE id = :id", DRAW_LOCKED, id=ids.event)
    assert_refused(any_db, "DELETE FROM draw_events WHERE draw_id = :d", DRAW_LOCKED, d=ids.draw)


@pytest.mark.parametrize(
    ("table", "column", "attr"),
    [
        ("publications", "published_by", "publication"),
        ("published_results", "result_text", "result"),
        ("corrections", "reason", "correction"),
    ],
)
def test_published_rows_immutable(
    any_db: Database, seeded: Callable[..., Any], table: str, column: str, attr: str
) -> None:
    ids = seeded(any_db)
    row = getattr(ids, attr)
    assert_refused(
        any_db, f"UPDATE {table} SET {column} = 'forged' WHERE id = :id", PUBLISHED_IMMUTABLE, id=row
    )
    assert_refused(any_db, f"DELETE FROM {table} WHERE id = :id", PUBLISHED_IMMUTABLE, id=row)


def test_correction_adds_a_new_version(any_db: Database, seeded: Callable[..., Any]) -> None:
    ids = seeded(any_db)
    execute(
        any_db,
        "INSERT INTO published_results (publication_id, record_id, version, target_name, target_code,"
        " result_text, remarks) VALUES (:p, :r, 3, '甲公司', 'x', '更正后的结果', '')",
        p=ids.publication,
        r=ids.record,
    )
    with any_db.read() as s:
        versions = (
            s.execute(
                text("SELECT version FROM published_results WHERE record_id = :r ORDER BY version"),
                {"r": ids.record},
            )
            .scalars()
            .all()
        )
    assert versions == [1, 2, 3]


def test_audit_events_can_be_tampered_with(any_db: Database) -> None:
    # No trigger on purpose: the hash chain detects tampering, and its tests simulate it.
    execute(
        any_db,
        "INSERT INTO audit_events (seq, at, actor, action, entity, entity_id, details, prev_hash, hash)"
        " VALUES (1, '2026-01-01T00:00:00', 'a', 'login', '', '', '{}', :z, :h)",
        z="0" * 64,
        h="1" * 64,
    )
    assert execute(any_db, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 1") == 1
    assert execute(any_db, "DELETE FROM audit_events WHERE seq = 1") == 1


@pytest.mark.pg
def test_truncate_refused_on_postgresql(pg_db: Database, seeded: Callable[..., Any]) -> None:
    ids = seeded(pg_db)
    assert_refused(pg_db, "TRUNCATE published_results CASCADE", PUBLISHED_IMMUTABLE)
    lock(pg_db, ids.draw)
    assert_refused(pg_db, "TRUNCATE draw_events", DRAW_LOCKED)
