"""A vertical name reel that decelerates onto a name chosen beforehand (it only replays a result)."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.projector.theme import Theme, fitted_font

REEL_SIZE = 48  # names on one reel: a sample of the class (large classes are not hashed in full)
SPIN_MS = 2600
MIN_ROWS_TRAVELLED = 28


def _hash_key(name: str) -> bytes:
    return hashlib.sha256(name.encode("utf-8")).digest()


def reel_names(eligible: Sequence[str], include: Sequence[str], size: int = REEL_SIZE) -> list[str]:
    """An even sample of the class plus every name of `include`, ordered by the SHA-256 of the name."""
    # Touches at most `size` names of the class: a class of 100,000 targets costs no more than one of 50.
    count = len(eligible)
    picks = min(count, size)
    step = count / picks if picks else 1.0
    sample = {eligible[min(count - 1, int(i * step))] for i in range(picks)}
    sample.update(include)
    sample.discard("")
    return sorted(sample, key=_hash_key)


class NameReel(QWidget):
    """Paints names scrolling past a framed centre line; `spin_to` lands exactly on one name."""

    landed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.offset = 0.0
        self.theme = Theme()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._animation = QVariantAnimation(self)
        self._animation.setEasingCurve(QEasingCurve.Type.OutQuart)
        self._animation.valueChanged.connect(self._on_value)
        self._animation.finished.connect(self._on_finished)

    def rescale(self, theme: Theme) -> None:
        """Follow the window's size and colours."""
        self.theme = theme
        self.update()

    def set_names(self, names: list[str]) -> None:
        """A new reel (another risk class); it rests on its first name."""
        self._animation.stop()
        self.names = list(names)
        self.offset = 0.0
        self.update()

    def current_name(self) -> str:
        """The name on the centre line."""
        if not self.names:
            return ""
        return self.names[round(self.offset) % len(self.names)]

    def spin_to(self, name: str, duration_ms: int = SPIN_MS) -> None:
        """Spin forward and decelerate onto `name` (which must be on the reel)."""
        self._animation.stop()
        if name not in self.names:
            self.names.append(name)
        index = self.names.index(name)
        size = len(self.names)
        loops = max(2, math.ceil(MIN_ROWS_TRAVELLED / size))
        start = float(round(self.offset))
        base = start - (start % size) + loops * size
        end = base + index
        self._animation.setStartValue(start)
        self._animation.setEndValue(float(end))
        self._animation.setDuration(max(1, duration_ms))
        self._animation.start()

    def is_spinning(self) -> bool:
        """The reel is moving."""
        return self._animation.state() == QVariantAnimation.State.Running

    def seek(self, fraction: float) -> None:
        """Show the spin at a fraction of its time (screenshots)."""
        duration = self._animation.duration()
        self._animation.setCurrentTime(int(duration * min(max(fraction, 0.0), 1.0)))

    def finish(self) -> None:
        """Jump to the landing position at once."""
        if self.is_spinning():
            self._animation.setCurrentTime(self._animation.duration())

    def _on_finished(self) -> None:
        self.landed.emit()

    def _on_value(self, value: object) -> None:
        if isinstance(value, int | float):
            self.offset = float(value)
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.theme.colours
        small, big = self.theme.font("reel"), self.theme.font("reel_center")
        row = QFontMetrics(big).height() * 1.35
        centre_y = self.height() / 2
        frame = QRectF(2, centre_y - row / 2, self.width() - 4, row)
        painter.fillRect(self.rect(), QColor(colours.panel))
        if self.names:
            base = math.floor(self.offset)
            reach = int(self.height() / row / 2) + 2
            pad = self.theme.space(16)
            for k in range(-reach, reach + 1):
                idx = base + k
                y = centre_y + (idx - self.offset) * row
                distance = abs(y - centre_y) / row
                centre = distance < 0.5
                name = self.names[idx % len(self.names)]
                room = int(self.width() - 2 * pad)
                font = fitted_font(big if centre else small, name, room)
                painter.setFont(font)
                colour = QColor(colours.text if centre else colours.muted)
                colour.setAlphaF(max(0.15, 1.0 - 0.28 * distance))
                painter.setPen(colour)
                text = QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideRight, room)
                painter.drawText(QRectF(pad, y - row / 2, self.width() - 2 * pad, row),
                                 Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(QPen(QColor(colours.accent), max(3, self.theme.space(5))))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame, 10, 10)
        painter.end()
