"""A drawn and dispatched task with open records, and helpers to fill, submit and approve them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db.engine import Database
from db.models import CheckPoint, InspectionItem, InspectionRecord, Task
from desktop.services import draws, records, records_review, teams
from desktop.services.context import Actor
from tests.services.builders import APPROVER, OPERATOR, make_bureau

AUDITOR = Actor("audit", "监督员", frozenset({"auditor"}))
APPROVER2 = Actor("boss2", "审批人二", frozenset({"approver"}))
WITNESSES = [draws.WitnessEntry("王见证", "人大代表", "31415926"), draws.WitnessEntry("李见证", "纪检", "27182818")]


@dataclass(frozen=True)
class Drawn:
    """A dispatched task: its id, record ids, and the check point ids of its item."""

    task_id: int
    record_ids: tuple[int, ...]
    points: tuple[int, ...]


def full_draw(db: Database, task_id: int) -> int:
    """Freeze, commit, witnesses, reveal, compute and lock a real (non-rehearsal) draw."""
    draw_id = computed_draw(db, task_id)
    with db.write() as s:
        draws.lock(s, OPERATOR, draw_id)
    return draw_id


def computed_draw(db: Database, task_id: int) -> int:
    """A real draw taken up to its computed result, not yet locked."""
    with db.write() as s:
        draw_id, _ = draws.freeze(s, OPERATOR, task_id)
    with db.write() as s:
        draws.commit(s, OPERATOR, draw_id)
    with db.write() as s:
        draws.set_witnesses(s, OPERATOR, draw_id, WITNESSES)
    with db.write() as s:
        draws.reveal(s, OPERATOR, draw_id)
    with db.write() as s:
        draws.compute(s, OPERATOR, draw_id)
    return draw_id


def drawn_task(db: Database, *, profile: str = "xianning", start: date = date(2026, 9, 1),
               end: date = date(2026, 9, 28), drawn: int = 2) -> Drawn:
    """A bureau with one task (two check points), `drawn` B-class targets drawn, records opened."""
    task_id = make_bureau(db, targets=8, profile=profile)
    with db.write() as s:
        task = s.get(Task, task_id)
        assert task is not None
        task.quotas = {"B": {"count": str(drawn)}}
        task.window_start, task.window_end = start, end
        item = s.scalar(select(InspectionItem))
        assert item is not None
        s.add_all([CheckPoint(item_id=item.id, seq=1, content="是否落实住宿登记制度", guidance="查登记簿"),
                   CheckPoint(item_id=item.id, seq=2, content="是否安装治安监控设备", guidance="实地查看")])
    full_draw(db, task_id)
    with db.write() as s:
        ids = records.open_records(s, OPERATOR, task_id)
        points = tuple(cp.id for cp in records.check_points(s, task_id))
    return Drawn(task_id, tuple(ids), points)


def draft(points: tuple[int, ...], *, day: date = date(2026, 9, 20), categories: tuple[str, ...] = ("未发现问题",),
          **changes: object) -> records.RecordDraft:
    """A complete, signed draft with every check point answered compliant."""
    values: dict[str, object] = dict(
        inspection_date=day, methods=("实地核查",), result_categories=categories,
        disposals=("无需后续处置",), target_signed=True,
        findings=tuple(records.FindingDraft(p, True, "", "") for p in points))
    values.update(changes)
    return records.RecordDraft(**values)  # type: ignore[arg-type]


def confirm_all(db: Database, record_id: int) -> None:
    """Every team member confirms the record."""
    with db.write() as s:
        r = s.get(InspectionRecord, record_id)
        assert r is not None
        for m in teams.team_of(s, r.task_id, r.target_id):
            records.confirm(s, OPERATOR, record_id, m.inspector_id)


def enter_and_submit(db: Database, d: Drawn, record_id: int, **kw: object) -> None:
    """Save a complete draft, have the team confirm it, submit."""
    with db.write() as s:
        records.save_record(s, OPERATOR, record_id, draft(d.points, **kw))  # type: ignore[arg-type]
    confirm_all(db, record_id)
    with db.write() as s:
        records.submit(s, OPERATOR, record_id)


def approve_all(db: Database, d: Drawn, **kw: object) -> None:
    """Enter, submit and approve every record of the task."""
    for rid in d.record_ids:
        enter_and_submit(db, d, rid, **kw)
        with db.write() as s:
            records_review.review(s, APPROVER, rid, True, "同意")
