"""Ask for one date (反馈日期, 检查报告日期) with an explanation of what it is for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.widgets.form_bits import date_edit, dialog_buttons, to_date
from desktop.ui.widgets.screen_fit import fit_size


class DateDialog(QDialog):
    """`ask()` returns the chosen date, or None when cancelled."""

    def __init__(self, title: str, prompt: str, label: str, value: date, ok_text: str,
                 parent: QWidget | None = None, minimum: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        text = QLabel(prompt)
        text.setWordWrap(True)
        self.date_edit = date_edit(value)
        if minimum is not None:
            self.date_edit.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        form = QFormLayout()
        form.addRow(label, self.date_edit)
        buttons = dialog_buttons(self, ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_size(self, 420, 160)
        self.date_edit.setFocus()

    def value(self) -> date:
        """The chosen date."""
        return to_date(self.date_edit.date())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, label: str, value: date, ok_text: str,
            minimum: date | None = None) -> date | None:
        """Show the dialog modally; the date, or None."""
        dialog = cls(title, prompt, label, value, ok_text, parent, minimum)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
