"""The effective team of each drawn target: the locked draw's members, adjusted by approved replacements."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Draw, DrawSelection, DrawTeamMember, Inspector, Replacement, Task, User
from desktop.core.errors import DomainError
from desktop.services.context import Actor
from desktop.services.draw_view import role_label

LEADER = "leader"


@dataclass(frozen=True)
class Member:
    """One member of a target's team as the record screens show it."""

    inspector_id: int
    staff_no: str
    name: str
    role: str
    role_label: str
    department: str

    @property
    def is_leader(self) -> bool:
        return self.role == LEADER


def locked_draw(session: Session, task_id: int) -> Draw | None:
    """The task's locked, non-rehearsal draw (the one that dispatched it), if any."""
    return session.scalar(select(Draw).where(
        Draw.task_id == task_id, Draw.state == "locked", Draw.rehearsal.is_(False)
    ).order_by(Draw.attempt.desc()).limit(1))


def drawn_targets(session: Session, task_id: int) -> list[tuple[int, str]]:
    """(target id, target code) of the drawn targets in staffing order; refuses an undrawn task."""
    draw = locked_draw(session, task_id)
    if draw is None:
        raise DomainError("task_not_drawn", task=task_id)
    rows = session.execute(select(DrawSelection.target_id, DrawSelection.target_code).where(
        DrawSelection.draw_id == draw.id, DrawSelection.status == "drawn").order_by(DrawSelection.position))
    return [(tid, code) for tid, code in rows]


def current_seats(session: Session, draw_id: int) -> dict[str, list[tuple[int, str]]]:
    """Target code → (inspector id, role) in seat order, as locked and then changed by each replacement."""
    seats: dict[str, list[tuple[int, str]]] = {}
    for m in session.scalars(select(DrawTeamMember).where(DrawTeamMember.draw_id == draw_id)
                             .order_by(DrawTeamMember.target_code, DrawTeamMember.position)):
        seats.setdefault(m.target_code, []).append((m.inspector_id, m.role))
    # Replacements in the order approved: the newcomer takes the leaving member's seat and role.
    for r in session.scalars(select(Replacement).where(Replacement.draw_id == draw_id).order_by(Replacement.id)):
        team = seats.get(r.target_code, [])
        for n, (inspector_id, role) in enumerate(team):
            if inspector_id == r.old_inspector_id:
                team[n] = (r.new_inspector_id, r.role or role)
                break
    return seats


def effective_teams(session: Session, task_id: int) -> dict[int, tuple[Member, ...]]:
    """Target id → team in join order, with every replacement applied in the order approved."""
    draw = locked_draw(session, task_id)
    if draw is None:
        return {}
    codes = dict(session.execute(select(DrawSelection.target_code, DrawSelection.target_id).where(
        DrawSelection.draw_id == draw.id, DrawSelection.status == "drawn")).all())
    seats = current_seats(session, draw.id)
    ids = {i for team in seats.values() for i, _ in team}
    people = {i.id: i for i in session.scalars(select(Inspector).where(Inspector.id.in_(ids)))}
    out: dict[int, tuple[Member, ...]] = {}
    for code, team in seats.items():
        if code not in codes:
            continue
        members = []
        for inspector_id, role in team:
            p = people[inspector_id]
            members.append(Member(inspector_id, p.staff_no, p.name, role, role_label(role),
                                  p.department.name if p.department else ""))
        out[codes[code]] = tuple(members)
    return out


def team_of(session: Session, task_id: int, target_id: int) -> tuple[Member, ...]:
    """The effective team of one target (empty when the task has no locked draw)."""
    return effective_teams(session, task_id).get(target_id, ())


def leader_of(team: tuple[Member, ...]) -> Member | None:
    """The team's leader (组长), or None."""
    return next((m for m in team if m.is_leader), None)


def inspector_for(session: Session, actor: Actor) -> Inspector | None:
    """The inspector a user is: the one whose 警号/工号 is the user's login name."""
    return session.scalar(select(Inspector).where(Inspector.staff_no == actor.username))


def display_name(session: Session, username: str) -> str:
    """A user's display name, or the login name itself when no such user exists."""
    if not username:
        return ""
    name = session.scalar(select(User.display_name).where(User.username == username))
    return name or username


def task_or_error(session: Session, task_id: int) -> Task:
    """The task, or DomainError("task_not_found")."""
    task = session.get(Task, task_id)
    if task is None:
        raise DomainError("task_not_found", task=task_id)
    return task
