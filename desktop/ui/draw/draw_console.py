"""The operator's draw console: one task's ceremony step by step, driving an optional ceremony display."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.progress import Cancelled
from desktop.services import documents_lists, settings, tasks
from desktop.services.draw_view import DrawView, role_label
from desktop.services.draws import OPEN_STATES
from desktop.ui.context import UiContext
from desktop.ui.dialogs.progress_dialog import ProgressDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.draw import draw_jobs, screens
from desktop.ui.draw.ceremony_keys import CeremonyKeys
from desktop.ui.draw.commit_step import CommitStep
from desktop.ui.draw.display_bridge import DisplayBridge
from desktop.ui.draw.freeze_step import FreezeStep
from desktop.ui.draw.lock_step import LockStep
from desktop.ui.draw.recusal_dialog import RecusalDialog
from desktop.ui.draw.result_step import ResultStep
from desktop.ui.draw.reveal_step import RevealStep
from desktop.ui.draw.screens import Screen, Step
from desktop.ui.draw.step_bar import StepBar
from desktop.ui.draw.unavailable_dialog import UnavailableDialog
from desktop.ui.draw.witness_step import WitnessStep
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import exception_text
from desktop.ui.projector.api import CeremonyDisplay, NullDisplay, Stage
from desktop.ui.widgets.screen_fit import fit_size

_BANNER = "background: {colour}; color: white; font-size: 15pt; font-weight: bold; padding: 6px;"
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\s]+')


class DrawConsole(QDialog):
    """Calls the draw services through the TaskRunner and shows the resulting DrawView; it decides nothing."""

    def __init__(self, ctx: UiContext, task_id: int, *, rehearsal: bool = False,
                 display_factory: Callable[[QWidget], CeremonyDisplay] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self._ctx = ctx
        self.task_id = task_id
        self.rehearsal = rehearsal
        # The factory gets this window (e.g. `lambda console: ProjectorLauncher(console)()`), so the display
        # can be parented to it and placed away from its screen.
        self.display: CeremonyDisplay = display_factory(self) if display_factory is not None else NullDisplay()
        self.view: DrawView | None = None
        self.current: Screen = screens.FIRST
        self.exported: Path | None = None
        with ctx.database.read() as session:
            self._task = next(t for t in tasks.list_tasks(session) if t.id == task_id)
            profile = settings.get_profile(session)
        order = [label for _code, label in profile.risk_labels]
        self._manual = profile.replacement_mode == "manual"
        self._needs_approval = profile.replacement_needs_approval

        self.banner = QLabel()
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(self.tr("{number}　{name}").format(number=self._task.number, name=self._task.name))
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.step_bar = StepBar([self.tr("冻结与预演"), self.tr("承诺"), self.tr("见证人"), self.tr("揭示"),
                                 self.tr("结果"), self.tr("锁定")])
        self.freeze_step, self.commit_step, self.witness_step = FreezeStep(), CommitStep(), WitnessStep()
        self.reveal_step, self.result_step, self.lock_step = RevealStep(), ResultStep(), LockStep()
        self.freeze_step.order = self.result_step.order = order
        self.steps: list[Any] = [self.freeze_step, self.commit_step, self.witness_step, self.reveal_step,
                                 self.result_step, self.lock_step]
        self.stack = QStackedWidget()
        for page in self.steps:
            self.stack.addWidget(page)
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        self.back_button = QPushButton(self.tr("‹ 上一屏"))
        self.back_button.setToolTip(self.tr("Backspace / PgUp：重新显示上一屏，不改变任何内容"))
        self.next_button = QPushButton(self.tr("下一步 ›"))
        self.next_button.setToolTip(self.tr("空格 / PgDn / →：当前步骤完成后进入下一步"))
        self.abandon_button = QPushButton(self.tr("中止摇号(&Q)…"))
        self.close_button = QPushButton(self.tr("关闭"))
        for button in (self.back_button, self.next_button, self.abandon_button, self.close_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.abandon_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.advance)
        self.abandon_button.clicked.connect(self.ask_abandon)
        self.close_button.clicked.connect(self.reject)
        self.freeze_step.primary.clicked.connect(self.freeze)
        self.commit_step.primary.clicked.connect(self.commit)
        self.witness_step.primary.clicked.connect(self.confirm_witnesses)
        self.bridge = DisplayBridge(self.display, self._follow_display, self)
        self.witness_step.progress_changed.connect(self.bridge.set_witness_progress)
        self.reveal_step.primary.clicked.connect(self.reveal)
        self.result_step.primary.clicked.connect(self.compute)
        self.result_step.recuse_button.clicked.connect(self.ask_recusal)
        self.result_step.unavailable_button.clicked.connect(self.ask_unavailable)
        self.lock_step.primary.clicked.connect(self.lock)
        self.lock_step.export_folder_button.clicked.connect(lambda: self.ask_export(zip_file=False))
        self.lock_step.export_zip_button.clicked.connect(lambda: self.ask_export(zip_file=True))
        self.lock_step.print_button.clicked.connect(self.print_record)
        self.keys = CeremonyKeys(self, self.advance, self.go_back)
        fit_size(self, 1280, 800)
        self._refresh()
        self._run(draw_jobs.resume_job(ctx.database, task_id), self._resumed)

    # -- state and screens ------------------------------------------------------------------

    def is_open(self) -> bool:
        """True while an attempt exists that is neither locked nor abandoned."""
        return self.view is not None and self.view.state in OPEN_STATES

    def step_complete(self, step: Step) -> bool:
        """A step is complete when the draw has reached its state."""
        return screens.level(self.view) >= int(step)

    def can_advance(self) -> bool:
        order = screens.screen_list(self.view)
        pos = order.index(self.current)
        return pos + 1 < len(order) and self.step_complete(self.current[0])

    def advance(self) -> bool:
        """Space / PgDn / →: the next screen, only when the current step is complete."""
        if not self.can_advance():
            self.status.setText(self.tr("请先完成当前步骤。"))
            return False
        if self.bridge.play_step():  # the projector replays the result one step per key press first
            return True
        order = screens.screen_list(self.view)
        self._show(order[order.index(self.current) + 1])
        return True

    def go_back(self) -> bool:
        """Backspace / PgUp: re-show the previous screen; nothing in the draw changes."""
        order = screens.screen_list(self.view)
        pos = order.index(self.current)
        if pos == 0:
            return False
        self._show(order[pos - 1])
        return True

    def _follow_display(self, stage: Stage) -> None:
        # The projector's own keys moved it: show the nearest console screen of that stage.
        order = screens.screen_list(self.view)
        pos = order.index(self.current)
        matches = [i for i, (_step, st) in enumerate(order) if st == stage]
        if matches:
            self._show(order[min(matches, key=lambda i: abs(i - pos))])

    def _show(self, screen: Screen) -> None:
        self.current = screen
        self._refresh()

    def _refresh(self) -> None:
        step = self.current[0]
        self.stack.setCurrentIndex(int(step))
        self.step_bar.set_state(int(step), screens.level(self.view) + 1)
        for page in self.steps:
            page.show_view(self.view)
            page.primary.setDefault(page is self.steps[step])
        stage = screens.display_stage(self.current, screens.level(self.view))
        if self.bridge.show_stage(stage) and stage == Stage.WITNESSES:
            self.bridge.set_witness_progress(self.witness_step.entered())
        self.result_step.set_stage_text(self.tr("投影屏幕：{stage}").format(stage=self._stage_name(stage)))
        abandoned = self.view is not None and self.view.state == "abandoned"
        self.abandon_button.setEnabled(self.is_open())
        self.next_button.setEnabled(self.can_advance())
        self.back_button.setEnabled(screens.screen_list(self.view).index(self.current) > 0)
        rehearsal = self.view.rehearsal if self.view is not None else self.rehearsal
        prefix = self.tr("【演练】") if rehearsal else ""
        self.setWindowTitle(prefix + self.tr("摇号抽取 — {number}").format(number=self._task.number))
        self.banner.setVisible(rehearsal or abandoned)
        if abandoned:
            self.banner.setText(prefix + self.tr("本次摇号已中止，记录已留存；重新摇号需要新的密钥和见证人数字"))
        else:
            self.banner.setText(self.tr("演　练 —— 本次摇号仅供演练，结果不计入抽取次数，不派发任务"))
        self.banner.setStyleSheet(_BANNER.format(colour="#616161" if abandoned else "#e65100"))
        self.status.setText(self._hint(abandoned))

    def _hint(self, abandoned: bool) -> str:
        if abandoned:
            return self.tr("本次摇号已中止，可以关闭窗口。")
        if self.view is not None and self.view.state == "locked":
            return self.tr("已锁定。可导出抽取包，然后关闭窗口。")
        if self.can_advance():
            return self.tr("本步骤已完成，按空格键或 PgDn 进入下一步。")
        return self.tr("完成本步骤后，按空格键或 PgDn 进入下一步；Backspace 返回上一屏。")

    def _stage_name(self, stage: Stage) -> str:
        return {Stage.OPENING: self.tr("开场/承诺"), Stage.WITNESSES: self.tr("见证人输入"),
                Stage.REVEAL: self.tr("揭示"), Stage.TARGETS: self.tr("抽取检查对象"),
                Stage.TEAMS: self.tr("匹配检查人员"), Stage.EVENTS: self.tr("现场回避"),
                Stage.RESULT: self.tr("结果")}[stage]

    def _set_view(self, view: DrawView, screen: Screen | None = None) -> None:
        self.view = view
        self.rehearsal = view.rehearsal
        self.bridge.set_view(view)
        if screen is not None:
            self.current = screen
        self._refresh()

    # -- running services ---------------------------------------------------------------------

    def _run(self, job: draw_jobs.Job, on_done: Callable[[Any], None], title: str = "",
             label: str = "") -> None:
        if title:
            ProgressDialog(self._ctx.runner, title, self, label).show()
        self._ctx.runner.run(job, on_done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("操作已取消，未保存任何内容。"))
            return
        if isinstance(exc, DomainError) and exc.code == "draw_infeasible":
            text = self._infeasible_text(exc)
        else:
            text = exception_text(exc)
        if self.view is None:
            self.freeze_step.show_message(text)
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("摇号"), text)

    def _infeasible_text(self, err: DomainError) -> str:
        p = err.params
        role = str(p.get("role", ""))
        return self.tr("无法开始摇号：有 {count} 处可能无法配齐检查组，例如检查对象 {target} 的{role}"
                       "无人可派。请补充或调整执法检查人员后再试。").format(
            count=p.get("count", ""), target=p.get("target", ""),
            role=role_label(role) if role else self.tr("检查人员"))

    def _resumed(self, view: DrawView | None) -> None:
        if view is None:
            return
        self._set_view(view, screens.RESUME_AT.get(view.state, screens.FIRST))
        self.status.setText(self.tr("继续第 {n} 次摇号（此前未完成）。").format(n=view.attempt))

    def freeze(self) -> None:
        """Freeze the pool and run the dry-run (long: progress and 取消)."""
        label = self.tr("正在预演：第 {done} / {total} 次")
        job = draw_jobs.freeze_job(self._ctx.database, self._ctx.actor, self.task_id, self.rehearsal, label)
        self._run(job, self._frozen, self.tr("冻结与预演"), self.tr("正在冻结名录并预演…"))

    def _frozen(self, result: tuple[DrawView, Any]) -> None:
        view, report = result
        self._set_view(view)
        if report.method == "exact":
            text = self.tr("已冻结第 {n} 次摇号。已逐一核验全部 {m} 个可抽对象：任何种子下都能配齐检查组。").format(
                n=view.attempt, m=report.checked)
        else:
            text = self.tr("已冻结第 {n} 次摇号。预演 {trials} 次，全部能配齐检查组。").format(
                n=view.attempt, trials=report.trials)
        self.freeze_step.show_view(view, text)

    def commit(self) -> None:
        """Generate the secret and show the commitment."""
        self._run(draw_jobs.commit(self._ctx.database, self._ctx.actor, self._draw_id()),
                  lambda r: self._set_view(r[0]))

    def confirm_witnesses(self) -> None:
        """Record the witnesses and their digits (confirmed first: they cannot be changed afterwards)."""
        entries = self.witness_step.entries()
        answer = QMessageBox.question(
            self, self.tr("确认见证人数字"),
            self.tr("共 {n} 位见证人。确认后数字不可更改，随后应立即揭示密钥。确定吗？").format(n=len(entries)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(draw_jobs.witnesses(self._ctx.database, self._ctx.actor, self._draw_id(), entries),
                  lambda r: self._set_view(r[0]))

    def reveal(self) -> None:
        """Reveal the secret; the seed follows."""
        self._run(draw_jobs.reveal(self._ctx.database, self._ctx.actor, self._draw_id()),
                  lambda r: self._set_view(r[0], (Step.REVEAL, Stage.REVEAL)))

    def compute(self) -> None:
        """Compute the result; the display then replays it from the first result screen."""
        self._run(draw_jobs.compute(self._ctx.database, self._ctx.actor, self._draw_id()),
                  lambda r: self._set_view(r[0], (Step.RESULT, Stage.TARGETS)),
                  self.tr("计算结果"), self.tr("正在计算抽取结果…"))

    def record_event(self, payload: dict[str, Any], approved_by: str = "") -> None:
        """Record a live event and show the recomputed result."""
        self._run(draw_jobs.event(self._ctx.database, self._ctx.actor, self._draw_id(), payload, approved_by),
                  lambda r: self._set_view(r[0], (Step.RESULT, Stage.EVENTS)),
                  self.tr("重新计算"), self.tr("正在记录事件并重新计算…"))

    def ask_recusal(self) -> None:
        assert self.view is not None
        dialog = RecusalDialog(self.view, manual=self._manual, needs_approval=self._needs_approval,
                               load_candidates=self._load_candidates, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._confirm_event():
            self.record_event(dialog.event_payload(), dialog.approved_by())

    def ask_unavailable(self) -> None:
        assert self.view is not None
        dialog = UnavailableDialog(self.view, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._confirm_event():
            self.record_event(dialog.event_payload())

    def _confirm_event(self) -> bool:
        return QMessageBox.question(self, self.tr("记录现场事件"), self.tr("事件一经记录即载入摇号记录，不可撤销。确定记录吗？")
                                    ) == QMessageBox.StandardButton.Yes

    def _load_candidates(self, target: str, inspector: str, deliver: Callable[[Any], None]) -> None:
        self._run(draw_jobs.candidates(self._ctx.database, self._draw_id(), target, inspector), deliver)

    def lock(self) -> None:
        """Lock after a confirmation that names the task."""
        what = self.tr("演练结果") if self.rehearsal else self.tr("摇号结果")
        answer = QMessageBox.question(
            self, self.tr("锁定"), self.tr("锁定“{number} {name}”的{what}？锁定后结果、检查组和事件均不可更改{dispatch}。").format(
                number=self._task.number, name=self._task.name, what=what,
                dispatch="" if self.rehearsal else self.tr("，任务随即派发")))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(draw_jobs.lock(self._ctx.database, self._ctx.actor, self._draw_id()),
                      lambda r: self._set_view(r[0], (Step.LOCK, Stage.RESULT)))

    def ask_export(self, zip_file: bool) -> None:
        """Choose where to write the package (a new folder or a .zip)."""
        assert self.view is not None
        name = _UNSAFE_FILE_CHARS.sub("_", self.tr("{number}第{n}次摇号").format(
            number=self.view.task_number, n=self.view.attempt))
        if zip_file:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("导出抽取包"), name + ".zip",
                                                    self.tr("ZIP 文件 (*.zip)"))
            dest = Path(chosen) if chosen else None
        else:
            folder = QFileDialog.getExistingDirectory(self, self.tr("选择导出位置（将新建文件夹“{name}”）").format(name=name))
            dest = Path(folder) / name if folder else None
        if dest is not None:
            self.export_to(dest)

    def print_record(self) -> None:
        """Print the 摇号抽取记录 (PDF) for the signatures; opened once written."""
        draw_id, actor = self._draw_id(), self._ctx.actor
        FileOutput(self._ctx, self).save(
            self.tr("打印摇号抽取记录"), self.tr("摇号抽取记录-{task}.pdf").format(task=self.view.task_number
                                                                        if self.view else ""),
            lambda s, path: documents_lists.print_draw_record(s, actor, draw_id, path))

    def export_to(self, dest: Path) -> None:
        """Write the publication package of the locked draw to `dest` (folder, or .zip by suffix)."""
        def done(path: Path) -> None:
            self.exported = path
            self.lock_step.show_export(self.tr("抽取包已导出到：{path}").format(path=path))
        self._run(draw_jobs.export(self._ctx.database, self._draw_id(), dest), done)

    def ask_abandon(self) -> None:
        """中止: a required reason, then a confirmation; the attempt stays on record."""
        if not self.is_open():
            return
        reason = ReasonDialog.ask(self, self.tr("中止摇号"), self.tr("请填写中止本次摇号的原因（将载入摇号记录）："),
                                  self.tr("中止摇号"))
        if reason is None:
            return
        answer = QMessageBox.question(self, self.tr("中止摇号"), self.tr(
            "确定中止第 {n} 次摇号吗？本次记录（含承诺值）将留存；重新摇号需要新的密钥和见证人数字。").format(
            n=self.view.attempt if self.view else ""))
        if answer == QMessageBox.StandardButton.Yes:
            self.abandon(reason)

    def abandon(self, reason: str) -> None:
        """Abandon the open attempt with `reason`."""
        def done(result: tuple[DrawView, Any]) -> None:
            self._set_view(result[0])
            self.bridge.close()
        self._run(draw_jobs.abandon(self._ctx.database, self._ctx.actor, self._draw_id(), reason), done)

    def _draw_id(self) -> int:
        if self.view is None:
            raise DomainError("draw_not_found", draw="")
        return self.view.draw_id

    # -- keys and closing ------------------------------------------------------------------------

    def reject(self) -> None:
        if self.is_open():
            answer = QMessageBox.question(self, self.tr("关闭摇号窗口"), self.tr(
                "本次摇号尚未完成。关闭窗口不会中止摇号，稍后可从“抽查任务”再次打开并继续。确定关闭吗？"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.keys.remove()
        self.bridge.close()
        super().reject()
