"""首页 deadlines: what is due, due soon, overdue or not computable, per task and per responsible person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import deadlines
from desktop.ui.context import UiContext
from desktop.ui.deadline_text import remaining_text

_OPEN_ALL = 3
_COLORS = {"overdue": "#c62828", "soon": "#e65100", "due": "#2e7d32", "unknown": "#6d6d6d"}


class DeadlinePanel(QGroupBox):
    """`refresh()` re-reads the due items for `ctx.today()`; tasks with overdue items come expanded."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("期限提醒（工作日）"), parent)
        self._ctx = ctx
        self.items: list[deadlines.DueItem] = []
        self.summary = QLabel()
        self.urgent_check = QCheckBox(self.tr("只看逾期和即将到期(&U)"))
        self.urgent_check.toggled.connect(lambda _on: self._fill())
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels([self.tr("任务 / 责任人 / 事项"), self.tr("检查对象"), self.tr("截止日期"),
                                   self.tr("剩余"), self.tr("状态"), self.tr("依据")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 160, 96, 130, 72)):
            self.tree.setColumnWidth(column, width)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.urgent_check)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self.refresh()

    def _status_label(self, status: str) -> str:
        labels = {"overdue": self.tr("已逾期"), "soon": self.tr("即将到期"), "due": self.tr("未到期"),
                  "unknown": self.tr("无法计算")}
        return labels.get(status, status)

    def refresh(self) -> None:
        """Re-read the due items."""
        with self._ctx.database.read() as session:
            self.items = deadlines.due_items(session, self._ctx.today())
        self._fill()

    def _fill(self) -> None:
        counts = {s: sum(i.status == s for i in self.items) for s in ("overdue", "soon", "due", "unknown")}
        self.summary.setText(self.tr("已逾期 {overdue} 项，即将到期 {soon} 项，未到期 {due} 项，无法计算 {unknown} 项").format(
            **counts) if self.items else self.tr("目前没有待办期限。"))
        shown = [i for i in self.items if i.status in ("overdue", "soon", "unknown")] \
            if self.urgent_check.isChecked() else self.items
        self.tree.clear()
        groups = deadlines.group_due_items(shown)
        for group in groups:
            count = sum(len(p.items) for p in group.people)
            task_item = QTreeWidgetItem([self.tr("{number}　{name}　（{n}项，{status}）").format(
                number=group.task_number, name=group.task_name, n=count, status=self._status_label(group.worst))])
            self._paint(task_item, group.worst, 0)
            font = task_item.font(0)
            font.setBold(True)
            task_item.setFont(0, font)
            self.tree.addTopLevelItem(task_item)
            task_item.setFirstColumnSpanned(True)
            for person in group.people:
                person_item = QTreeWidgetItem([self.tr("{person}（{n}项）").format(person=person.person,
                                                                                  n=len(person.items))])
                task_item.addChild(person_item)
                person_item.setFirstColumnSpanned(True)
                for due in person.items:
                    person_item.addChild(self._row(due))
                person_item.setExpanded(True)
            # A few tasks fit on the page: open them all; with many, open only those needing action.
            task_item.setExpanded(len(groups) <= _OPEN_ALL or group.worst in ("overdue", "soon", "unknown"))

    def _row(self, due: deadlines.DueItem) -> QTreeWidgetItem:
        left = remaining_text(due.days_left, due.calendar_note, overdue=due.status == "overdue")
        item = QTreeWidgetItem([due.kind_label, due.target_name, due.due_date.isoformat() if due.due_date else "",
                                left, self._status_label(due.status), due.rule])
        item.setToolTip(5, self.tr("{rule}\n依据：{citation}\n起算：{anchor}（{label}）").format(
            rule=due.rule, citation=due.citation or self.tr("—"), anchor=due.anchor.isoformat(),
            label=due.anchor_label))
        item.setToolTip(3, due.calendar_note or left)
        item.setData(0, Qt.ItemDataRole.UserRole, (due.kind, due.record_id, due.ref_id))
        self._paint(item, due.status, 3, 4)
        return item

    @staticmethod
    def _paint(item: QTreeWidgetItem, status: str, *columns: int) -> None:
        brush = QBrush(QColor(_COLORS.get(status, "#000000")))
        for column in columns:
            item.setForeground(column, brush)
