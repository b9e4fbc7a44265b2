"""登记异议: a target objects to its published result; the review deadline runs from the day received."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.services import objections, publications
from desktop.ui.context import UiContext
from desktop.ui.i18n import error_text
from desktop.ui.widgets.form_bits import buddy_form, date_edit, dialog_buttons, to_date
from desktop.ui.widgets.screen_fit import fit_size


class ObjectionDialog(QDialog):
    """OK registers the objection against the chosen result's latest version; `received` holds it."""

    def __init__(self, ctx: UiContext, results: Sequence[publications.PublicationRow],
                 selected_record: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.received: objections.ObjectionRow | None = None
        today = ctx.today()
        self.setWindowTitle(self.tr("登记异议申请"))
        self.result_combo = QComboBox()
        for r in results:
            self.result_combo.addItem(self.tr("{target}（第{v}版：{result}）").format(
                target=r.target_name, v=r.version, result=r.result_text), r.result_id)
            if r.record_id == selected_record:
                self.result_combo.setCurrentIndex(self.result_combo.count() - 1)
        self.date_edit = date_edit(today)
        self.content_edit = QPlainTextEdit()
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setPlaceholderText(self.tr("异议的事实和理由（必填）"))
        form = buddy_form(((self.tr("公示结果(&O)："), self.result_combo),
                           (self.tr("收到日期(&D)："), self.date_edit),
                           (self.tr("异议内容(&C)："), self.content_edit)))
        buttons = dialog_buttons(self, self.tr("登记"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_size(self, 560, 320)
        self.content_edit.setFocus()

    def received_on(self) -> date:
        """The day the objection was received."""
        return to_date(self.date_edit.date())

    def accept(self) -> None:
        result_id = self.result_combo.currentData()
        if result_id is None:
            return
        answer = QMessageBox.question(self, self.tr("登记异议申请"), self.tr(
            "登记对“{result}”的异议申请，收到日期{date}。\n复核期限自收到之日起计算，登记后不能删除。确认登记？").format(
            result=self.result_combo.currentText(), date=self.received_on().isoformat()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._ctx.database.write() as session:
                self.received = objections.receive_objection(session, self._ctx.actor, int(result_id),
                                                             self.received_on(), self.content_edit.toPlainText())
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法登记异议"), error_text(err))
            return
        super().accept()
