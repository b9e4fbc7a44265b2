"""抽查情况记录表: enter one target's record in the paper form's layout, confirm, submit for review."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import documents_records, records, records_view, settings, tasks
from desktop.services.records_view import PointRow, RecordDetail
from desktop.ui.context import UiContext
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import error_text, message_for
from desktop.ui.widgets.record_attachments import RecordAttachments
from desktop.ui.widgets.record_header import RecordHeader
from desktop.ui.widgets.record_points import RecordPoints
from desktop.ui.widgets.record_rectifications import RecordRectifications
from desktop.ui.widgets.record_results import RecordResults
from desktop.ui.widgets.record_signature import RecordSignature
from desktop.ui.widgets.record_team import RecordTeam
from desktop.ui.widgets.screen_fit import fit_size


class RecordEditor(QDialog):
    """Edits are saved with 保存 (Ctrl+S); members confirm the saved content; 提交审核 sends it on."""

    def __init__(self, ctx: UiContext, record_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.record_id = record_id
        self._dirty = False
        self._loading = False
        self._can_enter = roles.allowed(ctx.actor.roles, "record.enter")
        self._out = FileOutput(ctx, self)
        self.detail: RecordDetail | None = None
        with ctx.database.read() as session:
            profile = settings.get_profile(session)
            task_rows = {t.id: t for t in tasks.list_tasks(session)}
            self.detail = records_view.record_detail(session, record_id)
        task = task_rows.get(self.detail.task_id)
        self._task_text = f"{task.number}　{task.name}" if task else ""
        self.setWindowTitle(self.tr("抽查情况记录表 — {target}").format(target=self.detail.target_name))

        self.header = RecordHeader(records.METHODS)
        self.points = RecordPoints()
        self.results = RecordResults(profile.result_categories, profile.disposals)
        self.signature = RecordSignature()
        points_box = QGroupBox(self.tr("检查内容及情况"))
        QVBoxLayout(points_box).addWidget(self.points)
        form = QWidget()
        form_layout = QVBoxLayout(form)
        for widget in (self.header, points_box, self.results, self.signature):
            form_layout.addWidget(widget)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        problems_box = QGroupBox(self.tr("提交审核前尚需完成"))
        QVBoxLayout(problems_box).addWidget(self.problems)
        self.team = RecordTeam()
        self.attachments = RecordAttachments(ctx)
        self.rectifications = RecordRectifications(ctx)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(problems_box)
        side_layout.addWidget(self.team)
        side_layout.addWidget(self.attachments, 1)
        side_layout.addWidget(self.rectifications, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 420])
        splitter.setChildrenCollapsible(False)

        self.status = QLabel()
        self.print_button = QPushButton(self.tr("打印记录表(&P)…"))
        self.print_button.setEnabled(roles.allowed(ctx.actor.roles, "document.print"))
        self.save_button = QPushButton(self.tr("保存(&S)"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.submit_button = QPushButton(self.tr("提交审核(&U)…"))
        close = QPushButton(self.tr("关闭"))
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.submit_button, close):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)

        for signal in (self.header.changed, self.points.changed, self.results.changed, self.signature.changed):
            signal.connect(self._on_changed)
        self.team.confirm_requested.connect(self.confirm_member)
        self.attachments.added.connect(self.reload)
        self.rectifications.changed.connect(self.reload)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        fit_size(self, 1240, 760)
        self._show(self.detail)
        self.header.date_edit.setFocus()

    # -- showing ------------------------------------------------------------------------------

    def editable(self) -> bool:
        """Whether the form itself may change (state and role)."""
        return self._can_enter and self.detail is not None and self.detail.state in records.EDITABLE

    def reload(self) -> None:
        """Re-read the record (after a save, a confirmation, an attachment or a notice)."""
        with self._ctx.database.read() as session:
            self.detail = records_view.record_detail(session, self.record_id)
        self._show(self.detail)

    def _show(self, d: RecordDetail) -> None:
        self._loading = True
        self.header.set_detail(d, self._task_text, self._ctx.today())
        self.points.set_points(d.points)
        self.results.set_values(d.result_categories, d.disposals, d.transfer_to, d.follow_up)
        self.signature.set_values(d.target_signed, d.target_refused, d.refusal_note, d.target_opinion)
        editable = self.editable()
        for widget in (self.header, self.points, self.results, self.signature):
            widget.set_editable(editable)
        self.attachments.set_attachments(d.record_id, d.attachments)
        self.rectifications.set_notices(d.record_id, d.target_name, d.state, d.notices, self._facts(d.points))
        self._loading = False
        self._dirty = False
        self._update_state()

    def _facts(self, points: tuple[PointRow, ...]) -> str:
        return "；".join(self.tr("第{seq}项（{content}）：{finding}").format(seq=p.seq, content=p.content,
                                                                          finding=p.finding)
                        for p in points if p.compliant is False and p.finding)

    def problem_lines(self) -> list[str]:
        """What still blocks submission, in Chinese, as of the last save."""
        d = self.detail
        if d is None:
            return []
        unanswered: Iterator[PointRow] = iter([p for p in d.points if p.compliant is None])
        no_text: Iterator[PointRow] = iter([p for p in d.points if p.compliant is False and not p.finding])
        missing = "、".join(t.member.name for t in d.team if t.confirmed_at is None)
        lines = []
        for code in d.problems:
            params: dict[str, object] = {}
            source = unanswered if code == "check_point_unanswered" else \
                no_text if code == "finding_text_required" else None
            if source is not None:
                point = next(source, None)
                params = {"seq": point.seq, "content": point.content} if point else {}
            elif code == "confirmations_missing":
                params = {"names": missing}
            lines.append(message_for(code, params))
        return lines

    def _update_state(self) -> None:
        d = self.detail
        if d is None:
            return
        editable = self.editable()
        lines = self.problem_lines()
        if d.state not in records.EDITABLE:
            text = self.tr("记录状态为“{state}”，不能再修改。").format(state=d.state_label)
        elif lines:
            text = "\n".join(f"• {line}" for line in lines)
        else:
            text = self.tr("已全部填写并经检查组确认，可以提交审核。")
        if d.state == "returned" and d.review_opinion:
            text = self.tr("退回意见（{who}）：{opinion}\n").format(who=d.reviewed_by, opinion=d.review_opinion) + text
        self.problems.setText(text)
        can_confirm = editable and not self._dirty and d.state in ("entering", "returned")
        hint = self.tr("请先保存修改，再由检查组成员确认。") if editable and self._dirty else \
            self.tr("记录表保存后，由检查组成员逐一核对并确认。") if d.state == "not_entered" else ""
        self.team.set_team(d.team, can_confirm, hint)
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(editable and not self._dirty and d.state in ("entering", "returned"))
        status = self.tr("状态：{state}").format(state=d.state_label)
        if d.entered_by:
            status += self.tr("　录入：{who}").format(who=d.entered_by)
        if self._dirty:
            status += self.tr("　（有未保存的修改）")
        self.status.setText(status)

    def _on_changed(self) -> None:
        if self._loading or not self.editable():
            return
        if not self._dirty:
            self._dirty = True
            self._update_state()

    def is_dirty(self) -> bool:
        """Whether the form holds edits not yet saved."""
        return self._dirty

    # -- actions ------------------------------------------------------------------------------

    def draft(self) -> records.RecordDraft:
        """The form as one draft."""
        return records.RecordDraft(
            inspection_date=self.header.inspection_date(), methods=self.header.methods(),
            findings=self.points.findings(), result_categories=self.results.categories(),
            disposals=self.results.disposals(), follow_up=self.results.follow_up(),
            target_signed=self.signature.signed(), target_refused=self.signature.refused(),
            refusal_note=self.signature.refusal_note(), target_opinion=self.signature.opinion(),
            transfer_to=self.results.transfer_to())

    def save(self) -> bool:
        """保存: store the form; confirmations of changed content become void (the user is told first)."""
        if not self.editable():
            return False
        d = self.detail
        if self._dirty and d is not None and any(t.confirmed_at for t in d.team):
            answer = QMessageBox.question(self, self.tr("保存记录表"), self.tr(
                "已有检查组成员确认过这份记录表。保存修改后，所有确认将失效，需要重新确认。继续保存？"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            with self._ctx.database.write() as session:
                records.save_record(session, self._ctx.actor, self.record_id, self.draft())
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法保存记录表"), error_text(err))
            return False
        self.reload()
        return True

    def confirm_member(self, inspector_id: int) -> None:
        """Record one member's confirmation of the saved record."""
        if self._dirty:
            return
        try:
            with self._ctx.database.write() as session:
                records.confirm(session, self._ctx.actor, self.record_id, inspector_id)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法确认"), error_text(err))
            return
        self.reload()

    def submit(self) -> bool:
        """提交审核: list what still blocks it, else ask and submit."""
        d = self.detail
        if d is None or not self.submit_button.isEnabled():
            return False
        lines = self.problem_lines()
        if lines:
            QMessageBox.warning(self, self.tr("还不能提交审核"), "\n".join(lines))
            return False
        answer = QMessageBox.question(self, self.tr("提交审核"), self.tr(
            "将{target}的抽查情况记录表提交审核。提交后不能再修改，除非审核退回。确认提交？").format(
            target=d.target_name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self._ctx.database.write() as session:
                records.submit(session, self._ctx.actor, self.record_id)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法提交审核"), error_text(err))
            self.reload()
            return False
        self.reload()
        return True

    def print_sheet(self) -> None:
        """Print this target's 抽查情况记录表 (as entered, or pre-filled when nothing is entered yet)."""
        d = self.detail
        if d is None:
            return
        actor, task_id = self._ctx.actor, d.task_id
        with self._ctx.database.read() as session:
            target_id = next(r.target_id for r in records_view.work_list(session, task_id)
                             if r.record_id == self.record_id)
        today = self._ctx.today()
        self._out.save(self.tr("打印记录表"), self.tr("抽查情况记录表_{target}.pdf").format(target=d.target_name),
                       lambda s, path: documents_records.print_record_sheets(
                           s, actor, task_id, path, target_id=target_id, on=today))

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(self, self.tr("关闭记录表"), self.tr("有未保存的修改。放弃修改并关闭？"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
