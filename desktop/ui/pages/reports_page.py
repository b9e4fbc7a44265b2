"""报告与归档: a year's statistics with charts, 导出Excel, the annual execution report, per-task documents and archives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.core import roles
from desktop.core.stats import YearStats, rate_text
from desktop.services import documents_results as results
from desktop.services import statistics
from desktop.ui.context import UiContext
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import exception_text
from desktop.ui.widgets.stats_view import StatsView
from desktop.ui.widgets.task_archive_panel import TaskArchivePanel


class ReportsPage(QWidget):
    """The year selector drives the statistics, the report buttons and the task list below."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._out = FileOutput(ctx, self)
        self.stats: YearStats | None = None
        title = QLabel(self.tr("报告与归档"))
        title.setStyleSheet("font-weight: bold; font-size: 16pt;")
        self.year_combo = QComboBox()
        self.year_combo.setMinimumWidth(100)
        year_label = QLabel(self.tr("年度(&Y)："))
        year_label.setBuddy(self.year_combo)
        refresh = QPushButton(self.tr("刷新(&R)"))
        refresh.setToolTip(self.tr("F5"))
        can_export = roles.allowed(ctx.actor.roles, "report.export")
        self.excel_button = QPushButton(self.tr("导出Excel(&E)…"))
        self.excel_button.setEnabled(can_export)
        self.annual_button = QPushButton(self.tr("打印年度执行情况报告(&N)…"))
        self.annual_button.setEnabled(can_export)
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(24)
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        bar.addStretch(1)
        for button in (refresh, self.excel_button, self.annual_button):
            bar.addWidget(button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = StatsView()
        self.tasks = TaskArchivePanel(ctx)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.tasks)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.tasks.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.year_combo.currentIndexChanged.connect(lambda _i: self.load_year())
        refresh.clicked.connect(self.refresh)
        self.excel_button.clicked.connect(self.export_excel)
        self.annual_button.clicked.connect(self.print_annual_report)
        self.tasks.archived.connect(lambda _path: self.load_year())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.refresh()

    def year(self) -> int:
        """The chosen year (this year before the list is filled)."""
        value = self.year_combo.currentData()
        return int(value) if value is not None else self._ctx.today().year

    def select_year(self, year: int) -> bool:
        """Choose a year offered by the selector."""
        index = self.year_combo.findData(year)
        if index >= 0:
            self.year_combo.setCurrentIndex(index)
        return index >= 0

    def refresh(self) -> None:
        """Re-read the years that hold plans or tasks (keeping the chosen one) and the statistics."""
        current = self.year_combo.currentData()
        with self._ctx.database.read() as session:
            years = statistics.statistics_years(session, self._ctx.today().year)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(self.tr("{year}年").format(year=y), y)
        index = self.year_combo.findData(current) if current is not None else -1
        if index < 0:
            index = max(0, self.year_combo.findData(self._ctx.today().year))
        self.year_combo.setCurrentIndex(index)
        self.year_combo.blockSignals(False)
        self.load_year()

    def load_year(self) -> None:
        """Compute the chosen year's statistics on the task runner and show them."""
        database, year = self._ctx.database, self.year()
        self.summary.setText(self.tr("正在统计{year}年度数据…").format(year=year))

        def job(_progress: Any) -> YearStats:
            with database.read() as session:
                return statistics.year_statistics(session, year)

        def failed(exc: BaseException) -> None:
            self.summary.setText(exception_text(exc))

        self._ctx.runner.run(job, self.show_stats, failed)

    def show_stats(self, stats: YearStats) -> None:
        """Fill the summary line, the tables, the charts and the task list."""
        if stats.year != self.year():
            return  # a quicker answer for another year arrived first
        self.stats = stats
        t = stats.total
        plan = self.tr("《{title}》").format(title=stats.plan_title) if stats.plan_title else self.tr("（未制定年度计划）")
        self.summary.setText(self.tr(
            "{year}年度 {plan}：抽查任务{tasks}个（联合抽查{joint}个）；应检查{due}户，已检查{checked}户，"
            "已公示{published}户，完成率{rate}；责令整改{rect}份，完结{done}份（完结率{closure}）；"
            "事项覆盖{covered}/{active}项（{coverage}）；参与检查人员{people}人。").format(
            year=stats.year, plan=plan, tasks=len(stats.tasks), joint=stats.joint_tasks, due=t.due, checked=t.checked,
            published=t.published, rate=rate_text(t.completion_rate), rect=t.rectifications, done=t.rectified,
            closure=rate_text(t.closure_rate), covered=stats.items_covered, active=stats.items_active,
            coverage=rate_text(stats.coverage_rate), people=len(stats.workload)))
        self.view.set_stats(stats)
        self.tasks.set_tasks(stats.tasks)

    def export_excel(self) -> bool:
        """导出Excel: the year's statistics workbook."""
        if not self.excel_button.isEnabled():
            return False
        actor, year = self._ctx.actor, self.year()
        return self._out.save(self.tr("导出统计表"), self.tr("{year}年度双随机抽查统计.xlsx").format(year=year),
                              lambda s, path: statistics.export_statistics(s, actor, year, path),
                              file_filter=self.tr("Excel 文件 (*.xlsx)"))

    def print_annual_report(self) -> bool:
        """打印年度执行情况报告: PDF path, print on the runner, open it; font warnings are shown."""
        if not self.annual_button.isEnabled():
            return False
        actor, year = self._ctx.actor, self.year()
        return self._out.save(self.tr("年度执行情况报告"), self.tr("{year}年度执行情况报告.pdf").format(year=year),
                              lambda s, path: results.print_annual_report(s, actor, year, path))
