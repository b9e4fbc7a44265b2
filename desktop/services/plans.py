"""年度抽查计划: draft, coverage check, publish, adjust with a recorded reason, tasks from entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AnnualPlan, InspectionItem, PlanAdjustment, PlanEntry
from desktop.core import profiles
from desktop.core import roles as role_names
from desktop.core.errors import DomainError
from desktop.services import audit, settings, tasks
from desktop.services.context import Actor


@dataclass(frozen=True)
class EntryDraft:
    """One plan entry as the wizard collects it."""

    name: str
    item_ids: tuple[int, ...]
    window_start: date
    window_end: date
    quotas: dict[str, dict[str, str]]
    frequency: int = 1
    rounding: str = "ceil"
    jurisdictions: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    directed: bool = False
    joint: bool = False
    initiating_department_id: int | None = None
    joint_department_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class PlanDraft:
    """A whole plan: the year, its entries and reasons for items left out."""

    year: int
    title: str
    entries: tuple[EntryDraft, ...]
    uncovered_reasons: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanCheck:
    """What the review page warns about before publishing."""

    uncovered: tuple[str, ...]  # codes of active items not planned and without a reason
    joint_entries: int
    warnings: tuple[str, ...]


def _check_entry(e: EntryDraft, n: int) -> None:
    if not e.name.strip() or not e.item_ids:
        raise DomainError("plan_entry_incomplete", entry=n)
    if e.window_end < e.window_start:
        raise DomainError("plan_entry_window", entry=n)
    if not e.quotas:
        raise DomainError("plan_entry_quota", entry=n)
    if e.joint and (e.initiating_department_id is None or not e.joint_department_ids):
        raise DomainError("joint_departments_required", entry=n)
    if e.frequency < 1:
        raise DomainError("plan_entry_frequency", entry=n)


def check_plan(session: Session, draft: PlanDraft, today: date | None = None) -> PlanCheck:
    """Coverage of every active item, the joint-task rule and the profile's due date."""
    profile = settings.get_profile(session)
    planned = {i for e in draft.entries for i in e.item_ids}
    active = session.execute(select(InspectionItem.id, InspectionItem.code)
                             .where(InspectionItem.active.is_(True))).all()
    uncovered = tuple(code for iid, code in active
                      if iid not in planned and not draft.uncovered_reasons.get(code, "").strip())
    joint = sum(1 for e in draft.entries if e.joint)
    warnings: list[str] = []
    if joint < profile.min_joint_tasks_per_year:
        warnings.append(f"本年度计划没有联合抽查任务（规则要求每年至少{profile.min_joint_tasks_per_year}次）")
    if profile.plan_due is not None:
        due = profiles.due_in_year(draft.year, profile.plan_due)
        if (today or date.today()) > due:
            warnings.append(f"年度抽查计划应于{due.year}年{due.month}月{due.day}日前公布")
    if uncovered and profile.plan_covers_all_items:
        warnings.append("以下事项未列入计划且未说明理由：" + "、".join(uncovered))
    return PlanCheck(uncovered, joint, tuple(warnings))


def _entry(e: EntryDraft, seq: int, items: dict[int, InspectionItem]) -> PlanEntry:
    row = PlanEntry(seq=seq, name=e.name.strip(), jurisdictions=list(e.jurisdictions),
                    industries=list(e.industries), window_start=e.window_start, window_end=e.window_end,
                    quotas=e.quotas, frequency=e.frequency, rounding=e.rounding, directed=e.directed,
                    joint=e.joint, initiating_department_id=e.initiating_department_id,
                    joint_department_ids=list(e.joint_department_ids))
    row.items = [items[i] for i in e.item_ids]
    return row


