"""What the draw console asks besides the draw actions: an open attempt to resume, replacement candidates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Draw
from desktop.core.errors import DomainError
from desktop.core.sr1.engine import staff_all
from desktop.core.sr1.events import apply_events
from desktop.core.sr1.teams import Staffing
from desktop.services.draw_data import package_of, sr1_events
from desktop.services.draws import OPEN_STATES


@dataclass(frozen=True)
class OpenAttempt:
    """A draw attempt of a task that was neither locked nor abandoned (e.g. the console was closed)."""

    draw_id: int
    attempt: int
    state: str
    rehearsal: bool


@dataclass(frozen=True)
class Candidate:
    """An inspector the approver may assign in place of one who recused."""

    staff_no: str
    name: str
    department: str


def open_attempt(session: Session, task_id: int) -> OpenAttempt | None:
    """The task's unfinished attempt, if any (a task has at most one)."""
    draw = session.scalar(select(Draw).where(Draw.task_id == task_id, Draw.state.in_(OPEN_STATES))
                          .order_by(Draw.id.desc()).limit(1))
    if draw is None:
        return None
    return OpenAttempt(draw.id, draw.attempt, draw.state, draw.rehearsal)


def replacement_candidates(session: Session, draw_id: int, target: str, inspector: str) -> tuple[Candidate, ...]:
    """Inspectors acceptable under SR1 §4 for `inspector`'s role on `target` once he has left the team.

    The draw is replayed with its recorded events, so loads, conflicts and the team are exactly
    those the engine will check when the approver's choice is recorded (SR1 §5).
    """
    draw = session.get(Draw, draw_id)
    if draw is None:
        raise DomainError("draw_not_found", draw=draw_id)
    if draw.state != "computed" or draw.seed_hex is None:
        raise DomainError("draw_wrong_state", state=draw.state, expected="computed")
    not_on_team = DomainError("sr1_bad_event", index=len(draw.events), reason="inspector_not_on_team",
                              target=target, inspector=inspector)
    return successors(draw, sr1_events(session, draw_id), target, inspector, not_on_team)


def successors(draw: Draw, events: list[dict[str, Any]], target: str, inspector: str,
               not_on_team: DomainError) -> tuple[Candidate, ...]:
    """Who the engine would accept in `inspector`'s seat on `target` after replaying `events` on `draw`."""
    assert draw.seed_hex is not None
    package = package_of(draw)
    seed_bytes = bytes.fromhex(draw.seed_hex)
    staffing = Staffing(package.inspectors, package.conflicts, package.rules)
    targets, state = staff_all(package, seed_bytes, staffing)
    apply_events(events, state, staffing, targets, seed_bytes)
    team = state.teams.get(target)
    leaving = next((m for m in team or () if m.inspector == inspector), None)
    if team is None or leaving is None:
        raise not_on_team
    staffing.leave(team, leaving)
    staffing.conflicts.add((inspector, target))
    rows = {i.id: i for i in package.inspectors}
    return tuple(Candidate(code, rows[code].name, rows[code].dept)
                 for code in staffing.pool(leaving.role, state.category_of[target])
                 if staffing.acceptable(code, target, team))
