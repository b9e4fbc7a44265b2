"""The pool preview of a task: 名录数/可抽数/比例/应抽数 per risk class and who is left out, and why."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.pool import Excluded, PoolSnapshot
from desktop.ui.widgets.simple_table import SimpleTable

# Reason lists can hold a whole roster; the screen shows the first rows, the count says how many there are.
MAX_LISTED = 2000


class PoolPreview(QWidget):
    """Filled from a PoolSnapshot computed off the GUI thread (`show_snapshot`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("抽取范围预览"))
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.status = QLabel(self.tr("请选择一个任务。"))
        self.status.setWordWrap(True)
        self.strata = SimpleTable([self.tr("风险等级"), self.tr("名录数"), self.tr("可抽数"), self.tr("比例"),
                                   self.tr("应抽数")], stretch_all=True)
        self.strata.fit_height(4)
        self.targets = SimpleTable([self.tr("统一社会信用代码"), self.tr("名称"), self.tr("原因")], stretch=2)
        self.exemptions = SimpleTable([self.tr("统一社会信用代码"), self.tr("名称"), self.tr("原因")], stretch=2)
        self.inspectors = SimpleTable([self.tr("警号/工号"), self.tr("姓名"), self.tr("原因")], stretch=2)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.targets, "")
        self.tabs.addTab(self.exemptions, "")
        self.tabs.addTab(self.inspectors, "")
        self._set_tab_counts(0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.strata)
        layout.addWidget(self.tabs, 1)

    def _set_tab_counts(self, targets: int, exemptions: int, inspectors: int) -> None:
        self.tabs.setTabText(0, self.tr("未纳入的检查对象（{n}）").format(n=targets))
        self.tabs.setTabText(1, self.tr("不受抽取次数限制（{n}）").format(n=exemptions))
        self.tabs.setTabText(2, self.tr("未纳入的检查人员（{n}）").format(n=inspectors))

    def clear(self, title: str, status: str) -> None:
        """Empty tables with a message (no task, computing, failed)."""
        self.title.setText(title)
        self.status.setText(status)
        for table in (self.strata, self.targets, self.exemptions, self.inspectors):
            table.setRowCount(0)
        self._set_tab_counts(0, 0, 0)

    @staticmethod
    def _reasons(table: SimpleTable, rows: Sequence[Excluded]) -> None:
        table.set_rows([(r.code, r.name, r.reason) for r in rows[:MAX_LISTED]])

    def show_snapshot(self, title: str, snap: PoolSnapshot) -> None:
        """Show a computed snapshot."""
        self.title.setText(title)
        self.strata.set_rows(
            [(self.tr("{code}（{label}）").format(code=s.risk_class, label=s.label), f"{s.in_scope:,}",
              f"{s.eligible:,}", s.rule_text, f"{s.quota:,}")
             for s in sorted(snap.strata, key=lambda s: s.risk_class)], align_right=(1, 2, 4))
        self.strata.fit_height(4)
        self._reasons(self.targets, snap.excluded_targets)
        self._reasons(self.exemptions, snap.exemptions)
        self._reasons(self.inspectors, snap.excluded_inspectors)
        self._set_tab_counts(len(snap.excluded_targets), len(snap.exemptions), len(snap.excluded_inspectors))
        total = sum(s.quota for s in snap.strata)
        text = self.tr("共应抽取 {n} 个检查对象；可用检查人员 {m} 人。").format(
            n=f"{total:,}", m=f"{len(snap.package.inspectors):,}")
        longest = max(len(snap.excluded_targets), len(snap.exemptions), len(snap.excluded_inspectors))
        if longest > MAX_LISTED:
            text += self.tr("（名单较长，仅列出前 {n} 条）").format(n=MAX_LISTED)
        self.status.setText(text)
