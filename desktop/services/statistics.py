"""Statistics of a year: per department, item, risk class and jurisdiction; coverage, joint tasks, workload."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AnnualPlan,
    Correction,
    Department,
    Draw,
    DrawSelection,
    InspectionItem,
    InspectionRecord,
    Objection,
    Publication,
    PublishedResult,
    RectificationNotice,
    Target,
    Task,
)
from desktop.core import roles
from desktop.core.stats import GroupStats, Tally, TaskStats, Workload, YearStats
from desktop.reports.excel_stats import write_statistics_xlsx
from desktop.services import audit, settings, teams
from desktop.services.context import Actor
from desktop.services.publications import RESULT_SEPARATOR
from desktop.services.tasks import STATE_LABELS

__all__ = ["CHECKED_STATES", "export_statistics", "statistics_years", "year_statistics"]

# 已检查: the record has been submitted (and possibly approved, published) — not 退回 or still open.
CHECKED_STATES = ("submitted", "approved", "published")
_NO_DEPARTMENT, _NO_JURISDICTION = "未指定部门", "未填写管辖单位"


@dataclass
class _Unit:
    """One drawn target of one task: the thing 应检查数 counts."""

    task_id: int
    target_id: int
    stratum: str
    state: str = ""  # "" = no record opened yet
    results: tuple[str, ...] = ()
    disposals: tuple[str, ...] = ()
    notices: int = 0
    completed: int = 0
    record_id: int | None = None
    groups: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # dimension → [(key, label)]


def statistics_years(session: Session, today_year: int) -> list[int]:
    """Years that hold a plan or a task, and the current one; newest first."""
    years = set(session.scalars(select(Task.year).distinct())) | set(session.scalars(select(AnnualPlan.year)))
    return sorted(years | {today_year}, reverse=True)


def _locked_draws(session: Session, task_ids: list[int]) -> dict[int, int]:
    """Task id → its dispatching draw (the last locked real attempt)."""
    out: dict[int, tuple[int, int]] = {}
    for draw_id, task_id, attempt in session.execute(select(Draw.id, Draw.task_id, Draw.attempt).where(
            Draw.task_id.in_(task_ids), Draw.state == "locked", Draw.rehearsal.is_(False))):
        if task_id not in out or attempt > out[task_id][1]:
            out[task_id] = (draw_id, attempt)
    return {task_id: draw_id for task_id, (draw_id, _a) in out.items()}


def _units(session: Session, tasks: list[Task]) -> list[_Unit]:
    """Every drawn target of the year's tasks with its record's state, results, disposals and notices."""
    draws = _locked_draws(session, [t.id for t in tasks])
    by_draw = {draw_id: task_id for task_id, draw_id in draws.items()}
    units: dict[tuple[int, int], _Unit] = {}
    if by_draw:
        for draw_id, target_id, stratum in session.execute(
                select(DrawSelection.draw_id, DrawSelection.target_id, DrawSelection.stratum).where(
                    DrawSelection.draw_id.in_(list(by_draw)), DrawSelection.status == "drawn")
                .order_by(DrawSelection.draw_id, DrawSelection.position)):
            task_id = by_draw[draw_id]
            units[(task_id, target_id)] = _Unit(task_id, target_id, stratum)
    records = list(session.scalars(select(InspectionRecord).where(
        InspectionRecord.task_id.in_([t.id for t in tasks]))))
    latest: dict[int, tuple[int, str]] = {}
    record_ids = [r.id for r in records]
    if record_ids:
        for record_id, version, text in session.execute(select(
                PublishedResult.record_id, PublishedResult.version, PublishedResult.result_text).where(
                PublishedResult.record_id.in_(record_ids))):
            if record_id not in latest or version > latest[record_id][0]:
                latest[record_id] = (version, text)
    notices: dict[int, list[bool]] = {}
    if record_ids:
        for record_id, completed_on in session.execute(select(
                RectificationNotice.record_id, RectificationNotice.completed_on).where(
                RectificationNotice.record_id.in_(record_ids))):
            notices.setdefault(record_id, []).append(completed_on is not None)
    for r in records:
        unit = units.setdefault((r.task_id, r.target_id), _Unit(r.task_id, r.target_id, ""))
        unit.state, unit.record_id, unit.disposals = r.state, r.id, tuple(r.disposals)
        if r.state == "published":
            text = latest[r.id][1] if r.id in latest else RESULT_SEPARATOR.join(r.result_categories)
            # The public result: a correction replaces what the record first said.
            unit.results = tuple(p for p in (s.strip() for s in text.split(RESULT_SEPARATOR)) if p)
        flags = notices.get(r.id, [])
        unit.notices, unit.completed = len(flags), sum(flags)
    return list(units.values())


def _group(key: str, label: str, units: Iterable[_Unit], result_labels: tuple[str, ...],
           disposal_labels: tuple[str, ...]) -> GroupStats:
    members = list(units)
    published = [u for u in members if u.state == "published"]
    results = Counter(c for u in published for c in u.results)
    disposals = Counter(d for u in published for d in u.disposals)
    return GroupStats(
        key=key, label=label, due=len(members),
        not_entered=sum(1 for u in members if u.state in ("", "not_entered")),
        entering=sum(1 for u in members if u.state in ("entering", "returned")),
        checked=sum(1 for u in members if u.state in CHECKED_STATES), published=len(published),
        results=tuple(Tally(c, results[c]) for c in result_labels),
        disposals=tuple(Tally(d, disposals[d]) for d in disposal_labels),
        rectifications=sum(u.notices for u in members), rectified=sum(u.completed for u in members))


def _grouped(units: list[_Unit], dimension: str, order: Callable[[tuple[str, str]], Any],
             result_labels: tuple[str, ...], disposal_labels: tuple[str, ...]) -> tuple[GroupStats, ...]:
    keys: dict[str, str] = {}
    members: dict[str, list[_Unit]] = {}
    for u in units:
        for key, label in u.groups[dimension]:
            keys[key] = label
            members.setdefault(key, []).append(u)
    return tuple(_group(k, keys[k], members[k], result_labels, disposal_labels)
                 for k in sorted(keys, key=lambda k: order((k, keys[k]))))


def _labels(preferred: tuple[str, ...], seen: Iterable[str]) -> tuple[str, ...]:
    """The profile's list in its order, then anything else that occurs (a custom or corrected text)."""
    extra = sorted(set(seen) - set(preferred))
    return (*preferred, *extra)


