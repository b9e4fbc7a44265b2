"""The task's pool: which targets and inspectors enter the draw, and why others are left out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from db.models import (
    Conflict,
    Department,
    Draw,
    DrawSelection,
    InspectionRecord,
    Inspector,
    Target,
    Task,
    task_items,
)
from desktop.core import profiles
from desktop.core.errors import DomainError
from desktop.core.sr1 import ConflictRow, InspectorRow, Package, RuleValue, TargetRow
from desktop.services import settings

# Results that count as "inspected and passed" for the 咸宁 same-item rule.
PASSED_RESULT = "未发现问题"
_FLAG_COLUMNS = ("key_area", "complaint", "abnormal_list", "serious_dishonest", "key_supervision",
                 "penalised")
FLAG_LABELS = {"key_area": "重点领域", "complaint": "投诉举报", "abnormal_list": "经营异常名录",
               "serious_dishonest": "严重违法失信", "key_supervision": "重点监管", "penalised": "受过行政处罚",
               "directed": "定向专项任务"}


@dataclass(frozen=True)
class Excluded:
    """A target of the scope that cannot be drawn, or an inspector that cannot be matched."""

    code: str
    name: str
    reason: str


@dataclass(frozen=True)
class StratumPreview:
    """One line of the pool table: 名录数 / 可抽数 / 比例 / 应抽数."""

    risk_class: str
    label: str
    in_scope: int
    eligible: int
    rule_text: str
    quota: int


@dataclass(frozen=True)
class PoolSnapshot:
    """Everything the draw freezes, and what the task screen previews."""

    package: Package
    strata: tuple[StratumPreview, ...]
    excluded_targets: tuple[Excluded, ...]
    exemptions: tuple[Excluded, ...]
    excluded_inspectors: tuple[Excluded, ...]
    target_ids: dict[str, int]
    inspector_ids: dict[str, int]


def _labels(profile: profiles.RuleProfile) -> dict[str, str]:
    return dict(profile.risk_labels)


def _item_quals(session: Session, task: Task) -> set[str]:
    return {i.qualification for i in task.items if i.qualification}


def yearly_draws(column: Any, year: int) -> Select[Any]:
    """(column, times drawn) over locked, real draws of one calendar year, all tasks of the bureau.

    The one definition of the yearly cap's count: the pool preview and the lock-time re-check use it.
    """
    return (select(column, func.count())
            .join(Draw, Draw.id == DrawSelection.draw_id)
            .join(Task, Task.id == Draw.task_id)
            .where(Draw.state == "locked", Draw.rehearsal.is_(False), Task.year == year,
                   DrawSelection.status == "drawn")
            .group_by(column))


def _draw_counts(session: Session, year: int) -> Counter[int]:
    """Times each target was drawn in locked, real draws of this calendar year (all tasks)."""
    return Counter({tid: n for tid, n in session.execute(yearly_draws(DrawSelection.target_id, year))})


def _passed_same_item(session: Session, task: Task) -> set[int]:
    """Targets inspected and passed this year for one of the task's items (咸宁 §14)."""
    item_ids = [i.id for i in task.items]
    if not item_ids:
        return set()
    other = select(task_items.c.task_id).where(task_items.c.item_id.in_(item_ids))
    rows = session.execute(
        select(InspectionRecord.target_id, InspectionRecord.result_categories)
        .join(Task, Task.id == InspectionRecord.task_id)
        .where(Task.year == task.year, Task.id != task.id, InspectionRecord.task_id.in_(other),
               InspectionRecord.state.in_(("approved", "published")))
    ).all()
    return {tid for tid, cats in rows if list(cats or []) == [PASSED_RESULT]}


def _dept_names(session: Session, ids: Iterable[int]) -> list[str]:
    wanted = list(ids)
    if not wanted:
        return []
    return list(session.scalars(select(Department.name).where(Department.id.in_(wanted))))


