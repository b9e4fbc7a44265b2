"""Deadlines in working days per the rule profile, and the 首页 list of what is due or overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    InspectionRecord,
    Objection,
    Publication,
    PublishedResult,
    RectificationNotice,
    Target,
    Task,
)
from desktop.core.profiles import RuleProfile, citation
from desktop.core.workdays import Calendar
from desktop.services import settings, teams
from desktop.services.calendar import load_calendar, try_add_workdays, try_workdays_between
from desktop.services.records import NORMAL_RESULT

SOON_WORKDAYS = 3
KIND_LABELS = {
    "inspection": "检查", "report": "检查报告", "feedback": "反馈结果", "publish": "结果公示",
    "comment": "意见建议期", "objection_review": "异议复核", "objection_feedback": "复核反馈",
    "rectification": "整改期限",
}
STATUS_LABELS = {"overdue": "已逾期", "soon": "即将到期", "due": "未到期", "unknown": "无法计算"}
_ANCHOR_PHRASE = {"task_end": "检查结束后", "inspection": "检查完成后", "report": "检查报告完成后"}
_ANCHOR_LABEL = {"task_end": "任务结束", "inspection": "检查日期", "report": "检查报告日期"}
_EXCL = "（不含当日）"


@dataclass(frozen=True)
class Deadline:
    """One computed deadline: due date (None when the calendar lacks a year), rule, citation, anchor."""

    due: date | None
    rule: str
    citation: str
    anchor: date
    anchor_label: str
    note: str = ""


@dataclass(frozen=True)
class DueItem:
    """One deadline on the 首页: who must do what for which target by when."""

    kind: str
    kind_label: str
    task_id: int
    task_number: str
    task_name: str
    record_id: int | None
    target_name: str
    responsible: str
    due_date: date | None
    days_left: int | None  # working days; negative = overdue
    status: str  # due | soon | overdue | unknown (calendar year not entered)
    rule: str
    citation: str
    calendar_note: str
    anchor: date
    anchor_label: str
    ref_id: int | None = None  # objection or rectification notice id


@dataclass(frozen=True)
class PublicationCheck:
    """The publication deadline of a task and which targets a given publication date is late for."""

    deadline: date | None
    late_targets: tuple[str, ...]
    notes: tuple[str, ...]
    rules: tuple[str, ...]


def _wd(cal: Calendar, anchor: date, days: int, rule: str, cite: str, label: str) -> Deadline:
    due, note = try_add_workdays(cal, anchor, days)
    return Deadline(due, rule, cite, anchor, label, note)


def publish_deadline(profile: RuleProfile, cal: Calendar, task_end: date, inspection_date: date | None,
                     report_date: date | None, categories: list[str] | tuple[str, ...]) -> Deadline | None:
    """The result's publication deadline, or None when no rule applies or its anchor is not known yet."""
    anchor_kind = profile.publish_anchor
    if anchor_kind == "none":
        return None
    anchor = {"task_end": task_end, "inspection": inspection_date, "report": report_date}[anchor_kind]
    if anchor is None:
        return None
    phrase, label = _ANCHOR_PHRASE[anchor_kind], _ANCHOR_LABEL[anchor_kind]
    if profile.normal_result_days is not None and list(categories) == [NORMAL_RESULT]:
        rule = f"检查结果正常（{NORMAL_RESULT}）的，{phrase}{profile.normal_result_days}个工作日内公示{_EXCL}"
        return _wd(cal, anchor, profile.normal_result_days, rule, citation(profile, "normal_result_days"), label)
    if profile.publish_days is None:
        return None
    merged = anchor_kind == "report" and profile.feedback_publish_days == profile.publish_days
    what = "反馈检查结果并公示" if merged else "公示"
    rule = f"{phrase}{profile.publish_days}个工作日内{what}{_EXCL}"
    return _wd(cal, anchor, profile.publish_days, rule, citation(profile, "publish_days"), label)


def report_deadline(profile: RuleProfile, cal: Calendar, inspection_date: date) -> Deadline | None:
    """检查报告 due after the inspection (漯河 §18), or None."""
    if profile.report_days is None:
        return None
    rule = f"单个对象检查结束后{profile.report_days}个工作日内完成检查报告{_EXCL}"
    return _wd(cal, inspection_date, profile.report_days, rule, citation(profile, "report_days"), "检查日期")


def feedback_deadline(profile: RuleProfile, cal: Calendar, report_date: date) -> Deadline | None:
    """Feedback of the result to the target after the report, unless it is merged with publication."""
    days = profile.feedback_publish_days
    if days is None or (profile.publish_anchor == "report" and days == profile.publish_days):
        return None
    rule = f"检查报告完成后{days}个工作日内向被检查对象反馈检查结果{_EXCL}"
    return _wd(cal, report_date, days, rule, citation(profile, "feedback_publish_days"), "检查报告日期")


