"""结果审核与公示: per task the record review, the publication (preview, 公示, 更正), objections, credit export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.services import tasks
from desktop.ui.context import UiContext
from desktop.ui.widgets.credit_panel import CreditPanel
from desktop.ui.widgets.objection_panel import ObjectionPanel
from desktop.ui.widgets.publication_panel import PublicationPanel
from desktop.ui.widgets.review_records import ReviewRecords

TASK_STATES = ("inspecting", "reviewing", "published", "closed")


class ReviewPage(QWidget):
    """Four tabs over the chosen task; a change in one tab refreshes the others."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks: list[tasks.TaskRow] = []
        title = QLabel(self.tr("结果审核与公示"))
        title.setStyleSheet("font-weight: bold; font-size: 16pt;")
        self.task_combo = QComboBox()
        self.task_combo.setMinimumWidth(420)
        task_label = QLabel(self.tr("抽查任务(&T)："))
        task_label.setBuddy(self.task_combo)
        refresh = QPushButton(self.tr("刷新(&R)"))
        refresh.setToolTip(self.tr("F5"))
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(24)
        bar.addWidget(task_label)
        bar.addWidget(self.task_combo, 1)
        bar.addWidget(refresh)

        self.records = ReviewRecords(ctx)
        self.publication = PublicationPanel(ctx)
        self.objections = ObjectionPanel(ctx)
        self.credit = CreditPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.records, self.tr("记录审核(&1)"))
        self.tabs.addTab(self.publication, self.tr("公示与更正(&2)"))
        self.tabs.addTab(self.objections, self.tr("异议处理(&3)"))
        self.tabs.addTab(self.credit, self.tr("信用平台导出(&4)"))
        self.empty = QLabel(self.tr("没有进入检查或审核阶段的抽查任务。"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)

        self.task_combo.currentIndexChanged.connect(lambda _i: self._task_changed())
        refresh.clicked.connect(self.refresh)
        self.records.changed.connect(self._records_changed)
        self.publication.changed.connect(self._published_changed)
        self.objections.changed.connect(self._published_changed)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the task list (keeping the chosen task) and every tab."""
        current = self.task_id()
        with self._ctx.database.read() as session:
            self._tasks = [t for t in tasks.list_tasks(session) if t.state in TASK_STATES]
        self.task_combo.blockSignals(True)
        self.task_combo.clear()
        for t in self._tasks:
            self.task_combo.addItem(self.tr("{number}　{name}（{state}）").format(
                number=t.number, name=t.name, state=t.state_label), t.id)
        index = self.task_combo.findData(current) if current is not None else -1
        if index < 0 and self._tasks:
            # The task most likely to need attention: the first under review, else the newest.
            index = next((n for n, t in enumerate(self._tasks) if t.state == "reviewing"), len(self._tasks) - 1)
        self.task_combo.setCurrentIndex(index)
        self.task_combo.blockSignals(False)
        self.empty.setVisible(not self._tasks)
        self._task_changed()
        self.credit.refresh()

    def task_id(self) -> int | None:
        """The chosen task's id."""
        value = self.task_combo.currentData()
        return int(value) if value is not None else None

    def task(self) -> tasks.TaskRow | None:
        """The chosen task."""
        tid = self.task_id()
        return next((t for t in self._tasks if t.id == tid), None)

    def select_task(self, task_id: int) -> bool:
        """Choose a task by id."""
        index = self.task_combo.findData(task_id)
        if index >= 0:
            self.task_combo.setCurrentIndex(index)
        return index >= 0

    def _task_changed(self) -> None:
        task = self.task()
        self.records.set_task(task.id if task else None)
        self.publication.set_task(task)
        self.objections.set_task(task.id if task else None, task.number if task else "")

    def _reload_tasks(self) -> None:
        # A review or a publication changes the task's state (审核中 / 已公示) shown in the combo.
        with self._ctx.database.read() as session:
            self._tasks = [t for t in tasks.list_tasks(session) if t.state in TASK_STATES]
        for t in self._tasks:
            index = self.task_combo.findData(t.id)
            if index >= 0:
                self.task_combo.setItemText(index, self.tr("{number}　{name}（{state}）").format(
                    number=t.number, name=t.name, state=t.state_label))

    def _records_changed(self) -> None:
        self._reload_tasks()
        self.publication.set_task(self.task())

    def _published_changed(self) -> None:
        self._reload_tasks()
        self.records.refresh()
        self.publication.refresh()
        self.objections.refresh()
        self.credit.refresh()
