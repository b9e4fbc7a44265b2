"""Working-day calendar service and every profile's deadline rules over the real 2025/2026 holidays."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import AuditEvent, HolidayOverride, InspectionRecord
from desktop.commands import workdays_cmd
from desktop.core.errors import DomainError
from desktop.services import (
    calendar,
    calendar_overrides,
    deadlines,
    objections,
    publications,
    records,
    records_review,
)
from desktop.services.context import SYSTEM
from tests.services.builders import APPROVER, OPERATOR
from tests.services.record_builders import approve_all, draft, drawn_task, enter_and_submit

SCHEDULE_2027 = """日期,类型,名称
2027-01-01,休,元旦
2027-02-05,休,春节
2027-02-06,休,春节
2027-02-07,休,春节
2027-02-08,休,春节
2027-02-09,休,春节
2027-02-10,休,春节
2027-02-11,休,春节
2027-02-20,班,春节
"""


def _items(db, today: date, kind: str | None = None) -> list[deadlines.DueItem]:
    with db.read() as s:
        items = deadlines.due_items(s, today)
    return [i for i in items if kind is None or i.kind == kind]


def test_calendar_service_reads_overrides_and_official_years(db) -> None:
    with db.read() as s:
        cal = calendar.load_calendar(s)
        assert calendar.missing_years(s, [date(2026, 12, 1), date(2027, 1, 20)]) == [2027]
    assert cal.add_workdays(date(2026, 9, 28), 20) == date(2026, 10, 30)  # skips 国庆, counts 10-10
    assert cal.add_workdays(date(2025, 9, 26), 20) == date(2025, 10, 30)  # 2025-09-28 is a 调休 workday
    with db.write() as s:
        calendar_overrides.add_override(s, SYSTEM, date(2026, 10, 12), False, "本单位补休")
    with db.write() as s:
        done = calendar.import_year_schedule(s, SYSTEM, SCHEDULE_2027)
    assert (done.year, done.holidays, done.workdays, done.replaced) == (2027, 8, 1, 0)
    with db.read() as s:
        cal = calendar.load_calendar(s)
        assert calendar.missing_years(s, [date(2027, 6, 1)]) == []
        assert calendar.official_years(s) == [2027]
    assert cal.add_workdays(date(2026, 9, 28), 20) == date(2026, 11, 2)  # the local day off counts
    assert not cal.is_workday(date(2027, 2, 8)) and cal.is_workday(date(2027, 2, 20))
    # Importing the year again replaces it; a locally overridden day keeps its override.
    with db.write() as s:
        calendar_overrides.add_override(s, SYSTEM, date(2027, 3, 1), False, "本单位")
    with db.write() as s:
        again = calendar.import_year_schedule(s, SYSTEM, SCHEDULE_2027 + "2027-03-01,班,测试\n")
        sources = dict(s.execute(select(HolidayOverride.day, HolidayOverride.source)).all())
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "calendar.import_year"
    assert again.replaced == 9 and again.kept_local == (date(2027, 3, 1),)
    assert sources[date(2027, 3, 1)] == "local" and sources[date(2027, 2, 20)] == "official"
    with pytest.raises(DomainError) as e, db.write() as s:
        calendar.import_year_schedule(s, OPERATOR, SCHEDULE_2027)
    assert e.value.code == "forbidden"
    with pytest.raises(DomainError) as e, db.write() as s:
        calendar.import_year_schedule(s, SYSTEM, "2027-13-01,休\n")
    assert e.value.code == "calendar_import_invalid"
    # A single official day cannot make an unknown year look known.
    with pytest.raises(DomainError) as e, db.write() as s:
        calendar_overrides.add_override(s, SYSTEM, date(2028, 1, 3), False, "元旦", source="official")
    assert e.value.code == "calendar_year_not_entered"


def test_xianning_publish_20_workdays_after_task_end(db) -> None:
    d = drawn_task(db, end=date(2026, 9, 28))
    enter_and_submit(db, d, d.record_ids[0])
    items = _items(db, date(2026, 10, 27), "publish")
    assert len(items) == 2 and {i.due_date for i in items} == {date(2026, 10, 30)}
    item = items[0]
    assert item.rule == "检查结束后20个工作日内公示（不含当日）"
    assert item.citation == "《咸宁细则》第二十五条第一款"
    assert (item.days_left, item.status, item.anchor) == (3, "soon", date(2026, 9, 28))
    with db.read() as s:
        record = s.get(InspectionRecord, item.record_id)
        from desktop.services import teams
        leader = teams.leader_of(teams.team_of(s, d.task_id, record.target_id))
    assert item.responsible == leader.name
    assert {i.status for i in _items(db, date(2026, 10, 9), "publish")} == {"due"}
    late = _items(db, date(2026, 11, 3), "publish")
    assert {(i.days_left, i.status) for i in late} == {(-2, "overdue")}
    # The record not inspected yet also shows its inspection deadline (the task window).
    insp = _items(db, date(2026, 9, 25), "inspection")
    assert len(insp) == 1 and insp[0].due_date == date(2026, 9, 28) and insp[0].days_left == 1


def test_weihai_publish_20_workdays_after_each_inspection(db) -> None:
    d = drawn_task(db, profile="weihai", start=date(2025, 9, 1), end=date(2025, 9, 30))
    enter_and_submit(db, d, d.record_ids[0], day=date(2025, 9, 26), categories=("未发现问题",))
    items = _items(db, date(2025, 10, 9), "publish")
    assert [(i.record_id, i.due_date) for i in items] == [(d.record_ids[0], date(2025, 10, 30))]
    assert items[0].rule == "检查完成后20个工作日内公示（不含当日）" and items[0].days_left == 16  # 2025-10-11 is a 调休 workday


def test_yangcheng_normal_results_within_5_workdays(db) -> None:
    d = drawn_task(db, profile="yangcheng", start=date(2026, 9, 1), end=date(2026, 10, 30))
    enter_and_submit(db, d, d.record_ids[0], day=date(2026, 9, 30), categories=("未发现问题",))
    enter_and_submit(db, d, d.record_ids[1], day=date(2026, 9, 30), categories=("违反公安部门相关规定",),
                     disposals=("责令改正",))
    items = _items(db, date(2026, 10, 9), "publish")
    assert [(i.record_id, i.due_date) for i in items] == [(d.record_ids[0], date(2026, 10, 13))]
    assert items[0].rule == "检查结果正常（未发现问题）的，检查完成后5个工作日内公示（不含当日）"
    assert items[0].days_left == 3 and items[0].status == "soon"


def test_luohe_report_feedback_publication_and_comments(db) -> None:
    d = drawn_task(db, profile="luohe", start=date(2026, 4, 1), end=date(2026, 5, 29))
    enter_and_submit(db, d, d.record_ids[0], day=date(2026, 4, 30), categories=("未发现问题",))
    report = _items(db, date(2026, 5, 6), "report")
    assert [(i.due_date, i.days_left) for i in report] == [(date(2026, 5, 11), 4)]  # 劳动节 5-1…5-5, 5-9 works
    assert report[0].rule == "单个对象检查结束后5个工作日内完成检查报告（不含当日）"
    assert not _items(db, date(2026, 5, 6), "publish")  # anchored at the report: not known yet
    with db.write() as s:
        records.set_report_date(s, OPERATOR, d.record_ids[0], date(2026, 5, 8))
    pub = _items(db, date(2026, 5, 11), "publish")
    assert [(i.due_date, i.rule) for i in pub] == [(date(2026, 5, 18), "检查报告完成后7个工作日内反馈检查结果并公示（不含当日）")]
    assert not _items(db, date(2026, 5, 11), "report")
    enter_and_submit(db, d, d.record_ids[1], day=date(2026, 5, 6))
    with db.write() as s:
        records.set_report_date(s, OPERATOR, d.record_ids[1], date(2026, 5, 8))
    from desktop.services import records_review
    with db.write() as s:
        for rid in d.record_ids:
            records_review.review(s, APPROVER, rid, True, "同意")
    with db.write() as s:
        out = publications.publish(s, APPROVER, d.task_id, date(2026, 5, 15))
    assert not out.late and out.deadline == date(2026, 5, 18)
    comment = _items(db, date(2026, 5, 20), "comment")
    assert {(i.due_date, i.status) for i in comment} == {(date(2026, 5, 29), "due")}
    assert comment[0].rule == "被检查对象收到反馈后10个工作日内提出意见建议（不含当日）"
    assert _items(db, date(2026, 6, 1), "comment") == []  # the target's period ended: nothing is overdue


def test_xianning_objection_review_and_feedback_deadlines(db) -> None:
    d = drawn_task(db, end=date(2026, 9, 18))
    approve_all(db, d, day=date(2026, 9, 10))
    with db.write() as s:
        publications.publish(s, APPROVER, d.task_id, date(2026, 9, 18))
        result = publications.publication_rows(s, d.task_id)[0]
        obj = objections.receive_objection(s, OPERATOR, result.result_id, date(2026, 9, 21), "检查结果有误")
    assert obj.review_deadline == date(2026, 10, 26)  # 20 WD over 中秋 and 国庆
    assert obj.review_rule == "接到异议申请之日起20个工作日内复核（不含当日）"
    review = _items(db, date(2026, 10, 22), "objection_review")
    assert [(i.due_date, i.days_left, i.status, i.ref_id) for i in review] == [
        (date(2026, 10, 26), 2, "soon", obj.id)]
    with db.write() as s:
        decided = objections.decide_objection(s, APPROVER, obj.id, "upheld", "经复核，原结果无误", date(2026, 10, 19))
    assert decided.feedback_deadline == date(2026, 11, 9)
    assert not _items(db, date(2026, 10, 22), "objection_review")
    fb = _items(db, date(2026, 11, 10), "objection_feedback")
    assert [(i.days_left, i.status) for i in fb] == [(-1, "overdue")]


def test_unknown_year_is_never_guessed(db) -> None:
    d = drawn_task(db, start=date(2026, 12, 1), end=date(2026, 12, 20))
    items = _items(db, date(2026, 12, 10), "publish")
    assert items and all(i.due_date is None and i.days_left is None and i.status == "unknown" for i in items)
    assert items[0].calendar_note == "2027年节假日安排未录入，无法计算"
    assert "2027年节假日安排未录入，无法计算" in deadlines.describe(items[0])
    # Publishing is still possible; the deadline is unknown and says so.
    approve_all(db, d, day=date(2026, 12, 5))
    with db.write() as s:
        out = publications.publish(s, APPROVER, d.task_id, date(2026, 12, 28))
    assert out.deadline is None and not out.late and out.calendar_notes == ("2027年节假日安排未录入，无法计算",)
    with db.write() as s:
        calendar.import_year_schedule(s, SYSTEM, SCHEDULE_2027)
    with db.read() as s:
        check = deadlines.publication_check(s, d.task_id, date(2026, 12, 28))
    assert check.deadline == date(2027, 1, 18) and check.notes == ()


def test_rectification_deadline_is_listed_until_completed(db) -> None:
    d = drawn_task(db)
    with db.write() as s:
        records.save_record(s, OPERATOR, d.record_ids[0], draft(d.points, categories=("发现问题待后续处理",)))
        notice = records_review.issue_rectification(s, OPERATOR, d.record_ids[0], date(2026, 10, 12), "未登记",
                                                    "第六条", "补登", issued_on=date(2026, 9, 21))
    items = _items(db, date(2026, 10, 8), "rectification")
    assert [(i.due_date, i.days_left, i.status, i.ref_id) for i in items] == [
        (date(2026, 10, 12), 3, "soon", notice.id)]  # 10-10 is a 调休 workday
    assert items[0].rule == "责令于2026-10-12前完成整改（咸公责改字〔2026〕1号）"
    with db.write() as s:
        records_review.complete_rectification(s, OPERATOR, notice.id, date(2026, 10, 9), "复查合格")
    assert _items(db, date(2026, 10, 8), "rectification") == []


def test_group_by_task_and_person(db) -> None:
    d = drawn_task(db)
    with db.read() as s:
        items = deadlines.due_items(s, date(2026, 9, 15))
    groups = deadlines.group_due_items(items)
    assert len(groups) == 1 and groups[0].task_id == d.task_id
    assert sum(len(p.items) for p in groups[0].people) == len(items) == 4  # inspection + publish per record
    assert groups[0].worst == "due"


def test_cli_workdays_and_deadlines(db, tmp_path, capsys) -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="t")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=None)
    workdays_cmd.register(parser.add_subparsers(dest="command"), common)

    def run(*argv: str) -> tuple[int, str, str]:
        args = parser.parse_args(list(argv))
        code = int(args.handler(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    code, out, _ = run("workdays", "add", "2026-09-28", "20", "--db", db.url)
    assert code == 0 and out.splitlines() == [
        "2026-10-30（星期五）", "规则：2026-09-28之后第20个工作日，不含当日；法定节假日不计，调休上班日计入。"]
    code, out, _ = run("workdays", "between", "2026-09-28", "2026-10-30", "--db", db.url)
    assert code == 0 and out.splitlines()[0] == "20 个工作日"
    code, _, err = run("workdays", "add", "2026-12-20", "20", "--db", db.url)
    assert code == 1 and err.strip() == "2027年节假日安排未录入，无法计算"
    schedule = tmp_path / "2027.csv"
    schedule.write_text(SCHEDULE_2027, encoding="utf-8")
    code, out, _ = run("workdays", "import", str(schedule), "--db", db.url)
    assert code == 0 and "已录入2027年节假日安排：放假 8 天，调休上班 1 天" in out
    assert run("workdays", "add", "2026-12-20", "20", "--db", db.url)[1].startswith("2027-01-18")

    d = drawn_task(db)
    code, out, _ = run("deadlines", "--db", db.url, "--today", "2026-10-27")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "2026-10-27：已逾期 2 项，即将到期 2 项，未到期 0 项，无法计算 0 项"
    assert lines[2].startswith("咸公抽查〔2026〕1号 2026年旅馆业治安管理抽查")
    assert lines[3].startswith("  民警") and lines[4].startswith("    [")
    assert any("[即将到期] 结果公示" in ln and "截止 2026-10-30（剩余3个工作日） — 检查结束后20个工作日内公示（不含当日）" in ln
               for ln in lines)
    assert any("[已逾期] 检查" in ln for ln in lines)
    del d
