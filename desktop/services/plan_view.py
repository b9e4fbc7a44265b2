"""A year's annual plan as the plan screen shows it: entries, adjustments and the tasks made from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import AnnualPlan, Department, PlanAdjustment, Task
from desktop.services.plans import EntryDraft

PLAN_STATE_LABELS = {"draft": "草稿", "published": "已公布"}


@dataclass(frozen=True)
class EntryRow:
    """One plan entry: its draft (for editing) and display texts."""

    id: int
    seq: int
    draft: EntryDraft
    item_codes: tuple[str, ...]
    item_names: tuple[str, ...]
    initiating_department: str
    joint_departments: tuple[str, ...]
    task_count: int


@dataclass(frozen=True)
class AdjustmentRow:
    """A recorded change of a published plan."""

    at: datetime
    by: str
    reason: str


@dataclass(frozen=True)
class PlanView:
    """The plan of one year."""

    id: int
    year: int
    title: str
    state: str
    state_label: str
    published_at: datetime | None
    uncovered_reasons: dict[str, str]
    entries: tuple[EntryRow, ...]
    adjustments: tuple[AdjustmentRow, ...]


def plan_years(session: Session) -> tuple[int, ...]:
    """Years that have a plan, newest first."""
    return tuple(session.scalars(select(AnnualPlan.year).order_by(AnnualPlan.year.desc())))


def plan_view(session: Session, year: int) -> PlanView | None:
    """The plan of `year`, or None when there is none yet."""
    plan = session.scalar(select(AnnualPlan).where(AnnualPlan.year == year))
    if plan is None:
        return None
    dept_names = {i: n for i, n in session.execute(select(Department.id, Department.name))}
    tasks = {i: n for i, n in session.execute(select(Task.plan_entry_id, func.count()).where(
        Task.plan_entry_id.in_([e.id for e in plan.entries])).group_by(Task.plan_entry_id))}
    entries = []
    for e in plan.entries:
        draft = EntryDraft(
            name=e.name, item_ids=tuple(i.id for i in e.items), window_start=e.window_start,
            window_end=e.window_end, quotas={k: dict(v) for k, v in e.quotas.items()}, frequency=e.frequency,
            rounding=e.rounding, jurisdictions=tuple(e.jurisdictions), industries=tuple(e.industries),
            directed=e.directed, joint=e.joint, initiating_department_id=e.initiating_department_id,
            joint_department_ids=tuple(e.joint_department_ids))
        init = dept_names.get(e.initiating_department_id, "") if e.initiating_department_id else ""
        entries.append(EntryRow(e.id, e.seq, draft, tuple(i.code for i in e.items), tuple(i.name for i in e.items),
                                init, tuple(dept_names.get(d, str(d)) for d in e.joint_department_ids),
                                int(tasks.get(e.id, 0))))
    adjustments = tuple(AdjustmentRow(a.adjusted_at, a.adjusted_by, a.reason) for a in session.scalars(
        select(PlanAdjustment).where(PlanAdjustment.plan_id == plan.id).order_by(PlanAdjustment.id)))
    return PlanView(plan.id, plan.year, plan.title, plan.state, PLAN_STATE_LABELS.get(plan.state, plan.state),
                    plan.published_at, dict(plan.uncovered_reasons), tuple(entries), adjustments)
