"""The head of the 抽查情况记录表: task, target, team, inspection date and inspection methods."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGridLayout, QGroupBox, QLabel, QWidget

from desktop.services.records_view import RecordDetail
from desktop.ui.i18n import tr

# QDateEdit cannot be empty: its minimum date stands for 未填写 (shown as the special value text).
_UNSET = QDate(2000, 1, 1)
_METHOD_COLUMNS = 4


class RecordHeader(QGroupBox):
    """`changed` fires on every edit of the date or the methods."""

    changed = Signal()

    def __init__(self, methods: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("基本情况"), parent)
        self.task_label = QLabel()
        self.target_label = QLabel()
        self.code_label = QLabel()
        self.address_label = QLabel()
        self.legal_rep_label = QLabel()
        self.team_label = QLabel()
        self.state_label = QLabel()
        for label in (self.task_label, self.target_label, self.code_label, self.address_label,
                      self.legal_rep_label, self.team_label, self.state_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        bold = self.target_label.font()
        bold.setBold(True)
        self.target_label.setFont(bold)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(_UNSET)
        self.date_edit.setSpecialValueText(self.tr("未填写"))
        self.date_edit.setDate(_UNSET)
        self.date_edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.method_boxes: dict[str, QCheckBox] = {}
        methods_grid = QGridLayout()
        methods_grid.setHorizontalSpacing(12)
        for n, method in enumerate(methods):
            box = QCheckBox(tr("labels", method))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.method_boxes[method] = box
            methods_grid.addWidget(box, n // _METHOD_COLUMNS, n % _METHOD_COLUMNS)

        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.addWidget(QLabel(self.tr("抽查任务：")), 0, 0)
        grid.addWidget(self.task_label, 0, 1, 1, 3)
        rows: list[tuple[str, QWidget, str, QWidget]] = [
            (self.tr("检查对象名称："), self.target_label, self.tr("统一社会信用代码："), self.code_label),
            (self.tr("地址："), self.address_label, self.tr("法定代表人（负责人）："), self.legal_rep_label),
        ]
        for r, (left, left_widget, right, right_widget) in enumerate(rows, start=1):
            grid.addWidget(QLabel(left), r, 0)
            grid.addWidget(left_widget, r, 1)
            grid.addWidget(QLabel(right), r, 2)
            grid.addWidget(right_widget, r, 3)
        date_label = QLabel(self.tr("检查日期(&D)："))
        date_label.setBuddy(self.date_edit)
        grid.addWidget(date_label, 3, 0)
        grid.addWidget(self.date_edit, 3, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("记录状态：")), 3, 2)
        grid.addWidget(self.state_label, 3, 3)
        grid.addWidget(QLabel(self.tr("检查人员：")), 4, 0)
        grid.addWidget(self.team_label, 4, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("检查方式：")), 5, 0)
        grid.addLayout(methods_grid, 5, 1, 1, 3)

    def set_detail(self, detail: RecordDetail, task_text: str, today: date) -> None:
        """Show a record; an unset inspection date opens the calendar on `today`."""
        self.blockSignals(True)
        self.task_label.setText(task_text)
        self.target_label.setText(detail.target_name)
        self.code_label.setText(detail.target_code)
        self.address_label.setText(detail.target_address or self.tr("（未登记）"))
        self.legal_rep_label.setText(detail.legal_rep or self.tr("（未登记）"))
        self.state_label.setText(detail.state_label)
        self.team_label.setText("、".join(
            self.tr("{name}（{role}，{staff_no}）").format(name=t.member.name, role=t.member.role_label,
                                                        staff_no=t.member.staff_no) for t in detail.team))
        d = detail.inspection_date
        self.date_edit.setDate(QDate(d.year, d.month, d.day) if d else _UNSET)
        self.date_edit.calendarWidget().setSelectedDate(QDate(today.year, today.month, today.day) if d is None
                                                        else self.date_edit.date())
        for method, box in self.method_boxes.items():
            box.setChecked(method in detail.methods)
        self.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        """Lock the date and the methods of a record that can no longer change."""
        self.date_edit.setEnabled(editable)
        for box in self.method_boxes.values():
            box.setEnabled(editable)

    def inspection_date(self) -> date | None:
        """The entered date, or None while 未填写."""
        d = self.date_edit.date()
        return None if d == _UNSET else date(d.year(), d.month(), d.day())

    def set_inspection_date(self, value: date | None) -> None:
        """Set (or clear) the inspection date."""
        self.date_edit.setDate(QDate(value.year, value.month, value.day) if value else _UNSET)

    def methods(self) -> tuple[str, ...]:
        """The checked methods, in form order."""
        return tuple(m for m, box in self.method_boxes.items() if box.isChecked())
