"""The fields a task and a plan entry share: name, items, window, quotas, rounding, scope, directed, joint."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.lookups import FormChoices
from desktop.ui.widgets.check_list import CheckList
from desktop.ui.widgets.form_bits import date_edit, to_qdate
from desktop.ui.widgets.quota_editor import QuotaEditor

_LIST_HEIGHT = 96


class TaskFields(QWidget):
    """Two columns: what and when (left, `form`), where and with whom (right); `draft_kwargs()` feeds a draft."""

    items_changed = Signal()

    def __init__(self, choices: FormChoices, start: date, end: date, *, with_categories: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices
        self._with_categories = with_categories
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.items = CheckList()
        kinds = {"key": self.tr("重点"), "general": self.tr("一般")}
        self.items.set_options([(self.tr("{code}  {name}（{kind}）").format(
            code=i.code, name=i.name, kind=kinds.get(i.kind, i.kind)), i.id) for i in choices.items])
        self.items.setMinimumHeight(_LIST_HEIGHT)
        self.items.checked_changed.connect(self.items_changed)
        self.start_edit, self.end_edit = date_edit(start), date_edit(end)
        window_box = QWidget()
        window = QHBoxLayout(window_box)
        window.setContentsMargins(0, 0, 0, 0)
        window.addWidget(self.start_edit)
        window.addWidget(QLabel(self.tr("至")))
        window.addWidget(self.end_edit)
        window.addStretch(1)
        self.quotas = QuotaEditor(choices.risk_labels)
        self.rounding = QComboBox()
        self.rounding.addItem(self.tr("向上取整"), "ceil")
        self.rounding.addItem(self.tr("四舍五入"), "half_up")
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(choices.rounding)))

        self.form = QFormLayout()
        self.form.addRow(self.tr("名称(&N)："), self.name_edit)
        self.form.addRow(self.tr("抽查事项(&I)："), self.items)
        window_label = QLabel(self.tr("起止日期(&W)："))
        window_label.setBuddy(self.start_edit)
        self.form.addRow(window_label, window_box)
        self.form.addRow(self.tr("抽查比例(&Q)："), self.quotas)
        self.form.addRow(self.tr("取整方式(&R)："), self.rounding)

        self.jurisdictions = CheckList()
        self.jurisdictions.set_options([(v, v) for v in choices.jurisdictions])
        self.industries = CheckList()
        self.industries.set_options([(v, v) for v in choices.industries])
        self.directed = QCheckBox(self.tr("定向抽查（仅抽取所选类别的检查对象）(&D)"))
        self.categories = CheckList()
        self.categories.set_options([(v, v) for v in choices.industries])
        self.joint = QCheckBox(self.tr("联合抽查(&J)"))
        self.initiating = QComboBox()
        for d in choices.departments:
            self.initiating.addItem(d.name, d.id)
        self.participants = CheckList()
        self.participants.set_options([(d.name, d.id) for d in choices.departments])
        for lst in (self.jurisdictions, self.industries, self.categories, self.participants):
            lst.setMaximumHeight(_LIST_HEIGHT)
        scope = QFormLayout()
        hint = QLabel(self.tr("不勾选表示全部"))
        hint.setStyleSheet("color: #666;")
        scope.addRow(hint)
        scope.addRow(self.tr("管辖机关(&G)："), self.jurisdictions)
        scope.addRow(self.tr("行业类别(&H)："), self.industries)
        scope.addRow(self.directed)
        self._categories_label = QLabel(self.tr("定向类别："))
        scope.addRow(self._categories_label, self.categories)
        scope.addRow(self.joint)
        scope.addRow(self.tr("发起部门："), self.initiating)
        scope.addRow(self.tr("参与部门："), self.participants)
        self._categories_label.setVisible(with_categories)
        self.categories.setVisible(with_categories)
        scope_box = QGroupBox(self.tr("范围与联合"))
        scope_box.setLayout(scope)

        left = QWidget()
        left.setLayout(self.form)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(left, 3)
        right = QVBoxLayout()
        right.addWidget(scope_box)
        right.addStretch(1)
        layout.addLayout(right, 2)
        self.directed.toggled.connect(self._sync)
        self.joint.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.categories.setEnabled(self.directed.isChecked())
        joint = self.joint.isChecked()
        self.initiating.setEnabled(joint)
        self.participants.setEnabled(joint)

    def item_ids(self) -> tuple[int, ...]:
        """The checked items' ids."""
        return tuple(self.items.checked_values())

    def draft_kwargs(self) -> dict[str, Any]:
        """Keyword arguments common to TaskDraft and EntryDraft (plus `categories` for a task)."""
        joint = self.joint.isChecked()
        values: dict[str, Any] = {
            "name": self.name_edit.text().strip(),
            "item_ids": self.item_ids(),
            "window_start": self.start_edit.date().toPython(),
            "window_end": self.end_edit.date().toPython(),
            "quotas": self.quotas.quotas(),
            "rounding": str(self.rounding.currentData()),
            "jurisdictions": tuple(self.jurisdictions.checked_values()),
            "industries": tuple(self.industries.checked_values()),
            "directed": self.directed.isChecked(),
            "joint": joint,
            "initiating_department_id": self.initiating.currentData() if joint else None,
            "joint_department_ids": tuple(d for d in self.participants.checked_values()
                                          if d != self.initiating.currentData()) if joint else (),
        }
        if self._with_categories:
            values["categories"] = tuple(self.categories.checked_values()) if values["directed"] else ()
        return values

    def load(self, values: Mapping[str, Any]) -> None:
        """Show a draft's values (keys as in `draft_kwargs`; missing keys keep the current value)."""
        if "name" in values:
            self.name_edit.setText(str(values["name"]))
        if "item_ids" in values:
            self.items.set_checked(values["item_ids"])
        for key, edit in (("window_start", self.start_edit), ("window_end", self.end_edit)):
            if key in values:
                d: date = values[key]
                edit.setDate(to_qdate(d))
        if "quotas" in values:
            self.quotas.set_quotas(values["quotas"])
        if "rounding" in values:
            self.rounding.setCurrentIndex(max(0, self.rounding.findData(values["rounding"])))
        self._check(self.jurisdictions, values, "jurisdictions")
        self._check(self.industries, values, "industries")
        self._check(self.categories, values, "categories")
        self.directed.setChecked(bool(values.get("directed", self.directed.isChecked())))
        self.joint.setChecked(bool(values.get("joint", self.joint.isChecked())))
        init = values.get("initiating_department_id")
        if init is not None:
            self.initiating.setCurrentIndex(max(0, self.initiating.findData(init)))
        self._check(self.participants, values, "joint_department_ids")
        self._sync()

    @staticmethod
    def _check(lst: CheckList, values: Mapping[str, Any], key: str) -> None:
        if key in values:
            chosen: Iterable[Any] = values[key]
            lst.set_checked(chosen)
