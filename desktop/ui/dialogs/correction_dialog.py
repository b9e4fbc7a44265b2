"""更正: a new version of a published result with the reason and the principal's sign-off."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.services import publications
from desktop.ui.context import UiContext
from desktop.ui.i18n import error_text
from desktop.ui.widgets.form_bits import buddy_form, date_edit, dialog_buttons, to_date
from desktop.ui.widgets.screen_fit import fit_size


class CorrectionDialog(QDialog):
    """OK creates the new version (the old one stays published as history); `corrected` holds it."""

    def __init__(self, ctx: UiContext, row: publications.PublicationRow, categories: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._row = row
        self.corrected: publications.ResultVersion | None = None
        today = ctx.today()
        self.setWindowTitle(self.tr("更正公示结果"))
        intro = QLabel(self.tr("检查对象：{target}（{code}）\n当前公示结果（第{v}版）：{result}").format(
            target=row.target_name, code=row.target_code, v=row.version, result=row.result_text))
        intro.setWordWrap(True)
        self.result_combo = QComboBox()
        self.result_combo.setEditable(True)
        self.result_combo.addItems(list(categories))
        self.result_combo.setEditText(row.result_text)
        self.result_combo.setToolTip(self.tr("可从检查结果类别中选择，也可直接填写；多项用“、”分隔"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(72)
        self.reason_edit.setPlaceholderText(self.tr("更正原因（必填），如：录入错误，经复查更正"))
        self.principal_edit = QLineEdit()
        self.principal_edit.setPlaceholderText(self.tr("签字的主要负责人姓名"))
        self.signed_edit = date_edit(today)
        form = buddy_form(((self.tr("更正后的结果(&N)："), self.result_combo),
                           (self.tr("更正原因(&R)："), self.reason_edit),
                           (self.tr("主要负责人(&M)："), self.principal_edit),
                           (self.tr("签字日期(&D)："), self.signed_edit)))
        buttons = dialog_buttons(self, self.tr("更正"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_size(self, 560, 340)
        self.result_combo.setFocus()

    def signed_on(self) -> date:
        """The principal's sign-off date."""
        return to_date(self.signed_edit.date())

    def accept(self) -> None:
        new_text = self.result_combo.currentText().strip()
        answer = QMessageBox.question(self, self.tr("更正公示结果"), self.tr(
            "将{target}的公示结果由“{old}”更正为“{new}”（第{v}版）。\n原结果作为历史版本保留，更正不能撤回。确认更正？"
        ).format(target=self._row.target_name, old=self._row.result_text, new=new_text, v=self._row.version + 1))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._ctx.database.write() as session:
                self.corrected = publications.correct(
                    session, self._ctx.actor, self._row.result_id, new_text, self.reason_edit.toPlainText(),
                    self.principal_edit.text(), self.signed_on())
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法更正"), error_text(err))
            return
        super().accept()
