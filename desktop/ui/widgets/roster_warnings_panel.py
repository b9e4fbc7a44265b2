"""名录提醒: licences expired or expiring within 30 days, departments with too few leader-capable inspectors."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.services.rosters import RosterWarning

_COLOURS = {"licence_expired": "#b00020", "licence_expiring": "#8a5a00", "few_leaders": "#8a5a00"}


class RosterWarningsPanel(QGroupBox):
    """Activating a warning (Enter or double-click) emits `inspector_chosen(staff_no)` for a licence,
    `department_chosen(name)` for a department short of leaders."""

    inspector_chosen = Signal(str)
    department_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        QVBoxLayout(self).addWidget(self.list)
        self.set_warnings(())

    def set_warnings(self, warnings: Sequence[RosterWarning]) -> None:
        """Show the warnings (the title counts them)."""
        self.list.clear()
        for w in warnings:
            prefix = {"licence_expired": self.tr("【已过期】"), "licence_expiring": self.tr("【将到期】"),
                      "few_leaders": self.tr("【组长不足】")}.get(w.kind, "")
            item = QListWidgetItem(prefix + w.message)
            item.setForeground(QBrush(QColor(_COLOURS.get(w.kind, "#000000"))))
            item.setData(Qt.ItemDataRole.UserRole, (w.kind, w.subject))
            if w.kind.startswith("licence"):
                item.setToolTip(self.tr("回车或双击打开该人员"))
            elif w.kind == "few_leaders":
                item.setToolTip(self.tr("回车或双击列出该部门的人员"))
            self.list.addItem(item)
        if warnings:
            self.setTitle(self.tr("名录提醒（{n}条）").format(n=len(warnings)))
        else:
            self.setTitle(self.tr("名录提醒：无"))

    def count(self) -> int:
        return self.list.count()

    def _activated(self, item: QListWidgetItem) -> None:
        kind, subject = item.data(Qt.ItemDataRole.UserRole) or ("", "")
        if kind.startswith("licence"):
            self.inspector_chosen.emit(str(subject))
        elif kind == "few_leaders":
            self.department_chosen.emit(str(subject))
