"""整改完结: record the day the rectification was verified and how (复查、书面材料、照片…)."""

from __future__ import annotations

from datetime import date

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
from desktop.ui.widgets.form_bits import buddy_form, date_edit, dialog_buttons, to_date
from desktop.ui.widgets.screen_fit import fit_size


class RectificationDoneDialog(QDialog):
    """OK records the completion once; `completed` holds the updated notice afterwards."""

    def __init__(self, ctx: UiContext, notice: NoticeRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._notice = notice
        self.completed: NoticeRow | None = None
        today = ctx.today()
        self.setWindowTitle(self.tr("整改完结"))
        intro = QLabel(self.tr("通知书：{number}　签发：{issued}　整改期限：{deadline}").format(
            number=notice.doc_number, issued=notice.issued_on.isoformat(), deadline=notice.deadline.isoformat()))
        intro.setWordWrap(True)
        self.date_edit = date_edit(today)
        self.verification_edit = QPlainTextEdit()
        self.verification_edit.setTabChangesFocus(True)
        self.verification_edit.setFixedHeight(72)
        self.verification_edit.setPlaceholderText(self.tr("如：实地复查，已安装监控设备并正常运行"))
        form = buddy_form(((self.tr("完结日期(&D)："), self.date_edit),
                           (self.tr("核查方式及情况(&V)："), self.verification_edit)))
        buttons = dialog_buttons(self, self.tr("登记完结"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_size(self, 480, 240)
        self.verification_edit.setFocus()

    def completed_on(self) -> date:
        """The chosen completion date."""
        return to_date(self.date_edit.date())

    def accept(self) -> None:
        done = self.completed_on()
        late = done > self._notice.deadline
        text = self.tr("登记整改于{date}完结。完结后不能修改。确认登记？").format(date=done.isoformat())
        if late:
            text = self.tr("完结日期晚于整改期限{deadline}，将记为逾期完成。\n").format(
                deadline=self._notice.deadline.isoformat()) + text
        if QMessageBox.question(self, self.tr("整改完结"), text) != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._ctx.database.write() as session:
                self.completed = records_review.complete_rectification(
                    session, self._ctx.actor, self._notice.id, done, self.verification_edit.toPlainText())
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法登记整改完结"), error_text(err))
            return
        super().accept()
