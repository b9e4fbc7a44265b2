"""What every ceremony screen does: render a DrawView, play its next step, finish at once."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from desktop.services.draw_view import DrawView
from desktop.ui.projector.theme import Theme

AUTOPLAY_PAUSE_MS = 1200


class Screen(QWidget):
    """A stage's screen; it only shows the data it is given and never changes the draw."""

    # `advance()` plays the screen's next step (or finishes a running animation) and returns
    # False when there is nothing left, so the window moves on to the next stage.

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: DrawView | None = None
        self.theme = Theme()
        self.autoplay = False
        self._autoplay_timer = QTimer(self)
        self._autoplay_timer.setSingleShot(True)
        self._autoplay_timer.setInterval(AUTOPLAY_PAUSE_MS)
        self._autoplay_timer.timeout.connect(self._autoplay_step)

    def update_view(self, view: DrawView, previous: DrawView | None) -> None:
        """New data for the same or a new draw attempt."""
        del previous
        self.view = view

    def reset(self) -> None:
        """A new draw attempt: forget what was played."""

    def enter(self) -> None:
        """The screen became the current one."""

    def leave(self) -> None:
        """Another screen is shown: complete any animation so coming back shows the final state."""
        self._autoplay_timer.stop()
        self.finish()

    def advance(self) -> bool:
        """Play the next step; False when the screen has nothing more to show."""
        if self.busy():
            self.finish()
            return True
        return self.play_next()

    def play_next(self) -> bool:
        """Start the next step; False when there is none."""
        return False

    def busy(self) -> bool:
        """An animation is running."""
        return False

    def finish(self) -> None:
        """Jump to the end of the running animation."""

    def pending(self) -> bool:
        """Steps remain to be played."""
        return False

    def set_autoplay(self, on: bool) -> None:
        """Let the screen play its steps one after another."""
        self.autoplay = on
        if on and not self.busy():
            self._autoplay_timer.start()
        elif not on:
            self._autoplay_timer.stop()

    def step_done(self) -> None:
        """Subclasses call this when a step finished; autoplay schedules the next."""
        if self.autoplay and self.pending() and self.isVisible():
            self._autoplay_timer.start()

    def _autoplay_step(self) -> None:
        if self.autoplay and not self.busy() and self.pending():
            self.play_next()

    def rescale(self, theme: Theme) -> None:
        """Sizes changed (fonts are set by Theme.apply; screens adjust spacing here)."""
        self.theme = theme
