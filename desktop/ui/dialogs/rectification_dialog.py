"""责令（限期）整改: issue a numbered rectification notice with its facts, basis, requirement and deadline."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.services import records_review
from desktop.services.records_view import NoticeRow
from desktop.ui.context import UiContext
from desktop.ui.i18n import error_text
from desktop.ui.widgets.form_bits import buddy_form, date_edit, dialog_buttons, to_date, to_qdate
from desktop.ui.widgets.screen_fit import fit_size

DEFAULT_DAYS = 15


class RectificationDialog(QDialog):
    """OK issues the notice (its 文号 is allocated then); `issued` holds it afterwards."""

    def __init__(self, ctx: UiContext, record_id: int, target_name: str, facts: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._record_id = record_id
        self.issued: NoticeRow | None = None
        today = ctx.today()
        self.setWindowTitle(self.tr("责令（限期）整改通知书"))
        intro = QLabel(self.tr("检查对象：{target}\n签发后即编号，内容不能再修改。").format(target=target_name))
        self.facts_edit = self._text(self.tr("检查发现的违法事实或问题（必填）"))
        self.facts_edit.setPlainText(facts)
        self.basis_edit = self._text(self.tr("依据的法律、法规、规章条款"))
        self.requirement_edit = self._text(self.tr("整改要求（必填），如：立即停止…，于期限内完成整改并书面报告"))
        self.issued_edit = date_edit(today)
        self.deadline_edit = date_edit(today + timedelta(days=DEFAULT_DAYS))
        form = buddy_form(((self.tr("违法事实(&F)："), self.facts_edit), (self.tr("依据(&B)："), self.basis_edit),
                           (self.tr("整改要求(&R)："), self.requirement_edit),
                           (self.tr("签发日期(&I)："), self.issued_edit),
                           (self.tr("整改期限(&D)："), self.deadline_edit)))
        buttons = dialog_buttons(self, self.tr("签发通知书"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_size(self, 560, 420)
        self.facts_edit.setFocus()

    @staticmethod
    def _text(placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(64)
        return edit

    def set_deadline(self, value: date) -> None:
        """Set the rectification deadline."""
        self.deadline_edit.setDate(to_qdate(value))

    def accept(self) -> None:
        deadline = to_date(self.deadline_edit.date())
        answer = QMessageBox.question(self, self.tr("签发整改通知书"), self.tr(
            "签发责令（限期）整改通知书，整改期限至{deadline}。\n签发后将分配文号，不能撤回。确认签发？").format(
            deadline=deadline.isoformat()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._ctx.database.write() as session:
                self.issued = records_review.issue_rectification(
                    session, self._ctx.actor, self._record_id, deadline, self.facts_edit.toPlainText(),
                    self.basis_edit.toPlainText(), self.requirement_edit.toPlainText(),
                    issued_on=to_date(self.issued_edit.date()))
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法签发整改通知书"), error_text(err))
            return
        super().accept()
