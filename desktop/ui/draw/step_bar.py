"""The row of step names across the top of the draw console: done, current, still to come."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

_CURRENT = "background: #1f4e8c; color: white; font-weight: bold; padding: 6px 12px; border-radius: 4px;"
_DONE = "color: #1d6b34; padding: 6px 12px;"
_TODO = "color: #777; padding: 6px 12px;"


class StepBar(QWidget):
    """`set_state(current, completed)` highlights the shown step and ticks the completed ones."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = list(names)
        self.labels: list[QLabel] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for n, name in enumerate(self._names):
            if n:
                arrow = QLabel("›")
                arrow.setStyleSheet("color: #999; font-size: 14pt;")
                layout.addWidget(arrow)
            label = QLabel(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.labels.append(label)
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_state(0, 0)

    def set_state(self, current: int, completed: int) -> None:
        """Steps below `completed` are done; `current` is the one on screen."""
        for n, label in enumerate(self.labels):
            mark = "✔ " if n < completed else ""
            label.setText(f"{mark}{n + 1}. {self._names[n]}")
            label.setStyleSheet(_CURRENT if n == current else _DONE if n < completed else _TODO)
