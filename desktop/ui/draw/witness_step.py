"""Step 3 见证人: seats, names, affiliations and the digits from the paper slips, typed with echo masked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.core.sr1 import normalize_witness
from desktop.services.draw_view import DrawView
from desktop.services.draws import WitnessEntry

DEFAULT_ROWS = 2
MAX_ROWS = 12
_SEAT, _NAME, _AFFILIATION, _DIGITS, _TICK = range(5)


class WitnessStep(QWidget):
    """`progress_changed(entered)` follows the ticks; `primary` (确认) hands `entries()` to the console."""

    progress_changed = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("请各位见证人在纸条上写下 4–64 位数字，全部写好后一同交出，由操作员逐一录入（输入内容不显示）。"
                               "全部录入并确认后立即揭示密钥。"))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("席位"), self.tr("姓名"), self.tr("身份"), self.tr("数字"),
                                              self.tr("已录入")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (_SEAT, _TICK):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.add_button = QPushButton(self.tr("添加见证人(&A)"))
        self.remove_button = QPushButton(self.tr("删除最后一位(&X)"))
        self.primary = QPushButton(self.tr("确认见证人及数字(&O)"))
        self.primary.setMinimumHeight(36)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.primary)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._editable = True
        for _ in range(DEFAULT_ROWS):
            self.add_row()

    def _affiliations(self) -> list[str]:
        return [self.tr("人大代表"), self.tr("政协委员"), self.tr("企业代表"), self.tr("纪检监察"),
                self.tr("群众代表"), self.tr("公证人员"), self.tr("新闻媒体")]

    def add_row(self) -> None:
        """A new seat at the end."""
        row = self.table.rowCount()
        if row >= MAX_ROWS or not self._editable:
            return
        self.table.insertRow(row)
        seat = QTableWidgetItem(str(row + 1))
        seat.setFlags(Qt.ItemFlag.ItemIsEnabled)
        seat.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, _SEAT, seat)
        name = QLineEdit()
        name.setMaxLength(80)
        name.setAccessibleName(self.tr("第{n}位见证人姓名").format(n=row + 1))
        affiliation = QComboBox()
        affiliation.setEditable(True)
        affiliation.addItems(self._affiliations())
        affiliation.setCurrentIndex(row % len(self._affiliations()))
        digits = QLineEdit()
        digits.setEchoMode(QLineEdit.EchoMode.Password)
        digits.setMaxLength(80)
        digits.setAccessibleName(self.tr("第{n}位见证人数字").format(n=row + 1))
        digits.textChanged.connect(self._update_ticks)
        tick = QLabel()
        tick.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setCellWidget(row, _NAME, name)
        self.table.setCellWidget(row, _AFFILIATION, affiliation)
        self.table.setCellWidget(row, _DIGITS, digits)
        self.table.setCellWidget(row, _TICK, tick)
        self._update_ticks()

    def remove_row(self) -> None:
        """Drop the last seat (at least one stays)."""
        if self.table.rowCount() > 1 and self._editable:
            self.table.removeRow(self.table.rowCount() - 1)
            self._update_ticks()

    def name_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, _NAME)
        assert isinstance(widget, QLineEdit)
        return widget

    def affiliation_box(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, _AFFILIATION)
        assert isinstance(widget, QComboBox)
        return widget

    def digits_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, _DIGITS)
        assert isinstance(widget, QLineEdit)
        return widget

    def _tick(self, row: int) -> QLabel:
        widget = self.table.cellWidget(row, _TICK)
        assert isinstance(widget, QLabel)
        return widget

    def entered(self) -> tuple[bool, ...]:
        """Per seat: digits typed in a valid form (the display shows only these ticks)."""
        out = []
        for row in range(self.table.rowCount()):
            try:
                normalize_witness(self.digits_edit(row).text())
            except DomainError:
                out.append(False)
            else:
                out.append(True)
        return tuple(out)

    def _update_ticks(self) -> None:
        entered = self.entered()
        for row, ok in enumerate(entered):
            typed = bool(self.digits_edit(row).text().strip())
            tick = self._tick(row)
            tick.setText("✔" if ok else (self.tr("格式不对") if typed else ""))
            tick.setStyleSheet("color: #1d6b34; font-size: 16pt;" if ok else "color: #b00020;")
        self.progress_changed.emit(entered)

    def entries(self) -> list[WitnessEntry]:
        """The witnesses in seat order, as typed."""
        return [WitnessEntry(self.name_edit(r).text().strip(), self.affiliation_box(r).currentText().strip(),
                             self.digits_edit(r).text()) for r in range(self.table.rowCount())]

    def show_view(self, view: DrawView | None) -> None:
        """Before confirmation the rows stay editable; afterwards they show what was recorded, digits visible."""
        confirmed = view is not None and bool(view.witnesses)
        self.primary.setEnabled(view is not None and view.state == "committed")
        if not confirmed or view is None:
            # Digits are collected only after the commitment was announced (SR1 §7.2).
            self._set_editable(view is not None and view.state == "committed")
            return
        while self.table.rowCount() < len(view.witnesses):
            self.add_row()
        while self.table.rowCount() > len(view.witnesses):
            self.table.removeRow(self.table.rowCount() - 1)
        for row, card in enumerate(view.witnesses):
            self.name_edit(row).setText(card.name)
            self.affiliation_box(row).setCurrentText(card.affiliation)
            self.digits_edit(row).setText(card.digits)
            self.digits_edit(row).setEchoMode(QLineEdit.EchoMode.Normal)
        self._set_editable(False)

    def _set_editable(self, editable: bool) -> None:
        self._editable = editable
        for row in range(self.table.rowCount()):
            self.name_edit(row).setReadOnly(not editable)
            self.digits_edit(row).setReadOnly(not editable)
            self.affiliation_box(row).setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
