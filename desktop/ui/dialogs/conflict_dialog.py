"""登记回避关系: choose an inspector and a target by searching, give the reason and an optional end date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import rosters
from desktop.ui.context import UiContext
from desktop.ui.i18n import exception_text
from desktop.ui.widgets.form_bits import to_date
from desktop.ui.widgets.roster_picker import RosterPicker
from desktop.ui.widgets.screen_fit import fit_size


class ConflictDialog(QDialog):
    """On success `created_id` holds the conflict's id; a failure leaves the dialog open with the input."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("登记回避关系"))
        self.inspector = RosterPicker(ctx.database, "inspectors")
        self.target = RosterPicker(ctx.database, "targets")
        pickers = QHBoxLayout()
        for title, picker in ((self.tr("执法检查人员(&P)"), self.inspector), (self.tr("检查对象(&O)"), self.target)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(picker)
            pickers.addWidget(box)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("如：近亲属在该单位任职；曾在该单位工作；有利害关系"))
        self.reason.setFixedHeight(70)
        self.has_end = QCheckBox(self.tr("设定截止日期(&E)"))
        self.end_date = QDateEdit()
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today()
        self.end_date.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.end_date.setEnabled(False)
        self.has_end.toggled.connect(self.end_date.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end_date)
        end_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("回避原因(&R)："), self.reason)
        form.addRow(self.tr("期限："), end_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登记"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        fit_size(self, 900, 560)
        self.inspector.setFocus()

    def end(self) -> date | None:
        if not self.has_end.isChecked():
            return None
        return to_date(self.end_date.date())

    def problem(self) -> str | None:
        """What is missing before the conflict can be registered."""
        if self.inspector.selected_id() is None:
            return self.tr("请在左侧搜索并选择一名执法检查人员。")
        if self.target.selected_id() is None:
            return self.tr("请在右侧搜索并选择一个检查对象。")
        if not self.reason.toPlainText().strip():
            return self.tr("请填写回避原因。")
        end = self.end()
        if end is not None and end < self.ctx.today():
            return self.tr("截止日期不能早于今天。")
        return None

    def submit(self) -> bool:
        """Register the conflict; the dialog closes only when it was saved."""
        title = self.tr("登记回避关系")
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, title, problem)
            return False
        inspector_id, target_id = self.inspector.selected_id(), self.target.selected_id()
        assert inspector_id is not None and target_id is not None
        reason, end, database, actor = self.reason.toPlainText().strip(), self.end(), self.ctx.database, self.ctx.actor

        def job(_progress: Any) -> int:
            with database.write() as session:
                return rosters.add_conflict(session, actor, inspector_id, target_id, reason, end)

        def done(conflict_id: int) -> None:
            self.created_id = conflict_id
            self.accept()

        self.ctx.runner.run(job, done, lambda exc: QMessageBox.warning(
            self, title, self.tr("{error}\n\n未作任何修改。").format(error=exception_text(exc))))
        return self.created_id is not None
