"""记录审核: a task's records with their states; approve, return with an opinion, or read the record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import records_review, records_view, teams
from desktop.ui.context import UiContext
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.dialogs.record_editor import RecordEditor
from desktop.ui.i18n import error_text
from desktop.ui.widgets.simple_table import SimpleTable


class ReviewRecords(QWidget):
    """The approver reviews every record; a team leader logged in as operator reviews his own teams'."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task_id: int | None = None
        self._rows: list[records_view.WorkRow] = []
        self._reviewable: set[int] = set()
        self.editor: RecordEditor | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = SimpleTable([self.tr("检查对象"), self.tr("检查组长"), self.tr("状态"), self.tr("检查日期"),
                                  self.tr("检查结果"), self.tr("录入人")], stretch=4)
        self.table.doubleClicked.connect(lambda _i: self.open_record())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.approve_button = QPushButton(self.tr("审核通过(&A)…"))
        self.return_button = QPushButton(self.tr("退回(&B)…"))
        self.open_button = QPushButton(self.tr("查看记录表(&O)…"))
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_record)
        self.open_button.clicked.connect(self.open_record)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def set_task(self, task_id: int | None) -> None:
        """Show the records of a task (None clears the list)."""
        self._task_id = task_id
        self.refresh()

    def _state_label(self, state: str) -> str:
        labels = {"not_entered": self.tr("未录入"), "entering": self.tr("录入中"), "submitted": self.tr("待审核"),
                  "returned": self.tr("退回"), "approved": self.tr("已审核"), "published": self.tr("已公示")}
        return labels.get(state, state)

    def refresh(self) -> None:
        """Re-read the records and which of them the user may review."""
        selected = self.table.current_data()
        self._rows, self._reviewable = [], set()
        if self._task_id is not None:
            with self._ctx.database.read() as session:
                self._rows = records_view.work_list(session, self._task_id)
                self._reviewable = self._may_review(session)
        self.table.set_rows([(r.target_name, r.leader, self._state_label(r.state),
                              r.inspection_date.isoformat() if r.inspection_date else "", r.result_text,
                              r.entered_by) for r in self._rows], data=[r.record_id for r in self._rows])
        if selected is None or not self.table.select_data(selected):
            pending = next((n for n, r in enumerate(self._rows) if r.state == "submitted"), 0 if self._rows else -1)
            if pending >= 0:
                self.table.selectRow(pending)
        waiting = sum(r.state == "submitted" for r in self._rows)
        approved = sum(r.state in ("approved", "published") for r in self._rows)
        self.summary.setText(self.tr("共{n}条记录：待审核{w}条，已审核{a}条，其余{o}条尚在录入或已退回。").format(
            n=len(self._rows), w=waiting, a=approved, o=len(self._rows) - waiting - approved))
        self._update_buttons()

    def _may_review(self, session: Session) -> set[int]:
        actor = self._ctx.actor
        ids = {r.record_id for r in self._rows}
        if roles.allowed(actor.roles, "record.review"):
            return ids
        if not actor.has(roles.OPERATOR) or self._task_id is None:
            return set()
        me = teams.inspector_for(session, actor)
        if me is None:
            return set()
        by_target = teams.effective_teams(session, self._task_id)
        led = {t for t, team in by_target.items() if (lead := teams.leader_of(team)) and lead.inspector_id == me.id}
        return {r.record_id for r in self._rows if r.target_id in led}

    def selected_row(self) -> records_view.WorkRow | None:
        """The selected record's row."""
        rid = self.table.current_data()
        return next((r for r in self._rows if r.record_id == rid), None)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        can = row is not None and row.state == "submitted" and row.record_id in self._reviewable
        self.approve_button.setEnabled(can)
        self.return_button.setEnabled(can)
        self.open_button.setEnabled(row is not None)

    def _review(self, approve: bool, opinion: str) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        try:
            with self._ctx.database.write() as session:
                records_review.review(session, self._ctx.actor, row.record_id, approve, opinion)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法审核"), error_text(err))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def approve(self) -> bool:
        """审核通过 after a confirmation naming the target and its result."""
        row = self.selected_row()
        if row is None or not self.approve_button.isEnabled():
            return False
        answer = QMessageBox.question(self, self.tr("审核通过"), self.tr(
            "审核通过{target}的抽查情况记录表？\n检查结果：{result}\n审核通过后记录不能再修改。").format(
            target=row.target_name, result=row.result_text or self.tr("（未填写）")))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._review(True, "")

    def return_record(self) -> bool:
        """退回 with the reviewer's opinion (required)."""
        row = self.selected_row()
        if row is None or not self.return_button.isEnabled():
            return False
        opinion = ReasonDialog.ask(self, self.tr("退回记录表"), self.tr(
            "退回{target}的抽查情况记录表。请写明需要补正的内容：").format(target=row.target_name),
            self.tr("退回"))
        if opinion is None:
            return False
        return self._review(False, opinion)

    def open_record(self) -> RecordEditor | None:
        """Read the selected record in the record editor (read-only once submitted)."""
        row = self.selected_row()
        if row is None:
            return None
        editor = RecordEditor(self._ctx, row.record_id, self)
        self.editor = editor
        editor.finished.connect(lambda _code: self._editor_closed(editor))
        editor.open()
        return editor

    def _editor_closed(self, editor: RecordEditor) -> None:
        # The record is in the database; the closed window itself is not needed any more.
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
        self.refresh()
