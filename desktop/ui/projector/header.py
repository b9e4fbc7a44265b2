"""The projector's top bar: task number, rehearsal badge, the stage's name and the live clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from desktop.services.draw_view import DrawView
from desktop.ui.i18n import tr
from desktop.ui.projector.api import Stage
from desktop.ui.projector.clock import ClockLabel
from desktop.ui.projector.theme import Theme, label

_CTX = "Projector"
_MARKS = "①②③④⑤⑥⑦"


def stage_title(stage: Stage) -> str:
    """The Chinese name of a ceremony stage."""
    return {
        Stage.OPENING: tr(_CTX, "开场 · 承诺"),
        Stage.WITNESSES: tr(_CTX, "见证人输入"),
        Stage.REVEAL: tr(_CTX, "揭示"),
        Stage.TARGETS: tr(_CTX, "抽取检查对象"),
        Stage.TEAMS: tr(_CTX, "匹配检查人员"),
        Stage.EVENTS: tr(_CTX, "现场回避/替换"),
        Stage.RESULT: tr(_CTX, "结果"),
    }[stage]


class HeaderBar(QFrame):
    """Shown on every screen, so each video frame carries the task, the stage and the time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.task = label("", "header")
        self.badge = label(tr(_CTX, "演练"), "header", "badge", align=Qt.AlignmentFlag.AlignCenter)
        self.badge.hide()
        self.stage = label("", "header", "accent", align=Qt.AlignmentFlag.AlignCenter)
        self.clock = ClockLabel()
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.task, 1)
        self.row.addWidget(self.badge)
        self.row.addWidget(self.stage, 1)
        self.row.addWidget(self.clock, 1)

    def show_view(self, view: DrawView | None) -> None:
        """Task number and the rehearsal badge."""
        self.task.setText(view.task_number if view else "")
        self.badge.setVisible(bool(view and view.rehearsal))

    def show_stage(self, stage: Stage) -> None:
        """The stage's number and name."""
        self.stage.setText(f"{_MARKS[int(stage)]} {stage_title(stage)}")

    def rescale(self, theme: Theme) -> None:
        """Margins follow the window size."""
        self.row.setContentsMargins(theme.space(40), theme.space(10), theme.space(40), theme.space(10))
        self.row.setSpacing(theme.space(24))
