"""A QR code painted crisply from segno's module matrix, always on a white quiet zone."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import segno
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4
# Choosing the best mask costs 10 ms for a result hash and ~60 ms for the pre-draw record, on the GUI
# thread; a fixed mask decodes just as well (tests decode the painted codes with ZXing).
FIXED_MASK = 2
_ALNUM_RUN = re.compile(r"[0-9A-Z $%*+\-./:]{16,}")


def segments(text: str) -> list[tuple[str, None, str | None]]:
    """Long runs of QR alphanumeric characters (upper-case hex) as their own compact segments."""
    parts: list[tuple[str, None, str | None]] = []
    pos = 0
    for match in _ALNUM_RUN.finditer(text):
        if match.start() > pos:
            parts.append((text[pos:match.start()], None, "utf-8"))
        parts.append((match.group(), None, None))
        pos = match.end()
    if pos < len(text):
        parts.append((text[pos:], None, "utf-8"))
    return parts


@lru_cache(maxsize=16)
def _matrix(text: str) -> tuple[bytearray, ...]:
    content: Any = segments(text)  # segno accepts a list of (text, mode, encoding) segments
    return tuple(segno.make(content, error="m", micro=False, boost_error=False, mask=FIXED_MASK).matrix)


class QrCode(QWidget):
    """Square QR code of a text; paints whole pixels per module so phones can scan it off the wall."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._matrix: tuple[bytearray, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def text(self) -> str:
        """The encoded text."""
        return self._text

    def modules(self) -> int:
        """Number of modules per side (0 when empty)."""
        return len(self._matrix)

    def set_text(self, text: str) -> None:
        """Encode `text` (UTF-8, error correction M); an empty text shows nothing."""
        if text == self._text:
            return
        self._text = text
        self._matrix = _matrix(text) if text else ()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        if not self._matrix:
            return
        side = min(self.width(), self.height())
        count = len(self._matrix) + 2 * QUIET_ZONE
        unit = max(1, side // count)
        full = unit * count
        left = (self.width() - full) // 2
        top = (self.height() - full) // 2
        painter = QPainter(self)
        painter.fillRect(QRect(left, top, full, full), QColor("#FFFFFF"))
        black = QColor("#000000")
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(left + (x + QUIET_ZONE) * unit, top + (y + QUIET_ZONE) * unit,
                                     unit, unit, black)
        painter.end()
