"""检查实施: open the records of a dispatched task, notice, entry, team confirmations, submission."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import CheckPoint, InspectionRecord, RecordConfirmation, RecordFinding, Task
from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import audit, settings, teams
from desktop.services.context import Actor

# 未录入 → 录入中 → 待审核 → 退回 / 已审核 → 已公示
STATE_LABELS = {"not_entered": "未录入", "entering": "录入中", "submitted": "待审核", "returned": "退回",
                "approved": "已审核", "published": "已公示"}
EDITABLE = ("not_entered", "entering", "returned")
METHODS = ("实地核查", "书面检查", "网络监测", "查阅资料", "委托第三方", "检验检测", "行政部门检查结果或专业意见")
NORMAL_RESULT = "未发现问题"
TRANSFER = "移送"
# Results and disposals that go to the credit platform as 失信 / non-cooperation records.
CREDIT_CATEGORY_MARKERS = ("不配合检查", "不予配合")
CREDIT_DISPOSAL_MARKER = "失信"
TASK_OPEN_STATES = ("drawn", "inspecting", "reviewing")


@dataclass(frozen=True)
class FindingDraft:
    """The answer for one check point: compliant (是否规范), what was found, how it was handled."""

    check_point_id: int
    compliant: bool | None
    finding: str = ""
    disposal: str = ""


@dataclass(frozen=True)
class RecordDraft:
    """The 抽查情况记录表 form as submitted once by the entry screen (a partial save is allowed)."""

    inspection_date: date | None
    methods: tuple[str, ...] = ()
    findings: tuple[FindingDraft, ...] = ()
    result_categories: tuple[str, ...] = ()
    disposals: tuple[str, ...] = ()
    follow_up: str = ""
    target_signed: bool = False
    target_refused: bool = False
    refusal_note: str = ""
    target_opinion: str = ""
    transfer_to: str = ""


def get_record(session: Session, record_id: int, *states: str) -> InspectionRecord:
    """The record, optionally required to be in one of `states`."""
    record = session.get(InspectionRecord, record_id)
    if record is None:
        raise DomainError("record_not_found", record=record_id)
    if states and record.state not in states:
        raise DomainError("record_wrong_state", state=record.state, label=STATE_LABELS.get(record.state, ""),
                          expected=",".join(states))
    return record


def check_points(session: Session, task_id: int) -> list[CheckPoint]:
    """The active check points of the task's items, in item then sheet order."""
    task = teams.task_or_error(session, task_id)
    item_ids = [i.id for i in task.items]
    return list(session.scalars(select(CheckPoint).where(
        CheckPoint.item_id.in_(item_ids), CheckPoint.active.is_(True)).order_by(CheckPoint.item_id, CheckPoint.seq)))


def is_credit_relevant(categories: list[str] | tuple[str, ...], disposals: list[str] | tuple[str, ...]) -> bool:
    """Non-cooperation or a 失信 disposal: the record is exported to the credit platform."""
    return any(m in c for c in categories for m in CREDIT_CATEGORY_MARKERS) or any(
        CREDIT_DISPOSAL_MARKER in d for d in disposals)


def sync_task_state(session: Session, task: Task) -> None:
    """检查中 ↔ 审核中: the task is under review once every record is submitted or approved."""
    states = set(session.scalars(select(InspectionRecord.state).where(InspectionRecord.task_id == task.id)))
    if task.state not in ("inspecting", "reviewing") or not states:
        return
    new = "reviewing" if states <= {"submitted", "approved"} else "inspecting"
    if new != task.state:
        task.state = new
        session.flush()


def open_records(session: Session, actor: Actor, task_id: int) -> list[int]:
    """Create a record for every drawn target of a dispatched task (idempotent); returns all record ids."""
    roles.require(actor.roles, "record.enter")
    task = teams.task_or_error(session, task_id)
    if task.state not in TASK_OPEN_STATES:
        raise DomainError("task_wrong_state", task=task.number, state=task.state)
    existing = dict(session.execute(select(InspectionRecord.target_id, InspectionRecord.id).where(
        InspectionRecord.task_id == task_id)).all())
    created = []
    for target_id, code in teams.drawn_targets(session, task_id):
        if target_id not in existing:
            record = InspectionRecord(task_id=task_id, target_id=target_id, state="not_entered")
            session.add(record)
            session.flush()
            existing[target_id] = record.id
            created.append(code)
    old_state = task.state
    if task.state == "drawn":
        task.state = "inspecting"
    session.flush()
    if created or old_state != task.state:
        audit.record(session, actor, "records.open", "task", task.number,
                     {"created": created, "task_state": task.state})
    return sorted(existing.values())