def _workload(session: Session, tasks: list[Task]) -> tuple[Workload, ...]:
    """Teams per inspector over the year's dispatched tasks, replacements applied."""
    count: Counter[int] = Counter()
    lead: Counter[int] = Counter()
    people: dict[int, tuple[str, str, str]] = {}
    for task in tasks:
        for team in teams.effective_teams(session, task.id).values():
            for m in team:
                count[m.inspector_id] += 1
                lead[m.inspector_id] += m.is_leader
                people[m.inspector_id] = (m.staff_no, m.name, m.department)
    rows = [Workload(*people[i], count[i], lead[i]) for i in count]
    return tuple(sorted(rows, key=lambda w: (-w.teams, -w.leader, w.staff_no)))


def year_statistics(session: Session, year: int) -> YearStats:
    """The statistics of `year` (tasks of that year, whatever the dates of their steps)."""
    profile = settings.get_profile(session)
    org = settings.get_org(session)
    tasks = list(session.scalars(select(Task).where(Task.year == year).order_by(Task.seq)))
    units = _units(session, tasks)
    dept_names = dict(session.execute(select(Department.id, Department.name)).all())
    target_ids = list({u.target_id for u in units})
    jurisdiction: dict[int, str] = {}
    for chunk in range(0, len(target_ids), 5000):
        jurisdiction.update(session.execute(select(Target.id, Target.jurisdiction).where(
            Target.id.in_(target_ids[chunk:chunk + 5000]))).all())
    by_label = {label: rc for rc, label in profile.risk_labels}
    task_by_id = {t.id: t for t in tasks}
    for u in units:
        task = task_by_id[u.task_id]
        items = sorted(task.items, key=lambda i: i.code)
        dept_id = task.initiating_department_id or next((i.department_id for i in items if i.department_id), None)
        dept = dept_names.get(dept_id or 0, _NO_DEPARTMENT)
        rc = by_label.get(u.stratum, u.stratum) or "?"
        place = jurisdiction.get(u.target_id) or _NO_JURISDICTION
        u.groups = {"department": [(dept, dept)], "item": [(i.code, i.name) for i in items],
                    "risk": [(rc, f"{rc} {dict(profile.risk_labels).get(rc, '')}".strip())],
                    "jurisdiction": [(place, place)]}
    result_labels = _labels(profile.result_categories, (c for u in units for c in u.results))
    disposal_labels = _labels(profile.disposals, (d for u in units for d in u.disposals))
    dept_rank = {name: n for n, name in enumerate(dept_names[k] for k in sorted(dept_names))}

    def table(dimension: str, order: Callable[[tuple[str, str]], Any]) -> tuple[GroupStats, ...]:
        return _grouped(units, dimension, order, result_labels, disposal_labels)

    record_ids = select(InspectionRecord.id).where(InspectionRecord.task_id.in_([t.id for t in tasks] or [-1]))
    result_ids = select(PublishedResult.id).where(PublishedResult.record_id.in_(record_ids))
    corrections = session.scalar(select(func.count()).select_from(Correction).where(
        Correction.new_result_id.in_(result_ids))) or 0
    objections = session.scalar(select(func.count()).select_from(Objection).where(
        Objection.result_id.in_(result_ids))) or 0
    published_on = dict(session.execute(select(Publication.task_id, Publication.published_on).where(
        Publication.task_id.in_([t.id for t in tasks] or [-1]))).all())
    per_task: dict[int, list[_Unit]] = {}
    for u in units:
        per_task.setdefault(u.task_id, []).append(u)
    task_lines = tuple(TaskStats(
        t.id, t.number, t.name, STATE_LABELS.get(t.state, t.state), t.joint, len(per_task.get(t.id, [])),
        sum(1 for u in per_task.get(t.id, []) if u.state in CHECKED_STATES),
        sum(1 for u in per_task.get(t.id, []) if u.state == "published"), published_on.get(t.id)) for t in tasks)
    active = set(session.scalars(select(InspectionItem.id).where(InspectionItem.active.is_(True))))
    covered = {i.id for t in tasks for i in t.items} & active
    plan = session.scalar(select(AnnualPlan).where(AnnualPlan.year == year))
    return YearStats(
        year=year, org_name=org.name if org else "", plan_title=plan.title if plan else "",
        plan_entries=len(plan.entries) if plan else 0,
        total=_group("total", "合计", units, result_labels, disposal_labels),
        by_department=table("department", lambda kl: (dept_rank.get(kl[0], len(dept_rank)), kl[0])),
        by_item=table("item", lambda kl: kl[0]),
        by_risk=table("risk", lambda kl: kl[0]),
        by_jurisdiction=table("jurisdiction", lambda kl: (kl[0] == _NO_JURISDICTION, kl[0])),
        tasks=task_lines, joint_tasks=sum(1 for t in tasks if t.joint), items_covered=len(covered),
        items_active=len(active), workload=_workload(session, tasks), corrections=int(corrections),
        objections=int(objections), result_labels=result_labels, disposal_labels=disposal_labels)


def export_statistics(session: Session, actor: Actor, year: int, out: Path) -> int:
    """导出Excel: the year's statistics workbook (written last, after its audit event); returns the sheet count."""
    roles.require(actor.roles, "report.export")
    buf = io.BytesIO()
    sheets = write_statistics_xlsx(year_statistics(session, year), buf)
    audit.record(session, actor, "statistics.export", "statistics", year, {"file": out.name, "sheets": sheets})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue())
    return sheets
