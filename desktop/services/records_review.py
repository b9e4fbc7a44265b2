"""Leader review of records, attachments with SHA-256 and a size cap, rectification notices and follow-up."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Attachment, InspectionRecord, RectificationNotice, Task
from desktop.core import doc_kinds, roles
from desktop.core.errors import DomainError
from desktop.services import audit, documents, settings, teams
from desktop.services.context import Actor
from desktop.services.records import get_record, sync_task_state
from desktop.services.records_view import AttachmentRow, NoticeRow, notice_row

ATTACHMENT_LIMIT_KEY = "attachment_max_mb"
DEFAULT_ATTACHMENT_LIMIT_MB = 50
_MB = 1024 * 1024


def _require_reviewer(session: Session, actor: Actor, record: InspectionRecord) -> str:
    """The approver, or the record's team leader logged in as an operator; never the one who entered it."""
    if actor.username == record.entered_by:
        raise DomainError("review_own_record")
    if roles.allowed(actor.roles, "record.review"):
        return "approver"
    if actor.has(roles.OPERATOR):
        me = teams.inspector_for(session, actor)
        leader = teams.leader_of(teams.team_of(session, record.task_id, record.target_id))
        if me is not None and leader is not None and me.id == leader.inspector_id:
            return "leader"
    raise DomainError("forbidden", action="record.review")


def review(session: Session, actor: Actor, record_id: int, approve: bool, opinion: str = "") -> str:
    """审核: approve (已审核) or return with an opinion (退回); returns the new state."""
    record = get_record(session, record_id, "submitted")
    as_whom = _require_reviewer(session, actor, record)
    opinion = opinion.strip()
    if not approve and not opinion:
        raise DomainError("return_opinion_required")
    record.state = "approved" if approve else "returned"
    record.review_opinion = opinion
    record.reviewed_by = actor.username
    record.reviewed_at = datetime.now()
    session.flush()
    task = session.get(Task, record.task_id)
    assert task is not None
    sync_task_state(session, task)
    audit.record(session, actor, "record.approve" if approve else "record.return", "record", record.id,
                 {"opinion": opinion, "as": as_whom, "task": task.number})
    return record.state


def attachment_limit_mb(session: Session) -> int:
    """The attachment size cap in MB (setting ``attachment_max_mb``, 50 by default)."""
    value = settings.get_value(session, ATTACHMENT_LIMIT_KEY, DEFAULT_ATTACHMENT_LIMIT_MB)
    return int(value) if isinstance(value, int | float) and value > 0 else DEFAULT_ATTACHMENT_LIMIT_MB


def add_attachment(session: Session, actor: Actor, record_id: int, filename: str, data: bytes,
                   mime: str) -> AttachmentRow:
    """Attach a photo, recording, video or scan; stored with its size, type and SHA-256, never replaced."""
    roles.require(actor.roles, "record.enter")
    record = get_record(session, record_id)
    name = filename.strip().replace("\\", "/").rsplit("/", 1)[-1]
    if not name:
        raise DomainError("attachment_name_required")
    if not data:
        raise DomainError("attachment_empty")
    limit = attachment_limit_mb(session)
    if len(data) > limit * _MB:
        raise DomainError("attachment_too_large", limit_mb=limit, size=len(data))
    digest = hashlib.sha256(data).hexdigest()
    row = Attachment(record_id=record.id, filename=name[:260], mime_type=(mime.strip() or "application/octet-stream")[:100],
                     size=len(data), sha256=digest, data=data, added_by=actor.username)
    session.add(row)
    session.flush()
    session.refresh(row, ["added_at"])
    audit.record(session, actor, "record.attachment", "record", record.id,
                 {"attachment": row.id, "filename": row.filename, "mime": row.mime_type, "size": row.size,
                  "sha256": digest})
    return AttachmentRow(row.id, row.filename, row.mime_type, row.size, row.sha256, row.added_by, row.added_at)


def attachment_data(session: Session, attachment_id: int) -> tuple[str, str, bytes]:
    """(filename, mime type, bytes) of an attachment, checked against its stored SHA-256."""
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise DomainError("attachment_not_found", attachment=attachment_id)
    if hashlib.sha256(row.data).hexdigest() != row.sha256:
        raise DomainError("attachment_corrupt", attachment=attachment_id)
    return row.filename, row.mime_type, row.data


def issue_rectification(session: Session, actor: Actor, record_id: int, deadline: date, facts: str, basis: str,
                        requirement: str, *, issued_on: date | None = None) -> NoticeRow:
    """Issue a 责令（限期）整改通知书 with its number; the deadline is a calendar date after issue."""
    roles.require(actor.roles, "record.enter")
    record = get_record(session, record_id)
    if record.state == "not_entered":
        raise DomainError("record_wrong_state", state=record.state, expected="entering")
    issued = issued_on or date.today()
    if deadline <= issued:
        raise DomainError("rectification_deadline_invalid", issued=issued.isoformat())
    if not facts.strip() or not requirement.strip():
        raise DomainError("rectification_fields_required")
    number = documents.allocate(session, actor, doc_kinds.RECTIFICATION, issued.year,
                               task_id=record.task_id, target_id=record.target_id).doc_number
    notice = RectificationNotice(record_id=record.id, doc_number=number, issued_on=issued, deadline=deadline,
                                 facts=facts.strip(), basis=basis.strip(), requirement=requirement.strip())
    session.add(notice)
    session.flush()
    audit.record(session, actor, "rectification.issue", "rectification", notice.id,
                 {"record": record.id, "doc_number": number, "issued_on": issued.isoformat(),
                  "deadline": deadline.isoformat()})
    return notice_row(notice)


def complete_rectification(session: Session, actor: Actor, notice_id: int, completed_on: date,
                           verification: str) -> NoticeRow:
    """完结: record when and how the rectification was verified (once)."""
    roles.require(actor.roles, "record.enter")
    notice = session.get(RectificationNotice, notice_id)
    if notice is None:
        raise DomainError("rectification_not_found", notice=notice_id)
    if notice.completed_on is not None:
        raise DomainError("rectification_already_completed", completed_on=notice.completed_on.isoformat())
    if completed_on < notice.issued_on:
        raise DomainError("rectification_completed_before_issue", issued=notice.issued_on.isoformat())
    if not verification.strip():
        raise DomainError("rectification_verification_required")
    notice.completed_on = completed_on
    notice.verification = verification.strip()
    session.flush()
    late = completed_on > notice.deadline
    audit.record(session, actor, "rectification.complete", "rectification", notice.id,
                 {"completed_on": completed_on.isoformat(), "verification": notice.verification, "late": late})
    return notice_row(notice)


def open_rectifications(session: Session, task_id: int | None = None) -> list[NoticeRow]:
    """Notices not yet completed, by deadline (optionally of one task)."""
    q = select(RectificationNotice).where(RectificationNotice.completed_on.is_(None))
    if task_id is not None:
        q = q.join(InspectionRecord, InspectionRecord.id == RectificationNotice.record_id).where(
            InspectionRecord.task_id == task_id)
    return [notice_row(n) for n in session.scalars(q.order_by(RectificationNotice.deadline, RectificationNotice.id))]
