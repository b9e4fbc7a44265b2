"""检查实施: pick a dispatched task, open its records, the teams' work list, 告知书 and the record editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import documents_records, records, records_view, tasks, teams
from desktop.ui.context import UiContext
from desktop.ui.dialogs.date_dialog import DateDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.dialogs.record_editor import RecordEditor
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import error_text
from desktop.ui.widgets.simple_table import SimpleTable

TASK_STATES = ("drawn", "inspecting", "reviewing", "published")


class InspectionPage(QWidget):
    """The work list of one task; `editor` is the record editor last opened (for tests)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks: list[tasks.TaskRow] = []
        self._rows: list[records_view.WorkRow] = []
        self._me: int | None = None
        self.editor: RecordEditor | None = None
        self._out = FileOutput(ctx, self)
        self._can_enter = roles.allowed(ctx.actor.roles, "record.enter")
        self._can_print = roles.allowed(ctx.actor.roles, "document.print")

        title = QLabel(self.tr("检查实施"))
        title.setStyleSheet("font-weight: bold; font-size: 16pt;")
        self.task_combo = QComboBox()
        self.task_combo.setMinimumWidth(420)
        task_label = QLabel(self.tr("抽查任务(&T)："))
        task_label.setBuddy(self.task_combo)
        self.mine_check = QCheckBox(self.tr("只看本人所在检查组(&M)"))
        refresh = QPushButton(self.tr("刷新(&R)"))
        refresh.setToolTip(self.tr("F5"))
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addSpacing(24)
        bar.addWidget(task_label)
        bar.addWidget(self.task_combo, 1)
        bar.addWidget(self.mine_check)
        bar.addWidget(refresh)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.start_button = QPushButton(self.tr("开始检查(&S)"))
        self.start_button.setToolTip(self.tr("为每个抽中的检查对象建立抽查情况记录表，任务进入“检查中”"))
        self.open_button = QPushButton(self.tr("打开记录表(&O)…"))
        self.open_button.setToolTip(self.tr("回车键"))
        self.given_button = QPushButton(self.tr("告知书已送达(&G)"))
        self.not_given_button = QPushButton(self.tr("未送达告知书(&U)…"))
        self.report_button = QPushButton(self.tr("检查报告日期(&D)…"))
        self.print_notice_button = QPushButton(self.tr("打印告知书(&P)…"))
        self.print_sheet_button = QPushButton(self.tr("打印记录表(&J)…"))
        self.print_blank_button = QPushButton(self.tr("打印空白记录表(&B)…"))
        self.print_blank_button.setToolTip(self.tr("带本任务检查内容的空白记录表，供现场填写"))
        actions = QHBoxLayout()
        for button in (self.start_button, self.open_button, self.given_button, self.not_given_button,
                       self.report_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.print_notice_button, self.print_sheet_button, self.print_blank_button):
            actions.addWidget(button)

        self.table = SimpleTable([self.tr("检查对象"), self.tr("统一社会信用代码"), self.tr("检查组"),
                                  self.tr("状态"), self.tr("检查日期"), self.tr("告知书"), self.tr("签字确认"),
                                  self.tr("检查结果")], stretch=7)
        self.table.doubleClicked.connect(lambda _index: self.open_record())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.info)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

        self.task_combo.currentIndexChanged.connect(lambda _i: self.load_records())
        self.mine_check.toggled.connect(lambda _on: self.load_records())
        refresh.clicked.connect(self.refresh)
        self.start_button.clicked.connect(self.start_inspection)
        self.open_button.clicked.connect(self.open_record)
        self.given_button.clicked.connect(lambda: self.set_notice(True))
        self.not_given_button.clicked.connect(lambda: self.set_notice(False))
        self.report_button.clicked.connect(self.set_report_date)
        self.print_notice_button.clicked.connect(self.print_notice)
        self.print_sheet_button.clicked.connect(lambda: self.print_sheet(blank=False))
        self.print_blank_button.clicked.connect(lambda: self.print_sheet(blank=True))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, self.open_record,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    # -- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the tasks (keeping the chosen one) and the work list."""
        current = self.task_id()
        with self._ctx.database.read() as session:
            self._tasks = [t for t in tasks.list_tasks(session) if t.state in TASK_STATES]
            me = teams.inspector_for(session, self._ctx.actor)
            self._me = me.id if me is not None else None
        self.mine_check.setEnabled(self._me is not None)
        self.task_combo.blockSignals(True)
        self.task_combo.clear()
        for t in self._tasks:
            self.task_combo.addItem(self.tr("{number}　{name}（{state}）").format(
                number=t.number, name=t.name, state=t.state_label), t.id)
        index = self.task_combo.findData(current) if current is not None else -1
        self.task_combo.setCurrentIndex(index if index >= 0 else (0 if self._tasks else -1))
        self.task_combo.blockSignals(False)
        self.load_records()

    def task_id(self) -> int | None:
        """The chosen task's id."""
        value = self.task_combo.currentData()
        return int(value) if value is not None else None

    def _task(self) -> tasks.TaskRow | None:
        tid = self.task_id()
        return next((t for t in self._tasks if t.id == tid), None)

    def load_records(self) -> None:
        """Fill the work list of the chosen task, keeping the selected record."""
        selected = self.table.current_data()
        task = self._task()
        self._rows = []
        if task is not None:
            mine = self._me if self.mine_check.isChecked() else None
            with self._ctx.database.read() as session:
                self._rows = records_view.work_list(session, task.id, mine)
        self.table.set_rows([self._cells(r) for r in self._rows], data=[r.record_id for r in self._rows])
        if selected is None or not self.table.select_data(selected):
            if self._rows:
                self.table.selectRow(0)
        self._describe(task)
        self._update_buttons()

    def _cells(self, r: records_view.WorkRow) -> tuple[str, ...]:
        team = "、".join(self.tr("{name}（组长）").format(name=n) if n == r.leader else n for n in r.team)
        notice = {None: self.tr("未登记"), True: self.tr("已送达"), False: self.tr("未送达")}[r.notice_given]
        return (r.target_name, r.target_code, team, self._state_label(r.state),
                r.inspection_date.isoformat() if r.inspection_date else "", notice,
                f"{r.confirmed}/{r.team_size}", r.result_text)

    def _state_label(self, state: str) -> str:
        labels = {"not_entered": self.tr("未录入"), "entering": self.tr("录入中"), "submitted": self.tr("待审核"),
                  "returned": self.tr("退回"), "approved": self.tr("已审核"), "published": self.tr("已公示")}
        return labels.get(state, state)

    def _describe(self, task: tasks.TaskRow | None) -> None:
        if task is None:
            self.info.setText("")
            self.empty.setText(self.tr("没有已摇号派发的抽查任务。请先在“抽查任务”中完成摇号并锁定派发。"))
            self.empty.setVisible(True)
            return
        counts: dict[str, int] = {}
        for r in self._rows:
            counts[r.state] = counts.get(r.state, 0) + 1
        summary = "，".join(f"{self._state_label(state)} {n}" for state, n in counts.items())
        self.info.setText(self.tr("检查期限：{start} 至 {end}　任务状态：{state}　记录：{n} 条{summary}").format(
            start=task.window_start.isoformat(), end=task.window_end.isoformat(), state=task.state_label,
            n=len(self._rows), summary=f"（{summary}）" if summary else ""))
        self.empty.setText(self.tr("尚未开始检查：按“开始检查”为抽中的检查对象建立记录表。"))
        self.empty.setVisible(not self._rows)

    def selected_row(self) -> records_view.WorkRow | None:
        """The selected work-list row."""
        rid = self.table.current_data()
        return next((r for r in self._rows if r.record_id == rid), None)

    def _update_buttons(self) -> None:
        task, row = self._task(), self.selected_row()
        editable = row is not None and row.state in records.EDITABLE
        # Opening is idempotent, but once every target has its record there is nothing left to start.
        self.start_button.setEnabled(self._can_enter and task is not None and (
            task.state == "drawn" or (task.state == "inspecting" and not self._rows)))
        self.open_button.setEnabled(row is not None)
        self.given_button.setEnabled(self._can_enter and editable)
        self.not_given_button.setEnabled(self._can_enter and editable)
        self.report_button.setEnabled(self._can_enter and row is not None and row.inspection_date is not None
                                      and row.state not in ("not_entered", "published"))
        self.print_notice_button.setEnabled(self._can_print and row is not None)
        self.print_sheet_button.setEnabled(self._can_print and row is not None)
        self.print_blank_button.setEnabled(self._can_print and task is not None)

    # -- actions ------------------------------------------------------------------------------

    def _warn(self, title: str, err: DomainError) -> None:
        QMessageBox.warning(self, title, error_text(err))

    def start_inspection(self) -> None:
        """开始检查: create the records of every drawn target (again safe: existing ones are kept)."""
        task = self._task()
        if task is None or not self.start_button.isEnabled():
            return
        try:
            with self._ctx.database.write() as session:
                records.open_records(session, self._ctx.actor, task.id)
        except DomainError as err:
            self._warn(self.tr("无法开始检查"), err)
            return
        self.refresh()

    def open_record(self) -> RecordEditor | None:
        """Open the 抽查情况记录表 of the selected record (window-modal; the list refreshes after)."""
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
        self.load_records()

    def set_notice(self, given: bool) -> None:
        """告知书已送达, or not given with the reason (不宜告知的情形)."""
        row = self.selected_row()
        if row is None:
            return
        note = ""
        if not given:
            reason = ReasonDialog.ask(self, self.tr("未送达检查告知书"), self.tr(
                "检查对象：{target}\n请说明未送达检查告知书的原因（如不宜事先告知的情形）：").format(
                target=row.target_name), self.tr("登记"))
            if reason is None:
                return
            note = reason
        try:
            with self._ctx.database.write() as session:
                records.set_notice(session, self._ctx.actor, row.record_id, given, note)
        except DomainError as err:
            self._warn(self.tr("无法登记告知书"), err)
            return
        self.load_records()

    def set_report_date(self) -> None:
        """检查报告完成日期 (starts the feedback-and-publication period where the profile says so)."""
        row = self.selected_row()
        if row is None or row.inspection_date is None:
            return
        chosen = DateDialog.ask(self, self.tr("检查报告日期"), self.tr(
            "检查对象：{target}\n登记检查报告完成的日期，反馈和公示期限据此计算。").format(target=row.target_name),
            self.tr("报告日期(&D)："), max(self._ctx.today(), row.inspection_date), self.tr("登记"),
            minimum=row.inspection_date)
        if chosen is None:
            return
        try:
            with self._ctx.database.write() as session:
                records.set_report_date(session, self._ctx.actor, row.record_id, chosen)
        except DomainError as err:
            self._warn(self.tr("无法登记检查报告日期"), err)
            return
        self.load_records()

    def print_notice(self) -> None:
        """检查告知书 of the selected target (its 文号 is kept on reprints)."""
        task, row = self._task(), self.selected_row()
        if task is None or row is None:
            return
        actor, task_id, target_id = self._ctx.actor, task.id, row.target_id
        self._out.save(self.tr("打印检查告知书"), self.tr("检查告知书_{target}.pdf").format(target=row.target_name),
                       lambda s, path: documents_records.print_notice(s, actor, task_id, target_id, path))

    def print_sheet(self, blank: bool) -> None:
        """抽查情况记录表: blank for the task, or the selected target's (pre-filled or as entered)."""
        task, row = self._task(), self.selected_row()
        if task is None or (row is None and not blank):
            return
        actor, task_id = self._ctx.actor, task.id
        if blank:
            name = self.tr("抽查情况记录表_空白_{task}.pdf").format(task=task.number)
            self._out.save(self.tr("打印空白记录表"), name, lambda s, path: documents_records.print_record_sheets(
                s, actor, task_id, path, mode="blank", on=self._today()))
            return
        assert row is not None
        target_id = row.target_id
        name = self.tr("抽查情况记录表_{target}.pdf").format(target=row.target_name)
        self._out.save(self.tr("打印记录表"), name, lambda s, path: documents_records.print_record_sheets(
            s, actor, task_id, path, target_id=target_id, on=self._today()))

    def _today(self) -> date:
        return self._ctx.today()
