"""Printing the item list, the annual plan, the task announcement and the draw record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AnnualPlan, Department, Draw, DrawSelection, InspectionItem, Target
from desktop.core.doc_kinds import ANNOUNCEMENT
from desktop.core.errors import DomainError
from desktop.reports import data, excel
from desktop.reports.doc_draw import render_draw_record
from desktop.reports.doc_lists import render_items, render_plan
from desktop.reports.doc_public import render_announcement
from desktop.services import documents as docs
from desktop.services import pool, settings, teams
from desktop.services.context import Actor
from desktop.services.draw_view import draw_view

__all__ = ["print_announcement", "print_draw_record", "print_items", "print_plan", "quota_text"]

DRAW_STATE_LABELS = {"frozen": "已冻结名录", "committed": "已公布承诺", "witnessed": "见证人已输入",
                     "revealed": "已揭示密钥", "computed": "已计算结果", "locked": "已锁定", "abandoned": "已放弃"}
RULE_LABELS = {"task_id": "任务编号", "categories": "定向类别", "initiating_dept": "发起部门",
               "joint_depts": "联合部门", "max_draws_per_year": "每年最多被抽次数", "max_load": "每人最多检查户数",
               "quota_base": "比例计算基数", "team_size": "检查组人数", "rounding": "取整方式"}
RULE_VALUES = {"*": "全部/不适用", "all": "名录全部对象", "eligible": "可抽对象", "ceil": "向上取整",
               "half_up": "四舍五入"}


def quota_text(quotas: dict[str, dict[str, str]]) -> str:
    """'A类 1/20；C类 2户' from a task's or plan entry's quota rules."""
    parts = []
    for rc in sorted(quotas):
        spec = quotas[rc]
        if "ratio" in spec:
            parts.append(f"{rc}类 {spec['ratio']}")
        elif "count" in spec:
            parts.append(f"{rc}类 {spec['count']}户")
    return "；".join(parts)


def _scope(jurisdictions: list[str], industries: list[str], categories: list[str] | None = None) -> str:
    parts = []
    if jurisdictions:
        parts.append("辖区：" + "、".join(jurisdictions))
    if industries:
        parts.append("行业：" + "、".join(industries))
    if categories:
        parts.append("类别：" + "、".join(categories))
    return "；".join(parts) or "全部"


def print_items(session: Session, actor: Actor, out: Path, *, on: date | None = None,
                excel_out: Path | None = None) -> docs.PrintResult:
    """随机抽查事项清单 of the active items (and the Excel sheet when `excel_out` is given)."""
    docs.require_print(actor, numbered=False)
    org = docs.org_name(session)
    rows = []
    for it in session.scalars(select(InspectionItem).where(InspectionItem.active.is_(True))
                              .order_by(InspectionItem.code)):
        points = tuple(p.content for p in it.check_points if p.active)
        rows.append(data.ItemRow(it.code, it.name, it.category, it.sub_item, it.basis, it.subject, it.object_type,
                                 "重点" if it.kind == "key" else "一般", it.method, it.ratio_text,
                                 it.frequency_text, it.inspector_requirement, it.remarks, points))
    if not rows:
        raise DomainError("items_empty")
    doc = data.ItemListDoc(data.Letterhead(org, on or date.today()), f"{org}随机抽查事项清单", tuple(rows))
    fonts = docs.fonts_for(session)
    if excel_out is not None:
        excel.write_items_xlsx(doc, excel_out)
    return docs.finish(session, actor, "items", out, lambda buf: render_items(doc, fonts, buf), fonts=fonts,
                       entity="items", details={"items": len(rows)})


def print_plan(session: Session, actor: Actor, year: int, out: Path, *, on: date | None = None,
               excel_out: Path | None = None) -> docs.PrintResult:
    """年度抽查计划 of `year`."""
    docs.require_print(actor, numbered=False)
    plan = session.scalar(select(AnnualPlan).where(AnnualPlan.year == year))
    if plan is None:
        raise DomainError("plan_not_found", year=year)
    org = docs.org_name(session)
    dept_names = dict(session.execute(select(Department.id, Department.name)).all())
    lines = []
    for e in plan.entries:
        joint = ""
        if e.joint:
            lead = dept_names.get(e.initiating_department_id or 0, "")
            others = "、".join(dept_names.get(i, "") for i in e.joint_department_ids if i != e.initiating_department_id)
            joint = f"发起：{lead}" + (f"；参与：{others}" if others else "")
        lines.append(data.PlanLine(e.seq, e.name, tuple(i.name for i in e.items), _scope(e.jurisdictions, e.industries),
                                   e.window_start, e.window_end, quota_text(e.quotas), e.frequency, e.directed, joint))
    names = dict(session.execute(select(InspectionItem.code, InspectionItem.name)).all())
    uncovered = tuple((f"{code} {names.get(code, '')}".strip(), reason)
                      for code, reason in sorted(plan.uncovered_reasons.items()))
    issued = on or (plan.published_at.date() if plan.published_at else date.today())
    doc = data.PlanDoc(data.Letterhead(org, issued), year, plan.title, tuple(lines),
                       "已发布" if plan.state == "published" else "草稿", uncovered)
    fonts = docs.fonts_for(session)
    if excel_out is not None:
        excel.write_plan_xlsx(doc, excel_out)
    return docs.finish(session, actor, "plan", out, lambda buf: render_plan(doc, fonts, buf), fonts=fonts,
                       entity="annual_plan", entity_id=year, details={"entries": len(lines)})


def print_announcement(session: Session, actor: Actor, task_id: int, out: Path) -> docs.PrintResult:
    """抽查任务公告 with a 文号 (kept on reprint) and, once drawn, the list if the task publishes it."""
    docs.require_print(actor, numbered=True)
    task = docs.task_or_error(session, task_id)
    org = docs.org_name(session)
    draw = teams.locked_draw(session, task_id)
    drawn: tuple[data.PublicTarget, ...] = ()
    if draw is not None:
        rows = session.execute(select(DrawSelection.position, Target.name, Target.code, Target.risk_class)
                               .join(Target, Target.id == DrawSelection.target_id)
                               .where(DrawSelection.draw_id == draw.id, DrawSelection.status == "drawn")
                               .order_by(DrawSelection.position)).all()
        drawn = tuple(data.PublicTarget(n, name, code, docs.risk_label(session, rc))
                      for n, (_pos, name, code, rc) in enumerate(rows, start=1))
        count = len(drawn)
    else:
        try:
            count = sum(s.quota for s in pool.snapshot(session, task_id).strata)
        except DomainError:
            count = 0
    document = docs.find_document(session, ANNOUNCEMENT, task_id=task_id, target_id=None)
    if document is None:
        document = docs.allocate(session, actor, ANNOUNCEMENT, task.year, task_id=task_id)
    org_info = settings.get_org(session)
    contact = f"联系电话：{org_info.phone}" if org_info and org_info.phone else ""
    doc = data.AnnouncementDoc(data.Letterhead(org, docs.issued_on(document), document.doc_number),
                               docs.task_info(session, task), _scope(task.jurisdictions, task.industries,
                                                                     task.categories if task.directed else None),
                               count, drawn, task.publish_drawn_list, contact)
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, ANNOUNCEMENT, out, lambda buf: render_announcement(doc, fonts, buf),
                       document=document, entity="task", entity_id=task.number, fonts=fonts,
                       details={"drawn_list": bool(drawn) and task.publish_drawn_list})


def _rule_rows(rules: dict[str, str]) -> tuple[tuple[str, str], ...]:
    rows = []
    for key, value in rules.items():
        if key.startswith("ratio."):
            label = f"抽取比例（{key[6:]}类）"
        elif key.startswith("count."):
            label = f"抽取数量（{key[6:]}类）"
        else:
            label = RULE_LABELS.get(key, key)
        shown = RULE_VALUES.get(value, value)
        if key == "max_load" and value == "0":
            shown = "不限"
        rows.append((label, shown))
    return tuple(rows)


def print_draw_record(session: Session, actor: Actor, draw_id: int, out: Path) -> docs.PrintResult:
    """摇号抽取记录 of one attempt (rehearsals carry the 演练 watermark)."""
    docs.require_print(actor, numbered=False)
    view = draw_view(session, draw_id)
    draw = session.get(Draw, draw_id)
    assert draw is not None
    task = docs.task_or_error(session, draw.task_id)
    labels = dict(settings.get_profile(session).risk_labels)
    times = (("冻结名录", draw.frozen_at), ("公布承诺", draw.committed_at), ("揭示密钥", draw.revealed_at),
             ("锁定结果", draw.locked_at))
    drawn = tuple(data.DrawnLine(d.position, d.code, d.name, d.stratum, d.key_hex,
                                 tuple(data.InspectorInfo(m.name, m.staff_no, m.role_label, m.department)
                                       for m in d.team)) for d in view.drawn)
    doc = data.DrawRecordDoc(
        data.Letterhead(view.bureau or docs.org_name(session), (draw.locked_at or draw.frozen_at).date(),
                        rehearsal=view.rehearsal),
        docs.task_info(session, task), view.attempt, DRAW_STATE_LABELS.get(view.state, view.state), draw.operator,
        times, _rule_rows(view.rules), tuple(sorted(view.file_sha256.items())), view.commit_hex,
        tuple(data.WitnessLine(w.seat, w.name, w.affiliation, w.digits) for w in view.witnesses),
        view.secret_hex, view.seed_hex,
        tuple(data.StratumLine(s.stratum, labels.get(s.stratum, ""), s.base, s.eligible, s.rule_text, s.quota)
              for s in view.strata),
        drawn, tuple(data.EventLine(e.seq, e.at, e.text) for e in view.events), view.result_hash)
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, "draw_record", out, lambda buf: render_draw_record(doc, fonts, buf),
                       fonts=fonts, entity="draw", entity_id=draw_id,
                       details={"task": task.number, "attempt": view.attempt, "result_hash": view.result_hash})


def latest_draw(session: Session, task_id: int) -> int:
    """The draw a task's record is printed from: the last locked real draw, else the last attempt."""
    draw = teams.locked_draw(session, task_id)
    if draw is not None:
        return draw.id
    found = session.scalar(select(Draw.id).where(Draw.task_id == task_id).order_by(Draw.attempt.desc()).limit(1))
    if found is None:
        raise DomainError("draw_not_found", draw=f"task={task_id}")
    return found
