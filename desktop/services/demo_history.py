"""Demo history: a finished joint task of the previous year, run step by step through the services."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import (
    AnnualPlan,
    Attachment,
    Document,
    Draw,
    InspectionItem,
    RecordConfirmation,
    RectificationNotice,
    Task,
    User,
)
from desktop import __version__
from desktop.core import doc_kinds
from desktop.core import roles as role_names
from desktop.core.demo_data import Dice
from desktop.core.workdays import Calendar, YearSchedule
from desktop.services import (
    audit,
    documents,
    draws,
    objections,
    plans,
    publications,
    records,
    records_review,
    settings,
    tasks,
    teams,
)
from desktop.services.calendar import load_calendar
from desktop.services.context import Actor
from desktop.services.demo_specs import BureauSpec, NameSpec

__all__ = ["History", "add_history"]

# Targets drawn per risk class: a small task, every class represented.
COUNTS = {"A": 2, "B": 3, "C": 2, "D": 1}
WITNESSES = (("人大代表", "31415926"), ("派驻纪检监察组", "27182818"), ("行业协会代表", "16180339"))
PASSED, FOLLOW_UP, GONE = "未发现问题", "发现问题待后续处理", "未发现开展本次抽查涉及的经营活动"
NO_ACTION, ORDER, COPY = "无需后续处置", "责令改正", "抄告相关部门"
REFUSAL_NOTE = "被检查单位负责人对检查结论有异议，拒绝在记录表上签字；检查人员已当场注明情况，全程执法记录仪录像。"
OBJECTION = "我单位认为相关台账已于检查次日补齐，检查结果与实际情况不符，请求复核。"
UPHELD = "经复核，检查当日该单位未能提供相关台账资料，有现场执法记录为证，原检查结果认定事实清楚，予以维持。"
CORRECTION_REASON = "经核实，该单位检查时已停止相关经营活动，原公示的检查结果录入有误，予以更正。"


@dataclass(frozen=True)
class History:
    """What was created: the finished task of `year`."""

    year: int
    task_id: int
    task_number: str


@dataclass(frozen=True)
class _Days:
    """The task's timeline; every date is a working day of the previous year."""

    plan: date
    draw: date
    start: date
    end: date
    inspections: tuple[date, ...]
    publish: date
    objection: date
    correction: date
    review: date
    feedback: date


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _calendar(session: Session, year: int) -> Calendar:
    """The bureau's calendar; a year it does not know counts weekdays (demo dates only, no deadline)."""
    cal = load_calendar(session)
    if year in cal.known_years():
        return cal
    return Calendar(cal.overrides, {**cal.schedules, year: YearSchedule(year, frozenset())})


def _workday_from(cal: Calendar, day: date) -> date:
    while not cal.is_workday(day):
        day += timedelta(days=1)
    return day


def _days(cal: Calendar, year: int) -> _Days:
    start = _workday_from(cal, date(year, 9, 1))
    inspections = tuple(cal.add_workdays(start, n) for n in (6, 7, 8))
    # Published two working days after the last inspection: within every preset's deadline,
    # also 阳城's five working days for normal results counted from the first inspection.
    publish = cal.add_workdays(inspections[-1], 2)
    objection = cal.add_workdays(publish, 3)
    review = cal.add_workdays(objection, 8)
    return _Days(plan=_workday_from(cal, date(year, 1, 15)), draw=cal.add_workdays(start, -5), start=start,
                 end=cal.add_workdays(start, 9), inspections=inspections, publish=publish, objection=objection,
                 correction=cal.add_workdays(publish, 6), review=review, feedback=cal.add_workdays(review, 2))


def _actor(session: Session, username: str, role: str, fallback: Actor) -> Actor:
    """A demo account acting in its role (the 经办人 enters, the 审批人 signs off)."""
    name = session.scalar(select(User.display_name).where(User.username == username))
    if name is None:
        return Actor(fallback.username, fallback.display_name, fallback.roles | {role})
    return Actor(username, name, frozenset({role}))


