"""抽查任务: create a task (gapless number), list tasks, mark one ready to draw."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import InspectionItem, Task
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.core.numbering import format_doc_number
from desktop.services import audit, numbering, settings
from desktop.services.context import Actor

_RATIO = re.compile(r"(0|[1-9][0-9]*)/([1-9][0-9]*)")
RISK_CLASSES = ("A", "B", "C", "D")
STATE_LABELS = {"draft": "草稿", "ready": "待抽取", "drawn": "已抽取", "inspecting": "检查中",
                "reviewing": "审核中", "published": "已公示", "closed": "已办结"}


@dataclass(frozen=True)
class TaskDraft:
    """What the task form collects, submitted once."""

    name: str
    year: int
    item_ids: tuple[int, ...]
    window_start: date
    window_end: date
    quotas: dict[str, dict[str, str]]
    team_size: int = 2
    max_load: int = 0
    rounding: str = ""
    jurisdictions: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    directed: bool = False
    categories: tuple[str, ...] = ()
    joint: bool = False
    initiating_department_id: int | None = None
    joint_department_ids: tuple[int, ...] = ()
    legal_basis: str = ""
    plan_entry_id: int | None = None
    ready: bool = True
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TaskRow:
    """A task as lists show it."""

    id: int
    number: str
    name: str
    state: str
    state_label: str
    window_start: date
    window_end: date
    joint: bool


def _row(t: Task) -> TaskRow:
    return TaskRow(t.id, t.number, t.name, t.state, STATE_LABELS.get(t.state, t.state), t.window_start,
                   t.window_end, t.joint)


def validate(session: Session, draft: TaskDraft) -> None:
    """Check a draft against the rule profile before anything is written."""
    profile = settings.get_profile(session)
    if not draft.name.strip():
        raise DomainError("task_name_required")
    if draft.window_end < draft.window_start:
        raise DomainError("task_window_invalid")
    if not draft.item_ids:
        raise DomainError("task_items_required")
    found = session.scalars(select(InspectionItem.id).where(InspectionItem.id.in_(draft.item_ids),
                                                             InspectionItem.active.is_(True))).all()
    if len(set(found)) != len(set(draft.item_ids)):
        raise DomainError("task_item_inactive")
    if draft.team_size < profile.min_team_size:
        raise DomainError("team_too_small", minimum=profile.min_team_size)
    if draft.joint:
        if draft.initiating_department_id is None or not draft.joint_department_ids:
            raise DomainError("joint_departments_required")
        extra = set(draft.joint_department_ids) - {draft.initiating_department_id}
        if draft.team_size < 1 + len(extra):
            raise DomainError("team_too_small", minimum=1 + len(extra))
    if not draft.quotas:
        raise DomainError("task_quota_required")
    for rc, spec in draft.quotas.items():
        if rc not in RISK_CLASSES or len(spec) != 1:
            raise DomainError("task_quota_invalid", risk_class=rc)
        if "ratio" in spec and not _RATIO.fullmatch(spec["ratio"]):
            raise DomainError("task_quota_invalid", risk_class=rc)
        if "count" in spec and not spec["count"].isdigit():
            raise DomainError("task_quota_invalid", risk_class=rc)
        if not {"ratio", "count"} & set(spec):
            raise DomainError("task_quota_invalid", risk_class=rc)
    if draft.rounding not in ("", "ceil", "half_up"):
        raise DomainError("task_rounding_invalid")


def create_task(session: Session, actor: Actor, draft: TaskDraft) -> TaskRow:
    """Create a task numbered 机关代字 + 抽查〔YYYY〕N号 with a gapless N."""
    actor.require_any(role_names.OPERATOR)
    validate(session, draft)
    org = settings.get_org(session)
    if org is None:
        raise DomainError("org_missing")
    profile = settings.get_profile(session)
    seq = numbering.next_number(session, numbering.TASK, draft.year)
    number = format_doc_number(org.code, "抽查", draft.year, seq, pad=profile.doc_number_pad)
    items = list(session.scalars(select(InspectionItem).where(InspectionItem.id.in_(draft.item_ids))))
    task = Task(number=number, year=draft.year, seq=seq, name=draft.name.strip(),
                plan_entry_id=draft.plan_entry_id, legal_basis=draft.legal_basis,
                window_start=draft.window_start, window_end=draft.window_end,
                jurisdictions=list(draft.jurisdictions), industries=list(draft.industries),
                quotas=draft.quotas, rounding=draft.rounding or profile.rounding,
                team_size=draft.team_size, max_load=draft.max_load, directed=draft.directed,
                categories=list(draft.categories), joint=draft.joint,
                initiating_department_id=draft.initiating_department_id,
                joint_department_ids=list(draft.joint_department_ids),
                state="ready" if draft.ready else "draft")
    task.items = items
    session.add(task)
    session.flush()
    audit.record(session, actor, "task.create", "task", task.number,
                 {"name": task.name, "items": [i.code for i in items], "quotas": draft.quotas})
    return _row(task)


def list_tasks(session: Session, ready_only: bool = False, year: int | None = None) -> list[TaskRow]:
    """Tasks, newest first; `ready_only` keeps those ready to draw."""
    q = select(Task).order_by(Task.year.desc(), Task.seq.desc())
    if ready_only:
        q = q.where(Task.state == "ready")
    if year is not None:
        q = q.where(Task.year == year)
    return [_row(t) for t in session.scalars(q)]


def find_task(session: Session, number: str) -> TaskRow:
    """A task by its number."""
    task = session.scalar(select(Task).where(Task.number == number.strip()))
    if task is None:
        raise DomainError("task_not_found", task=number)
    return _row(task)
