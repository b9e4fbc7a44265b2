"""The documents of one task, listed for the print menu and the archive, and printed by one dispatcher."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Correction,
    Document,
    Draw,
    InspectionRecord,
    Objection,
    PublishedResult,
    RectificationNotice,
    Target,
)
from desktop.core import doc_kinds
from desktop.core.errors import DomainError
from desktop.services import documents_lists as lists
from desktop.services import documents_records as recs
from desktop.services import documents_results as results
from desktop.services import publications, teams
from desktop.services.context import Actor
from desktop.services.documents import PrintResult

__all__ = ["TaskDocument", "print_task_document", "task_documents"]

_ENTERED = ("entering", "submitted", "returned", "approved", "published")
_FINISHED = ("submitted", "approved", "published")
_BAD = '<>:"/\\|?*'


@dataclass(frozen=True)
class TaskDocument:
    """One printable document of a task; `path` is where the archive puts it (folder/name.pdf)."""

    kind: str  # announcement, draw_record, notice, record_sheet, rectification, report, publication, correction,
    # review_feedback
    title: str
    target: str  # the target's name ("" for task-level documents)
    ref_id: int  # task, draw, target, notice, correction or objection id, depending on `kind`
    path: str

    @property
    def label(self) -> str:
        """'检查告知书 — 某某宾馆' as menus show it."""
        return f"{self.title} — {self.target}" if self.target else self.title


def safe_name(name: str, limit: int = 120) -> str:
    """A file name any file system accepts (Windows' reserved characters and control characters replaced)."""
    cleaned = "".join("_" if c in _BAD or ord(c) < 32 else c for c in name).strip(" .")
    return (cleaned or "file")[:limit]


def task_documents(session: Session, task_id: int) -> list[TaskDocument]:
    """Every document of the task in the order of the cycle; numbered ones only once they were issued."""
    task = teams.task_or_error(session, task_id)
    out: list[TaskDocument] = []
    issued = {(d.kind, d.target_id) for d in session.scalars(select(Document).where(Document.task_id == task.id))}
    drawn = teams.drawn_targets(session, task.id) if teams.locked_draw(session, task.id) is not None else []
    records = list(session.scalars(select(InspectionRecord).where(InspectionRecord.task_id == task.id)
                                   .order_by(InspectionRecord.id)))
    ids = {tid for tid, _code in drawn} | {r.target_id for r in records}
    names: dict[int, str] = {}
    titles: dict[int, str] = {}
    for tid, code, name in session.execute(select(Target.id, Target.code, Target.name).where(
            Target.id.in_(ids or {-1}))):
        names[tid], titles[tid] = safe_name(code), name
    if (doc_kinds.ANNOUNCEMENT, None) in issued:
        out.append(TaskDocument("announcement", "抽查任务公告", "", task.id, "01_抽查任务公告.pdf"))
    for draw_id, attempt, rehearsal in session.execute(select(Draw.id, Draw.attempt, Draw.rehearsal).where(
            Draw.task_id == task.id).order_by(Draw.attempt)):
        title = f"摇号抽取记录（第{attempt}次{'，演练' if rehearsal else ''}）"
        out.append(TaskDocument("draw_record", title, "", draw_id,
                                f"02_摇号抽取记录_第{attempt}次{'（演练）' if rehearsal else ''}.pdf"))
    for tid, _code in drawn:
        if (doc_kinds.NOTICE, tid) in issued:
            out.append(TaskDocument("notice", "检查告知书", titles[tid], tid, f"04_检查告知书/{names[tid]}.pdf"))
    for r in records:
        if r.state in _ENTERED:
            out.append(TaskDocument("record_sheet", "抽查情况记录表", titles[r.target_id], r.target_id,
                                    f"05_抽查情况记录表/{names[r.target_id]}.pdf"))
    notices = session.execute(select(RectificationNotice.id, InspectionRecord.target_id).join(
        InspectionRecord, InspectionRecord.id == RectificationNotice.record_id).where(
        InspectionRecord.task_id == task.id).order_by(RectificationNotice.id)).all()
    for n, (notice_id, tid) in enumerate(notices, start=1):
        out.append(TaskDocument("rectification", "责令（限期）整改通知书", titles[tid], notice_id,
                                f"06_责令整改通知书/{names[tid]}_{n}.pdf"))
    for r in records:
        if r.state in _FINISHED:
            out.append(TaskDocument("report", "检查报告", titles[r.target_id], r.target_id,
                                    f"07_检查报告/{names[r.target_id]}.pdf"))
    if publications.is_published(session, task.id):
        out.append(TaskDocument("publication", "检查结果公示表", "", task.id, "08_检查结果公示表.pdf"))
    record_ids = [r.id for r in records] or [-1]
    for corr_id, name, code, version in session.execute(
            select(Correction.id, PublishedResult.target_name, PublishedResult.target_code, PublishedResult.version)
            .join(PublishedResult, PublishedResult.id == Correction.new_result_id)
            .where(PublishedResult.record_id.in_(record_ids)).order_by(Correction.id)):
        out.append(TaskDocument("correction", f"更正说明（第{version}版）", name, corr_id,
                                f"09_更正说明/{safe_name(code)}_第{version}版.pdf"))
    decided = session.execute(select(Objection.id, PublishedResult.target_name, PublishedResult.target_code).join(
        PublishedResult, PublishedResult.id == Objection.result_id).where(
        PublishedResult.record_id.in_(record_ids), Objection.outcome != "").order_by(Objection.id)).all()
    for n, (objection_id, name, code) in enumerate(decided, start=1):
        out.append(TaskDocument("review_feedback", "复核结果反馈", name, objection_id,
                                f"10_复核结果反馈/{safe_name(code)}_{n}.pdf"))
    return out


def print_task_document(session: Session, actor: Actor, task_id: int, doc: TaskDocument, out: Path, *,
                        with_excel: bool = False) -> PrintResult:
    """Print one listed document (reprints keep their 文号); `with_excel` adds the 公示表's platform xlsx."""
    if doc.kind == "announcement":
        return lists.print_announcement(session, actor, task_id, out)
    if doc.kind == "draw_record":
        return lists.print_draw_record(session, actor, doc.ref_id, out)
    if doc.kind == "notice":
        return recs.print_notice(session, actor, task_id, doc.ref_id, out)
    if doc.kind == "record_sheet":
        return recs.print_record_sheets(session, actor, task_id, out, target_id=doc.ref_id, mode="completed")
    if doc.kind == "rectification":
        return recs.print_rectification(session, actor, doc.ref_id, out)
    if doc.kind == "report":
        return recs.print_report(session, actor, task_id, doc.ref_id, out)
    if doc.kind == "publication":
        return results.print_publication(session, actor, task_id, out,
                                         excel_out=out.with_suffix(".xlsx") if with_excel else None)
    if doc.kind == "correction":
        return results.print_correction(session, actor, doc.ref_id, out)
    if doc.kind == "review_feedback":
        return results.print_review_feedback(session, actor, doc.ref_id, out)
    raise DomainError("document_kind_unknown", kind=doc.kind)