def build_rules(session: Session, task: Task, profile: profiles.RuleProfile) -> dict[str, RuleValue]:
    """The rules.tsv values for a task (SR1 §1)."""
    labels = _labels(profile)
    rules: dict[str, RuleValue] = {
        "task_id": task.number,
        "categories": sorted(task.categories) if task.directed and task.categories else "*",
        "initiating_dept": "*",
        "joint_depts": "*",
        "team_size": task.team_size,
        "max_draws_per_year": profile.max_draws_per_year or 366,
        "max_load": task.max_load,
        "quota_base": profile.quota_base,
        "rounding": task.rounding or profile.rounding,
    }
    if task.initiating_department_id is not None and (task.joint or profile.leader_from_initiating):
        init = _dept_names(session, [task.initiating_department_id])
        rules["initiating_dept"] = init[0] if init else "*"
    if task.joint:
        ids = {*task.joint_department_ids}
        if task.initiating_department_id is not None:
            ids.add(task.initiating_department_id)
        rules["joint_depts"] = sorted(_dept_names(session, ids))
    for rc, spec in sorted(task.quotas.items()):
        label = labels.get(rc, rc)
        if "count" in spec:
            rules[f"count.{label}"] = int(spec["count"])
        elif "ratio" in spec:
            rules[f"ratio.{label}"] = spec["ratio"]
    return rules


def snapshot(session: Session, task_id: int) -> PoolSnapshot:
    """Compute the pool of a task as it stands now; the draw freezes exactly this."""
    task = session.get(Task, task_id)
    if task is None:
        raise DomainError("task_not_found", task=task_id)
    profile = settings.get_profile(session)
    labels = _labels(profile)
    cap = profile.max_draws_per_year
    counts = _draw_counts(session, task.year)
    passed = _passed_same_item(session, task) if profile.skip_passed_same_item else set()
    quals = _item_quals(session, task)
    conds = [Target.risk_class.in_(list(task.quotas))]
    if task.jurisdictions:
        conds.append(Target.jurisdiction.in_(task.jurisdictions))
    if task.industries:
        conds.append(Target.industry.in_(task.industries))
    cols = [Target.id, Target.code, Target.name, Target.risk_class, Target.industry, Target.active,
            Target.other_unit_name, Target.other_unit_inspected_on,
            *[getattr(Target, f) for f in _FLAG_COLUMNS]]
    rows_out: list[TargetRow] = []
    excluded: list[Excluded] = []
    exemptions: list[Excluded] = []
    ids: dict[str, int] = {}
    # Hoisted out of the loop: it runs once per target (100,000 in a large bureau).
    year, directed = task.year, task.directed
    categories = set(task.categories) if directed and task.categories else None
    exclude_other = profile.other_unit_policy == "exclude"
    cap_exempt, passed_exempt = profile.cap_exemptions, profile.skip_passed_exemptions
    query = select(*cols).where(and_(*conds)).order_by(Target.code)
    for (tid, code, name, risk, industry, active, other_name, other_on, *flag_values) in \
            session.execute(query):
        if not active:
            excluded.append(Excluded(code, name, "已停用"))
            continue
        if exclude_other and other_on is not None and other_on.year == year:
            excluded.append(Excluded(code, name, f"本年度已被{other_name or '其他单位'}检查"))
            continue
        category = industry or "*"
        if categories is not None and category not in categories:
            continue
        flags = [f for f, on in zip(_FLAG_COLUMNS, flag_values, strict=True) if on]
        if directed:
            flags.append("directed")
        exempt_flags = [f for f in flags if f in cap_exempt]
        exempt = bool(exempt_flags) or cap is None
        was_passed = tid in passed and not any(f in passed_exempt for f in flags)
        drawn = counts.get(tid, 0)
        if was_passed:
            excluded.append(Excluded(code, name, "本年度同一事项已检查且未发现问题"))
        elif cap is not None and drawn >= cap and not exempt:
            excluded.append(Excluded(code, name, f"本年度已被抽取{drawn}次（上限{cap}次）"))
        if exempt_flags:
            exemptions.append(Excluded(code, name, "不受年度抽取次数限制：" + "、".join(
                FLAG_LABELS[f] for f in exempt_flags)))
        rows_out.append(TargetRow(code, name, labels.get(risk, str(risk)), category, drawn, was_passed, exempt))
        ids[code] = tid
    insp_rows, insp_excluded, insp_ids = _inspectors(session, task, quals)
    conflicts = _conflicts(session, ids, insp_ids, task.window_start)
    package = Package.build(rows_out, insp_rows, conflicts, build_rules(session, task, profile))
    return PoolSnapshot(package, _strata(package, labels), tuple(excluded), tuple(exemptions),
                        tuple(insp_excluded), ids, insp_ids)


