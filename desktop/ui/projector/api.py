"""The contract between the operator's draw console and a ceremony display (projector or none)."""

from __future__ import annotations

from enum import IntEnum
from typing import Protocol

from desktop.services.draw_view import DrawView


class Stage(IntEnum):
    """The ceremony's screens, in order (DESIGN §5)."""

    OPENING = 0  # 开场/承诺
    WITNESSES = 1  # 见证人输入
    REVEAL = 2  # 揭示
    TARGETS = 3  # 抽取检查对象
    TEAMS = 4  # 匹配检查人员
    EVENTS = 5  # 现场回避/替换
    RESULT = 6  # 结果


class CeremonyDisplay(Protocol):
    """What the console tells the display; the display never changes the draw."""

    def set_view(self, view: DrawView) -> None:
        """The draw's current data (after every service call that changed it)."""

    def set_stage(self, stage: Stage) -> None:
        """Move to a screen (the console allows only the stages the draw's state permits)."""

    def set_witness_progress(self, entered: tuple[bool, ...]) -> None:
        """Which witnesses' digits are in (digits stay masked until all are in and confirmed)."""

    def close_display(self) -> None:
        """The ceremony is over or was stopped."""


class NullDisplay:
    """No projector: the console works on its own."""

    def set_view(self, view: DrawView) -> None:
        del view

    def set_stage(self, stage: Stage) -> None:
        del stage

    def set_witness_progress(self, entered: tuple[bool, ...]) -> None:
        del entered

    def close_display(self) -> None:
        return None