def save_plan(session: Session, actor: Actor, draft: PlanDraft) -> int:
    """Create (or replace the draft of) the plan of a year; a published plan changes only by adjust()."""
    actor.require_any(role_names.OPERATOR)
    for n, e in enumerate(draft.entries, start=1):
        _check_entry(e, n)
    items = {i.id: i for i in session.scalars(select(InspectionItem))}
    missing = {i for e in draft.entries for i in e.item_ids} - set(items)
    if missing:
        raise DomainError("item_not_found", item=min(missing))
    plan = session.scalar(select(AnnualPlan).where(AnnualPlan.year == draft.year))
    if plan is not None and plan.state == "published":
        raise DomainError("plan_published", year=draft.year)
    if plan is None:
        plan = AnnualPlan(year=draft.year, title=draft.title.strip() or f"{draft.year}年度抽查计划")
        session.add(plan)
    else:
        for old in list(plan.entries):
            session.delete(old)
        session.flush()
    plan.title = draft.title.strip() or plan.title
    plan.uncovered_reasons = dict(draft.uncovered_reasons)
    plan.entries = [_entry(e, n, items) for n, e in enumerate(draft.entries, start=1)]
    session.flush()
    audit.record(session, actor, "plan.save", "plan", draft.year, {"entries": len(draft.entries)})
    return plan.id


def publish_plan(session: Session, actor: Actor, year: int, today: date | None = None) -> PlanCheck:
    """Publish the plan; refuses while active items are uncovered without a reason."""
    actor.require_any(role_names.OPERATOR, role_names.APPROVER)
    plan = session.scalar(select(AnnualPlan).where(AnnualPlan.year == year))
    if plan is None:
        raise DomainError("plan_not_found", year=year)
    if plan.state == "published":
        raise DomainError("plan_published", year=year)
    draft = PlanDraft(year, plan.title, tuple(
        EntryDraft(e.name, tuple(i.id for i in e.items), e.window_start, e.window_end, e.quotas,
                   joint=e.joint) for e in plan.entries), dict(plan.uncovered_reasons))
    check = check_plan(session, draft, today)
    if check.uncovered and settings.get_profile(session).plan_covers_all_items:
        raise DomainError("plan_uncovered_items", items="、".join(check.uncovered))
    plan.state = "published"
    plan.published_at = datetime.now()
    session.flush()
    audit.record(session, actor, "plan.publish", "plan", year, {"warnings": list(check.warnings)})
    return check


def adjust_plan(session: Session, actor: Actor, year: int, reason: str, entries: tuple[EntryDraft, ...]
                ) -> None:
    """Change a published plan's entries, keeping the reason and the before/after on record."""
    actor.require_any(role_names.OPERATOR)
    if not reason.strip():
        raise DomainError("reason_required")
    plan = session.scalar(select(AnnualPlan).where(AnnualPlan.year == year))
    if plan is None:
        raise DomainError("plan_not_found", year=year)
    before = [{"name": e.name, "items": [i.code for i in e.items], "quotas": e.quotas} for e in plan.entries]
    state = plan.state
    plan.state = "draft"
    save_plan(session, actor, PlanDraft(year, plan.title, entries, dict(plan.uncovered_reasons)))
    plan.state = state
    after = [{"name": e.name, "quotas": e.quotas} for e in entries]
    session.add(PlanAdjustment(plan_id=plan.id, adjusted_by=actor.username, reason=reason.strip(),
                               details={"before": before, "after": after}))
    session.flush()
    audit.record(session, actor, "plan.adjust", "plan", year, {"reason": reason})


def task_from_entry(session: Session, actor: Actor, entry_id: int, name: str = "", team_size: int = 0,
                    legal_basis: str = "") -> tasks.TaskRow:
    """Create a task from a plan entry, carrying its items, scope, window and quotas."""
    entry = session.get(PlanEntry, entry_id)
    if entry is None:
        raise DomainError("plan_entry_not_found", entry=entry_id)
    profile = settings.get_profile(session)
    extra = len(set(entry.joint_department_ids) - {entry.initiating_department_id}) if entry.joint else 0
    size = team_size or max(profile.min_team_size, 1 + extra)
    basis = legal_basis or "；".join(dict.fromkeys(i.basis for i in entry.items if i.basis))
    return tasks.create_task(session, actor, tasks.TaskDraft(
        name=name or entry.name, year=entry.plan.year, item_ids=tuple(i.id for i in entry.items),
        window_start=entry.window_start, window_end=entry.window_end, quotas=dict(entry.quotas),
        team_size=size, rounding=entry.rounding, jurisdictions=tuple(entry.jurisdictions),
        industries=tuple(entry.industries), directed=entry.directed, joint=entry.joint,
        initiating_department_id=entry.initiating_department_id,
        joint_department_ids=tuple(entry.joint_department_ids), legal_basis=basis,
        plan_entry_id=entry.id))
