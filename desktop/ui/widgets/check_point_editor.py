"""An editable list of an item's check points: 检查内容 and 操作方法与要领, added, removed and reordered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class CheckPointEditor(QWidget):
    """`points()` returns the non-empty rows as (content, guidance) pairs, in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("检查内容"), self.tr("操作方法与要领")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("添加一条(&A)"))
        self.remove_button = QPushButton(self.tr("删除(&R)"))
        self.up_button = QPushButton(self.tr("上移(&U)"))
        self.down_button = QPushButton(self.tr("下移(&W)"))
        self.add_button.clicked.connect(lambda: self.add_point())
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.table.currentCellChanged.connect(lambda *_args: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, lambda: self.add_point())
        self._update_buttons()

    def set_points(self, points: Sequence[tuple[str, str]]) -> None:
        """Replace the rows."""
        self.table.setRowCount(0)
        for content, guidance in points:
            self._append(content, guidance)
        self._update_buttons()

    def points(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.table.rowCount()):
            content, guidance = (self._text(row, col) for col in (0, 1))
            if content:
                out.append((content, guidance))
        return out

    def add_point(self, content: str = "", guidance: str = "") -> int:
        """Append a row and start editing its content; returns the row."""
        row = self._append(content, guidance)
        self.table.setCurrentCell(row, 0)
        if not content:
            self.table.editItem(self._cell(row, 0))
        self._update_buttons()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update_buttons()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        here, there = [self._text(row, c) for c in (0, 1)], [self._text(other, c) for c in (0, 1)]
        for col in (0, 1):
            self._cell(row, col).setText(there[col])
            self._cell(other, col).setText(here[col])
        self.table.setCurrentCell(other, self.table.currentColumn())

    def _append(self, content: str, guidance: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in ((0, content), (1, guidance)):
            self.table.setItem(row, col, QTableWidgetItem(text))
        return row

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(row, col, item)
        return item

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.table.rowCount() - 1)
        self.table.setToolTip(self.tr("双击或按 F2 编辑；每行一条检查内容") if self.table.rowCount() else
                              self.tr("尚无检查内容，点“添加一条”"))
