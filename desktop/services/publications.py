"""结果公示: publish a task once, the publication list, versioned corrections, the credit-platform export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import Correction, InspectionRecord, Objection, Publication, PublishedResult, Target, Task
from desktop.core import doc_kinds, roles
from desktop.core.errors import DomainError
from desktop.services import audit, deadlines, documents, settings, teams
from desktop.services.context import Actor
from desktop.services.records import CREDIT_CATEGORY_MARKERS, CREDIT_DISPOSAL_MARKER, is_credit_relevant

RESULT_SEPARATOR = "、"


@dataclass(frozen=True)
class PublishOutcome:
    """What `publish` did; `late` is also recorded in the audit event."""

    publication_id: int
    task_number: str
    published_on: date
    deadline: date | None
    late: bool
    late_targets: tuple[str, ...]
    calendar_notes: tuple[str, ...]
    results: int


@dataclass(frozen=True)
class PublicationRow:
    """One line of the 检查结果公示表 (latest version of each target's result)."""

    task_number: str  # 抽查任务编号
    task_name: str  # 名称
    authority: str  # 检查机关
    target_name: str  # 对象名称
    target_code: str  # 统一社会信用代码
    completed_on: date | None  # 检查完成日期
    result_text: str  # 检查结果
    remarks: str  # 备注
    result_id: int
    record_id: int
    version: int
    published_on: date


@dataclass(frozen=True)
class ResultVersion:
    """One version of a published result with the correction that produced it (none for version 1)."""

    result_id: int
    record_id: int
    version: int
    result_text: str
    remarks: str
    completed_on: date | None
    created_at: datetime
    reason: str = ""
    principal: str = ""
    approved_on: date | None = None
    doc_number: str = ""
    objection_id: int | None = None


@dataclass(frozen=True)
class CreditRow:
    """A 失信 / non-cooperation result for the credit platform."""

    task_number: str
    authority: str
    target_name: str
    target_code: str
    inspection_date: date | None
    result_text: str
    reasons: tuple[str, ...]
    published_on: date
    record_id: int


def _is_unique_violation(exc: IntegrityError) -> bool:
    orig = exc.orig
    return getattr(orig, "sqlstate", None) == "23505" or "unique" in str(orig).lower()


def is_published(session: Session, task_id: int) -> bool:
    """Whether the task's results have been published."""
    return session.scalar(select(Publication.id).where(Publication.task_id == task_id)) is not None


def publish(session: Session, actor: Actor, task_id: int, published_on: date) -> PublishOutcome:
    """Publish every approved record of a task, once; a late date is allowed but flagged."""
    roles.require(actor.roles, "publication.publish")
    # The row lock serialises two approvers on PostgreSQL; the unique task_id is the backstop.
    task = session.scalars(select(Task).where(Task.id == task_id).with_for_update()).one_or_none()
    if task is None:
        raise DomainError("task_not_found", task=task_id)
    number = task.number
    if is_published(session, task_id):
        raise DomainError("already_published", task=number)
    rows = list(session.execute(select(InspectionRecord, Target).join(Target, Target.id == InspectionRecord.target_id)
                                .where(InspectionRecord.task_id == task_id).order_by(InspectionRecord.id)).all())
    if not rows:
        raise DomainError("publication_no_records", task=task.number)
    pending = [t.name for r, t in rows if r.state != "approved"]
    if pending:
        raise DomainError("records_not_approved", task=task.number, count=len(pending),
                          targets="、".join(pending[:5]))
    latest = max(r.inspection_date for r, _ in rows if r.inspection_date is not None)
    if published_on < latest:
        raise DomainError("published_before_inspection", inspection=latest.isoformat())
    check = deadlines.publication_check(session, task_id, published_on)
    pub = Publication(task_id=task_id, published_on=published_on, deadline=check.deadline,
                      published_by=actor.username, approved_by=actor.display_name)
    try:
        session.add(pub)
        session.flush()
    except IntegrityError as exc:
        if _is_unique_violation(exc):  # the session is rolled back: use no ORM attribute here
            raise DomainError("already_published", task=number) from exc
        raise
    for record, target in rows:
        session.add(PublishedResult(
            publication_id=pub.id, record_id=record.id, version=1, target_name=target.name,
            target_code=target.code, completed_on=record.inspection_date,
            result_text=RESULT_SEPARATOR.join(record.result_categories), remarks=""))
        record.state = "published"
    task.state = "published"
    session.flush()
    late = bool(check.late_targets)
    audit.record(session, actor, "publication.publish", "task", task.number, {
        "publication": pub.id, "published_on": published_on.isoformat(),
        "deadline": check.deadline.isoformat() if check.deadline else None, "late": late,
        "late_targets": list(check.late_targets), "calendar_notes": list(check.notes), "results": len(rows)})
    return PublishOutcome(pub.id, task.number, published_on, check.deadline, late, check.late_targets,
                          check.notes, len(rows))


def _latest(session: Session, record_id: int) -> PublishedResult | None:
    return session.scalar(select(PublishedResult).where(PublishedResult.record_id == record_id)
                          .order_by(PublishedResult.version.desc()).limit(1))


def latest_result(session: Session, record_id: int) -> PublishedResult:
    """The newest published version of a record's result."""
    row = _latest(session, record_id)
    if row is None:
        raise DomainError("result_not_published", record=record_id)
    return row


def publication_rows(session: Session, task_id: int) -> list[PublicationRow]:
    """The 公示 list of a task: the latest version of each target's result, in record order."""
    task = teams.task_or_error(session, task_id)
    pub = session.scalar(select(Publication).where(Publication.task_id == task_id))
    if pub is None:
        return []
    org = settings.get_org(session)
    newest = select(PublishedResult.record_id, func.max(PublishedResult.version).label("v")).where(
        PublishedResult.publication_id == pub.id).group_by(PublishedResult.record_id).subquery()
    results = session.scalars(select(PublishedResult).join(newest, (newest.c.record_id == PublishedResult.record_id)
                                                            & (newest.c.v == PublishedResult.version))
                              .order_by(PublishedResult.record_id))
    return [PublicationRow(task.number, task.name, org.name if org else "", r.target_name, r.target_code,
                           r.completed_on, r.result_text, r.remarks, r.id, r.record_id, r.version, pub.published_on)
            for r in results]


def preview_rows(session: Session, task_id: int) -> list[PublicationRow]:
    """The 公示 list as it would be published now (for the approval screen); version 0, ids 0."""
    task = teams.task_or_error(session, task_id)
    org = settings.get_org(session)
    rows = session.execute(select(InspectionRecord, Target).join(Target, Target.id == InspectionRecord.target_id)
                           .where(InspectionRecord.task_id == task_id).order_by(InspectionRecord.id)).all()
    return [PublicationRow(task.number, task.name, org.name if org else "", t.name, t.code, r.inspection_date,
                           RESULT_SEPARATOR.join(r.result_categories), "", 0, r.id, 0, date.today())
            for r, t in rows]


def correct(session: Session, actor: Actor, result_id: int, new_result_text: str, reason: str,
            principal_name: str, approved_on: date, objection_id: int | None = None) -> ResultVersion:
    """更正: a new version of a published result (the old one stays), with the principal's sign-off."""
    roles.require(actor.roles, "correction.approve")
    old = session.get(PublishedResult, result_id)
    if old is None:
        raise DomainError("result_not_found", result=result_id)
    # Lock the record so two corrections of one result cannot both take the next version.
    record = session.scalars(select(InspectionRecord).where(InspectionRecord.id == old.record_id)
                             .with_for_update()).one()
    latest = latest_result(session, record.id)
    if latest.id != old.id:
        raise DomainError("result_not_latest", version=old.version, latest=latest.version)
    text, reason, principal = new_result_text.strip(), reason.strip(), principal_name.strip()
    if not text:
        raise DomainError("correction_text_required")
    if text == old.result_text:
        raise DomainError("correction_unchanged")
    if not reason:
        raise DomainError("correction_reason_required")
    if settings.get_profile(session).correction_needs_principal and not principal:
        raise DomainError("principal_signoff_required")
    pub = session.get(Publication, old.publication_id)
    assert pub is not None
    if approved_on < pub.published_on:
        raise DomainError("correction_before_publication", published_on=pub.published_on.isoformat())
    if objection_id is not None:
        objection = session.get(Objection, objection_id)
        if objection is None or objection.result_id not in _version_ids(session, record.id):
            raise DomainError("objection_not_found", objection=objection_id)
    title = f"{doc_kinds.DOC_KINDS[doc_kinds.CORRECTION].title}（第{old.version + 1}版）"
    number = documents.allocate(session, actor, doc_kinds.CORRECTION, approved_on.year, task_id=record.task_id,
                                target_id=record.target_id, title=title).doc_number
    new = PublishedResult(publication_id=old.publication_id, record_id=record.id, version=old.version + 1,
                          target_name=old.target_name, target_code=old.target_code, completed_on=old.completed_on,
                          result_text=text, remarks=f"{approved_on.isoformat()}更正（{number}）")
    session.add(new)
    session.flush()
    corr = Correction(old_result_id=old.id, new_result_id=new.id, reason=reason, requested_by=actor.username,
                      approved_by=principal or actor.display_name, approved_on=approved_on, doc_number=number,
                      objection_id=objection_id)
    session.add(corr)
    record.credit_flag = is_credit_relevant([text], record.disposals)
    session.flush()
    audit.record(session, actor, "publication.correct", "published_result", new.id, {
        "record": record.id, "old_result": old.id, "old_text": old.result_text, "new_text": text,
        "version": new.version, "reason": reason, "principal": corr.approved_by,
        "approved_on": approved_on.isoformat(), "doc_number": number, "objection": objection_id})
    session.refresh(new, ["created_at"])
    return ResultVersion(new.id, record.id, new.version, text, new.remarks, new.completed_on, new.created_at,
                         reason, corr.approved_by, approved_on, number, objection_id)


def _version_ids(session: Session, record_id: int) -> set[int]:
    return set(session.scalars(select(PublishedResult.id).where(PublishedResult.record_id == record_id)))


def versions(session: Session, record_id: int) -> list[ResultVersion]:
    """Every published version of a record's result, oldest first; none is ever removed."""
    results = list(session.scalars(select(PublishedResult).where(PublishedResult.record_id == record_id)
                                   .order_by(PublishedResult.version)))
    corrections = {c.new_result_id: c for c in session.scalars(select(Correction).where(
        Correction.new_result_id.in_([r.id for r in results])))}
    out = []
    for r in results:
        c = corrections.get(r.id)
        out.append(ResultVersion(r.id, r.record_id, r.version, r.result_text, r.remarks, r.completed_on,
                                 r.created_at, c.reason if c else "", c.approved_by if c else "",
                                 c.approved_on if c else None, c.doc_number if c else "",
                                 c.objection_id if c else None))
    return out


def credit_export_rows(session: Session, year: int) -> list[CreditRow]:
    """Published results of `year`'s tasks flagged 失信 / 不配合检查, for the credit platform."""
    org = settings.get_org(session)
    rows = session.execute(
        select(InspectionRecord, Task, Publication.published_on)
        .join(Task, Task.id == InspectionRecord.task_id).join(Publication, Publication.task_id == Task.id)
        .where(Task.year == year, InspectionRecord.credit_flag.is_(True), InspectionRecord.state == "published")
        .order_by(Task.seq, InspectionRecord.id))
    out = []
    for record, task, published_on in rows:
        latest = latest_result(session, record.id)
        reasons = tuple(c for c in record.result_categories if any(m in c for m in CREDIT_CATEGORY_MARKERS)) + \
            tuple(d for d in record.disposals if CREDIT_DISPOSAL_MARKER in d)
        out.append(CreditRow(task.number, org.name if org else "", latest.target_name, latest.target_code,
                             record.inspection_date, latest.result_text, reasons or (latest.result_text,),
                             published_on, record.id))
    return out
