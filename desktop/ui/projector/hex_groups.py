"""Hex values as the witnesses read them: upper case, grouped by four, wrapped or fitted to the width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.ui.projector.theme import MIN_PX

GROUP = 4
_PER_LINE_CHOICES = (16, 8, 4, 2, 1)


def groups(hex_text: str) -> list[str]:
    """Upper-case groups of four characters."""
    text = hex_text.strip().upper()
    return [text[i:i + GROUP] for i in range(0, len(text), GROUP)]


def group_hex(hex_text: str, per_line: int = 0) -> str:
    """'8F3A 1B2C …', with a line break after every `per_line` groups (0 = one line)."""
    parts = groups(hex_text)
    if per_line <= 0:
        return " ".join(parts)
    return "\n".join(" ".join(parts[i:i + per_line]) for i in range(0, len(parts), per_line))


def fingerprint(hex_text: str, length: int = 16) -> str:
    """The first `length` hex digits, grouped by four ('2C94 5A8A 6ABD D456')."""
    return group_hex(hex_text[:length])


class HexBlock(QLabel):
    """A hex value grouped by four, wrapped to the width (per_line=0) or shrunk to fit (per_line>0)."""

    # per_line=0: as many groups per line as fit the width (16, 8, 4, 2). per_line>0: that many groups
    # per line, and the font shrinks (never below 32 px) when the line would not fit.

    def __init__(self, role: str = "hex", tone: str = "text", per_line: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("fontRole", role)
        self.setProperty("tone", tone)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._hex = ""
        self._per_line = per_line
        self._placeholder = ""
        self._base_px = 0
        self._adjusting = False
        self._widths: dict[tuple[int, int], int] = {}

    def hex(self) -> str:
        """The value shown (as given)."""
        return self._hex

    def set_hex(self, hex_text: str, placeholder: str = "") -> None:
        """Show a hex value; an empty value shows the placeholder text."""
        self._hex = hex_text
        self._placeholder = placeholder
        self._relayout(self.width())
        self.updateGeometry()

    # -- measuring ----------------------------------------------------------------------------------

    def _font_px(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        return font

    def _base(self) -> int:
        return self._base_px or max(MIN_PX, self.font().pixelSize())

    def _line_width(self, per_line: int, px: int) -> int:
        key = (per_line, px)
        if key not in self._widths:
            metrics = QFontMetrics(self._font_px(px))
            self._widths[key] = metrics.horizontalAdvance(" ".join(["0000"] * per_line)) + 4
        return self._widths[key]

    def _layout_for(self, width: int) -> tuple[int, int]:
        """(groups per line, pixel size) for a width."""
        count = max(1, len(groups(self._hex)))
        base = self._base()
        if self._per_line > 0:
            needed = self._line_width(min(self._per_line, count), base)
            px = base if needed <= width else max(MIN_PX, base * width // max(1, needed))
            return self._per_line, px
        for choice in _PER_LINE_CHOICES:
            if choice <= count and count % choice == 0 and self._line_width(choice, base) <= width:
                return choice, base
        return 2, base

    def _text_for(self, width: int) -> tuple[str, int]:
        if not self._hex:
            return self._placeholder, self._base()
        per_line, px = self._layout_for(width)
        return group_hex(self._hex, per_line), px

    def heightForWidth(self, width: int) -> int:
        text, px = self._text_for(width)
        if not self._hex and text:
            metrics = QFontMetrics(self._font_px(px))
            return metrics.boundingRect(0, 0, max(1, width), 10_000, Qt.TextFlag.TextWordWrap, text).height()
        key = (-1, px)
        if key not in self._widths:
            self._widths[key] = QFontMetrics(self._font_px(px)).lineSpacing()
        return (text.count("\n") + 1) * self._widths[key]

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        count = max(1, len(groups(self._hex)))
        per_line = self._per_line if self._per_line > 0 else min(8, count)
        width = self._line_width(min(per_line, count), self._base())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        count = max(1, len(groups(self._hex)))
        per_line = min(self._per_line if self._per_line > 0 else 4, count)
        width = self._line_width(per_line, MIN_PX if self._per_line > 0 else self._base())
        return QSize(width, self.heightForWidth(width))

    # -- events -------------------------------------------------------------------------------------

    def _relayout(self, width: int) -> None:
        text, px = self._text_for(max(1, width))
        self.setWordWrap(not self._hex)
        if px != self.font().pixelSize():
            self._adjusting = True
            self.setFont(self._font_px(px))
            self._adjusting = False
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not self._adjusting:
            self._base_px = self.font().pixelSize()
            self._widths.clear()
            self._relayout(self.width())
            self.updateGeometry()