def _png(width: int = 96, height: int = 64) -> bytes:
    """A small grey-blue gradient PNG standing in for a scene photo."""
    rows = b"".join(b"\0" + bytes(c for x in range(width) for c in (90 + x, 110 + y, 150)) for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _backdate_document(session: Session, doc_number: str, when: datetime) -> None:
    # A number allocated now for a document the demo says was issued last year carries that date.
    session.execute(update(Document).where(Document.doc_number == doc_number).values(issued_at=when))


def _issue(session: Session, actor: Actor, kind: str, task: Task, target_id: int | None, when: datetime) -> None:
    """Allocate a document's 文号 on the day it was issued (printing it later reuses number and date)."""
    doc = documents.allocate(session, actor, kind, task.year, task_id=task.id, target_id=target_id)
    doc.issued_at = when
    session.flush()
    audit.record(session, actor, "document.issue", kind, doc.doc_number,
                 {"task": task.number, "issued_on": when.date().isoformat(), "demo_history": True})


def _plan(session: Session, op: Actor, boss: Actor, bureau: BureauSpec, items: list[InspectionItem],
          joint_item: InspectionItem, external_id: int, year: int, days: _Days) -> int:
    """Last year's published plan: a small item set; the others carry the reason they were left out."""
    numbers = dict.fromkeys([t.item for t in bureau.ready_tasks if t.joint] + [t.item for t in bureau.ready_tasks])
    chosen = [items[n - 1] for n in numbers]
    entries = []
    for k, item in enumerate(chosen):
        joint = item.id == joint_item.id
        quotas = {rc: {"count": str(n)} for rc, n in COUNTS.items()} if joint else \
            {rc: {"ratio": q} for rc, q in (("A", "3/100"), ("B", "5/100"), ("C", "10/100"), ("D", "20/100"))}
        first = date(year, 3, 1) if k else days.start
        entries.append(plans.EntryDraft(
            name=f"{item.name}" + ("（部门联合）" if joint else ""), item_ids=(item.id,), window_start=first,
            window_end=date(year, 11, 30), quotas=quotas, frequency=1, industries=(item.qualification,), joint=joint,
            initiating_department_id=item.department_id, joint_department_ids=(external_id,) if joint else ()))
    reasons = {i.code: "本年度该领域已开展专项整治检查，未列入随机抽查计划" for i in items if i not in chosen}
    org = settings.get_org(session)
    title = f"{org.name if org else bureau.org_name}{year}年度“双随机、一公开”抽查工作计划"
    plans.save_plan(session, op, plans.PlanDraft(year, title, tuple(entries), reasons))
    plans.publish_plan(session, boss, year, today=days.plan)
    plan = session.scalar(select(AnnualPlan).where(AnnualPlan.year == year))
    assert plan is not None
    plan.published_at = _at(days.plan, 10)
    session.flush()
    return next(e.id for e in plan.entries if e.joint)


def _draw(session: Session, op: Actor, task: Task, names: NameSpec, dice: Dice, days: _Days) -> None:
    """Freeze, commit, witnesses, reveal, compute, lock — the secret from the OS CSPRNG as always."""
    draw_id, _report = draws.freeze(session, op, task.id)
    witnesses = [draws.WitnessEntry(names.book.person(dice, dice.percent(40)), affiliation, digits)
                 for affiliation, digits in WITNESSES]
    draws.commit(session, op, draw_id)
    draws.set_witnesses(session, op, draw_id, witnesses)
    draws.reveal(session, op, draw_id)
    draws.compute(session, op, draw_id)
    draw = session.get(Draw, draw_id)
    assert draw is not None
    # The console's moments on the day of the draw (the draw is not locked yet, so they may change).
    draw.frozen_at, draw.committed_at, draw.revealed_at = (_at(days.draw, 9, 30), _at(days.draw, 9, 34),
                                                           _at(days.draw, 9, 41))
    session.flush()
    draws.lock(session, op, draw_id, __version__, locked_at=_at(days.draw, 9, 48))


def _draft(points: list[int], day: date, categories: tuple[str, ...], disposals: tuple[str, ...], *,
           faulty: tuple[str, str] | None = None, refused: bool = False, follow_up: str = "") -> records.RecordDraft:
    findings = tuple(records.FindingDraft(p, True) for p in points)
    if faulty is not None and len(points) > 1:
        findings = tuple(records.FindingDraft(f.check_point_id, False, *faulty) if n == 1 else f
                         for n, f in enumerate(findings))
    return records.RecordDraft(
        inspection_date=day, methods=("实地核查", "查阅资料"), findings=findings, result_categories=categories,
        disposals=disposals, follow_up=follow_up, target_signed=not refused, target_refused=refused,
        refusal_note=REFUSAL_NOTE if refused else "", target_opinion="" if refused else "对检查结果无异议。")


def _pick(options: tuple[str, ...], *wanted: str) -> str:
    """The first wanted entry the profile offers (presets differ in wording), else the profile's first."""
    for w in wanted:
        if w in options:
            return w
    for w in wanted:
        found = next((o for o in options if w[:4] in o), None)
        if found is not None:
            return found
    return options[0]


def _records(session: Session, op: Actor, boss: Actor, task: Task, item: InspectionItem, days: _Days) -> list[int]:
    """Enter, confirm, submit and approve every record; the first is rectified, the second refused to sign."""
    profile = settings.get_profile(session)
    cats, disp = profile.result_categories, profile.disposals
    rectified = _pick(cats, "发现问题已责令改正", "发现问题经责令已改正")
    ids = records.open_records(session, op, task.id)
    points = [cp.id for cp in records.check_points(session, task.id)]
    team = teams.effective_teams(session, task.id)
    photo = _png()
    for n, rid in enumerate(ids):
        day = days.inspections[min(n // 3, len(days.inspections) - 1)]
        records.set_notice(session, op, rid, True)
        if n == 0:
            draft = _draft(points, day, (rectified,), (_pick(disp, ORDER),),
                           faulty=("现场检查发现该项要求落实不到位，相关台账记录不完整", "当场责令改正"))
        elif n == 1:
            draft = _draft(points, day, (_pick(cats, FOLLOW_UP),), (_pick(disp, COPY),), refused=True,
                           faulty=("未能提供该项要求的相关台账资料", "告知限期补充提供"),
                           follow_up="已抄告行业主管部门，由日常监管部门跟踪处理。")
        else:
            draft = _draft(points, day, (_pick(cats, PASSED),), (_pick(disp, NO_ACTION),))
        records.save_record(session, op, rid, draft)
        if n == 0:
            notice = records_review.issue_rectification(
                session, op, rid, day + timedelta(days=10), "未按规定落实相关管理制度，相关台账记录不完整。",
                item.basis, "立即完善相关管理制度和台账记录，于期限内整改完毕并书面报告整改情况。", issued_on=day)
            _backdate_document(session, notice.doc_number, _at(day, 16))
        if n < 2:
            records_review.add_attachment(session, op, rid, "现场检查照片.png", photo, "image/png")
        record = records.get_record(session, rid)
        for member in team[record.target_id]:
            records.confirm(session, op, rid, member.inspector_id)
        records.set_report_date(session, op, rid, day)
        records.submit(session, op, rid)
        record.submitted_at = _at(day, 17, 30)
        session.execute(update(RecordConfirmation).where(RecordConfirmation.record_id == rid)
                        .values(confirmed_at=_at(day, 17, 10)))
    for rid in ids:
        records_review.review(session, boss, rid, True, "同意。")
        record = records.get_record(session, rid)
        assert record.inspection_date is not None
        record.reviewed_at = _at(_review_day(days, record.inspection_date), 10)
    session.execute(update(Attachment).where(Attachment.record_id.in_(ids))
                    .values(added_at=_at(days.inspections[0], 11)))
    notice_row = session.scalar(select(RectificationNotice).where(RectificationNotice.record_id == ids[0]))
    assert notice_row is not None
    records_review.complete_rectification(session, op, notice_row.id, days.inspections[-1],
                                          "经现场复查，该单位已完善相关制度和台账记录，整改到位。")
    session.flush()
    return ids


def _review_day(days: _Days, inspected: date) -> date:
    """The review day: the next inspection day, or the publication day after the last one."""
    later = [d for d in (*days.inspections, days.publish) if d > inspected]
    return later[0]


def _after_publication(session: Session, op: Actor, boss: Actor, task_id: int, ids: list[int], days: _Days,
                       principal: str) -> None:
    """Publish; correct one result with the principal's sign-off; an objection upheld and fed back."""
    publications.publish(session, boss, task_id, days.publish)
    corrected = publications.latest_result(session, ids[2])
    version = publications.correct(session, boss, corrected.id, _pick(
        settings.get_profile(session).result_categories, GONE), CORRECTION_REASON, principal, days.correction)
    _backdate_document(session, version.doc_number, _at(days.correction, 15))
    disputed = publications.latest_result(session, ids[1])
    row = objections.receive_objection(session, op, disputed.id, days.objection, OBJECTION)
    objections.decide_objection(session, boss, row.id, "upheld", UPHELD, days.review)
    fed = objections.record_feedback(session, op, row.id, days.feedback)
    _backdate_document(session, fed.feedback_doc_number, _at(days.feedback, 10))


def add_history(session: Session, actor: Actor, bureau: BureauSpec, names: NameSpec, items: list[InspectionItem],
                external_id: int, year: int) -> History | None:
    """Create `year`'s plan and one finished joint task; None when that year already holds a plan or task."""
    if session.scalar(select(AnnualPlan.id).where(AnnualPlan.year == year)) is not None or \
            session.scalar(select(Task.id).where(Task.year == year)) is not None:
        return None
    cal = _calendar(session, year)
    days = _days(cal, year)
    op = _actor(session, "jingban", role_names.OPERATOR, actor)
    boss = _actor(session, "shenpi", role_names.APPROVER, actor)
    joint_spec = next((t for t in bureau.ready_tasks if t.joint), bureau.ready_tasks[0])
    item = items[joint_spec.item - 1]
    entry_id = _plan(session, op, boss, bureau, items, item, external_id, year, days)
    profile = settings.get_profile(session)
    row = tasks.create_task(session, op, tasks.TaskDraft(
        name=f"{year}年度{item.name}部门联合双随机抽查", year=year, item_ids=(item.id,), window_start=days.start,
        window_end=days.end, quotas={rc: {"count": str(n)} for rc, n in COUNTS.items()},
        team_size=max(profile.min_team_size, 2), rounding=profile.rounding,
        industries=(item.qualification,),
        joint=True, initiating_department_id=item.department_id, joint_department_ids=(external_id,),
        legal_basis=item.basis, plan_entry_id=entry_id))
    task = session.get(Task, row.id)
    assert task is not None
    dice = Dice(f"{bureau.key}/history")
    _draw(session, op, task, names, dice, days)
    _issue(session, op, doc_kinds.ANNOUNCEMENT, task, None, _at(days.draw, 15))
    for target_id, _code in teams.drawn_targets(session, task.id):
        _issue(session, op, doc_kinds.NOTICE, task, target_id, _at(days.start, 9))
    ids = _records(session, op, boss, task, item, days)
    _after_publication(session, op, boss, task.id, ids, days, names.book.person(dice, False))
    return History(year, task.id, task.number)
