"""The diagonal 演练 watermark laid over every screen of a rehearsal draw."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop.ui.i18n import tr
from desktop.ui.projector.theme import Theme

_CTX = "Projector"
OPACITY = 0.13


class Watermark(QWidget):
    """Transparent to the mouse; paints 演练 in rows rotated by −30° across the whole window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._theme = Theme()

    def text(self) -> str:
        """The watermark word."""
        return tr(_CTX, "演练")

    def rescale(self, theme: Theme) -> None:
        """Follow the window's size and colours."""
        self._theme = theme
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._theme.font("watermark")
        painter.setFont(font)
        colour = QColor(self._theme.colours.watermark)
        colour.setAlphaF(OPACITY)
        painter.setPen(colour)
        metrics = QFontMetricsF(font)
        word = self.text()
        step_x = metrics.horizontalAdvance(word) * 1.9
        step_y = metrics.height() * 1.9
        diagonal = (self.width() ** 2 + self.height() ** 2) ** 0.5
        painter.translate(QPointF(self.width() / 2, self.height() / 2))
        painter.rotate(-30)
        y = -diagonal / 2
        row = 0
        while y < diagonal / 2:
            x = -diagonal / 2 + (step_x / 2 if row % 2 else 0)
            while x < diagonal / 2:
                painter.drawText(QRectF(x, y, step_x, step_y), Qt.AlignmentFlag.AlignCenter, word)
                x += step_x
            y += step_y
            row += 1
        painter.end()
