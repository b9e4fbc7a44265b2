"""Statistics per year and grouping, the Excel export, and the annual report built from the same numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from db.engine import Database
from desktop.core.stats import rate_text
from desktop.reports.excel_stats import write_statistics_xlsx
from desktop.services import demo, demo_history, publications, records_review, statistics
from desktop.services import documents_results as results
from desktop.services.context import SYSTEM
from tests.services.builders import APPROVER, OPERATOR
from tests.services.record_builders import drawn_task, enter_and_submit

FOLLOW_UP = "发现问题待后续处理"


def _stats(db: Database, year: int = 2026) -> statistics.YearStats:
    with db.read() as s:
        return statistics.year_statistics(s, year)


def test_counts_follow_the_cycle(db: Database, tmp_path: Path) -> None:
    d = drawn_task(db, drawn=2)
    first, second = d.record_ids
    enter_and_submit(db, d, first)
    stats = _stats(db)
    t = stats.total
    assert (t.due, t.not_entered, t.entering, t.checked, t.published) == (2, 1, 0, 1, 0)
    assert t.completion_rate == 0.0 and t.closure_rate is None and rate_text(t.closure_rate) == "—"
    assert [g.label for g in stats.by_risk] == ["B 一般风险"]
    assert [g.label for g in stats.by_department] == ["治安管理大队"]
    assert [(g.key, g.label) for g in stats.by_item] == [("XN-001", "旅馆业治安管理检查")]
    assert [g.label for g in stats.by_jurisdiction] == ["温泉派出所"]
    assert (stats.items_covered, stats.items_active, stats.joint_tasks) == (1, 1, 0)
    assert [(ts.due, ts.checked, ts.published, ts.published_on) for ts in stats.tasks] == [(2, 1, 0, None)]

    with db.write() as s:
        records_review.review(s, APPROVER, first, True, "同意")
        notice = records_review.issue_rectification(s, OPERATOR, first, date(2026, 10, 9), "登记不全", "《办法》",
                                                    "限期改正", issued_on=date(2026, 9, 20))
    enter_and_submit(db, d, second, categories=(FOLLOW_UP,), disposals=("抄告相关部门",))
    with db.write() as s:
        records_review.review(s, APPROVER, second, True, "同意")
        publications.publish(s, APPROVER, d.task_id, date(2026, 9, 30))
    stats = _stats(db)
    t = stats.total
    assert (t.checked, t.published, t.completion_rate) == (2, 2, 1.0)
    assert (t.result("未发现问题"), t.result(FOLLOW_UP), t.disposal("抄告相关部门")) == (1, 1, 1)
    assert (t.rectifications, t.rectified, t.closure_rate) == (1, 0, 0.0)
    assert stats.tasks[0].published_on == date(2026, 9, 30)

    with db.write() as s:
        records_review.complete_rectification(s, OPERATOR, notice.id, date(2026, 10, 8), "复查合格")
        result = publications.latest_result(s, first)
        publications.correct(s, APPROVER, result.id, "未发现开展本次抽查涉及的经营活动", "录入有误", "负责人",
                             date(2026, 10, 12))
    stats = _stats(db)
    t = stats.total
    # Statistics count the published (corrected) result, not what the record first said.
    assert (t.result("未发现问题"), t.result("未发现开展本次抽查涉及的经营活动")) == (0, 1)
    assert (t.rectified, t.closure_rate, stats.corrections, stats.objections) == (1, 1.0, 1, 0)
    assert sum(w.teams for w in stats.workload) == 4 and sum(w.leader for w in stats.workload) == 2
    assert [g.due for g in stats.by_department] == [2]

    out = tmp_path / "stats.xlsx"
    assert write_statistics_xlsx(stats, out) == 7
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "按部门", "按抽查事项", "按风险等级", "按管辖单位", "抽查任务", "人员工作量"]
    sheet = wb["按风险等级"]
    header = [c.value for c in sheet[1]]
    assert header[:7] == ["风险等级", "应检查数", "未录入", "录入中", "已检查", "已公示", "完成率"]
    assert "结果：未发现开展本次抽查涉及的经营活动" in header and "处置：抄告相关部门" in header
    total = [c.value for c in sheet[sheet.max_row]]
    assert total[0] == "合计" and total[1] == 2 and sheet.cell(sheet.max_row, 7).number_format == "0.0%"
    summary = {r[0].value: r[1].value for r in wb["汇总"].iter_rows(min_row=2)}
    assert summary["应检查数（抽取户数）"] == 2 and summary["事项覆盖率"] == 1

    with db.read() as s:
        doc = results.annual_doc(s, 2026)
        years = statistics.statistics_years(s, 2030)
    # One implementation: the annual report shows exactly the statistics' numbers.
    assert [(line.drawn, line.completed) for line in doc.tasks] == [(2, 2)]
    assert {c.label: c.value for c in doc.by_result}[FOLLOW_UP] == 1
    assert (doc.rectifications, doc.rectified, doc.corrections, doc.coverage) == (1, 1, 1, (1, 1))
    assert [(r.label, r.drawn, r.completed) for r in doc.by_department] == [("治安管理大队", 2, 2)]
    assert years == [2030, 2026]


def test_empty_year(db: Database) -> None:
    drawn_task(db)
    stats = _stats(db, 2019)
    assert stats.total.due == 0 and stats.by_department == () and stats.tasks == ()
    assert stats.total.completion_rate is None and stats.coverage_rate == 0.0


@pytest.mark.parametrize("profile", ["xianning", "luohe"])
def test_demo_history_year(db: Database, profile: str) -> None:
    with db.write() as s:
        summary = demo.load_demo(s, SYSTEM, profile=profile)
    stats = _stats(db, date.today().year - 1)
    t = stats.total
    assert (t.due, t.checked, t.published, t.rectifications, t.rectified) == (8, 8, 8, 1, 1)
    assert {g.key: g.due for g in stats.by_risk} == demo_history.COUNTS
    assert t.result("未发现问题") == 5 and t.result(FOLLOW_UP) == 1
    assert (stats.joint_tasks, stats.items_covered, stats.corrections, stats.objections) == (1, 1, 1, 1)
    assert stats.items_active == summary.items and stats.plan_entries == 3
    assert sum(w.leader for w in stats.workload) == 8
    assert [ts.number for ts in stats.tasks] == [summary.history_task_number]
    this_year = _stats(db, date.today().year)
    assert this_year.total.due == 0 and len(this_year.tasks) == 3 and this_year.joint_tasks == 1
