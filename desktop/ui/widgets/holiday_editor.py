"""The holiday-override table (date, 工作日/休息日, note) with add and remove."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.services import calendar, calendar_overrides
from desktop.ui.context import UiContext
from desktop.ui.i18n import error_text, tr

_CTX = "HolidayEditor"


class HolidayEditor(QWidget):
    """Lists the bureau's overrides; adding and removing write one audited transaction each."""

    def __init__(self, ctx: UiContext, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rows: list[calendar_overrides.OverrideRow] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr(_CTX, "日期"), tr(_CTX, "类型"), tr(_CTX, "备注"), tr(_CTX, "来源")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.type_combo = QComboBox()
        self.type_combo.addItem(tr(_CTX, "休息日"), False)
        self.type_combo.addItem(tr(_CTX, "工作日"), True)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(calendar_overrides.NOTE_MAX_LENGTH)
        self.note_edit.setPlaceholderText(tr(_CTX, "备注，例如：春节调休"))
        self.add_button = QPushButton(tr(_CTX, "添加(&A)"))
        self.remove_button = QPushButton(tr(_CTX, "删除所选(&R)"))
        # A year chinese_calendar does not know (2027 on) needs its official schedule entered here.
        self.import_button = QPushButton(tr(_CTX, "导入全年安排(&I)…"))
        self.import_button.clicked.connect(self.ask_import)
        self.add_button.clicked.connect(self.add_from_inputs)
        self.note_edit.returnPressed.connect(self.add_from_inputs)
        self.remove_button.clicked.connect(self.remove_selected)
        for widget in (self.date_edit, self.type_combo, self.note_edit, self.add_button, self.remove_button,
                       self.import_button):
            widget.setEnabled(editable)

        inputs = QHBoxLayout()
        inputs.addWidget(self.date_edit)
        inputs.addWidget(self.type_combo)
        inputs.addWidget(self.note_edit, 1)
        inputs.addWidget(self.add_button)
        inputs.addWidget(self.remove_button)
        inputs.addWidget(self.import_button)
        note = QLabel(tr(_CTX, "此处设置优先于内置的国家法定节假日安排，用于计算工作日时限。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(inputs)
        layout.addWidget(self.table, 1)
        self.reload()

    def ask_import(self) -> None:
        """Choose a text/CSV file with one year's official schedule and import it."""
        chosen, _ = QFileDialog.getOpenFileName(self, tr(_CTX, "导入全年节假日安排"), "",
                                                tr(_CTX, "文本文件 (*.txt *.csv)"))
        if chosen:
            self.import_text(Path(chosen).read_text(encoding="utf-8-sig"))

    def import_text(self, text: str) -> bool:
        """Store a year's official schedule (lines ``YYYY-MM-DD,休|班[,名称]``); False on bad input."""
        try:
            with self._ctx.database.write() as session:
                done = calendar.import_year_schedule(session, self._ctx.actor, text)
        except DomainError as err:
            QMessageBox.warning(self, tr(_CTX, "导入全年节假日安排"), error_text(err))
            return False
        QMessageBox.information(self, tr(_CTX, "导入全年节假日安排"), tr(
            _CTX, "已导入{year}年的法定节假日安排：休息日{holidays}天，调休上班{workdays}天。").format(
                year=done.year, holidays=done.holidays, workdays=done.workdays))
        self.reload()
        return True

    def reload(self) -> None:
        with self._ctx.database.read() as session:
            self.rows = calendar_overrides.list_overrides(session)
        self.table.setRowCount(len(self.rows))
        sources = {"official": tr(_CTX, "官方安排"), "local": tr(_CTX, "本单位")}
        for r, row in enumerate(self.rows):
            values = (row.day.isoformat(), tr(_CTX, "工作日") if row.is_workday else tr(_CTX, "休息日"),
                      row.note, sources.get(row.source, row.source))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def add(self, day: date, is_workday: bool, note: str) -> bool:
        """Add one override; errors are shown and leave the table unchanged."""
        try:
            with self._ctx.database.write() as session:
                calendar_overrides.add_override(session, self._ctx.actor, day, is_workday, note)
        except DomainError as err:
            QMessageBox.warning(self, tr(_CTX, "节假日"), error_text(err))
            return False
        self.reload()
        return True

    def add_from_inputs(self) -> None:
        qd = self.date_edit.date()
        day = date(qd.year(), qd.month(), qd.day())
        if self.add(day, bool(self.type_combo.currentData()), self.note_edit.text()):
            self.note_edit.clear()

    def selected_days(self) -> list[date]:
        return sorted({self.rows[i.row()].day for i in self.table.selectionModel().selectedRows()})

    def remove_selected(self, confirm: bool = True) -> None:
        days = self.selected_days()
        if not days:
            return
        if confirm:
            answer = QMessageBox.question(
                self, tr(_CTX, "删除节假日设置"),
                tr(_CTX, "确定删除所选的 {n} 条设置吗？删除将记入审计日志。").format(n=len(days)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self._ctx.database.write() as session:
                for day in days:
                    calendar_overrides.remove_override(session, self._ctx.actor, day)
        except DomainError as err:
            QMessageBox.warning(self, tr(_CTX, "节假日"), error_text(err))
        self.reload()
