"""A whole draw run through the services with fixed witness digits and one recusal, kept as views."""

# Screenshots and tests replay these views through a ProjectorWindow exactly as the console would.

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from db.engine import Database
from db.models import Draw, Task
from desktop.core.errors import DomainError
from desktop.services import draws
from desktop.services.context import Actor
from desktop.services.draw_view import DrawView, draw_view

WITNESSES = (
    draws.WitnessEntry("王建国", "县人大代表", "20260302"),
    draws.WitnessEntry("李秀英", "县政协委员", "73914862"),
    draws.WitnessEntry("张伟", "企业代表（咸宁市旅馆业协会）", "58201937"),
    draws.WitnessEntry("陈静", "县纪委监委派驻纪检监察组", "46027153"),
)
RECUSAL_DIGITS = "5772156"


@dataclass(frozen=True)
class CeremonyViews:
    """The draw's view after each service call, in ceremony order."""

    committed: DrawView
    witnessed: DrawView
    revealed: DrawView
    computed: DrawView
    after_event: DrawView
    locked: DrawView
    recusal: dict[str, Any] | None


def pick_task(database: Database, prefer_joint: bool = True) -> int:
    """A task to draw: a ready joint task first, then any ready task, then any task (rehearsal)."""
    with database.read() as s:
        tasks = [(t.id, t.state, t.joint) for t in s.scalars(select(Task).order_by(Task.id))]
        open_tasks = set(s.scalars(select(Draw.task_id).where(Draw.state.in_(draws.OPEN_STATES))))
    free = [t for t in tasks if t[0] not in open_tasks]
    ranked = sorted(free, key=lambda t: (t[1] != "ready", not (prefer_joint and t[2]), t[0]))
    if not ranked:
        raise DomainError("task_not_found", task="")
    return ranked[0][0]


def recusal_event(view: DrawView) -> dict[str, Any] | None:
    """A recusal of the first drawn target's first non-leader member, with new witness digits."""
    for target in view.drawn:
        for seat in target.team:
            if seat.role != "leader":
                return {"type": "recuse", "target": target.code, "inspector": seat.staff_no,
                        "entropy": RECUSAL_DIGITS}
    return None


def run_ceremony(database: Database, actor: Actor, task_id: int, *, rehearsal: bool = False,
                 witnesses: tuple[draws.WitnessEntry, ...] = WITNESSES, lock: bool = True) -> CeremonyViews:
    """Freeze, commit, witnesses, reveal, compute, one recusal, lock; one transaction per user action."""
    def view(draw_id: int) -> DrawView:
        with database.read() as s:
            return draw_view(s, draw_id)

    with database.write() as s:
        draw_id, _report = draws.freeze(s, actor, task_id, rehearsal=rehearsal)
    with database.write() as s:
        draws.commit(s, actor, draw_id)
    committed = view(draw_id)
    with database.write() as s:
        draws.set_witnesses(s, actor, draw_id, list(witnesses))
    witnessed = view(draw_id)
    with database.write() as s:
        draws.reveal(s, actor, draw_id)
    revealed = view(draw_id)
    with database.write() as s:
        draws.compute(s, actor, draw_id)
    computed = view(draw_id)
    event = recusal_event(computed)
    after = computed
    if event is not None:
        try:
            with database.write() as s:
                draws.record_event(s, actor, draw_id, event)
            after = view(draw_id)
        except DomainError:
            event = None
    locked = after
    if lock:
        with database.write() as s:
            draws.lock(s, actor, draw_id)
        locked = view(draw_id)
    return CeremonyViews(committed, witnessed, revealed, computed, after, locked, event)
