"""The draw services wrapped as TaskRunner jobs: each runs in its own write session and returns a fresh DrawView."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

import desktop
from db.engine import Database
from desktop.core.sr1 import FeasibilityReport
from desktop.services import draw_export, draw_support, draws
from desktop.services.context import Actor
from desktop.services.draw_view import DrawView, draw_view

Job = Callable[[Any], Any]


class _LabelledProgress:
    """Passes progress on with a readable label instead of the engine's internal text code."""

    def __init__(self, inner: Any, label: str) -> None:
        self._inner = inner
        self._label = label

    def report(self, done: int, total: int, text: str = "") -> None:
        del text
        self._inner.report(done, total, self._label.format(done=done, total=total))

    def cancelled(self) -> bool:
        return bool(self._inner.cancelled())


def resume_job(database: Database, task_id: int) -> Job:
    """The task's unfinished attempt as a DrawView, or None."""
    def job(_progress: Any) -> DrawView | None:
        with database.read() as session:
            found = draw_support.open_attempt(session, task_id)
            return None if found is None else draw_view(session, found.draw_id)
    return job


def freeze_job(database: Database, actor: Actor, task_id: int, rehearsal: bool, label: str) -> Job:
    """Freeze and dry-run; returns (view, report). A cancel rolls the whole attempt back."""
    def job(progress: Any) -> tuple[DrawView, FeasibilityReport]:
        with database.write() as session:
            draw_id, report = draws.freeze(session, actor, task_id, rehearsal=rehearsal,
                                           progress=_LabelledProgress(progress, label))
            return draw_view(session, draw_id), report
    return job


def action_job(database: Database, draw_id: int, action: Callable[[Session], Any]) -> Job:
    """Run one draw action in a write session; returns (view after it, the action's own result)."""
    def job(_progress: Any) -> tuple[DrawView, Any]:
        with database.write() as session:
            result = action(session)
            return draw_view(session, draw_id), result
    return job


def commit(database: Database, actor: Actor, draw_id: int) -> Job:
    return action_job(database, draw_id, lambda s: draws.commit(s, actor, draw_id))


def witnesses(database: Database, actor: Actor, draw_id: int, entries: list[draws.WitnessEntry]) -> Job:
    return action_job(database, draw_id, lambda s: draws.set_witnesses(s, actor, draw_id, entries))


def reveal(database: Database, actor: Actor, draw_id: int) -> Job:
    return action_job(database, draw_id, lambda s: draws.reveal(s, actor, draw_id))


def compute(database: Database, actor: Actor, draw_id: int) -> Job:
    return action_job(database, draw_id, lambda s: draws.compute(s, actor, draw_id))


def event(database: Database, actor: Actor, draw_id: int, payload: dict[str, Any], approved_by: str) -> Job:
    return action_job(database, draw_id,
                      lambda s: draws.record_event(s, actor, draw_id, payload, approved_by=approved_by))


def lock(database: Database, actor: Actor, draw_id: int) -> Job:
    return action_job(database, draw_id, lambda s: draws.lock(s, actor, draw_id, app_version=desktop.__version__))


def abandon(database: Database, actor: Actor, draw_id: int, reason: str) -> Job:
    return action_job(database, draw_id, lambda s: draws.abandon(s, actor, draw_id, reason))


def export(database: Database, draw_id: int, dest: Path) -> Job:
    """Write the publication package; returns the written path."""
    def job(_progress: Any) -> Path:
        with database.read() as session:
            return draw_export.export_package(session, draw_id, dest)
    return job


def candidates(database: Database, draw_id: int, target: str, inspector: str) -> Job:
    """Who the approver may assign in place of `inspector` on `target`."""
    def job(_progress: Any) -> tuple[draw_support.Candidate, ...]:
        with database.read() as session:
            return draw_support.replacement_candidates(session, draw_id, target, inspector)
    return job
