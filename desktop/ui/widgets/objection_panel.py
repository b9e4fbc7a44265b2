"""异议: a task's objections with their working-day deadlines; receive, decide, feed back, print."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import documents_results, objections, publications, settings
from desktop.ui.context import UiContext
from desktop.ui.deadline_text import days_left, remaining_text
from desktop.ui.dialogs.date_dialog import DateDialog
from desktop.ui.dialogs.objection_decision_dialog import ObjectionDecisionDialog
from desktop.ui.dialogs.objection_dialog import ObjectionDialog
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import error_text
from desktop.ui.widgets.simple_table import SimpleTable


class ObjectionPanel(QWidget):
    """`changed` fires after an objection changed (a 更正 decision also changes the published list)."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task_id: int | None = None
        self._task_number = ""
        self._results: list[publications.PublicationRow] = []
        self._rows: list[objections.ObjectionRow] = []
        self._deadline_text: dict[int, tuple[str, str]] = {}
        self._categories: tuple[str, ...] = ()
        self.dialog: ObjectionDialog | ObjectionDecisionDialog | None = None
        self._out = FileOutput(ctx, self)
        self.table = SimpleTable([self.tr("检查对象"), self.tr("收到日期"), self.tr("异议内容"), self.tr("复核期限"),
                                  self.tr("复核结论"), self.tr("反馈期限"), self.tr("反馈")], stretch=2)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.receive_button = QPushButton(self.tr("登记异议(&Y)…"))
        self.decide_button = QPushButton(self.tr("复核决定(&J)…"))
        self.feedback_button = QPushButton(self.tr("登记反馈(&F)…"))
        self.print_button = QPushButton(self.tr("打印复核结果反馈(&P)…"))
        self.receive_button.clicked.connect(self.receive)
        self.decide_button.clicked.connect(self.decide)
        self.feedback_button.clicked.connect(self.feedback)
        self.print_button.clicked.connect(self.print_feedback)
        buttons = QHBoxLayout()
        for button in (self.receive_button, self.decide_button, self.feedback_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)

    def set_task(self, task_id: int | None, task_number: str = "") -> None:
        """Show a task's objections."""
        self._task_id, self._task_number = task_id, task_number
        self.refresh()

    def refresh(self) -> None:
        """Re-read the objections, the published results and the deadlines' days left."""
        selected = self.table.current_data()
        self._rows, self._results, self._deadline_text = [], [], {}
        today = self._ctx.today()
        if self._task_id is not None:
            with self._ctx.database.read() as session:
                self._categories = settings.get_profile(session).result_categories
                self._results = publications.publication_rows(session, self._task_id)
                self._rows = objections.list_objections(session, self._task_id)
                for o in self._rows:
                    self._deadline_text[o.id] = (
                        self._step_text(session, today, o.review_deadline, o.reviewed_on, o.late_review),
                        self._step_text(session, today, o.feedback_deadline, o.feedback_on, o.late_feedback))
        self.table.set_rows([self._cells(o) for o in self._rows], data=[o.id for o in self._rows])
        for r, o in enumerate(self._rows):
            cell = self.table.item(r, 2)
            if cell is not None:
                cell.setToolTip(o.content)
        if self._rows and (selected is None or not self.table.select_data(selected)):
            self.table.selectRow(len(self._rows) - 1)
        self._selection_changed()

    def _step_text(self, session: Session, today: date, due: date | None, done_on: date | None, late: bool) -> str:
        if due is None:
            return self.tr("未规定") if done_on is None else ""
        if done_on is not None:
            return self.tr("{due}（{state}）").format(due=due.isoformat(),
                                                     state=self.tr("逾期完成") if late else self.tr("按期完成"))
        left, note = days_left(session, today, due)
        return self.tr("{due}（{left}）").format(due=due.isoformat(),
                                                left=remaining_text(left, note, overdue=due < today))

    def _cells(self, o: objections.ObjectionRow) -> tuple[str, ...]:
        review, feedback = self._deadline_text.get(o.id, ("", ""))
        if o.reviewed_on is None:
            feedback = self.tr("复核后起算")
        decision = self.tr("{outcome}（{date}）").format(outcome=o.outcome_label, date=o.reviewed_on.isoformat()) \
            if o.reviewed_on else self.tr("待复核")
        fed = self.tr("{date} {number}").format(date=o.feedback_on.isoformat(), number=o.feedback_doc_number) \
            if o.feedback_on else self.tr("未反馈")
        return (o.target_name, o.received_on.isoformat(), o.content, review, decision, feedback, fed)

    def selected(self) -> objections.ObjectionRow | None:
        """The selected objection."""
        oid = self.table.current_data()
        return next((o for o in self._rows if o.id == oid), None)

    def _selection_changed(self) -> None:
        o = self.selected()
        actor_roles = self._ctx.actor.roles
        self.receive_button.setEnabled(bool(self._results) and roles.allowed(actor_roles, "objection.enter"))
        self.decide_button.setEnabled(o is not None and not o.outcome
                                      and roles.allowed(actor_roles, "objection.decide"))
        self.feedback_button.setEnabled(o is not None and bool(o.outcome) and o.feedback_on is None
                                        and roles.allowed(actor_roles, "objection.enter"))
        self.print_button.setEnabled(o is not None and bool(o.outcome)
                                     and roles.allowed(actor_roles, "document.print"))
        if o is None:
            self.detail.setText(self.tr("尚未收到异议申请。") if self._results else
                                self.tr("检查结果公示后，才能登记异议。"))
            return
        lines = [self.tr("异议内容：{content}").format(content=o.content),
                 self.tr("复核期限规则：{rule}").format(rule=o.review_rule or self.tr("本单位规则未规定"))]
        if o.feedback_rule:
            lines.append(self.tr("反馈期限规则：{rule}").format(rule=o.feedback_rule))
        if o.review_note:
            lines.append(self.tr("复核意见：{note}").format(note=o.review_note))
        if o.calendar_note:
            lines.append(o.calendar_note)
        self.detail.setText("\n".join(lines))

    def receive(self) -> ObjectionDialog | None:
        """Open 登记异议 (the result is chosen in the dialog)."""
        if not self.receive_button.isEnabled():
            return None
        dialog = ObjectionDialog(self._ctx, self._results, None, self)
        self._open(dialog)
        return dialog

    def decide(self) -> ObjectionDecisionDialog | None:
        """Open 复核决定 for the selected objection."""
        o = self.selected()
        if o is None or not self.decide_button.isEnabled():
            return None
        current = next((r.result_text for r in self._results if r.record_id == o.record_id), "")
        dialog = ObjectionDecisionDialog(self._ctx, o, current, self._categories, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: ObjectionDialog | ObjectionDecisionDialog) -> None:
        # The dialog itself does the write on OK; the list refreshes after.
        self.dialog = dialog
        dialog.accepted.connect(self._done)
        dialog.open()

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def feedback(self) -> bool:
        """登记反馈: the day the review result was fed back to the target (numbered)."""
        o = self.selected()
        if o is None or not self.feedback_button.isEnabled() or o.reviewed_on is None:
            return False
        chosen = DateDialog.ask(self, self.tr("登记复核结果反馈"), self.tr(
            "{target}：复核结论“{outcome}”。\n登记向被检查对象反馈复核结果的日期（反馈期限：{due}）。").format(
            target=o.target_name, outcome=o.outcome_label,
            due=o.feedback_deadline.isoformat() if o.feedback_deadline else self.tr("未规定")),
            self.tr("反馈日期(&D)："), max(self._ctx.today(), o.reviewed_on), self.tr("登记"), minimum=o.reviewed_on)
        if chosen is None:
            return False
        answer = QMessageBox.question(self, self.tr("登记复核结果反馈"), self.tr(
            "登记于{date}向{target}反馈复核结果，并编制复核结果反馈文号。登记后不能修改。确认？").format(
            date=chosen.isoformat(), target=o.target_name))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self._ctx.database.write() as session:
                objections.record_feedback(session, self._ctx.actor, o.id, chosen)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法登记反馈"), error_text(err))
            return False
        self._done()
        return True

    def print_feedback(self) -> None:
        """Print the 复核结果反馈 of the selected objection."""
        o = self.selected()
        if o is None:
            return
        actor, oid = self._ctx.actor, o.id
        self._out.save(self.tr("打印复核结果反馈"), self.tr("复核结果反馈_{target}.pdf").format(target=o.target_name),
                       lambda s, path: documents_results.print_review_feedback(s, actor, oid, path))
