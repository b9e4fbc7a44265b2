"""检查对象无法检查: pick a drawn target and give the reason; the first unused standby target replaces it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.draw_view import DrawView
from desktop.ui.widgets.form_bits import dialog_buttons
from desktop.ui.widgets.screen_fit import fit_size


class UnavailableDialog(QDialog):
    """`event()` is the SR1 target_unavailable event once accepted."""

    def __init__(self, view: DrawView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("检查对象无法检查"))
        note = QLabel(self.tr("该检查对象退出本次抽查，其检查组解散，由同一风险等级候补名单中的第一个检查对象递补。"))
        note.setWordWrap(True)
        self.target = QComboBox()
        for t in view.drawn:
            self.target.addItem(self.tr("{n}. {name}（{code}）").format(n=t.position, name=t.name, code=t.code),
                                t.code)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：已注销、已停业、经营场所无法联系"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("检查对象(&T)："), self.target)
        form.addRow(self.tr("原因(&R)："), self.reason)
        buttons = dialog_buttons(self, self.tr("记录"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_size(self, 520, 220)

    def event_payload(self) -> dict[str, Any]:
        """The event as record_event takes it."""
        return {"type": "target_unavailable", "target": str(self.target.currentData()),
                "reason": self.reason.text().strip()}

    def accept(self) -> None:
        if self.target.currentData() is None:
            self.message.setText(self.tr("没有可选的检查对象"))
            return
        if not self.reason.text().strip():
            self.message.setText(self.tr("请填写原因"))
            self.reason.setFocus()
            return
        super().accept()
