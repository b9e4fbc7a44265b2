"""A small horizontal bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BLUE = QColor(58, 107, 176)
ORANGE = QColor(237, 135, 48)
_BAR = 14  # height of one bar
_GAP = 8  # space between two rows
_PAD = 10


class BarChart(QWidget):
    """Rows of labelled bar groups, one bar per series; values are whole counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._series: list[tuple[str, QColor]] = []
        self._rows: list[tuple[str, tuple[int, ...]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(260)

    def set_data(self, title: str, series: Sequence[tuple[str, QColor]],
                 rows: Sequence[tuple[str, Sequence[int]]]) -> None:
        """Replace the chart: `series` names and colours, `rows` (label, one value per series)."""
        self._title = title
        self._series = list(series)
        self._rows = [(label, tuple(int(v) for v in values)) for label, values in rows]
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, tuple[int, ...]]]:
        """What is drawn (for tests and accessibility)."""
        return list(self._rows)

    def _row_height(self) -> int:
        return _BAR * max(1, len(self._series)) + _GAP

    def _header_height(self) -> int:
        return 2 * self.fontMetrics().height() + _PAD

    def sizeHint(self) -> QSize:
        return QSize(420, self._header_height() + max(1, len(self._rows)) * self._row_height() + 2 * _PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self._header_height() + self._row_height() + 2 * _PAD)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        width = self.width() - 2 * _PAD
        painter.setPen(text)
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(_PAD, _PAD / 2, width, line), Qt.AlignmentFlag.AlignLeft, self._title)
        painter.setFont(self.font())
        x = float(_PAD)
        for name, color in self._series:  # the legend, on the title's right
            x_end = x + 12 + 4 + metrics.horizontalAdvance(name) + 14
            painter.fillRect(QRectF(x, _PAD / 2 + line + 3, 12, 10), color)
            painter.drawText(QRectF(x + 16, _PAD / 2 + line, x_end - x, line), Qt.AlignmentFlag.AlignLeft, name)
            x = x_end
        top = self._header_height()
        if not self._rows:
            painter.drawText(QRectF(_PAD, top, width, line * 2), Qt.AlignmentFlag.AlignCenter, self.tr("暂无数据"))
            painter.end()
            return
        label_w = min(max(metrics.horizontalAdvance(label) for label, _v in self._rows) + 16, int(width * 0.4))
        peak = max(max(values, default=0) for _label, values in self._rows) or 1
        value_w = metrics.horizontalAdvance(str(peak)) + 6
        bar_room = max(10.0, width - label_w - value_w)
        x0 = _PAD + label_w
        for n, (label, values) in enumerate(self._rows):
            y = top + n * self._row_height()
            painter.setPen(text)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, label_w - 8)
            painter.drawText(QRectF(_PAD, y, label_w - 8, _BAR * len(values)),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            for k, value in enumerate(values):
                color = self._series[k][1] if k < len(self._series) else BLUE
                length = bar_room * value / peak
                bar = QRectF(x0, y + k * _BAR + 1, max(length, 1.0 if value else 0.0), _BAR - 2)
                painter.fillRect(bar, color)
                painter.drawText(QRectF(x0 + length + 3, y + k * _BAR, value_w, _BAR),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(int(x0), top - 2, int(x0), top + len(self._rows) * self._row_height() - _GAP + 2)
        painter.end()