def comment_deadline(profile: RuleProfile, cal: Calendar, feedback_on: date) -> Deadline | None:
    """The end of the target's period for comments after the feedback (漯河 §21), or None."""
    if profile.comment_days is None:
        return None
    rule = f"被检查对象收到反馈后{profile.comment_days}个工作日内提出意见建议{_EXCL}"
    return _wd(cal, feedback_on, profile.comment_days, rule, citation(profile, "comment_days"), "反馈（公示）日期")


def objection_review_deadline(profile: RuleProfile, cal: Calendar, received_on: date) -> Deadline | None:
    """复核 due after an objection was received (咸宁 §25: 20 WD), or None."""
    if profile.objection_review_days is None:
        return None
    rule = f"接到异议申请之日起{profile.objection_review_days}个工作日内复核{_EXCL}"
    return _wd(cal, received_on, profile.objection_review_days, rule,
               citation(profile, "objection_review_days"), "收到异议")


def objection_feedback_deadline(profile: RuleProfile, cal: Calendar, reviewed_on: date) -> Deadline | None:
    """Feedback of the review to the target (咸宁 §25: 15 WD after the review), or None."""
    if profile.objection_feedback_days is None:
        return None
    rule = f"作出复核结果后{profile.objection_feedback_days}个工作日内反馈被检查对象{_EXCL}"
    return _wd(cal, reviewed_on, profile.objection_feedback_days, rule,
               citation(profile, "objection_feedback_days"), "复核决定")


def publication_check(session: Session, task_id: int, published_on: date) -> PublicationCheck:
    """The task's publication deadline (earliest of its records') and the targets `published_on` is late for."""
    profile, cal = settings.get_profile(session), load_calendar(session)
    task = teams.task_or_error(session, task_id)
    dues: list[date] = []
    late: list[str] = []
    notes: list[str] = []
    rules: list[str] = []
    rows = session.execute(select(InspectionRecord, Target.name).join(Target, Target.id == InspectionRecord.target_id)
                           .where(InspectionRecord.task_id == task_id).order_by(InspectionRecord.id))
    for record, name in rows:
        dl = publish_deadline(profile, cal, task.window_end, record.inspection_date, record.report_date,
                              record.result_categories)
        if dl is None:
            continue
        rules.append(dl.rule)
        if dl.due is None:
            notes.append(dl.note)
            continue
        dues.append(dl.due)
        if published_on > dl.due:
            late.append(name)
    return PublicationCheck(min(dues) if dues else None, tuple(late), tuple(dict.fromkeys(notes)),
                            tuple(dict.fromkeys(rules)))


@dataclass
class _Ctx:
    profile: RuleProfile
    cal: Calendar
    today: date
    items: list[DueItem]


def _add(ctx: _Ctx, kind: str, task: Task, record_id: int | None, target: str, who: str, dl: Deadline,
         ref_id: int | None = None, *, drop_when_passed: bool = False) -> None:
    days_left: int | None = None
    note = dl.note
    if dl.due is None:
        status = "unknown"
    else:
        days_left, note_left = try_workdays_between(ctx.cal, ctx.today, dl.due)
        note = note or note_left
        if days_left is None:
            status = "unknown"
        elif dl.due < ctx.today:
            if drop_when_passed:
                return
            days_left, status = min(days_left, -1), "overdue"
        else:
            status = "soon" if days_left <= SOON_WORKDAYS else "due"
    ctx.items.append(DueItem(kind, KIND_LABELS[kind], task.id, task.number, task.name, record_id, target, who,
                             dl.due, days_left, status, dl.rule, dl.citation, note, dl.anchor, dl.anchor_label,
                             ref_id))


def _record_items(ctx: _Ctx, task: Task, record: InspectionRecord, target: str, who: str,
                  published_on: date | None) -> None:
    p, cal = ctx.profile, ctx.cal
    if record.state == "published":
        if published_on is not None:
            dl = comment_deadline(p, cal, published_on)
            if dl is not None:
                _add(ctx, "comment", task, record.id, target, who, dl, drop_when_passed=True)
        return
    if record.inspection_date is None:
        rule = f"在任务期限内完成检查（{task.window_start.isoformat()}至{task.window_end.isoformat()}）"
        _add(ctx, "inspection", task, record.id, target, who,
             Deadline(task.window_end, rule, "抽查任务", task.window_start, "任务开始"))
    elif record.report_date is None:
        dl = report_deadline(p, cal, record.inspection_date)
        if dl is not None:
            _add(ctx, "report", task, record.id, target, who, dl)
    if record.report_date is not None:
        dl = feedback_deadline(p, cal, record.report_date)
        if dl is not None:
            _add(ctx, "feedback", task, record.id, target, who, dl)
    dl = publish_deadline(p, cal, task.window_end, record.inspection_date, record.report_date,
                          record.result_categories)
    if dl is not None:
        _add(ctx, "publish", task, record.id, target, who, dl)


_ACTIVE_TASK_STATES = ("drawn", "inspecting", "reviewing")


