"""Printing after the inspection: 检查结果公示表 (+ platform Excel), 更正说明, 复核结果反馈, 年度报告."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Correction,
    InspectionRecord,
    Objection,
    Publication,
    PublishedResult,
    Task,
)
from desktop.core.doc_kinds import CORRECTION, DOC_KINDS, OBJECTION_FEEDBACK
from desktop.core.errors import DomainError
from desktop.reports import data, excel
from desktop.reports.doc_annual import render_annual_report
from desktop.reports.doc_letters import render_correction, render_review_feedback
from desktop.reports.doc_public import render_publication
from desktop.services import documents as docs
from desktop.services import statistics
from desktop.services.context import Actor

__all__ = ["print_annual_report", "print_correction", "print_publication", "print_review_feedback"]

OUTCOME_LABELS = {"upheld": "维持", "corrected": "更正"}


def _publication(session: Session, task_id: int) -> Publication:
    pub = session.scalar(select(Publication).where(Publication.task_id == task_id))
    if pub is None:
        raise DomainError("publication_not_found", task=task_id)
    return pub


def _latest_results(session: Session, pub: Publication) -> list[PublishedResult]:
    newest = select(PublishedResult.record_id, func.max(PublishedResult.version).label("v")).where(
        PublishedResult.publication_id == pub.id).group_by(PublishedResult.record_id).subquery()
    return list(session.scalars(select(PublishedResult).join(
        newest, (newest.c.record_id == PublishedResult.record_id) & (newest.c.v == PublishedResult.version))
        .order_by(PublishedResult.record_id)))


def publication_doc(session: Session, task_id: int) -> data.PublicationDoc:
    """The published results of a task (latest version of each) as document data."""
    task = docs.task_or_error(session, task_id)
    pub = _publication(session, task_id)
    org = docs.org_name(session)
    rows = tuple(data.ResultRow(n, r.target_name, r.target_code, r.completed_on, r.result_text, r.remarks)
                 for n, r in enumerate(_latest_results(session, pub), start=1))
    title = f"{org}{task.year}年度第{task.seq}号抽查任务检查结果公告"
    return data.PublicationDoc(data.Letterhead(org, pub.published_on), title, docs.task_info(session, task), rows,
                               pub.published_on)


def print_publication(session: Session, actor: Actor, task_id: int, out: Path, *,
                      excel_out: Path | None = None) -> docs.PrintResult:
    """检查结果公示表 (PDF) and, when `excel_out` is given, the platform's Excel layout."""
    docs.require_print(actor, numbered=False)
    doc = publication_doc(session, task_id)
    if excel_out is not None:
        excel.write_publication_xlsx(doc, excel_out)
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, "publication", out, lambda buf: render_publication(doc, fonts, buf),
                       fonts=fonts, entity="task", entity_id=doc.task.number,
                       details={"rows": len(doc.rows), "excel": excel_out.name if excel_out else ""})


def _task_of_result(session: Session, result: PublishedResult) -> tuple[Task, Publication]:
    pub = session.get(Publication, result.publication_id)
    assert pub is not None
    return docs.task_or_error(session, pub.task_id), pub


def _target_id(session: Session, result: PublishedResult) -> int | None:
    return session.scalar(select(InspectionRecord.target_id).where(InspectionRecord.id == result.record_id))


def print_correction(session: Session, actor: Actor, correction_id: int, out: Path) -> docs.PrintResult:
    """更正说明 of one correction, under the 文号 it was approved with."""
    docs.require_print(actor, numbered=True)
    corr = session.get(Correction, correction_id)
    if corr is None:
        raise DomainError("correction_not_found", correction=correction_id)
    old, new = session.get(PublishedResult, corr.old_result_id), session.get(PublishedResult, corr.new_result_id)
    assert old is not None and new is not None
    task, pub = _task_of_result(session, new)
    target_id = _target_id(session, new)
    document = docs.document_by_number(session, corr.doc_number) if corr.doc_number else None
    if document is None:
        # Corrections are immutable rows: a number issued here is found again by its titled Document row.
        title = f"{DOC_KINDS[CORRECTION].title}（第{new.version}版）"
        document = docs.find_document(session, CORRECTION, task_id=task.id, target_id=target_id, title=title) or \
            docs.allocate(session, actor, CORRECTION, corr.approved_on.year, task_id=task.id, target_id=target_id,
                          title=title)
    doc = data.CorrectionDoc(data.Letterhead(docs.org_name(session), corr.approved_on, document.doc_number),
                             docs.task_info(session, task), new.target_name, new.target_code, pub.published_on,
                             old.result_text, new.result_text, corr.reason, corr.approved_by, corr.approved_on,
                             old.remarks, new.remarks, new.version)
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, CORRECTION, out, lambda buf: render_correction(doc, fonts, buf),
                       document=document, entity="correction", entity_id=corr.id, fonts=fonts,
                       details={"task": task.number, "target": new.target_code})


