"""年度抽查计划: a year's plan and its entries; compose, publish, adjust with a reason, make tasks from entries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.services import documents_lists, plan_view, plans, settings
from desktop.ui.context import UiContext
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import exception_text
from desktop.ui.widgets.quota_editor import QuotaEditor
from desktop.ui.widgets.simple_table import SimpleTable
from desktop.ui.wizards.plan_wizard import PlanWizard


class PlansPage(QWidget):
    """The plan of the chosen year; `refresh()` re-reads it."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.plan: plan_view.PlanView | None = None
        with ctx.database.read() as session:
            self._risk_labels = tuple(settings.get_profile(session).risk_labels)
        self.year_box = QComboBox()
        self.year_box.currentIndexChanged.connect(lambda _i: self._load())
        year_label = QLabel(self.tr("年度(&Y)："))
        year_label.setBuddy(self.year_box)
        self.state_label = QLabel()
        self.state_label.setStyleSheet("font-weight: bold; font-size: 14pt;")
        can_edit = roles.allowed(ctx.actor.roles, "plan.edit")
        self.compose_button = QPushButton(self.tr("编制计划(&E)…"))
        self.publish_button = QPushButton(self.tr("公布计划(&P)…"))
        self.adjust_button = QPushButton(self.tr("调整计划(&A)…"))
        self.task_button = QPushButton(self.tr("由条目创建任务(&T)…"))
        self.print_button = QPushButton(self.tr("导出计划文本(PDF+Excel)(&X)…"))
        self.print_button.clicked.connect(self.print_plan)
        self.compose_button.clicked.connect(self.compose)
        self.publish_button.clicked.connect(self.publish)
        self.adjust_button.clicked.connect(self.adjust)
        self.task_button.clicked.connect(self.create_task)
        self._can_edit = can_edit
        self._can_publish = roles.allowed(ctx.actor.roles, "plan.publish") or can_edit
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year_box)
        bar.addWidget(self.state_label, 1)
        for button in (self.compose_button, self.publish_button, self.adjust_button, self.task_button,
                       self.print_button):
            bar.addWidget(button)
        self.entries = SimpleTable([self.tr("序号"), self.tr("名称"), self.tr("事项"), self.tr("起止日期"),
                                    self.tr("抽查比例"), self.tr("频次"), self.tr("联合抽查"), self.tr("已建任务")],
                                   stretch=1)
        self.entries.itemSelectionChanged.connect(self._update_buttons)
        self.entries.doubleClicked.connect(lambda _index: self.create_task())
        self.uncovered = QListWidget()
        self.adjustments = QListWidget()
        lower = QHBoxLayout()
        for title, widget in ((self.tr("未列入计划的事项及理由"), self.uncovered),
                              (self.tr("调整记录"), self.adjustments)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            lower.addWidget(box)
        lower_widget = QWidget()
        lower_widget.setLayout(lower)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.entries)
        splitter.addWidget(lower_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.refresh()

    def year(self) -> int:
        value = self.year_box.currentData()
        return int(value) if value is not None else self._ctx.today().year

    def print_plan(self) -> None:
        """The plan as a PDF (GB/T 9704 layout) with the platform Excel beside it."""
        year, actor = self.year_box.currentData(), self._ctx.actor
        if year is None:
            return
        FileOutput(self._ctx, self).save(
            self.tr("导出年度抽查计划"), self.tr("{year}年度抽查计划.pdf").format(year=year),
            lambda s, path: documents_lists.print_plan(s, actor, int(year), path,
                                                       excel_out=path.with_suffix(".xlsx")))

    def refresh(self) -> None:
        """Re-read the years and the shown plan."""
        current = self.year_box.currentData()
        today = self._ctx.today().year
        with self._ctx.database.read() as session:
            years = sorted({*plan_view.plan_years(session), today, today + 1}, reverse=True)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in years:
            self.year_box.addItem(self.tr("{year}年").format(year=y), y)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(current if current is not None else today)))
        self.year_box.blockSignals(False)
        self._load()

    def _load(self) -> None:
        with self._ctx.database.read() as session:
            self.plan = plan_view.plan_view(session, self.year())
        plan = self.plan
        if plan is None:
            self.state_label.setText(self.tr("{year}年度尚未编制计划").format(year=self.year()))
            self.entries.set_rows([])
            self.uncovered.clear()
            self.adjustments.clear()
            self._update_buttons()
            return
        state = self.tr("已公布") if plan.state == "published" else self.tr("草稿")
        self.state_label.setText(self.tr("{title}（{state}）").format(title=plan.title, state=state))
        self.entries.set_rows([
            (str(e.seq), e.draft.name, "、".join(e.item_codes),
             self.tr("{start} 至 {end}").format(start=e.draft.window_start.isoformat(),
                                               end=e.draft.window_end.isoformat()),
             QuotaEditor.describe(e.draft.quotas, self._risk_labels), str(e.draft.frequency),
             self.tr("{init}发起，{others}参与").format(init=e.initiating_department, others="、".join(
                 e.joint_departments)) if e.draft.joint else self.tr("否"), str(e.task_count))
            for e in plan.entries], data=[e.id for e in plan.entries])
        self.uncovered.clear()
        for code, reason in sorted(plan.uncovered_reasons.items()):
            self.uncovered.addItem(self.tr("{code}：{reason}").format(code=code, reason=reason))
        self.adjustments.clear()
        for a in plan.adjustments:
            self.adjustments.addItem(self.tr("{at}　{by}：{reason}").format(
                at=a.at.strftime("%Y-%m-%d %H:%M"), by=a.by, reason=a.reason))
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        published = plan is not None and plan.state == "published"
        self.compose_button.setEnabled(self._can_edit and not published)
        self.compose_button.setText(self.tr("修改草稿(&E)…") if plan is not None else self.tr("编制计划(&E)…"))
        self.publish_button.setEnabled(self._can_publish and plan is not None and not published)
        self.adjust_button.setEnabled(self._can_edit and published)
        self.print_button.setEnabled(plan is not None)
        self.task_button.setEnabled(self._can_edit and self.entries.current_data() is not None)

    def _run_wizard(self, wizard: PlanWizard) -> bool:
        ok = wizard.exec() == PlanWizard.DialogCode.Accepted and wizard.submitted
        if ok:
            self.refresh()
        return ok

    def compose(self) -> bool:
        """New plan, or edit the draft of the shown year."""
        return self._run_wizard(PlanWizard(self._ctx, existing=self.plan, year=self.year(), parent=self))

    def adjust(self) -> bool:
        """Change a published plan; the wizard asks for the reason."""
        if self.plan is None:
            return False
        return self._run_wizard(PlanWizard(self._ctx, existing=self.plan, adjust=True, parent=self))

    def _submit(self, job: Any, done: Any) -> None:
        self._ctx.runner.run(job, done, lambda exc: QMessageBox.warning(self, self.tr("年度抽查计划"),
                                                                        exception_text(exc)))

    def publish(self) -> None:
        """Publish the shown draft after a confirmation."""
        year, database, actor, today = self.year(), self._ctx.database, self._ctx.actor, self._ctx.today()
        if QMessageBox.question(self, self.tr("公布计划"), self.tr("公布{year}年度抽查计划？公布后只能通过“调整计划”修改。")
                                .format(year=year)) != QMessageBox.StandardButton.Yes:
            return

        def job(_progress: Any) -> plans.PlanCheck:
            with database.write() as session:
                return plans.publish_plan(session, actor, year, today)

        def done(check: plans.PlanCheck) -> None:
            self.refresh()
            text = self.tr("{year}年度抽查计划已公布。").format(year=year)
            if check.warnings:
                text += "\n\n" + "\n".join(check.warnings)
            QMessageBox.information(self, self.tr("公布计划"), text)

        self._submit(job, done)

    def create_task(self) -> None:
        """Make a task from the selected entry (its items, scope, window and quotas)."""
        entry_id = self.entries.current_data()
        entry = next((e for e in self.plan.entries if e.id == entry_id), None) if self.plan else None
        if entry is None or not self._can_edit:
            return
        if QMessageBox.question(self, self.tr("创建抽查任务"), self.tr("由计划条目“{name}”创建抽查任务？").format(
                name=entry.draft.name)) != QMessageBox.StandardButton.Yes:
            return
        database, actor = self._ctx.database, self._ctx.actor

        def job(_progress: Any) -> Any:
            with database.write() as session:
                return plans.task_from_entry(session, actor, entry.id)

        def done(task: Any) -> None:
            self._load()
            QMessageBox.information(self, self.tr("创建抽查任务"), self.tr("已创建抽查任务 {number}，可在“抽查任务”中预览并摇号。")
                                    .format(number=task.number))

        self._submit(job, done)
