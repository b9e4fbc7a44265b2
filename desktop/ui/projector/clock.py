"""A live clock with seconds, so every video frame can be tied to the draw record's times."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

FORMAT = "yyyy-MM-dd HH:mm:ss"
SHORT_FORMAT = "HH:mm:ss"


class ClockLabel(QLabel):
    """Shows the local date and time (only the time when the date would not fit), refreshed 5× a second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("fontRole", "clock")
        self.setProperty("tone", "text")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    def _fits_date(self) -> bool:
        return self.width() >= QFontMetrics(self.font()).horizontalAdvance("0000-00-00 00:00:00") + 4

    def tick(self) -> None:
        """Refresh the text when the second changed."""
        text = QDateTime.currentDateTime().toString(FORMAT if self._fits_date() else SHORT_FORMAT)
        if text != self.text():
            self.setText(text)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance("0000-00-00 00:00:00") + 4, metrics.height())

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance("00:00:00") + 4, metrics.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.tick()