def _strata(package: Package, labels: dict[str, str]) -> tuple[StratumPreview, ...]:
    """The pool table, computed from the frozen package itself so preview and draw cannot differ."""
    by_label = {v: k for k, v in labels.items()}
    return tuple(
        StratumPreview(by_label.get(item.stratum, item.stratum), item.stratum, item.base, len(item.eligible),
                       item.quota_text, item.quota)
        for item in package.scope
    )


def _inspectors(session: Session, task: Task, quals: set[str]
                ) -> tuple[list[InspectorRow], list[Excluded], dict[str, int]]:
    """Inspectors usable for the task: active, licence valid through the window, qualified."""
    dept_filter: set[int] | None = None
    if task.joint:
        dept_filter = {*task.joint_department_ids}
        if task.initiating_department_id is not None:
            dept_filter.add(task.initiating_department_id)
    rows: list[InspectorRow] = []
    excluded: list[Excluded] = []
    ids: dict[str, int] = {}
    q = (select(Inspector.id, Inspector.staff_no, Inspector.name, Inspector.active,
                Inspector.licence_expiry, Inspector.qualifications, Inspector.leader_capable,
                Inspector.department_id, Department.name.label("dept"),
                Department.external.label("external"))
         .join(Department, Department.id == Inspector.department_id, isouter=True)
         .order_by(Inspector.staff_no))
    for r in session.execute(q):
        if dept_filter is not None and r.department_id not in dept_filter:
            continue
        if dept_filter is None and r.external:
            continue  # partner departments' staff take part in joint tasks only
        own = {x for x in (r.qualifications or "").split(",") if x}
        if not r.active:
            excluded.append(Excluded(r.staff_no, r.name, "已停用"))
        elif r.licence_expiry is None or r.licence_expiry < task.window_end:
            excluded.append(Excluded(r.staff_no, r.name, "执法证在任务期限内过期或未登记"))
        elif quals and not (own & quals):
            excluded.append(Excluded(r.staff_no, r.name, "不具备本任务事项的检查资格"))
        else:
            rows.append(InspectorRow(r.staff_no, r.name, r.dept or "", tuple(sorted(own)) or ("*",),
                                     bool(r.leader_capable)))
            ids[r.staff_no] = r.id
    return rows, excluded, ids


def _conflicts(session: Session, target_ids: dict[str, int], inspector_ids: dict[str, int],
               on: date) -> list[ConflictRow]:
    """Active conflicts between pool members that are still in force on the task's start."""
    t_by_id = {v: k for k, v in target_ids.items()}
    i_by_id = {v: k for k, v in inspector_ids.items()}
    out = []
    for c in session.scalars(select(Conflict).where(Conflict.active.is_(True))):
        if c.end_date is not None and c.end_date < on:
            continue
        if c.target_id in t_by_id and c.inspector_id in i_by_id:
            out.append(ConflictRow(i_by_id[c.inspector_id], t_by_id[c.target_id]))
    return out


def target_ids_for(session: Session, codes: list[str]) -> dict[str, int]:
    """Database ids of targets by code (the package names targets by code only)."""
    out: dict[str, int] = {}
    for chunk in range(0, len(codes), 5000):
        part = codes[chunk:chunk + 5000]
        out.update({c: i for c, i in session.execute(select(Target.code, Target.id).where(Target.code.in_(part)))})
    return out


def inspector_ids_for(session: Session, codes: list[str]) -> dict[str, int]:
    """Database ids of inspectors by staff number."""
    out: dict[str, int] = {}
    for chunk in range(0, len(codes), 5000):
        part = codes[chunk:chunk + 5000]
        out.update({c: i for c, i in session.execute(
            select(Inspector.staff_no, Inspector.id).where(Inspector.staff_no.in_(part)))})
    return out
