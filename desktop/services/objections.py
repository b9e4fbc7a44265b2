"""异议: receive an objection to a published result, decide it (维持 / 更正), feed the review back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import InspectionRecord, Objection, Publication, PublishedResult
from desktop.core import doc_kinds, roles
from desktop.core.errors import DomainError
from desktop.services import audit, deadlines, documents, publications, settings
from desktop.services.calendar import load_calendar
from desktop.services.context import Actor

OUTCOMES = {"upheld": "维持", "corrected": "更正"}


@dataclass(frozen=True)
class ObjectionRow:
    """An objection with its deadlines; `late_*` say whether a step missed its deadline."""

    id: int
    result_id: int
    record_id: int
    target_name: str
    received_on: date
    content: str
    review_deadline: date | None
    review_rule: str
    reviewed_on: date | None
    outcome: str
    outcome_label: str
    review_note: str
    feedback_deadline: date | None
    feedback_rule: str
    feedback_on: date | None
    feedback_doc_number: str
    calendar_note: str
    late_review: bool
    late_feedback: bool
    correction_result_id: int | None = None


def _row(session: Session, o: Objection, note: str = "", correction_result_id: int | None = None) -> ObjectionRow:
    result = session.get(PublishedResult, o.result_id)
    assert result is not None
    profile, cal = settings.get_profile(session), load_calendar(session)
    review = deadlines.objection_review_deadline(profile, cal, o.received_on)
    feedback = deadlines.objection_feedback_deadline(profile, cal, o.reviewed_on) if o.reviewed_on else None
    late_review = bool(o.reviewed_on and o.review_deadline and o.reviewed_on > o.review_deadline)
    late_feedback = bool(o.feedback_on and o.feedback_deadline and o.feedback_on > o.feedback_deadline)
    notes = [n for n in (note, review.note if review else "", feedback.note if feedback else "") if n]
    return ObjectionRow(
        o.id, o.result_id, result.record_id, result.target_name, o.received_on, o.content, o.review_deadline,
        review.rule if review else "", o.reviewed_on, o.outcome, OUTCOMES.get(o.outcome, "待复核"), o.review_note,
        o.feedback_deadline, feedback.rule if feedback else "", o.feedback_on, o.feedback_doc_number,
        "；".join(dict.fromkeys(notes)), late_review, late_feedback, correction_result_id)


def _objection(session: Session, objection_id: int) -> Objection:
    o = session.get(Objection, objection_id)
    if o is None:
        raise DomainError("objection_not_found", objection=objection_id)
    return o


def receive_objection(session: Session, actor: Actor, result_id: int, received_on: date,
                      content: str) -> ObjectionRow:
    """Register an objection to the latest published version; the review deadline is fixed now."""
    roles.require(actor.roles, "objection.enter")
    result = session.get(PublishedResult, result_id)
    if result is None:
        raise DomainError("result_not_found", result=result_id)
    latest = publications.latest_result(session, result.record_id)
    if latest.id != result.id:
        raise DomainError("result_not_latest", version=result.version, latest=latest.version)
    if not content.strip():
        raise DomainError("objection_content_required")
    pub = session.get(Publication, result.publication_id)
    assert pub is not None
    if received_on < pub.published_on:
        raise DomainError("objection_before_publication", published_on=pub.published_on.isoformat())
    dl = deadlines.objection_review_deadline(settings.get_profile(session), load_calendar(session), received_on)
    o = Objection(result_id=result.id, received_on=received_on, content=content.strip(),
                  review_deadline=dl.due if dl else None)
    session.add(o)
    session.flush()
    audit.record(session, actor, "objection.receive", "objection", o.id, {
        "result": result.id, "received_on": received_on.isoformat(),
        "review_deadline": o.review_deadline.isoformat() if o.review_deadline else None,
        "calendar_note": dl.note if dl else ""})
    return _row(session, o)


def decide_objection(session: Session, actor: Actor, objection_id: int, outcome: str, note: str,
                     reviewed_on: date, new_result_text: str | None = None, *,
                     principal_name: str = "") -> ObjectionRow:
    """复核: 维持 (upheld) or 更正 (corrected — the correction is created here, same sign-off rules)."""
    roles.require(actor.roles, "objection.decide")
    o = _objection(session, objection_id)
    if o.outcome:
        raise DomainError("objection_already_decided", outcome=o.outcome)
    if outcome not in OUTCOMES:
        raise DomainError("objection_outcome_invalid", outcome=outcome)
    if reviewed_on < o.received_on:
        raise DomainError("review_before_receipt", received_on=o.received_on.isoformat())
    if not note.strip():
        raise DomainError("review_note_required")
    correction_id: int | None = None
    if outcome == "corrected":
        if not (new_result_text or "").strip():
            raise DomainError("correction_text_required")
        latest = publications.latest_result(session, _record_id(session, o))
        version = publications.correct(session, actor, latest.id, new_result_text or "",
                                       f"异议复核更正：{note.strip()}", principal_name, reviewed_on,
                                       objection_id=o.id)
        correction_id = version.result_id
    dl = deadlines.objection_feedback_deadline(settings.get_profile(session), load_calendar(session), reviewed_on)
    o.outcome, o.review_note, o.reviewed_on = outcome, note.strip(), reviewed_on
    o.feedback_deadline = dl.due if dl else None
    session.flush()
    late = bool(o.review_deadline and reviewed_on > o.review_deadline)
    audit.record(session, actor, "objection.decide", "objection", o.id, {
        "outcome": outcome, "note": o.review_note, "reviewed_on": reviewed_on.isoformat(), "late": late,
        "correction_result": correction_id,
        "feedback_deadline": o.feedback_deadline.isoformat() if o.feedback_deadline else None})
    return _row(session, o, dl.note if dl else "", correction_id)


def _record_id(session: Session, o: Objection) -> int:
    result = session.get(PublishedResult, o.result_id)
    assert result is not None
    return result.record_id


def record_feedback(session: Session, actor: Actor, objection_id: int, feedback_on: date) -> ObjectionRow:
    """The review result was fed back to the target (复核结果反馈, numbered); a late date is flagged."""
    roles.require(actor.roles, "objection.enter")
    o = _objection(session, objection_id)
    if not o.outcome or o.reviewed_on is None:
        raise DomainError("objection_not_decided")
    if o.feedback_on is not None:
        raise DomainError("objection_feedback_done", feedback_on=o.feedback_on.isoformat())
    if feedback_on < o.reviewed_on:
        raise DomainError("feedback_before_review", reviewed_on=o.reviewed_on.isoformat())
    record = session.get(InspectionRecord, _record_id(session, o))
    assert record is not None
    o.feedback_doc_number = documents.allocate(session, actor, doc_kinds.OBJECTION_FEEDBACK, feedback_on.year,
                                              task_id=record.task_id, target_id=record.target_id).doc_number
    o.feedback_on = feedback_on
    session.flush()
    late = bool(o.feedback_deadline and feedback_on > o.feedback_deadline)
    audit.record(session, actor, "objection.feedback", "objection", o.id, {
        "feedback_on": feedback_on.isoformat(), "doc_number": o.feedback_doc_number, "late": late})
    return _row(session, o)


def list_objections(session: Session, task_id: int | None = None, open_only: bool = False) -> list[ObjectionRow]:
    """Objections, oldest first, optionally of one task or only those not yet fed back."""
    q = select(Objection).join(PublishedResult, PublishedResult.id == Objection.result_id)
    if task_id is not None:
        q = q.join(InspectionRecord, InspectionRecord.id == PublishedResult.record_id).where(
            InspectionRecord.task_id == task_id)
    if open_only:
        q = q.where(Objection.feedback_on.is_(None))
    return [_row(session, o) for o in session.scalars(q.order_by(Objection.received_on, Objection.id))]
