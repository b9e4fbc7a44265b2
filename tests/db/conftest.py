"""Fixtures for the persistence tests: databases and a seeded draw with published results."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from db.engine import Database, open_database
from db.models import (
    Correction,
    Draw,
    DrawEvent,
    DrawSelection,
    DrawTeamMember,
    DrawWitness,
    InspectionRecord,
    Inspector,
    Publication,
    PublishedResult,
    Target,
    Task,
)


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite file database, migrated to head."""
    database = open_database(str(tmp_path / "db.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def any_db(request: pytest.FixtureRequest) -> Database:
    """The same test on a SQLite file and on a fresh PostgreSQL database."""
    fixture = "sqlite_db" if request.param == "sqlite" else "pg_db"
    database: Database = request.getfixturevalue(fixture)
    return database


@dataclass(frozen=True)
class Seeded:
    """Ids of a draw with one row in each child table, and of a publication of its result."""

    task: int
    target: int
    inspector: int
    draw: int
    selection: int
    team_member: int
    witness: int
    event: int
    record: int
    publication: int
    result: int
    correction: int


def seed(database: Database, *, draw_state: str = "computed") -> Seeded:
    """Insert a task, a draw (in `draw_state`) with its rows, and a published, corrected result."""
    tag = uuid.uuid4().hex[:8]
    with database.write() as s:
        task = Task(
            number=f"测试抽查〔2026〕{tag}号",
            year=2026,
            seq=int(tag, 16) % 100_000,
            name="测试任务",
            window_start=date(2026, 3, 1),
            window_end=date(2026, 6, 30),
        )
        target = Target(code=f"9111{tag}", name="甲公司")
        inspector = Inspector(staff_no=f"S{tag}", name="张三")
        s.add_all([task, target, inspector])
        s.flush()
        draw = Draw(
            task_id=task.id,
            attempt=1,
            state=draw_state,
            targets_tsv=b"t",
            inspectors_tsv=b"i",
            conflicts_tsv=b"c",
            rules_tsv=b"r",
        )
        s.add(draw)
        s.flush()
        selection = DrawSelection(
            draw_id=draw.id,
            target_id=target.id,
            target_code=target.code,
            stratum="B",
            position=1,
            key_hex="0" * 64,
        )
        member = DrawTeamMember(
            draw_id=draw.id,
            target_code=target.code,
            inspector_id=inspector.id,
            inspector_code=inspector.staff_no,
            role="leader",
            position=1,
        )
        witness = DrawWitness(draw_id=draw.id, seat=1, name="李四", digits="314159")
        event = DrawEvent(draw_id=draw.id, seq=1, kind="ceremony", payload={"note": "开始"})
        record = InspectionRecord(task_id=task.id, target_id=target.id)
        s.add_all([selection, member, witness, event, record])
        s.flush()
        publication = Publication(task_id=task.id, published_on=date(2026, 7, 1), published_by="王五")
        s.add(publication)
        s.flush()
        results = [
            PublishedResult(
                publication_id=publication.id,
                record_id=record.id,
                version=v,
                target_name=target.name,
                target_code=target.code,
                result_text=text,
            )
            for v, text in ((1, "未发现问题"), (2, "发现问题，已责令整改"))
        ]
        s.add_all(results)
        s.flush()
        correction = Correction(
            old_result_id=results[0].id,
            new_result_id=results[1].id,
            reason="录入错误",
            requested_by="王五",
            approved_by="负责人",
            approved_on=date(2026, 7, 2),
        )
        s.add(correction)
        s.flush()
        return Seeded(
            task=task.id,
            target=target.id,
            inspector=inspector.id,
            draw=draw.id,
            selection=selection.id,
            team_member=member.id,
            witness=witness.id,
            event=event.id,
            record=record.id,
            publication=publication.id,
            result=results[0].id,
            correction=correction.id,
        )


@pytest.fixture
def seeded() -> Callable[..., Seeded]:
    """The `seed` helper, as a fixture so test modules need not import this conftest."""
    return seed
