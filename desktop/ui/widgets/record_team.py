"""检查组签字确认: one line and one 确认 button per team member, with the time each one confirmed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from desktop.services.records_view import TeamRow


class RecordTeam(QGroupBox):
    """`confirm_requested(inspector_id)` asks the editor to record that member's confirmation."""

    confirm_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("检查组签字确认"), parent)
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(1, 1)
        self.buttons: dict[int, QPushButton] = {}
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")

    def _clear(self) -> None:
        self._grid.removeWidget(self.hint)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Detach at once: a deleteLater()'d widget would still paint until the event loop runs.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.buttons.clear()

    def set_team(self, team: Sequence[TeamRow], can_confirm: bool, hint: str = "") -> None:
        """Show the members; `can_confirm` enables the buttons of those who have not confirmed yet."""
        self._clear()
        for r, row in enumerate(team):
            m = row.member
            who = QLabel(self.tr("{name}（{role}，{staff_no}）").format(name=m.name, role=m.role_label,
                                                                       staff_no=m.staff_no))
            when = QLabel(self.tr("已确认 {at}").format(at=row.confirmed_at.strftime("%Y-%m-%d %H:%M"))
                          if row.confirmed_at else self.tr("未确认"))
            when.setStyleSheet("color: #2e7d32;" if row.confirmed_at else "color: #c62828;")
            button = QPushButton(self.tr("{name}确认").format(name=m.name))
            button.setToolTip(self.tr("{name}已核对记录内容并签字").format(name=m.name))
            button.setEnabled(can_confirm and row.confirmed_at is None)
            button.clicked.connect(lambda _checked=False, iid=m.inspector_id: self.confirm_requested.emit(iid))
            self._grid.addWidget(who, r, 0)
            self._grid.addWidget(when, r, 1)
            self._grid.addWidget(button, r, 2)
            self.buttons[m.inspector_id] = button
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self._grid.addWidget(self.hint, len(team), 0, 1, 3)
