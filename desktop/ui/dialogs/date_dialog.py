"""Ask for one date (反馈日期, 检查报告日期) with an explanation of what it is for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.widgets.screen_fit import fit_size


class DateDialog(QDialog):
    """`ask()` returns the chosen date, or None when cancelled."""

    def __init__(self, title: str, prompt: str, label: str, value: date, ok_text: str,
                 parent: QWidget | None = None, minimum: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(prompt)
        text.setWordWrap(True)
        self.date_edit = QDateEdit(QDate(value.year, value.month, value.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        if minimum is not None:
            self.date_edit.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        form = QFormLayout()
        form.addRow(label, self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_size(self, 420, 160)
        self.date_edit.setFocus()

    def value(self) -> date:
        """The chosen date."""
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, label: str, value: date, ok_text: str,
            minimum: date | None = None) -> date | None:
        """Show the dialog modally; the date, or None."""
        dialog = cls(title, prompt, label, value, ok_text, parent, minimum)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