def due_items(session: Session, today: date) -> list[DueItem]:
    """Every open deadline, sorted by task, responsible person and due date (unknown dates last)."""
    ctx = _Ctx(settings.get_profile(session), load_calendar(session), today, [])
    notices: dict[int, list[RectificationNotice]] = {}
    for n in session.scalars(select(RectificationNotice).where(RectificationNotice.completed_on.is_(None))
                             .order_by(RectificationNotice.deadline, RectificationNotice.id)):
        notices.setdefault(n.record_id, []).append(n)
    open_objections: dict[int, list[Objection]] = {}
    for o, record_id in session.execute(select(Objection, PublishedResult.record_id).join(
            PublishedResult, PublishedResult.id == Objection.result_id)
            .where(Objection.feedback_on.is_(None)).order_by(Objection.id)):
        open_objections.setdefault(record_id, []).append(o)
    published = dict(session.execute(select(Publication.task_id, Publication.published_on)).all())
    # Any comment period has ended by then (a working day is never more than ~10 calendar days away).
    comment_horizon = today - timedelta(days=3 * (ctx.profile.comment_days or 0) + 31)
    task_rows = list(session.scalars(select(Task).where(Task.state.not_in(("draft", "ready")))
                                     .order_by(Task.year, Task.seq)))
    shown: list[Task] = []
    for task in task_rows:
        q = select(InspectionRecord, Target.name).join(Target, Target.id == InspectionRecord.target_id).where(
            InspectionRecord.task_id == task.id)
        published_on = published.get(task.id)
        in_comment_period = bool(ctx.profile.comment_days and published_on and published_on >= comment_horizon)
        if task.state not in _ACTIVE_TASK_STATES and not in_comment_period:
            wanted = set(notices) | set(open_objections)
            q = q.where(InspectionRecord.id.in_(wanted))
            if not wanted:
                continue
        rows = session.execute(q.order_by(InspectionRecord.id)).all()
        if not rows:
            continue
        shown.append(task)
        team_by_target = teams.effective_teams(session, task.id)
        for record, target in rows:
            leader = teams.leader_of(team_by_target.get(record.target_id, ()))
            who = leader.name if leader else teams.display_name(session, record.entered_by) or "未指定"
            _record_items(ctx, task, record, target, who, published_on)
            for notice in notices.get(record.id, ()):
                rule = f"责令于{notice.deadline.isoformat()}前完成整改（{notice.doc_number}）"
                _add(ctx, "rectification", task, record.id, target, who,
                     Deadline(notice.deadline, rule, notice.doc_number, notice.issued_on, "整改通知"), notice.id)
            for o in open_objections.get(record.id, ()):
                _objection_item(ctx, task, record.id, target, who, o)
    order = {t.id: n for n, t in enumerate(shown)}
    ctx.items.sort(key=lambda i: (order[i.task_id], i.responsible, i.due_date is None, i.due_date or today, i.kind))
    return ctx.items


def _objection_item(ctx: _Ctx, task: Task, record_id: int, target: str, who: str, o: Objection) -> None:
    if not o.outcome:
        dl = objection_review_deadline(ctx.profile, ctx.cal, o.received_on)
        if dl is not None:
            _add(ctx, "objection_review", task, record_id, target, who, dl, o.id)
    elif o.reviewed_on is not None:
        dl = objection_feedback_deadline(ctx.profile, ctx.cal, o.reviewed_on)
        if dl is not None:
            _add(ctx, "objection_feedback", task, record_id, target, who, dl, o.id)


@dataclass(frozen=True)
class PersonGroup:
    """A responsible person's items within one task."""

    person: str
    items: tuple[DueItem, ...]


@dataclass(frozen=True)
class TaskGroup:
    """One task's due items, grouped by person, with the worst status for the task's badge."""

    task_id: int
    task_number: str
    task_name: str
    worst: str
    people: tuple[PersonGroup, ...]


_SEVERITY = {"overdue": 0, "unknown": 1, "soon": 2, "due": 3}


def group_due_items(items: list[DueItem]) -> list[TaskGroup]:
    """Group (already sorted) items by task, then by responsible person, keeping their order."""
    by_task: dict[int, list[DueItem]] = {}
    for item in items:
        by_task.setdefault(item.task_id, []).append(item)
    groups = []
    for task_items in by_task.values():
        people: dict[str, list[DueItem]] = {}
        for item in task_items:
            people.setdefault(item.responsible, []).append(item)
        first = task_items[0]
        worst = min((i.status for i in task_items), key=lambda s: _SEVERITY[s])
        groups.append(TaskGroup(first.task_id, first.task_number, first.task_name, worst,
                                tuple(PersonGroup(p, tuple(v)) for p, v in people.items())))
    return groups


def describe(item: DueItem) -> str:
    """One line for the 首页 and the CLI: status, kind, target, due date, days left, rule."""
    if item.due_date is None or item.days_left is None:
        when = item.calendar_note if item.due_date is None else \
            f"截止 {item.due_date.isoformat()}（{item.calendar_note}）"
    elif item.days_left < 0:
        when = f"截止 {item.due_date.isoformat()}（已逾期{-item.days_left}个工作日）"
    else:
        when = f"截止 {item.due_date.isoformat()}（剩余{item.days_left}个工作日）"
    return f"[{STATUS_LABELS[item.status]}] {item.kind_label} {item.target_name} {when} — {item.rule}"