def set_notice(session: Session, actor: Actor, record_id: int, given: bool, note: str = "") -> None:
    """Record whether the 检查告知书 was given; not giving it needs a reason (不宜告知的情形)."""
    roles.require(actor.roles, "record.enter")
    record = get_record(session, record_id, *EDITABLE)
    note = note.strip()
    if not given and not note:
        raise DomainError("notice_reason_required")
    record.notice_given, record.notice_note = given, note
    session.flush()
    audit.record(session, actor, "record.notice", "record", record.id, {"given": given, "note": note})


def _validate(session: Session, record: InspectionRecord, draft: RecordDraft) -> None:
    profile = settings.get_profile(session)
    bad = [m for m in draft.methods if m not in METHODS]
    if bad:
        raise DomainError("record_method_invalid", method=bad[0])
    bad = [c for c in draft.result_categories if c not in profile.result_categories]
    if bad:
        raise DomainError("result_category_invalid", category=bad[0])
    if NORMAL_RESULT in draft.result_categories and len(draft.result_categories) > 1:
        raise DomainError("result_categories_conflict", category=NORMAL_RESULT)
    bad = [d for d in draft.disposals if d not in profile.disposals]
    if bad:
        raise DomainError("disposal_invalid", disposal=bad[0])
    if draft.target_signed and draft.target_refused:
        raise DomainError("signature_conflict")
    if draft.target_refused and not draft.refusal_note.strip():
        raise DomainError("refusal_note_required")
    if TRANSFER in draft.disposals and not draft.transfer_to.strip():
        raise DomainError("transfer_authority_required")
    points = {cp.id for cp in check_points(session, record.task_id)}
    seen: set[int] = set()
    for f in draft.findings:
        if f.check_point_id not in points:
            raise DomainError("check_point_invalid", check_point=f.check_point_id)
        if f.check_point_id in seen:
            raise DomainError("check_point_duplicate", check_point=f.check_point_id)
        seen.add(f.check_point_id)
    task = session.get(Task, record.task_id)
    if draft.inspection_date is not None and task is not None and draft.inspection_date < task.window_start:
        raise DomainError("inspection_before_window", start=task.window_start.isoformat())


def _snapshot(record: InspectionRecord, findings: list[RecordFinding]) -> dict[str, Any]:
    return {
        "inspection_date": record.inspection_date.isoformat() if record.inspection_date else None,
        "methods": list(record.methods), "result_categories": list(record.result_categories),
        "disposals": list(record.disposals), "follow_up": record.follow_up,
        "target_signed": record.target_signed, "target_refused": record.target_refused,
        "refusal_note": record.refusal_note, "target_opinion": record.target_opinion,
        "transfer_to": record.transfer_to,
        "findings": sorted([f.check_point_id, f.compliant, f.finding, f.disposal] for f in findings),
    }


def _findings(session: Session, record_id: int) -> list[RecordFinding]:
    return list(session.scalars(select(RecordFinding).where(RecordFinding.record_id == record_id)))


def save_record(session: Session, actor: Actor, record_id: int, draft: RecordDraft) -> str:
    """Store the form (录入中); changed content voids earlier team confirmations. Returns the new state."""
    roles.require(actor.roles, "record.enter")
    record = get_record(session, record_id, *EDITABLE)
    _validate(session, record, draft)
    findings = _findings(session, record.id)
    before = _snapshot(record, findings)
    record.inspection_date = draft.inspection_date
    record.methods = list(dict.fromkeys(draft.methods))
    record.result_categories = list(dict.fromkeys(draft.result_categories))
    record.disposals = list(dict.fromkeys(draft.disposals))
    record.follow_up = draft.follow_up.strip()
    record.target_signed, record.target_refused = draft.target_signed, draft.target_refused
    record.refusal_note = draft.refusal_note.strip() if draft.target_refused else ""
    record.target_opinion = draft.target_opinion.strip()
    record.transfer_to = draft.transfer_to.strip() if TRANSFER in draft.disposals else ""
    record.credit_flag = is_credit_relevant(record.result_categories, record.disposals)
    by_point = {f.check_point_id: f for f in findings}
    seqs = {cp.id: n for n, cp in enumerate(check_points(session, record.task_id), start=1)}
    for f in draft.findings:
        row = by_point.get(f.check_point_id)
        if row is None:
            row = RecordFinding(record_id=record.id, check_point_id=f.check_point_id, seq=seqs[f.check_point_id])
            session.add(row)
            by_point[f.check_point_id] = row
        row.compliant, row.finding, row.disposal = f.compliant, f.finding.strip(), f.disposal.strip()
    old_state = record.state
    record.state = "entering"
    record.entered_by = actor.username
    session.flush()
    after = _snapshot(record, list(by_point.values()))
    cleared = 0
    if after != before:
        cleared = session.execute(delete(RecordConfirmation).where(
            RecordConfirmation.record_id == record.id)).rowcount or 0  # type: ignore[attr-defined]
        session.expire(record, ["confirmations"])
    audit.record(session, actor, "record.save", "record", record.id,
                 {"from": old_state, "content": after, "confirmations_cleared": cleared})
    return record.state


