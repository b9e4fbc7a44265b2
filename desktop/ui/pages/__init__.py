"""The page registry: (key, title, factory) for each page of the main window's navigation.

Later work adds a page by appending to PAGE_REGISTRY (or calling `register_page`); a navigation
entry whose key has no registered page is hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop.ui.context import UiContext
from desktop.ui.pages.conflicts_page import ConflictsPage
from desktop.ui.pages.home_page import HomePage
from desktop.ui.pages.inspection_page import InspectionPage
from desktop.ui.pages.inspectors_page import InspectorsPage
from desktop.ui.pages.items_page import ItemsPage
from desktop.ui.pages.plans_page import PlansPage
from desktop.ui.pages.reports_page import ReportsPage
from desktop.ui.pages.review_page import ReviewPage
from desktop.ui.pages.targets_page import TargetsPage
from desktop.ui.pages.tasks_page import TasksPage
from desktop.ui.projector.factory import projector_display

PageFactory = Callable[[UiContext], QWidget]
TITLE_CONTEXT = "Navigation"


class PageSpec(NamedTuple):
    """One registered page; `title` is the Chinese source text, translated in TITLE_CONTEXT."""

    key: str
    title: str
    factory: PageFactory


PAGE_REGISTRY: list[PageSpec] = [
    PageSpec("home", str(QT_TRANSLATE_NOOP("Navigation", "首页")), HomePage),
    PageSpec("items", str(QT_TRANSLATE_NOOP("Navigation", "抽查事项清单")), ItemsPage),
    PageSpec("targets", str(QT_TRANSLATE_NOOP("Navigation", "检查对象名录库")), TargetsPage),
    PageSpec("inspectors", str(QT_TRANSLATE_NOOP("Navigation", "执法检查人员名录库")), InspectorsPage),
    PageSpec("conflicts", str(QT_TRANSLATE_NOOP("Navigation", "回避关系")), ConflictsPage),
    PageSpec("plans", str(QT_TRANSLATE_NOOP("Navigation", "年度抽查计划")), PlansPage),
    PageSpec("tasks", str(QT_TRANSLATE_NOOP("Navigation", "抽查任务")),
             lambda ctx: TasksPage(ctx, display_factory=projector_display)),
    PageSpec("records", str(QT_TRANSLATE_NOOP("Navigation", "检查实施")), InspectionPage),
    PageSpec("publication", str(QT_TRANSLATE_NOOP("Navigation", "结果审核与公示")), ReviewPage),
    PageSpec("reports", str(QT_TRANSLATE_NOOP("Navigation", "报告与归档")), ReportsPage),
]


def register_page(key: str, title: str, factory: PageFactory) -> None:
    """Add a page, or replace the one registered under `key`."""
    for i, spec in enumerate(PAGE_REGISTRY):
        if spec.key == key:
            PAGE_REGISTRY[i] = PageSpec(key, title, factory)
            return
    PAGE_REGISTRY.append(PageSpec(key, title, factory))
