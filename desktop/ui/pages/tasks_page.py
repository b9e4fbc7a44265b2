"""抽查任务: the task list, 新建任务, the pool preview of the selected task, and the way into the draw."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.services import pool, tasks, teams
from desktop.ui.context import UiContext
from desktop.ui.dialogs.post_lock_replacement_dialog import PostLockReplacementDialog
from desktop.ui.dialogs.task_dialog import TaskDialog
from desktop.ui.draw.draw_console import DrawConsole
from desktop.ui.i18n import exception_text
from desktop.ui.projector.api import CeremonyDisplay
from desktop.ui.widgets.pool_preview import PoolPreview
from desktop.ui.widgets.simple_table import SimpleTable

DisplayFactory = Callable[[QWidget], CeremonyDisplay]  # receives the draw console window
# A task reaches these states only when its real draw was locked; once results go to review the teams
# are part of the record and are no longer changed.
_DRAWN_STATES = frozenset({"drawn", "inspecting"})


class TasksPage(QWidget):
    """`display_factory` makes the projector display for a draw; without one the console runs alone."""

    def __init__(self, ctx: UiContext, display_factory: DisplayFactory | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._display_factory = display_factory
        self._rows: list[tasks.TaskRow] = []
        self._preview_generation = 0
        self.console: DrawConsole | None = None

        self.new_button = QPushButton(self.tr("新建任务(&N)…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.draw_button = QPushButton(self.tr("开始摇号(&D)…"))
        self.rehearse_button = QPushButton(self.tr("演练(&P)…"))
        self.rehearse_button.setToolTip(self.tr("演练摇号：流程与正式摇号相同，结果不计入抽取次数、不派发任务"))
        self.replace_button = QPushButton(self.tr("锁定后更换检查人员(&G)…"))
        self.replace_button.setToolTip(self.tr("摇号结果锁定后，经审批更换某一检查组的成员；结果仍可验证"))
        refresh = QPushButton(self.tr("刷新(&R)"))
        refresh.setToolTip(self.tr("F5"))
        self.new_button.setEnabled(roles.allowed(ctx.actor.roles, "task.edit"))
        self.new_button.clicked.connect(self.new_task)
        self.draw_button.clicked.connect(lambda: self.open_console(rehearsal=False))
        self.rehearse_button.clicked.connect(lambda: self.open_console(rehearsal=True))
        self.replace_button.clicked.connect(self.open_replacement)
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        title = QLabel(self.tr("抽查任务"))
        title.setStyleSheet("font-weight: bold; font-size: 16pt;")
        bar.addWidget(title)
        bar.addStretch(1)
        for button in (self.new_button, self.draw_button, self.rehearse_button, self.replace_button, refresh):
            bar.addWidget(button)

        self.table = SimpleTable([self.tr("任务编号"), self.tr("任务名称"), self.tr("状态"), self.tr("起止日期")],
                                 stretch=1)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.preview = PoolPreview()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 680])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_task)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.refresh()

    # -- list ------------------------------------------------------------------------------

    def _state_label(self, state: str) -> str:
        labels = {"draft": self.tr("草稿"), "ready": self.tr("待抽取"), "drawn": self.tr("已抽取"),
                  "inspecting": self.tr("检查中"), "reviewing": self.tr("审核中"),
                  "published": self.tr("已公示"), "closed": self.tr("已办结")}
        return labels.get(state, state)

    def refresh(self) -> None:
        """Re-read the task list, keeping the selection."""
        selected = self.selected_task()
        with self._ctx.database.read() as session:
            self._rows = tasks.list_tasks(session)
        self.table.set_rows(
            [(r.number, r.name, self._state_label(r.state),
              self.tr("{start} 至 {end}").format(start=r.window_start.isoformat(), end=r.window_end.isoformat()))
             for r in self._rows], data=[r.id for r in self._rows])
        if selected is None or not self.table.select_data(selected.id):
            if self._rows:
                self.table.selectRow(0)
            else:
                self.preview.clear(self.tr("抽取范围预览"), self.tr("还没有抽查任务。按 Ctrl+N 新建任务。"))
        self._update_buttons()

    def selected_task(self) -> tasks.TaskRow | None:
        """The selected task row, if any."""
        task_id = self.table.current_data()
        return next((r for r in self._rows if r.id == task_id), None)

    def _update_buttons(self) -> None:
        task = self.selected_task()
        actor_roles = self._ctx.actor.roles
        self.draw_button.setEnabled(task is not None and task.state == "ready"
                                    and roles.allowed(actor_roles, "draw.run"))
        self.rehearse_button.setEnabled(task is not None and roles.allowed(actor_roles, "draw.rehearse"))
        self.replace_button.setEnabled(task is not None and task.state in _DRAWN_STATES)

    def _on_selection(self) -> None:
        self._update_buttons()
        task = self.selected_task()
        if task is not None:
            self.load_preview(task)

    # -- pool preview ------------------------------------------------------------------------

    def load_preview(self, task: tasks.TaskRow) -> None:
        """Compute the task's pool off the GUI thread; a newer selection wins over an older result."""
        self._preview_generation += 1
        generation = self._preview_generation
        title = self.tr("抽取范围预览：{number}").format(number=task.number)
        self.preview.clear(title, self.tr("正在计算抽取范围…"))
        database, task_id = self._ctx.database, task.id

        def job(_progress: Any) -> pool.PoolSnapshot:
            with database.read() as session:
                return pool.snapshot(session, task_id)

        def done(snap: pool.PoolSnapshot) -> None:
            if generation == self._preview_generation:
                self.preview.show_snapshot(title, snap)

        def failed(exc: BaseException) -> None:
            if generation == self._preview_generation:
                self.preview.clear(title, exception_text(exc))

        self._ctx.runner.run(job, done, failed)

    # -- actions ------------------------------------------------------------------------------

    def new_task(self) -> tasks.TaskRow | None:
        """Open 新建任务; select the new task when it was created."""
        if not self.new_button.isEnabled():
            return None
        dialog = TaskDialog(self._ctx, self)
        if dialog.exec() != TaskDialog.DialogCode.Accepted or dialog.created is None:
            return None
        self.refresh()
        self.table.select_data(dialog.created.id)
        return dialog.created

    def open_console(self, rehearsal: bool) -> DrawConsole | None:
        """Open the draw console (a window of its own) for the selected task."""
        task = self.selected_task()
        if task is None:
            return None
        if self.console is not None and self.console.isVisible():
            self.console.raise_()
            self.console.activateWindow()
            return self.console
        self.console = DrawConsole(self._ctx, task.id, rehearsal=rehearsal,
                                   display_factory=self._display_factory, parent=self)
        self.console.finished.connect(self._console_closed)
        self.console.show()
        return self.console

    def replacement_dialog(self) -> PostLockReplacementDialog | None:
        """The post-lock replacement dialog for the selected task's locked real draw, if it has one."""
        task = self.selected_task()
        if task is None:
            return None
        with self._ctx.database.read() as session:
            draw = teams.locked_draw(session, task.id)
            draw_id = None if draw is None else draw.id
        if draw_id is None:
            QMessageBox.information(self, self.tr("锁定后更换检查人员"), self.tr("该任务还没有锁定的正式摇号结果。"))
            return None
        return PostLockReplacementDialog(self._ctx, draw_id, self)

    def open_replacement(self) -> None:
        """Open 锁定后更换检查人员 modally; refresh the list after a change."""
        dialog = self.replacement_dialog()
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
        dialog.deleteLater()

    def _console_closed(self, _code: int) -> None:
        # The draw is in the database; the window itself is not needed any more.
        console, self.console = self.console, None
        if console is not None:
            console.deleteLater()
        self.refresh()
