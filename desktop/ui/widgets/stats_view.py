"""The statistics tables of a year (by department, item, risk class, jurisdiction, task, inspector) with bar charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop.core.stats import GroupStats, YearStats, rate, rate_text
from desktop.ui.widgets.bar_chart import BLUE, ORANGE, BarChart
from desktop.ui.widgets.simple_table import SimpleTable

_TOP_WORKLOAD = 15  # inspectors shown in the workload chart


class StatsView(QWidget):
    """One tab per grouping: the table above, a chart of 应检查数 against 已公示 below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats: YearStats | None = None
        self.tabs = QTabWidget()
        self.tables: dict[str, SimpleTable] = {}
        self._splits: dict[str, QSplitter] = {}
        self.charts: dict[str, BarChart] = {}
        headings = {"department": self.tr("部门"), "item": self.tr("抽查事项"), "risk": self.tr("风险等级"),
                    "jurisdiction": self.tr("管辖单位")}
        titles = {"department": self.tr("按部门(&1)"), "item": self.tr("按事项(&2)"), "risk": self.tr("按风险等级(&3)"),
                  "jurisdiction": self.tr("按管辖单位(&4)")}
        self._headings = headings
        for key, heading in headings.items():
            self.tables[key] = SimpleTable([heading])
            # Many columns: each as wide as its content, a horizontal scroll bar rather than squeezed rates.
            self.tables[key].horizontalHeader().setStretchLastSection(False)
            self.charts[key] = BarChart()
            self.tabs.addTab(self._pane(key, self.tables[key], self.charts[key]), titles[key])
        self.tables["task"] = SimpleTable([self.tr("任务编号"), self.tr("任务名称"), self.tr("状态"), self.tr("联合"),
                                           self.tr("应检查数"), self.tr("已检查"), self.tr("已公示"), self.tr("完成率"),
                                           self.tr("公示日期")], stretch=1)
        self.tabs.addTab(self.tables["task"], self.tr("按任务(&5)"))
        self.tables["workload"] = SimpleTable([self.tr("警号/工号"), self.tr("姓名"), self.tr("部门"),
                                               self.tr("参加检查组数"), self.tr("其中任组长")], stretch=2)
        self.charts["workload"] = BarChart()
        self.tabs.addTab(self._pane("workload", self.tables["workload"], self.charts["workload"]),
                         self.tr("人员工作量(&6)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _pane(self, key: str, table: SimpleTable, chart: BarChart) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(chart)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(table)
        split.addWidget(scroll)
        split.setChildrenCollapsible(False)
        self._splits[key] = split
        return split

    def _fit(self, key: str) -> None:
        """Give the table the height of its rows (at most half), the chart the rest."""
        split, table = self._splits[key], self.tables[key]
        rows = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 18
        rows += sum(table.rowHeight(r) for r in range(table.rowCount()))
        total = max(split.height(), 400)
        top = min(rows, total // 2)
        split.setSizes([top, total - top])

    def _group_headers(self, heading: str, results: list[str], disposals: list[str]) -> list[str]:
        return [heading, self.tr("应检查数"), self.tr("未录入"), self.tr("录入中"), self.tr("已检查"), self.tr("已公示"),
                self.tr("完成率"), *results, *(self.tr("处置：{name}").format(name=d) for d in disposals),
                self.tr("责令整改"), self.tr("完结数"), self.tr("完结率")]

    @staticmethod
    def _group_row(g: GroupStats, results: list[str], disposals: list[str]) -> list[object]:
        return [g.label, g.due, g.not_entered, g.entering, g.checked, g.published, rate_text(g.completion_rate),
                *(g.result(r) for r in results), *(g.disposal(d) for d in disposals), g.rectifications, g.rectified,
                rate_text(g.closure_rate)]

    def set_stats(self, stats: YearStats | None) -> None:
        """Show `stats` (None clears every table)."""
        self.stats = stats
        if stats is None:
            for table in self.tables.values():
                table.setRowCount(0)
            for chart in self.charts.values():
                chart.set_data("", [], [])
            return
        # Only the result and disposal columns that occur this year: the full lists are a dozen columns.
        results = [r for r in stats.result_labels if stats.total.result(r)]
        disposals = [d for d in stats.disposal_labels if stats.total.disposal(d)]
        series = [(self.tr("应检查数"), BLUE), (self.tr("已公示"), ORANGE)]
        for key, heading in self._headings.items():
            groups = stats.groups(key)
            table = self.tables[key]
            headers = self._group_headers(heading, results, disposals)
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            rows = [self._group_row(g, results, disposals) for g in groups]
            if groups:
                rows.append(self._group_row(stats.total, results, disposals))
            table.set_rows(rows, align_right=range(1, len(headers)))
            if groups:
                font = table.font()
                font.setBold(True)
                for c in range(len(headers)):
                    item = table.item(len(rows) - 1, c)
                    if item is not None:
                        item.setFont(font)
            self.charts[key].set_data(self.tr("{year}年度 {heading}：应检查数与已公示").format(
                year=stats.year, heading=heading), series, [(g.label, (g.due, g.published)) for g in groups])
            self._fit(key)
        self.tables["task"].set_rows(
            [(t.number, t.name, t.state_label, self.tr("是") if t.joint else "", t.due, t.checked, t.published,
              rate_text(rate(t.published, t.due)), t.published_on.isoformat() if t.published_on else "")
             for t in stats.tasks], data=[t.task_id for t in stats.tasks], align_right=(4, 5, 6, 7))
        self.tables["workload"].set_rows([(w.staff_no, w.name, w.department, w.teams, w.leader)
                                          for w in stats.workload], align_right=(3, 4))
        self.charts["workload"].set_data(
            self.tr("参加检查组最多的{n}人").format(n=min(_TOP_WORKLOAD, len(stats.workload))),
            [(self.tr("参加检查组数"), BLUE), (self.tr("其中任组长"), ORANGE)],
            [(self.tr("{name}（{staff_no}）").format(name=w.name, staff_no=w.staff_no), (w.teams, w.leader))
             for w in stats.workload[:_TOP_WORKLOAD]])
        self._fit("workload")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for key in self._splits:
            self._fit(key)
