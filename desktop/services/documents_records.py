"""Printing for the inspection itself: 检查告知书, 抽查情况记录表, 责令整改通知书, 检查报告."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CheckPoint, InspectionRecord, RecordFinding, RectificationNotice, Target, Task
from desktop.core.doc_kinds import NOTICE, RECTIFICATION
from desktop.core.errors import DomainError
from desktop.reports import data
from desktop.reports.doc_notices import render_notice, render_rectification
from desktop.reports.doc_record import render_record_sheets
from desktop.reports.doc_report import render_report
from desktop.services import documents as docs
from desktop.services import records, settings, teams
from desktop.services.context import Actor

__all__ = ["print_notice", "print_record_sheets", "print_rectification", "print_report"]

SHEET_MODES = ("auto", "blank", "prefilled", "completed")
# Records past 录入中 have findings worth printing as the completed sheet.
_ENTERED = ("entering", "submitted", "returned", "approved", "published")
_FINISHED = ("submitted", "approved", "published")


def _target(session: Session, target_id: int) -> Target:
    target = session.get(Target, target_id)
    if target is None:
        raise DomainError("target_not_found", target=target_id)
    return target


def _require_drawn(session: Session, task: Task, target_id: int) -> None:
    if target_id not in {tid for tid, _code in teams.drawn_targets(session, task.id)}:
        raise DomainError("target_not_drawn", task=task.number, target=target_id)


def print_notice(session: Session, actor: Actor, task_id: int, target_id: int, out: Path, *,
                 materials: tuple[str, ...] = ()) -> docs.PrintResult:
    """检查告知书 to one drawn target; the 文号 is allocated once and kept on reprints."""
    docs.require_print(actor, numbered=True)
    task = docs.task_or_error(session, task_id)
    _require_drawn(session, task, target_id)
    items = docs.task_items(task)
    if items and not any(i.notice_required for i in items):
        raise DomainError("notice_not_required", task=task.number)
    target = _target(session, target_id)
    document = docs.find_document(session, NOTICE, task_id=task_id, target_id=target_id)
    if document is None:
        document = docs.allocate(session, actor, NOTICE, task.year, task_id=task_id, target_id=target_id)
    team = docs.team_info(session, task_id, target_id)
    org = settings.get_org(session)
    leader = next((m for m in team if m.role == "组长"), team[0] if team else None)
    doc = data.NoticeDoc(data.Letterhead(docs.org_name(session), docs.issued_on(document), document.doc_number),
                         docs.target_info(session, target), docs.task_info(session, task),
                         tuple(i.name for i in items if i.notice_required), ("实地核查",), materials, team,
                         leader.name if leader else "", org.phone if org else "")
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, NOTICE, out, lambda buf: render_notice(doc, fonts, buf), document=document,
                       entity="target", entity_id=target.code, fonts=fonts, details={"task": task.number})


def _items(session: Session, task: Task, findings: dict[int, RecordFinding] | None) -> tuple[data.RecordItem, ...]:
    points = records.check_points(session, task.id)
    by_item: dict[int, list[CheckPoint]] = {}
    for p in points:
        by_item.setdefault(p.item_id, []).append(p)
    out = []
    for item in docs.task_items(task):
        lines = []
        for p in by_item.get(item.id, []):
            f = findings.get(p.id) if findings is not None else None
            lines.append(data.CheckLine(p.content, p.guidance, f.compliant if f else None,
                                        f.finding if f else "", f.disposal if f else ""))
        out.append(data.RecordItem(item.name, tuple(lines)))
    return tuple(out)


def _sheet(session: Session, task: Task, target: Target, record: InspectionRecord | None, mode: str,
           head: data.Letterhead, options: dict[str, tuple[str, ...]]) -> data.RecordSheet:
    if mode == "auto":
        mode = "completed" if record is not None and record.state in _ENTERED else "prefilled"
    if mode == "completed" and (record is None or record.state not in _ENTERED):
        raise DomainError("record_not_entered", task=task.number, target=target.code)
    filled = mode == "completed" and record is not None
    findings = {f.check_point_id: f for f in record.findings} if filled and record is not None else None
    base = data.RecordSheet(head, docs.task_info(session, task), docs.target_info(session, target),
                            _items(session, task, findings), docs.team_info(session, task.id, target.id), mode,
                            method_options=options["methods"], result_options=options["results"],
                            disposal_options=options["disposals"])
    if not filled or record is None:
        return base
    return data.RecordSheet(
        head, base.task, base.target, base.items, base.team, mode, record.inspection_date, base.method_options,
        tuple(record.methods), base.result_options, tuple(record.result_categories), base.disposal_options,
        tuple(record.disposals), record.follow_up, (), record.target_opinion, record.target_signed,
        record.target_refused, record.refusal_note, record.review_opinion,
        teams.display_name(session, record.reviewed_by), record.reviewed_at.date() if record.reviewed_at else None)


def print_record_sheets(session: Session, actor: Actor, task_id: int | None, out: Path, *,
                        target_id: int | None = None, mode: str = "auto",
                        on: date | None = None) -> docs.PrintResult:
    """抽查情况记录表: one target or every drawn target of a task in one PDF; a blank form needs no task.

    mode: auto (completed where a record has been entered, else pre-filled), blank, prefilled,
    completed (refused for a target whose record has not been entered).
    """
    docs.require_print(actor, numbered=False)
    if mode not in SHEET_MODES:
        raise DomainError("sheet_mode_invalid", mode=mode)
    profile = settings.get_profile(session)
    options = {"methods": tuple(records.METHODS), "results": profile.result_categories,
               "disposals": profile.disposals}
    head = data.Letterhead(docs.org_name(session), on or date.today())
    sheets: list[data.RecordSheet] = []
    task = docs.task_or_error(session, task_id) if task_id is not None else None
    if mode == "blank":
        items = _items(session, task, None) if task is not None else ()
        info = docs.task_info(session, task) if task is not None else None
        sheets.append(data.RecordSheet(head, info, None, items, (), "blank", method_options=options["methods"],
                                       result_options=options["results"], disposal_options=options["disposals"]))
    else:
        if task is None:
            raise DomainError("task_required")
        drawn = [tid for tid, _code in teams.drawn_targets(session, task.id)]
        if target_id is not None:
            if target_id not in drawn:
                raise DomainError("target_not_drawn", task=task.number, target=target_id)
            drawn = [target_id]
        recs = {r.target_id: r for r in session.scalars(select(InspectionRecord).where(
            InspectionRecord.task_id == task.id, InspectionRecord.target_id.in_(drawn)))}
        targets = {t.id: t for t in session.scalars(select(Target).where(Target.id.in_(drawn)))}
        sheets = [_sheet(session, task, targets[tid], recs.get(tid), mode, head, options) for tid in drawn]
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, "record_sheet", out, lambda buf: render_record_sheets(sheets, fonts, buf),
                       fonts=fonts, entity="task" if task else "record_sheet", entity_id=task.number if task else "",
                       details={"mode": mode, "sheets": len(sheets)})


def print_rectification(session: Session, actor: Actor, notice_id: int, out: Path) -> docs.PrintResult:
    """责令（限期）整改通知书 with its 送达回执; the notice keeps the 文号 it was issued with."""
    docs.require_print(actor, numbered=True)
    notice = session.get(RectificationNotice, notice_id)
    if notice is None:
        raise DomainError("rectification_not_found", notice=notice_id)
    record = session.get(InspectionRecord, notice.record_id)
    assert record is not None
    task = docs.task_or_error(session, record.task_id)
    target = _target(session, record.target_id)
    document = docs.document_by_number(session, notice.doc_number) if notice.doc_number else None
    if document is None:
        document = docs.allocate(session, actor, RECTIFICATION, notice.issued_on.year, task_id=task.id,
                                 target_id=target.id)
        if not notice.doc_number:
            notice.doc_number = document.doc_number
    org = settings.get_org(session)
    doc = data.RectificationDoc(data.Letterhead(docs.org_name(session), notice.issued_on, notice.doc_number),
                                docs.target_info(session, target), task.number, record.inspection_date, notice.facts,
                                notice.basis, notice.requirement, notice.deadline,
                                docs.team_info(session, task.id, target.id), contact_phone=org.phone if org else "")
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, RECTIFICATION, out, lambda buf: render_rectification(doc, fonts, buf),
                       document=document, entity="rectification", entity_id=notice.id, fonts=fonts,
                       details={"task": task.number, "target": target.code})


def latest_rectification(session: Session, task_id: int, target_id: int) -> int:
    """The newest 整改通知书 of a target in a task."""
    found = session.scalar(select(RectificationNotice.id).join(
        InspectionRecord, InspectionRecord.id == RectificationNotice.record_id).where(
        InspectionRecord.task_id == task_id, InspectionRecord.target_id == target_id)
        .order_by(RectificationNotice.id.desc()).limit(1))
    if found is None:
        raise DomainError("rectification_not_found", notice=f"task={task_id} target={target_id}")
    return found


def print_report(session: Session, actor: Actor, task_id: int, target_id: int, out: Path, *,
                 on: date | None = None) -> docs.PrintResult:
    """检查报告 of one target, from its submitted (or later) record."""
    docs.require_print(actor, numbered=False)
    task = docs.task_or_error(session, task_id)
    record = session.scalar(select(InspectionRecord).where(InspectionRecord.task_id == task_id,
                                                           InspectionRecord.target_id == target_id))
    if record is None or record.state not in _FINISHED:
        raise DomainError("record_not_submitted", task=task.number, target=target_id)
    target = _target(session, target_id)
    findings = {f.check_point_id: f for f in record.findings}
    notices = list(session.scalars(select(RectificationNotice).where(RectificationNotice.record_id == record.id)
                                   .order_by(RectificationNotice.id)))
    rect = "".join(
        f"已下达责令（限期）整改通知书（{n.doc_number}），限于{n.deadline.year}年{n.deadline.month}月{n.deadline.day}日前改正"
        + (f"，已于{n.completed_on.year}年{n.completed_on.month}月{n.completed_on.day}日完成整改。" if n.completed_on
           else "。") for n in notices)
    issued = on or record.report_date or date.today()
    doc = data.ReportDoc(data.Letterhead(docs.org_name(session), issued), docs.task_info(session, task),
                         docs.target_info(session, target), record.inspection_date,
                         docs.team_info(session, task_id, target_id), _items(session, task, findings),
                         tuple(record.methods), tuple(record.result_categories), tuple(record.disposals),
                         record.follow_up, rect, record.review_opinion,
                         teams.display_name(session, record.reviewed_by))
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, "report", out, lambda buf: render_report(doc, fonts, buf), fonts=fonts,
                       entity="record", entity_id=record.id, details={"task": task.number, "target": target.code})
