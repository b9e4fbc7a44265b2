"""Read side of 检查实施: the work list of a task and one record as the entry screen shows it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Attachment,
    InspectionRecord,
    RecordConfirmation,
    RecordFinding,
    RectificationNotice,
    Target,
)
from desktop.services import teams
from desktop.services.records import STATE_LABELS, check_points, get_record, submission_problems
from desktop.services.teams import Member


@dataclass(frozen=True)
class WorkRow:
    """One line of a task's work list (one drawn target)."""

    record_id: int
    target_id: int
    target_code: str
    target_name: str
    state: str
    state_label: str
    leader: str
    team: tuple[str, ...]
    inspection_date: date | None
    result_text: str
    confirmed: int
    team_size: int
    notice_given: bool | None
    entered_by: str
    credit_flag: bool


@dataclass(frozen=True)
class PointRow:
    """A check point with its answer (compliant None = not answered yet)."""

    check_point_id: int
    seq: int
    content: str
    guidance: str
    compliant: bool | None
    finding: str
    disposal: str


@dataclass(frozen=True)
class TeamRow:
    """A team member and whether (and when) they confirmed the record."""

    member: Member
    confirmed_at: datetime | None


@dataclass(frozen=True)
class AttachmentRow:
    """An attachment's metadata (the bytes are fetched separately)."""

    id: int
    filename: str
    mime_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class NoticeRow:
    """A 责令（限期）整改通知书 and its follow-up."""

    id: int
    doc_number: str
    issued_on: date
    deadline: date
    facts: str
    basis: str
    requirement: str
    completed_on: date | None
    verification: str


@dataclass(frozen=True)
class RecordDetail:
    """Everything on the 抽查情况记录表 screen for one target."""

    record_id: int
    task_id: int
    target_code: str
    target_name: str
    target_address: str
    legal_rep: str
    state: str
    state_label: str
    notice_given: bool | None
    notice_note: str
    inspection_date: date | None
    methods: tuple[str, ...]
    points: tuple[PointRow, ...]
    result_categories: tuple[str, ...]
    disposals: tuple[str, ...]
    follow_up: str
    target_signed: bool
    target_refused: bool
    refusal_note: str
    target_opinion: str
    transfer_to: str
    entered_by: str
    review_opinion: str
    reviewed_by: str
    report_date: date | None
    credit_flag: bool
    team: tuple[TeamRow, ...]
    attachments: tuple[AttachmentRow, ...]
    notices: tuple[NoticeRow, ...]
    problems: tuple[str, ...]  # codes still blocking submission (empty = ready)


def work_list(session: Session, task_id: int, inspector_id: int | None = None) -> list[WorkRow]:
    """The task's records in staffing order; with `inspector_id`, only that inspector's teams."""
    teams.task_or_error(session, task_id)
    all_teams = teams.effective_teams(session, task_id)
    rows = session.execute(select(InspectionRecord, Target).join(Target, Target.id == InspectionRecord.target_id)
                           .where(InspectionRecord.task_id == task_id).order_by(InspectionRecord.id))
    confirmed: dict[int, int] = {}
    for rid in session.scalars(select(RecordConfirmation.record_id).join(
            InspectionRecord, InspectionRecord.id == RecordConfirmation.record_id).where(
            InspectionRecord.task_id == task_id)):
        confirmed[rid] = confirmed.get(rid, 0) + 1
    out = []
    for record, target in rows:
        team = all_teams.get(target.id, ())
        if inspector_id is not None and inspector_id not in {m.inspector_id for m in team}:
            continue
        leader = teams.leader_of(team)
        out.append(WorkRow(
            record.id, target.id, target.code, target.name, record.state, STATE_LABELS.get(record.state, ""),
            leader.name if leader else "", tuple(m.name for m in team), record.inspection_date,
            "、".join(record.result_categories), confirmed.get(record.id, 0), len(team), record.notice_given,
            teams.display_name(session, record.entered_by), record.credit_flag))
    return out


def record_detail(session: Session, record_id: int) -> RecordDetail:
    """One record with its check points, team confirmations, attachments and notices."""
    record = get_record(session, record_id)
    target = session.get(Target, record.target_id)
    assert target is not None
    answers = {f.check_point_id: f for f in session.scalars(
        select(RecordFinding).where(RecordFinding.record_id == record.id))}
    points = []
    for n, cp in enumerate(check_points(session, record.task_id), start=1):
        f = answers.get(cp.id)
        points.append(PointRow(cp.id, n, cp.content, cp.guidance, f.compliant if f else None,
                               f.finding if f else "", f.disposal if f else ""))
    confirmed = dict(session.execute(select(RecordConfirmation.inspector_id, RecordConfirmation.confirmed_at)
                                     .where(RecordConfirmation.record_id == record.id)).all())
    team = tuple(TeamRow(m, confirmed.get(m.inspector_id))
                 for m in teams.team_of(session, record.task_id, record.target_id))
    attachments = tuple(AttachmentRow(a.id, a.filename, a.mime_type, a.size, a.sha256, a.added_by, a.added_at)
                        for a in session.scalars(select(Attachment).where(Attachment.record_id == record.id)
                                                 .order_by(Attachment.id)))
    notices = tuple(notice_row(n) for n in session.scalars(
        select(RectificationNotice).where(RectificationNotice.record_id == record.id)
        .order_by(RectificationNotice.id)))
    problems = tuple(code for code, _ in submission_problems(session, record)) \
        if record.state in ("not_entered", "entering", "returned") else ()
    return RecordDetail(
        record.id, record.task_id, target.code, target.name, target.address, target.legal_rep, record.state,
        STATE_LABELS.get(record.state, ""), record.notice_given, record.notice_note, record.inspection_date,
        tuple(record.methods), tuple(points), tuple(record.result_categories), tuple(record.disposals),
        record.follow_up, record.target_signed, record.target_refused, record.refusal_note,
        record.target_opinion, record.transfer_to, teams.display_name(session, record.entered_by),
        record.review_opinion, teams.display_name(session, record.reviewed_by), record.report_date,
        record.credit_flag, team, attachments, notices, problems)


def notice_row(n: RectificationNotice) -> NoticeRow:
    """A notice as plain data."""
    return NoticeRow(n.id, n.doc_number, n.issued_on, n.deadline, n.facts, n.basis, n.requirement,
                     n.completed_on, n.verification)
