"""The publication package of a locked draw: four files, draw.json, result, verifier, README."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Draw, Task
from desktop.core.errors import DomainError
from desktop.core.sr1 import write_package
from desktop.services.draw_data import package_of
from desktop.services.replacements import post_lock_file

VERIFIER_NAME = "sr1_verify.py"
README_NAME = "README.md"


def verifier_files() -> dict[str, bytes]:
    """The stand-alone verifier and its Chinese README, as shipped in resources/verifier."""
    base = resources.files("resources").joinpath("verifier")
    return {VERIFIER_NAME: base.joinpath(VERIFIER_NAME).read_bytes(),
            README_NAME: base.joinpath(README_NAME).read_bytes()}


def export_package(session: Session, draw_id: int, dest: Path) -> Path:
    """Write the package of a locked draw to a folder or a .zip."""
    draw = session.get(Draw, draw_id)
    if draw is None:
        raise DomainError("draw_not_found", draw=draw_id)
    if draw.state != "locked" or not draw.draw_json:
        raise DomainError("draw_not_locked", draw=draw_id)
    extra = verifier_files()
    post_lock = post_lock_file(session, draw_id)
    if post_lock is not None:
        extra["post_lock_events.json"] = post_lock
    return write_package(dest, package_of(draw), draw.draw_json.encode("utf-8"), draw.result_text or "", extra)


def latest_locked_draw(session: Session, task_number: str, rehearsal: bool | None = None) -> int:
    """The id of the task's last locked draw."""
    q = (select(Draw.id).join(Task, Task.id == Draw.task_id)
         .where(Task.number == task_number, Draw.state == "locked").order_by(Draw.id.desc()))
    if rehearsal is not None:
        q = q.where(Draw.rehearsal.is_(rehearsal))
    found = session.scalar(q.limit(1))
    if found is None:
        raise DomainError("draw_not_locked", task=task_number)
    return found