def print_review_feedback(session: Session, actor: Actor, objection_id: int, out: Path) -> docs.PrintResult:
    """复核结果反馈 of a decided objection."""
    docs.require_print(actor, numbered=True)
    o = session.get(Objection, objection_id)
    if o is None:
        raise DomainError("objection_not_found", objection=objection_id)
    if o.outcome not in OUTCOME_LABELS:
        raise DomainError("objection_not_decided", objection=objection_id)
    result = session.get(PublishedResult, o.result_id)
    assert result is not None
    task, _pub = _task_of_result(session, result)
    document = docs.document_by_number(session, o.feedback_doc_number) if o.feedback_doc_number else None
    issued = o.feedback_on or o.reviewed_on or date.today()
    if document is None:
        document = docs.allocate(session, actor, OBJECTION_FEEDBACK, issued.year, task_id=task.id,
                                 target_id=_target_id(session, result))
        if not o.feedback_doc_number:
            o.feedback_doc_number = document.doc_number
    new_result = ""
    if o.outcome == "corrected":
        new_id = session.scalar(select(Correction.new_result_id).where(Correction.objection_id == o.id))
        corrected = session.get(PublishedResult, new_id) if new_id is not None else None
        new_result = corrected.result_text if corrected else ""
    doc = data.ReviewFeedbackDoc(data.Letterhead(docs.org_name(session), issued, document.doc_number),
                                 docs.task_info(session, task), result.target_name, result.target_code, o.received_on,
                                 o.content, o.reviewed_on, OUTCOME_LABELS[o.outcome], o.review_note, new_result)
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, OBJECTION_FEEDBACK, out, lambda buf: render_review_feedback(doc, fonts, buf),
                       document=document, entity="objection", entity_id=o.id, fonts=fonts,
                       details={"task": task.number, "target": result.target_code})


def annual_doc(session: Session, year: int, on: date | None = None) -> data.AnnualReportDoc:
    """The year's statistics (services.statistics, the same numbers as the statistics screen) as document data."""
    stats = statistics.year_statistics(session, year)
    total = stats.total
    disposals = sorted((t for t in total.disposals if t.count), key=lambda t: -t.count)
    return data.AnnualReportDoc(
        data.Letterhead(docs.org_name(session), on or date.today()), year, stats.plan_title, stats.plan_entries,
        tuple(data.AnnualTaskLine(t.number, t.name, t.due, t.published, t.published_on) for t in stats.tasks),
        stats.joint_tasks, tuple(data.Count(t.label, t.count) for t in total.results),
        tuple(data.RiskLine(g.label, g.due, g.published) for g in stats.by_risk),
        tuple(data.Count(t.label, t.count) for t in disposals), total.rectifications, total.rectified,
        stats.corrections, stats.objections,
        by_department=tuple(data.RiskLine(g.label, g.due, g.published) for g in stats.by_department),
        coverage=(stats.items_covered, stats.items_active))


def print_annual_report(session: Session, actor: Actor, year: int, out: Path, *,
                        on: date | None = None) -> docs.PrintResult:
    """年度执行情况报告 of `year` with its charts."""
    docs.require_print(actor, numbered=False)
    doc = annual_doc(session, year, on)
    fonts = docs.fonts_for(session)
    return docs.finish(session, actor, "annual_report", out, lambda buf: render_annual_report(doc, fonts, buf),
                       fonts=fonts, entity="annual_report", entity_id=year, details={"tasks": len(doc.tasks)})
