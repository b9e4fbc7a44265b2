"""The main window: registry-driven navigation, menus, status bar, audit verification."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import func, select

from db.models import Conflict, InspectionItem, Inspector, Target
from desktop.ui import pages
from desktop.ui.main_window import NAV_ORDER, MainWindow
from desktop.ui.pages.browse_page import BrowsePage
from desktop.ui.pages.home_page import HomePage


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_navigation_follows_the_cycle_and_switches_pages(qtbot, ctx, seeded) -> None:
    window = _window(qtbot, ctx)
    keys = window.nav_keys()
    assert keys == ["home", "items", "targets", "inspectors", "conflicts", "plans", "tasks", "records",
                    "publication", "reports"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "首页", "抽查事项清单", "检查对象名录库", "执法检查人员名录库", "回避关系", "年度抽查计划", "抽查任务",
        "检查实施", "结果审核与公示", "报告与归档"]
    assert isinstance(window.stack.currentWidget(), HomePage)
    for row, key in enumerate(keys):
        window.nav.setCurrentRow(row)
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.page(key)
    assert isinstance(window.page("targets"), BrowsePage)
    assert window.page("targets").model.kind == "targets"
    assert window.page("inspectors").model.rowCount() == 6


def test_unregistered_entries_are_hidden_and_new_pages_appear(qtbot, ctx, monkeypatch) -> None:
    registry = list(pages.PAGE_REGISTRY)
    monkeypatch.setattr(pages, "PAGE_REGISTRY", registry)
    monkeypatch.setattr("desktop.ui.main_window.PAGE_REGISTRY", registry)
    pages.PAGE_REGISTRY[:] = [spec for spec in registry if spec.key != "conflicts"]
    pages.register_page("conflicts", "回避关系", lambda c: QLabel("conflicts"))
    window = _window(qtbot, ctx)
    # A newly registered page takes its place in the cycle's order, not at the end.
    assert window.nav_keys() == ["home", "items", "targets", "inspectors", "conflicts", "plans", "tasks",
                                 "records", "publication", "reports"]
    assert "draw" not in window.nav_keys()
    page = window.show_page("conflicts")
    assert isinstance(page, QWidget) and page.text() == "conflicts"
    assert {key for key, _ in NAV_ORDER} >= set(window.nav_keys())


def test_keyboard_shortcuts_and_status_bar(qtbot, ctx, seeded) -> None:
    window = _window(qtbot, ctx)
    assert window.user_label.text() == "当前用户：管理员（管理员）"
    assert window.db_label.text().startswith("SQLite: ")
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "系统(&S)", "帮助(&H)"]
    jumps = [a for a in window.actions() if a.shortcut().toString() == "Ctrl+3"]
    jumps[0].trigger()
    assert window.current_key() == "targets"


def test_audit_log_verification(qtbot, ctx, seeded, message_boxes) -> None:
    window = _window(qtbot, ctx)
    assert window.verify_action.isEnabled()
    window.verify_action.trigger()
    assert message_boxes.calls[-1][0] == "information"
    assert message_boxes.calls[-1][2].startswith("审计日志完整")


def test_close_asks_while_a_job_runs(qtbot, ctx, message_boxes) -> None:
    window = _window(qtbot, ctx)
    ctx.runner._current = object()  # pretend a job is running
    message_boxes.answer = message_boxes.answer.No
    assert not window.close()
    ctx.runner._current = None
    assert window.close()


def test_home_counts_and_browsing_after_the_demo(qtbot, demo_ctx, demo) -> None:
    window = _window(qtbot, demo_ctx)
    home = window.page("home")
    with demo_ctx.database.read() as s:
        active = {name: s.scalar(select(func.count()).select_from(model).where(model.active.is_(True)))
                  for name, model in (("targets", Target), ("inspectors", Inspector),
                                      ("items", InspectionItem), ("conflicts", Conflict))}
    assert 0 < active["targets"] <= demo.targets
    for name, count in active.items():
        assert home.count_labels[name].text() == f"{count:,}"
    assert home.count_labels["tasks"].text() == f"{demo.tasks:,}"
    assert home.count_labels["plans"].text() == f"{demo.plans:,}"
    assert home.summary.tasks == demo.tasks
    targets = window.show_page("targets")
    assert targets.model.rowCount() == demo.targets  # the roster view lists inactive rows too
    inspectors = window.show_page("inspectors")
    keys = [inspectors.model.column_key(c) for c in range(inspectors.model.columnCount())]
    shown = inspectors.model.data(inspectors.model.index(0, keys.index("id_number")))
    assert "*" in shown or shown == ""
