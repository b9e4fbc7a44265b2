"""Small form pieces every dialog repeats: date fields, labelled rows with buddies, OK/取消 buttons."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def date_edit(value: date) -> QDateEdit:
    """A date field with a calendar pop-up, shown as 2026-11-22."""
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def add_buddy_rows(form: QFormLayout, rows: Sequence[tuple[str, QWidget]]) -> QFormLayout:
    """Add rows whose labels carry the field's Alt shortcut (the label text holds the &)."""
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return form


def buddy_form(rows: Sequence[tuple[str, QWidget]]) -> QFormLayout:
    """A new form of labelled rows (see add_buddy_rows)."""
    return add_buddy_rows(QFormLayout(), rows)


def dialog_buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named for what it does) and 取消, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("Dialogs", "取消"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
