"""A list of checkable choices (items, departments, jurisdictions) returning the checked values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class CheckList(QListWidget):
    """Space toggles the current entry; `checked_changed` fires after every toggle."""

    checked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.itemChanged.connect(lambda _item: self.checked_changed.emit())

    def set_options(self, options: Sequence[tuple[str, Any]], checked: Iterable[Any] = ()) -> None:
        """Replace the entries by (label, value) pairs, checking those whose value is in `checked`."""
        wanted = set(checked)
        self.blockSignals(True)
        self.clear()
        for label, value in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self.checked_changed.emit()

    def checked_values(self) -> list[Any]:
        """Values of the checked entries, in list order."""
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, values: Iterable[Any]) -> None:
        """Check exactly the entries whose value is in `values`."""
        wanted = set(values)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            item.setCheckState(state)
        self.blockSignals(False)
        self.checked_changed.emit()
