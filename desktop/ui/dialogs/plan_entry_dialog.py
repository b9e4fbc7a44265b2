"""One 年度计划 entry: items, scope, window, quotas per risk class, frequency, rounding, directed, joint."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QSpinBox, QVBoxLayout, QWidget

from desktop.core.errors import DomainError
from desktop.services.lookups import FormChoices
from desktop.services.plans import EntryDraft
from desktop.ui.i18n import error_text
from desktop.ui.widgets.form_bits import dialog_buttons
from desktop.ui.widgets.screen_fit import fit_size
from desktop.ui.widgets.task_fields import TaskFields

MAX_FREQUENCY = 12


class PlanEntryDialog(QDialog):
    """`draft()` is the entry as entered; OK checks it the way plans.save_plan will."""

    def __init__(self, choices: FormChoices, year: int, number: int, entry: EntryDraft | None = None,
                 item_ids: tuple[int, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._number = number
        self.setWindowTitle(self.tr("计划条目 {n}").format(n=number))
        self.fields = TaskFields(choices, date(year, 3, 1), date(year, 11, 30), with_categories=False)
        self.frequency = QSpinBox()
        self.frequency.setRange(1, MAX_FREQUENCY)
        self.frequency.setSuffix(self.tr(" 次/年"))
        self.fields.form.addRow(self.tr("抽查频次(&F)："), self.frequency)
        if entry is not None:
            self.fields.load(self._values(entry))
            self.frequency.setValue(entry.frequency)
        else:
            self.fields.load({"item_ids": item_ids})
        buttons = dialog_buttons(self, self.tr("确定"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields, 1)
        layout.addWidget(buttons)
        fit_size(self, 1100, 640)
        self.fields.name_edit.setFocus()

    @staticmethod
    def _values(entry: EntryDraft) -> dict[str, Any]:
        return {"name": entry.name, "item_ids": entry.item_ids, "window_start": entry.window_start,
                "window_end": entry.window_end, "quotas": entry.quotas, "rounding": entry.rounding,
                "jurisdictions": entry.jurisdictions, "industries": entry.industries, "directed": entry.directed,
                "joint": entry.joint, "initiating_department_id": entry.initiating_department_id,
                "joint_department_ids": entry.joint_department_ids}

    def draft(self) -> EntryDraft:
        """The entry as entered."""
        return EntryDraft(frequency=self.frequency.value(), **self.fields.draft_kwargs())

    def problem(self) -> DomainError | None:
        """The first reason save_plan would refuse this entry (same codes), or None."""
        e, n = self.draft(), self._number
        if not e.name or not e.item_ids:
            return DomainError("plan_entry_incomplete", entry=n)
        if e.window_end < e.window_start:
            return DomainError("plan_entry_window", entry=n)
        if not e.quotas:
            return DomainError("plan_entry_quota", entry=n)
        if e.joint and (e.initiating_department_id is None or not e.joint_department_ids):
            return DomainError("joint_departments_required", entry=n)
        return None

    def accept(self) -> None:
        err = self.problem()
        if err is not None:
            QMessageBox.warning(self, self.tr("请检查输入"), error_text(err))
            return
        super().accept()