def confirm(session: Session, actor: Actor, record_id: int, inspector_id: int) -> None:
    """A team member confirms (signs) the record as entered; idempotent for the same member."""
    roles.require(actor.roles, "record.enter")
    record = get_record(session, record_id, "entering", "returned")
    team = teams.team_of(session, record.task_id, record.target_id)
    if inspector_id not in {m.inspector_id for m in team}:
        raise DomainError("not_team_member", inspector=inspector_id)
    exists = session.scalar(select(RecordConfirmation.id).where(
        RecordConfirmation.record_id == record.id, RecordConfirmation.inspector_id == inspector_id))
    if exists is not None:
        return
    session.add(RecordConfirmation(record_id=record.id, inspector_id=inspector_id))
    session.flush()
    name = next(m.name for m in team if m.inspector_id == inspector_id)
    audit.record(session, actor, "record.confirm", "record", record.id, {"inspector": inspector_id, "name": name})


def submission_problems(session: Session, record: InspectionRecord) -> list[tuple[str, dict[str, Any]]]:
    """Everything that still blocks submission, as (code, params), in form order."""
    problems: list[tuple[str, dict[str, Any]]] = []
    if record.inspection_date is None:
        problems.append(("inspection_date_required", {}))
    if not record.result_categories:
        problems.append(("result_category_required", {}))
    answers = {f.check_point_id: f for f in _findings(session, record.id)}
    for n, cp in enumerate(check_points(session, record.task_id), start=1):
        f = answers.get(cp.id)
        if f is None or f.compliant is None:
            problems.append(("check_point_unanswered", {"seq": n, "content": cp.content}))
        elif not f.compliant and not f.finding:
            problems.append(("finding_text_required", {"seq": n, "content": cp.content}))
    if not (record.target_signed or record.target_refused):
        problems.append(("signature_required", {}))
    if record.target_refused and not record.refusal_note:
        problems.append(("refusal_note_required", {}))
    if TRANSFER in record.disposals and not record.transfer_to:
        problems.append(("transfer_authority_required", {}))
    team = teams.team_of(session, record.task_id, record.target_id)
    confirmed = set(session.scalars(select(RecordConfirmation.inspector_id).where(
        RecordConfirmation.record_id == record.id)))
    missing = [m.name for m in team if m.inspector_id not in confirmed]
    if missing:
        problems.append(("confirmations_missing", {"names": "、".join(missing)}))
    return problems


def submit(session: Session, actor: Actor, record_id: int) -> None:
    """Send the record for review (待审核) once it is complete and the whole team has confirmed it."""
    roles.require(actor.roles, "record.enter")
    record = get_record(session, record_id, "entering", "returned")
    problems = submission_problems(session, record)
    if problems:
        code, params = problems[0]
        raise DomainError(code, problems=len(problems), **params)
    record.state = "submitted"
    record.submitted_at = datetime.now()
    session.flush()
    task = session.get(Task, record.task_id)
    assert task is not None
    sync_task_state(session, task)
    audit.record(session, actor, "record.submit", "record", record.id,
                 {"task": task.number, "credit_flag": record.credit_flag})


def set_report_date(session: Session, actor: Actor, record_id: int, report_date: date) -> None:
    """Record the day the 检查报告 was completed (starts the 漯河 feedback-and-publication period)."""
    roles.require(actor.roles, "record.enter")
    record = get_record(session, record_id, "entering", "submitted", "returned", "approved")
    if record.inspection_date is None:
        raise DomainError("inspection_date_required")
    if report_date < record.inspection_date:
        raise DomainError("report_before_inspection", inspection=record.inspection_date.isoformat())
    old = record.report_date
    record.report_date = report_date
    session.flush()
    audit.record(session, actor, "record.report_date", "record", record.id,
                 {"old": old.isoformat() if old else None, "new": report_date.isoformat()})


def count_by_state(session: Session, task_id: int) -> dict[str, int]:
    """Records of a task per state (for the task header and statistics)."""
    rows = session.execute(select(InspectionRecord.state, func.count()).where(
        InspectionRecord.task_id == task_id).group_by(InspectionRecord.state))
    return {state: int(n) for state, n in rows}
