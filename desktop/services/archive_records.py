"""The records of a task as plain JSON data for its archive package (never a 身份证号)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Attachment,
    Correction,
    Draw,
    InspectionRecord,
    Inspector,
    Objection,
    PublishedResult,
    RecordConfirmation,
    RectificationNotice,
    Target,
    Task,
)
from desktop.services import documents, teams

__all__ = ["task_json"]


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _task(session: Session, task: Task) -> dict[str, Any]:
    info = documents.task_info(session, task)
    return {
        "number": task.number, "name": task.name, "year": task.year, "state": task.state,
        "window": [_iso(task.window_start), _iso(task.window_end)], "legal_basis": task.legal_basis,
        "items": [{"code": i.code, "name": i.name} for i in documents.task_items(task)],
        "joint": task.joint, "departments": list(info.departments), "plan": info.plan_name,
        "quotas": task.quotas, "team_size": task.team_size, "directed": task.directed,
    }


def _draws(session: Session, task_id: int) -> list[dict[str, Any]]:
    return [{"attempt": d.attempt, "rehearsal": d.rehearsal, "state": d.state, "operator": d.operator,
             "commit": d.commit_hex, "seed": d.seed_hex, "result_hash": d.result_hash,
             "frozen_at": _iso(d.frozen_at), "locked_at": _iso(d.locked_at), "abandon_reason": d.abandon_reason}
            for d in session.scalars(select(Draw).where(Draw.task_id == task_id).order_by(Draw.attempt))]


def _versions(session: Session, record_id: int) -> list[dict[str, Any]]:
    results = list(session.scalars(select(PublishedResult).where(PublishedResult.record_id == record_id)
                                   .order_by(PublishedResult.version)))
    corrections = {c.new_result_id: c for c in session.scalars(select(Correction).where(
        Correction.new_result_id.in_([r.id for r in results] or [-1])))}
    out = []
    for r in results:
        c = corrections.get(r.id)
        out.append({"version": r.version, "result": r.result_text, "remarks": r.remarks,
                    "completed_on": _iso(r.completed_on), "created_at": _iso(r.created_at),
                    "correction": None if c is None else {
                        "doc_number": c.doc_number, "reason": c.reason, "principal": c.approved_by,
                        "approved_on": _iso(c.approved_on), "requested_by": c.requested_by}})
    return out


def _objections(session: Session, record_id: int) -> list[dict[str, Any]]:
    ids = select(PublishedResult.id).where(PublishedResult.record_id == record_id)
    return [{"received_on": _iso(o.received_on), "content": o.content, "review_deadline": _iso(o.review_deadline),
             "reviewed_on": _iso(o.reviewed_on), "outcome": o.outcome, "review_note": o.review_note,
             "feedback_deadline": _iso(o.feedback_deadline), "feedback_on": _iso(o.feedback_on),
             "feedback_doc_number": o.feedback_doc_number}
            for o in session.scalars(select(Objection).where(Objection.result_id.in_(ids)).order_by(Objection.id))]


def _record(session: Session, r: InspectionRecord, target: Target, staff: dict[int, str],
            attachment_paths: dict[int, str]) -> dict[str, Any]:
    team = teams.team_of(session, r.task_id, r.target_id)
    confirmations = session.execute(select(RecordConfirmation.inspector_id, RecordConfirmation.confirmed_at)
                                    .where(RecordConfirmation.record_id == r.id)).all()
    notices = session.scalars(select(RectificationNotice).where(RectificationNotice.record_id == r.id)
                              .order_by(RectificationNotice.id))
    attachments = session.execute(select(Attachment.id, Attachment.filename, Attachment.mime_type, Attachment.size,
                                         Attachment.sha256, Attachment.added_by, Attachment.added_at)
                                  .where(Attachment.record_id == r.id).order_by(Attachment.id)).all()
    return {
        "record_id": r.id, "state": r.state,
        "target": {"code": target.code, "name": target.name, "address": target.address,
                   "legal_rep": target.legal_rep, "risk_class": target.risk_class,
                   "jurisdiction": target.jurisdiction, "industry": target.industry},
        "team": [{"staff_no": m.staff_no, "name": m.name, "role": m.role_label, "department": m.department}
                 for m in team],
        "notice_given": r.notice_given, "notice_note": r.notice_note, "inspection_date": _iso(r.inspection_date),
        "methods": list(r.methods), "findings": [
            {"seq": f.seq, "check_point_id": f.check_point_id, "compliant": f.compliant, "finding": f.finding,
             "disposal": f.disposal} for f in r.findings],
        "result_categories": list(r.result_categories), "disposals": list(r.disposals), "follow_up": r.follow_up,
        "transfer_to": r.transfer_to, "target_signed": r.target_signed, "target_refused": r.target_refused,
        "refusal_note": r.refusal_note, "target_opinion": r.target_opinion, "entered_by": r.entered_by,
        "confirmations": [{"staff_no": staff.get(i, str(i)), "confirmed_at": _iso(at)} for i, at in confirmations],
        "submitted_at": _iso(r.submitted_at), "review_opinion": r.review_opinion, "reviewed_by": r.reviewed_by,
        "reviewed_at": _iso(r.reviewed_at), "report_date": _iso(r.report_date), "credit_flag": r.credit_flag,
        "rectifications": [{"doc_number": n.doc_number, "issued_on": _iso(n.issued_on), "deadline": _iso(n.deadline),
                            "facts": n.facts, "basis": n.basis, "requirement": n.requirement,
                            "completed_on": _iso(n.completed_on), "verification": n.verification} for n in notices],
        "attachments": [{"filename": a.filename, "mime_type": a.mime_type, "size": a.size, "sha256": a.sha256,
                         "added_by": a.added_by, "added_at": _iso(a.added_at), "path": attachment_paths.get(a.id, "")}
                        for a in attachments],
        "published_versions": _versions(session, r.id), "objections": _objections(session, r.id),
    }


def task_json(session: Session, task: Task, attachment_paths: dict[int, str]) -> dict[str, Any]:
    """The task, its draw attempts and every record with findings, sign-offs, results and objections."""
    rows = session.execute(select(InspectionRecord, Target).join(Target, Target.id == InspectionRecord.target_id)
                           .where(InspectionRecord.task_id == task.id).order_by(InspectionRecord.id)).all()
    ids = {i for r, _t in rows for i in session.scalars(
        select(RecordConfirmation.inspector_id).where(RecordConfirmation.record_id == r.id))}
    staff = dict(session.execute(select(Inspector.id, Inspector.staff_no).where(
        Inspector.id.in_(ids or {-1}))).all())
    return {"task": _task(session, task), "draws": _draws(session, task.id),
            "records": [_record(session, r, t, staff, attachment_paths) for r, t in rows]}
