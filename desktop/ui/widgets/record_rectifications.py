"""责令整改 on the record screen: the notices issued, 责令整改…, 整改完结… and printing a notice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core import roles
from desktop.services import documents_records
from desktop.services.records_view import NoticeRow
from desktop.ui.context import UiContext
from desktop.ui.dialogs.rectification_dialog import RectificationDialog
from desktop.ui.dialogs.rectification_done_dialog import RectificationDoneDialog
from desktop.ui.file_output import FileOutput
from desktop.ui.widgets.simple_table import SimpleTable


class RecordRectifications(QGroupBox):
    """`changed` fires after a notice was issued or completed; `dialog` is the last one opened (tests)."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("责令整改"), parent)
        self._ctx = ctx
        self._out = FileOutput(ctx, self)
        self._record_id: int | None = None
        self._target = ""
        self._facts = ""
        self._can_issue = False
        self._notices: list[NoticeRow] = []
        self.dialog: RectificationDialog | RectificationDoneDialog | None = None
        self.table = SimpleTable([self.tr("文号"), self.tr("签发"), self.tr("整改期限"), self.tr("完结"),
                                  self.tr("核查方式")], stretch=4)
        self.table.setMinimumHeight(80)
        self.issue_button = QPushButton(self.tr("责令整改(&Z)…"))
        self.done_button = QPushButton(self.tr("整改完结(&W)…"))
        self.print_button = QPushButton(self.tr("打印通知书(&T)…"))
        self.issue_button.clicked.connect(self.issue)
        self.done_button.clicked.connect(self.complete)
        self.print_button.clicked.connect(self.print_notice)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.done_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_notices(self, record_id: int, target: str, state: str, notices: Sequence[NoticeRow],
                    facts: str = "") -> None:
        """Show a record's notices; `facts` pre-fills a new notice (the non-compliant findings)."""
        self._record_id, self._target, self._facts = record_id, target, facts
        self._notices = list(notices)
        self._can_issue = roles.allowed(self._ctx.actor.roles, "record.enter") and state != "not_entered"
        self.table.set_rows([(n.doc_number, n.issued_on.isoformat(), n.deadline.isoformat(),
                              n.completed_on.isoformat() if n.completed_on else self.tr("未完结"), n.verification)
                             for n in self._notices], data=[n.id for n in self._notices])
        if self._notices and self.table.currentRow() < 0:
            self.table.selectRow(len(self._notices) - 1)
        self.issue_button.setToolTip("" if state != "not_entered" else self.tr("请先保存记录表"))
        self._update_buttons()

    def selected(self) -> NoticeRow | None:
        """The selected notice."""
        nid = self.table.current_data()
        return next((n for n in self._notices if n.id == nid), None)

    def _update_buttons(self) -> None:
        notice = self.selected()
        can_enter = roles.allowed(self._ctx.actor.roles, "record.enter")
        self.issue_button.setEnabled(self._can_issue)
        self.done_button.setEnabled(can_enter and notice is not None and notice.completed_on is None)
        self.print_button.setEnabled(roles.allowed(self._ctx.actor.roles, "document.print") and notice is not None)

    def issue(self) -> None:
        """Open 责令整改 for this record."""
        if self._record_id is None or not self._can_issue:
            return
        dialog = RectificationDialog(self._ctx, self._record_id, self._target, self._facts, self)
        self.dialog = dialog
        dialog.accepted.connect(self.changed.emit)
        dialog.open()

    def complete(self) -> None:
        """Open 整改完结 for the selected notice."""
        notice = self.selected()
        if notice is None or notice.completed_on is not None:
            return
        dialog = RectificationDoneDialog(self._ctx, notice, self)
        self.dialog = dialog
        dialog.accepted.connect(self.changed.emit)
        dialog.open()

    def print_notice(self) -> None:
        """Print the selected 责令（限期）整改通知书."""
        notice = self.selected()
        if notice is None:
            return
        actor, notice_id = self._ctx.actor, notice.id
        self._out.save(self.tr("打印整改通知书"), self.tr("责令整改通知书_{target}.pdf").format(target=self._target),
                       lambda s, path: documents_records.print_rectification(s, actor, notice_id, path))
