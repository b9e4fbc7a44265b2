"""The console's side of the ceremony display: sends each change once, and lets a projector play its steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop.services.draw_view import DrawView
from desktop.ui.projector.api import CeremonyDisplay, Stage


class DisplayBridge(QObject):
    """Wraps any CeremonyDisplay (NullDisplay included).

    A display that replays the result step by step (the projector window: one team per key press)
    gets each "next" key first through `play_step()`; a display whose own keys moved it to another
    stage reports that through a `stage_changed(int)` signal, and the console follows.

    Calls reach the display in order, one event-loop turn after the console's own update: the console
    and the projector then each repaint within their own turn, so with a draw of thousands of targets
    neither holds the GUI thread for the other's work as well (issue bar: ≤ 50 ms per turn).
    """

    def __init__(self, display: CeremonyDisplay, on_display_stage: Callable[[Stage], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.display = display
        self.stage: Stage | None = None
        self._follow = on_display_stage
        self._pending: list[Callable[[], object]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        signal = getattr(display, "stage_changed", None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(self._moved)

    def _moved(self, stage: int) -> None:
        self.stage = Stage(stage)
        self._follow(self.stage)

    def _queue(self, call: Callable[[], object]) -> None:
        self._pending.append(call)
        self._timer.start()

    def flush(self) -> None:
        """Deliver every queued call now, in order."""
        self._timer.stop()
        pending, self._pending = self._pending, []
        for call in pending:
            call()

    def set_view(self, view: DrawView) -> None:
        self._queue(lambda: self.display.set_view(view))

    def show_stage(self, stage: Stage) -> bool:
        """Move the display; False when it is there already."""
        if stage == self.stage:
            return False
        self.stage = stage
        self._queue(lambda: self.display.set_stage(stage))
        return True

    def set_witness_progress(self, entered: tuple[bool, ...]) -> None:
        self._queue(lambda: self.display.set_witness_progress(entered))

    def play_step(self) -> bool:
        """Let the display play the next step of its current screen; False when it has none."""
        self.flush()  # the step must play on what the console last sent
        current: Any = getattr(self.display, "current_screen", None)
        if not callable(current):
            return False
        screen = current()
        return bool(screen.advance()) if hasattr(screen, "advance") else False

    def close(self) -> None:
        self.flush()
        self.display.close_display()
