"""首页: counts and roster warnings from the dashboard service."""

from __future__ import annotations

from desktop.services import dashboard
from desktop.ui.pages.home_page import HomePage
from tests.ui.conftest import TODAY


def test_dashboard_summary(seeded) -> None:
    with seeded.read() as s:
        summary = dashboard.summary(s, TODAY)
    assert (summary.items, summary.targets, summary.inspectors) == (2, 405, 6)
    assert summary.tasks == 0
    assert [(w.staff_no, w.expired) for w in summary.licence_warnings] == [("100001", True), ("100002", False)]
    # 治安管理大队 has three leaders; 禁毒大队 none.
    assert [(s.department, s.leaders) for s in summary.leader_shortages] == [("禁毒大队", 0)]


def test_home_page_shows_counts_and_warnings(qtbot, ctx, seeded) -> None:
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert page.count_labels["targets"].text() == "405"
    assert page.count_labels["items"].text() == "2"
    assert page.licence_table.rowCount() == 2
    assert page.licence_table.item(0, 4).text() == "已过期"
    assert page.licence_table.item(1, 4).text() == "10天内到期"
    assert page.leader_table.item(0, 0).text() == "禁毒大队"
    assert page.tasks_table.item(0, 0).text() == "暂无抽查任务"
