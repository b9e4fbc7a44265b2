"""公示: the preview with its deadline and 公示; afterwards the published list, versions and 更正."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import deadlines, documents_results, publications, records_view, settings, tasks
from desktop.ui.context import UiContext
from desktop.ui.deadline_text import days_left, remaining_text
from desktop.ui.dialogs.correction_dialog import CorrectionDialog
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import error_text
from desktop.ui.widgets.form_bits import date_edit, to_date
from desktop.ui.widgets.simple_table import SimpleTable


class PublicationPanel(QWidget):
    """`changed` fires after a publication or a correction; `dialog` is the last correction dialog."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: tasks.TaskRow | None = None
        self._published = False
        self._all_approved = False
        self._rows: list[publications.PublicationRow] = []
        self._check: deadlines.PublicationCheck | None = None
        self._categories: tuple[str, ...] = ()
        self.dialog: CorrectionDialog | None = None
        self._out = FileOutput(ctx, self)
        today = ctx.today()
        self.deadline_label = QLabel()
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.date_edit = date_edit(today)
        self.date_edit.dateChanged.connect(lambda _d: self._update_check())
        self.date_label = QLabel(self.tr("公示日期(&D)："))
        self.date_label.setBuddy(self.date_edit)
        self.late_label = QLabel()
        self.publish_button = QPushButton(self.tr("公示(&G)…"))
        self.correct_button = QPushButton(self.tr("更正(&C)…"))
        self.print_button = QPushButton(self.tr("打印公示表(&P)…"))
        self.print_button.setToolTip(self.tr("检查结果公示表 PDF，并在同一位置生成平台导入用的 Excel 文件"))
        self.publish_button.clicked.connect(self.publish)
        self.correct_button.clicked.connect(self.correct)
        self.print_button.clicked.connect(self.print_list)
        bar = QHBoxLayout()
        bar.addWidget(self.date_label)
        bar.addWidget(self.date_edit)
        bar.addWidget(self.late_label, 1)
        for button in (self.publish_button, self.correct_button, self.print_button):
            bar.addWidget(button)
        self.caption = QLabel()
        self.table = SimpleTable([self.tr("对象名称"), self.tr("统一社会信用代码"), self.tr("检查完成日期"),
                                  self.tr("检查结果"), self.tr("版本"), self.tr("备注")], stretch=3)
        self.table.itemSelectionChanged.connect(self._load_versions)
        self.versions_caption = QLabel(self.tr("历次版本（更正不删除原结果）："))
        self.versions = SimpleTable([self.tr("版本"), self.tr("检查结果"), self.tr("更正原因"), self.tr("负责人签字"),
                                     self.tr("签字日期"), self.tr("文号"), self.tr("生成时间")], stretch=2)
        self._lower = lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.versions_caption)
        lower_layout.addWidget(self.versions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([320, 160])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.deadline_label)
        layout.addLayout(bar)
        layout.addWidget(self.caption)
        layout.addWidget(splitter, 1)

    def set_task(self, task: tasks.TaskRow | None) -> None:
        """Show a task's publication (or its preview)."""
        self._task = task
        self.refresh()

    def refresh(self) -> None:
        """Re-read the publication state, the rows and the deadline."""
        task = self._task
        selected = self.table.current_data()
        self._rows, self._published, self._all_approved, self._check = [], False, False, None
        if task is not None:
            with self._ctx.database.read() as session:
                self._categories = settings.get_profile(session).result_categories
                self._published = publications.is_published(session, task.id)
                if self._published:
                    self._rows = publications.publication_rows(session, task.id)
                else:
                    self._rows = publications.preview_rows(session, task.id)
                    states = {r.state for r in records_view.work_list(session, task.id)}
                    self._all_approved = bool(states) and states <= {"approved"}
        self.table.set_rows([(r.target_name, r.target_code, r.completed_on.isoformat() if r.completed_on else "",
                              r.result_text, self.tr("第{v}版").format(v=r.version) if r.version else self.tr("预览"),
                              r.remarks) for r in self._rows], data=[r.record_id for r in self._rows])
        if self._rows and (selected is None or not self.table.select_data(selected)):
            self.table.selectRow(0)
        self.date_edit.setVisible(not self._published)
        self.date_label.setVisible(not self._published)
        self._lower.setVisible(self._published)
        self.publish_button.setVisible(not self._published)
        if self._published and self._rows:
            self.caption.setText(self.tr("已公示{n}条检查结果（显示各对象的最新版本；选中一行查看历次版本）。").format(
                n=len(self._rows)))
        elif task is not None:
            self.caption.setText(self.tr("公示预览：共{n}条（{ready}）。").format(
                n=len(self._rows), ready=self.tr("全部已审核，可以公示") if self._all_approved
                else self.tr("尚有记录未审核通过，暂不能公示")))
        else:
            self.caption.setText("")
        self._update_check()
        self._load_versions()

    def _update_check(self) -> None:
        task = self._task
        if task is None:
            self.deadline_label.setText(self.tr("请选择抽查任务。"))
            self.late_label.setText("")
            self._update_buttons()
            return
        on, today = to_date(self.date_edit.date()), self._ctx.today()
        if self._published and self._rows:
            on = self._rows[0].published_on
        with self._ctx.database.read() as session:
            check = deadlines.publication_check(session, task.id, on)
            left, note = days_left(session, today, check.deadline)
        self._check = check
        rules = "；".join(check.rules) or self.tr("本单位规则未规定公示期限")
        if check.deadline is None:
            text = self.tr("公示期限：{why}（{rules}）").format(
                why="；".join(check.notes) or self.tr("检查日期尚未填写，暂无法计算"), rules=rules)
        elif self._published:
            text = self.tr("公示期限：{due}（{rules}）；已于{on}公示，{verdict}。").format(
                due=check.deadline.isoformat(), rules=rules, on=on.isoformat(),
                verdict=self.tr("逾期公示") if check.late_targets else self.tr("在期限内"))
        else:
            text = self.tr("公示期限：{due}，{left}（{rules}）").format(
                due=check.deadline.isoformat(), rules=rules,
                left=remaining_text(left, note, overdue=check.deadline < today))
        self.deadline_label.setText(text)
        if self._published:
            self.late_label.setText("")
        elif check.late_targets:
            self.late_label.setText(self.tr("按此日期公示将逾期：{targets}").format(
                targets="、".join(check.late_targets)))
            self.late_label.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.late_label.setText(self.tr("按此日期公示在期限内") if check.deadline else "")
            self.late_label.setStyleSheet("color: #2e7d32;")
        self._update_buttons()

    def _update_buttons(self) -> None:
        actor_roles = self._ctx.actor.roles
        self.publish_button.setEnabled(self._task is not None and not self._published and self._all_approved
                                       and roles.allowed(actor_roles, "publication.publish"))
        self.correct_button.setEnabled(self._published and self.selected() is not None
                                       and roles.allowed(actor_roles, "correction.approve"))
        self.print_button.setEnabled(self._published and roles.allowed(actor_roles, "document.print"))

    def selected(self) -> publications.PublicationRow | None:
        """The selected row of the list."""
        rid = self.table.current_data()
        return next((r for r in self._rows if r.record_id == rid), None)

    def _load_versions(self) -> None:
        row = self.selected()
        rows: list[publications.ResultVersion] = []
        if self._published and row is not None:
            with self._ctx.database.read() as session:
                rows = publications.versions(session, row.record_id)
        self.versions.set_rows([(self.tr("第{v}版").format(v=v.version), v.result_text, v.reason, v.principal,
                                 v.approved_on.isoformat() if v.approved_on else "", v.doc_number,
                                 v.created_at.strftime("%Y-%m-%d %H:%M")) for v in rows])
        self._update_buttons()

    def publish(self) -> publications.PublishOutcome | None:
        """公示 on the chosen date after a confirmation naming the task, the date and any lateness."""
        task = self._task
        if task is None or not self.publish_button.isEnabled():
            return None
        on = to_date(self.date_edit.date())
        text = self.tr("将于{date}公示抽查任务{number}（{name}）的{n}条检查结果。\n"
                       "公示后结果不能修改，只能经主要负责人签字后更正。确认公示？").format(
            date=on.isoformat(), number=task.number, name=task.name, n=len(self._rows))
        if self._check is not None and self._check.late_targets and self._check.deadline is not None:
            text = self.tr("注意：该日期已超过公示期限{deadline}，将记为逾期公示。\n\n").format(
                deadline=self._check.deadline.isoformat()) + text
        if QMessageBox.question(self, self.tr("公示检查结果"), text) != QMessageBox.StandardButton.Yes:
            return None
        try:
            with self._ctx.database.write() as session:
                outcome = publications.publish(session, self._ctx.actor, task.id, on)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法公示"), error_text(err))
            return None
        done = self.tr("已公示{n}条检查结果。").format(n=outcome.results)
        if outcome.late:
            done += self.tr("\n逾期：{targets}（已记入审计日志）").format(targets="、".join(outcome.late_targets))
        QMessageBox.information(self, self.tr("公示完成"), done)
        self.refresh()
        self.changed.emit()
        return outcome

    def correct(self) -> CorrectionDialog | None:
        """Open 更正 for the selected result (its latest version)."""
        row = self.selected()
        if row is None or not self.correct_button.isEnabled():
            return None
        self.dialog = CorrectionDialog(self._ctx, row, self._categories, self)
        self.dialog.accepted.connect(self._corrected)
        self.dialog.open()
        return self.dialog

    def _corrected(self) -> None:
        self.refresh()
        self.changed.emit()

    def print_list(self) -> None:
        """检查结果公示表 PDF, with the platform's Excel file next to it."""
        task = self._task
        if task is None:
            return
        actor, task_id = self._ctx.actor, task.id
        self._out.save(self.tr("打印公示表"), self.tr("检查结果公示表_{task}.pdf").format(task=task.number),
                       lambda s, path: documents_results.print_publication(
                           s, actor, task_id, path, excel_out=path.with_suffix(".xlsx")))
