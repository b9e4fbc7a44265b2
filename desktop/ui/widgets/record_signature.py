"""被检查对象意见及签字: the target's opinion, its signature or refusal with the inspectors' note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)


class RecordSignature(QGroupBox):
    """A refusal needs the inspectors' note; the note field is enabled only for a refusal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("被检查对象意见及签字"), parent)
        self.opinion_edit = QPlainTextEdit()
        self.opinion_edit.setTabChangesFocus(True)
        self.opinion_edit.setFixedHeight(52)
        self.opinion_edit.setPlaceholderText(self.tr("被检查对象对检查情况的意见（可不填）"))
        self.pending_radio = QRadioButton(self.tr("尚未登记(&N)"))
        self.signed_radio = QRadioButton(self.tr("已签字(&Q)"))
        self.refused_radio = QRadioButton(self.tr("拒绝签字(&X)"))
        self._group = QButtonGroup(self)
        for radio in (self.pending_radio, self.signed_radio, self.refused_radio):
            self._group.addButton(radio)
        self.pending_radio.setChecked(True)
        self.refusal_edit = QPlainTextEdit()
        self.refusal_edit.setTabChangesFocus(True)
        self.refusal_edit.setFixedHeight(52)
        self.refusal_edit.setPlaceholderText(self.tr("拒绝签字时，由检查人员写明情况并签字（必填）"))
        radios = QHBoxLayout()
        for radio in (self.pending_radio, self.signed_radio, self.refused_radio):
            radios.addWidget(radio)
        radios.addStretch(1)
        form = QFormLayout(self)
        opinion_label = QLabel(self.tr("被检查对象意见(&I)："))
        opinion_label.setBuddy(self.opinion_edit)
        refusal_label = QLabel(self.tr("检查人员说明(&E)："))
        refusal_label.setBuddy(self.refusal_edit)
        form.addRow(opinion_label, self.opinion_edit)
        form.addRow(self.tr("被检查对象签字："), radios)
        form.addRow(refusal_label, self.refusal_edit)
        self._group.buttonToggled.connect(lambda _b, _on: self._toggled())
        self.opinion_edit.textChanged.connect(self.changed.emit)
        self.refusal_edit.textChanged.connect(self.changed.emit)
        self._editable = True
        self._toggled()

    def _toggled(self) -> None:
        self.refusal_edit.setEnabled(self._editable and self.refused_radio.isChecked())
        self.changed.emit()

    def set_values(self, signed: bool, refused: bool, refusal_note: str, opinion: str) -> None:
        """Show a record's signature state."""
        self.blockSignals(True)
        radio = self.signed_radio if signed else self.refused_radio if refused else self.pending_radio
        radio.setChecked(True)
        self.refusal_edit.setPlainText(refusal_note)
        self.opinion_edit.setPlainText(opinion)
        self.blockSignals(False)
        self._toggled()

    def set_editable(self, editable: bool) -> None:
        """Lock the signature of a record that can no longer change."""
        self._editable = editable
        for radio in (self.pending_radio, self.signed_radio, self.refused_radio):
            radio.setEnabled(editable)
        self.opinion_edit.setReadOnly(not editable)
        self._toggled()

    def signed(self) -> bool:
        """The target signed the record."""
        return self.signed_radio.isChecked()

    def refused(self) -> bool:
        """The target refused to sign."""
        return self.refused_radio.isChecked()

    def refusal_note(self) -> str:
        """The inspectors' note on the refusal."""
        return self.refusal_edit.toPlainText().strip()

    def opinion(self) -> str:
        """The target's opinion."""
        return self.opinion_edit.toPlainText().strip()
