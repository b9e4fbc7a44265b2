"""复核决定: uphold the published result (维持) or correct it (更正, with the principal's sign-off)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.services import objections
from desktop.ui.context import UiContext
from desktop.ui.i18n import error_text
from desktop.ui.widgets.form_bits import add_buddy_rows, date_edit, dialog_buttons, to_date
from desktop.ui.widgets.screen_fit import fit_size


class ObjectionDecisionDialog(QDialog):
    """The correction fields are enabled only for 更正; `decided` holds the objection afterwards."""

    def __init__(self, ctx: UiContext, objection: objections.ObjectionRow, current_result: str,
                 categories: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._objection = objection
        self._current = current_result
        self.decided: objections.ObjectionRow | None = None
        today = ctx.today()
        self.setWindowTitle(self.tr("异议复核决定"))
        deadline = objection.review_deadline.isoformat() if objection.review_deadline else self.tr("未规定")
        intro = QLabel(self.tr("检查对象：{target}\n现公示结果：{result}\n异议内容：{content}\n"
                               "收到日期：{received}　复核期限：{deadline}").format(
            target=objection.target_name, result=current_result, content=objection.content,
            received=objection.received_on.isoformat(), deadline=deadline))
        intro.setWordWrap(True)
        self.upheld_radio = QRadioButton(self.tr("维持原结果(&K)"))
        self.corrected_radio = QRadioButton(self.tr("更正结果(&G)"))
        self.upheld_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.upheld_radio)
        group.addButton(self.corrected_radio)
        radios = QHBoxLayout()
        radios.addWidget(self.upheld_radio)
        radios.addWidget(self.corrected_radio)
        radios.addStretch(1)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(72)
        self.note_edit.setPlaceholderText(self.tr("复核意见（必填）"))
        self.date_edit = date_edit(today)
        self.result_combo = QComboBox()
        self.result_combo.setEditable(True)
        self.result_combo.addItems(list(categories))
        self.result_combo.setEditText(current_result)
        self.principal_edit = QLineEdit()
        self.principal_edit.setPlaceholderText(self.tr("更正须经主要负责人签字"))
        form = QFormLayout()
        form.addRow(self.tr("复核结论："), radios)
        add_buddy_rows(form, ((self.tr("复核意见(&N)："), self.note_edit), (self.tr("复核日期(&D)："), self.date_edit),
                              (self.tr("更正后的结果(&R)："), self.result_combo),
                              (self.tr("主要负责人(&M)："), self.principal_edit)))
        buttons = dialog_buttons(self, self.tr("作出复核决定"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.corrected_radio.toggled.connect(self._toggled)
        self._toggled()
        fit_size(self, 580, 420)
        self.note_edit.setFocus()

    def _toggled(self) -> None:
        on = self.corrected_radio.isChecked()
        self.result_combo.setEnabled(on)
        self.principal_edit.setEnabled(on)

    def reviewed_on(self) -> date:
        """The review date."""
        return to_date(self.date_edit.date())

    def accept(self) -> None:
        corrected = self.corrected_radio.isChecked()
        new_text = self.result_combo.currentText().strip()
        if corrected:
            text = self.tr("复核结论：更正。公示结果将由“{old}”更正为“{new}”，原结果作为历史版本保留。").format(
                old=self._current, new=new_text)
        else:
            text = self.tr("复核结论：维持原公示结果“{old}”。").format(old=self._current)
        text += self.tr("\n复核决定作出后不能修改。确认？")
        if QMessageBox.question(self, self.tr("异议复核决定"), text) != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._ctx.database.write() as session:
                self.decided = objections.decide_objection(
                    session, self._ctx.actor, self._objection.id, "corrected" if corrected else "upheld",
                    self.note_edit.toPlainText(), self.reviewed_on(), new_text if corrected else None,
                    principal_name=self.principal_edit.text() if corrected else "")
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法作出复核决定"), error_text(err))
            return
        super().accept()
