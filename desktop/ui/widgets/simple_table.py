"""A read-only, row-selecting table filled from tuples of text (small lists: tasks, strata, reasons)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget


class SimpleTable(QTableWidget):
    """`set_rows` replaces the content; each row may carry a value kept under Qt.UserRole of column 0."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None, stretch: int | None = None,
                 stretch_all: bool = False) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch_all:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        elif stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)

    def set_rows(self, rows: Sequence[Sequence[Any]], data: Sequence[Any] | None = None,
                 align_right: Sequence[int] = ()) -> None:
        """Fill the table; `align_right` names numeric columns."""
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem("" if value is None else str(value))
                if c in align_right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0 and data is not None:
                    item.setData(Qt.ItemDataRole.UserRole, data[r])
                self.setItem(r, c, item)

    def fit_height(self, min_rows: int = 1) -> None:
        """Make the table exactly as tall as its rows (for short tables such as the four risk classes)."""
        rows = max(self.rowCount(), min_rows)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        height += (rows - self.rowCount()) * self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(height)

    def current_data(self) -> Any:
        """The value carried by the selected row, or None."""
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_data(self, value: Any) -> bool:
        """Select the row carrying `value`; False when no row does."""
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == value:
                self.selectRow(r)
                return True
        return False
