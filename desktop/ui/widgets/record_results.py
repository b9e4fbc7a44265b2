"""检查结果 and 后续处置 of the 抽查情况记录表: the profile's categories and disposals, 移送 and follow-up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.records import NORMAL_RESULT, TRANSFER

_COLUMNS = 3


class RecordResults(QGroupBox):
    """Checking 未发现问题 clears the other results (and the other way round), as the service requires."""

    changed = Signal()

    def __init__(self, categories: Sequence[str], disposals: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("检查结果与后续处置"), parent)
        self.result_boxes: dict[str, QCheckBox] = {}
        self.disposal_boxes: dict[str, QCheckBox] = {}
        results = QGridLayout()
        for n, category in enumerate(categories):
            box = QCheckBox(category)
            box.toggled.connect(lambda on, c=category: self._result_toggled(c, on))
            self.result_boxes[category] = box
            results.addWidget(box, n // _COLUMNS, n % _COLUMNS)
        actions = QGridLayout()
        for n, disposal in enumerate(disposals):
            box = QCheckBox(disposal)
            box.toggled.connect(lambda _on: self._disposal_toggled())
            self.disposal_boxes[disposal] = box
            actions.addWidget(box, n // _COLUMNS, n % _COLUMNS)
        self.transfer_edit = QLineEdit()
        self.transfer_edit.setPlaceholderText(self.tr("选择“移送”时必填，如：咸宁市市场监督管理局"))
        self.follow_up_edit = QPlainTextEdit()
        self.follow_up_edit.setTabChangesFocus(True)
        self.follow_up_edit.setFixedHeight(56)
        self.follow_up_edit.setPlaceholderText(self.tr("后续处理情况，如整改复查安排"))
        self.transfer_edit.textChanged.connect(lambda _t: self.changed.emit())
        self.follow_up_edit.textChanged.connect(self.changed.emit)
        form = QFormLayout()
        transfer_label = QLabel(self.tr("移送机关(&Y)："))
        transfer_label.setBuddy(self.transfer_edit)
        follow_label = QLabel(self.tr("后续处理(&F)："))
        follow_label.setBuddy(self.follow_up_edit)
        form.addRow(transfer_label, self.transfer_edit)
        form.addRow(follow_label, self.follow_up_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("检查结果（可多选）：")))
        layout.addLayout(results)
        layout.addWidget(QLabel(self.tr("后续处置（可多选）：")))
        layout.addLayout(actions)
        layout.addLayout(form)
        self._disposal_toggled()

    def _result_toggled(self, category: str, on: bool) -> None:
        if on and not self.signalsBlocked():
            others = [c for c in self.result_boxes if c != category] if category == NORMAL_RESULT else \
                [NORMAL_RESULT]
            for other in others:
                box = self.result_boxes.get(other)
                if box is not None and box.isChecked():
                    box.setChecked(False)
        self.changed.emit()

    def _disposal_toggled(self) -> None:
        box = self.disposal_boxes.get(TRANSFER)
        self.transfer_edit.setEnabled(box is not None and box.isChecked() and box.isEnabled())
        self.changed.emit()

    def set_values(self, categories: Sequence[str], disposals: Sequence[str], transfer_to: str,
                   follow_up: str) -> None:
        """Show a record's results (without the exclusivity rule: a stored record is shown as it is)."""
        self.blockSignals(True)
        for c, box in self.result_boxes.items():
            box.setChecked(c in categories)
        for d, box in self.disposal_boxes.items():
            box.setChecked(d in disposals)
        self.transfer_edit.setText(transfer_to)
        self.follow_up_edit.setPlainText(follow_up)
        self.blockSignals(False)
        self._disposal_toggled()

    def set_editable(self, editable: bool) -> None:
        """Lock the results of a record that can no longer change."""
        for box in (*self.result_boxes.values(), *self.disposal_boxes.values()):
            box.setEnabled(editable)
        self.follow_up_edit.setReadOnly(not editable)
        self._disposal_toggled()

    def categories(self) -> tuple[str, ...]:
        """The checked result categories, in profile order."""
        return tuple(c for c, box in self.result_boxes.items() if box.isChecked())

    def disposals(self) -> tuple[str, ...]:
        """The checked disposals, in profile order."""
        return tuple(d for d, box in self.disposal_boxes.items() if box.isChecked())

    def transfer_to(self) -> str:
        """The authority a 移送 goes to."""
        return self.transfer_edit.text().strip()

    def follow_up(self) -> str:
        """The follow-up text."""
        return self.follow_up_edit.toPlainText().strip()
