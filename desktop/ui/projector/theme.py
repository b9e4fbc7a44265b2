"""Projector look: colours for real and rehearsal draws, font roles scaled with the window height."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Design sizes in px at 1920×1080 and the floor below which no text may go (projector rule: ≥ 32 px).
MIN_PX = 32
REVEAL_MIN_PX = 96
_ROLES: dict[str, tuple[int, int, bool, bool]] = {
    # role: (design px, minimum px, monospace, bold)
    "small": (32, MIN_PX, False, False),
    "body": (36, MIN_PX, False, False),
    "strong": (36, MIN_PX, False, True),
    "header": (40, MIN_PX, False, True),
    "heading": (44, MIN_PX, False, True),
    "title": (56, 40, False, True),
    "name": (64, 44, False, True),
    "digits": (60, 40, True, True),
    "hex": (40, MIN_PX, True, False),
    "hex_strong": (44, MIN_PX, True, True),
    "hex_large": (56, 40, True, True),
    "hex_huge": (104, 64, True, True),
    "clock": (40, MIN_PX, True, True),
    "reel": (44, MIN_PX, False, False),
    "reel_center": (64, 44, False, True),
    "reveal": (128, REVEAL_MIN_PX, False, True),
    "watermark": (220, 150, False, True),
}
_CJK_CANDIDATES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
                   "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei",
                   "Droid Sans Fallback", "AR PL SungtiL GB", "SimSun")
_MONO_CANDIDATES = ("Consolas", "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Menlo",
                    "Courier New", "WenQuanYi Micro Hei Mono")


@dataclass(frozen=True)
class _Palette:
    """The colours of one look."""

    background: str
    panel: str
    border: str
    text: str
    muted: str
    accent: str
    ok: str
    bad: str
    watermark: str


_REAL = _Palette(background="#0A1B33", panel="#132B50", border="#4A6FA5", text="#FFFFFF",
                 muted="#C9D6EA", accent="#FFD54A", ok="#8EF0B4", bad="#FFB08A", watermark="#FFFFFF")
_REHEARSAL = _Palette(background="#2B1640", panel="#412360", border="#9A6CC8", text="#FFFFFF",
                      muted="#E4D4F4", accent="#FFD54A", ok="#8EF0B4", bad="#FFB08A", watermark="#FFFFFF")
# Department chips: dark fills that keep white text above 7:1 contrast; the chip always carries the name.
CHIP_COLOURS = ("#1F5F8B", "#7A3E9D", "#2E7D4F", "#8C5A14", "#A23B5A", "#35618F", "#5B6B1E", "#6A4C93")


@cache
def cjk_family() -> str:
    """A font family with Simplified Chinese glyphs (the application's own font first)."""
    app_family = QGuiApplication.font().family()
    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    if app_family and chinese in QFontDatabase.writingSystems(app_family):
        return app_family
    installed = set(QFontDatabase.families())
    for family in _CJK_CANDIDATES:
        if family in installed:
            return family
    found = QFontDatabase.families(chinese)
    return found[0] if found else app_family


@cache
def mono_family() -> str:
    """A fixed-pitch family for hex digits."""
    installed = set(QFontDatabase.families())
    for family in _MONO_CANDIDATES:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()


def label(text: str = "", role: str = "body", tone: str = "text", *, wrap: bool = False,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> QLabel:
    """A label tagged with a font role and a colour tone; Theme.apply sizes it."""
    widget = QLabel(text)
    widget.setProperty("fontRole", role)
    widget.setProperty("tone", tone)
    widget.setWordWrap(wrap)
    widget.setAlignment(align)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if wrap:
        widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return widget


def prop(obj: QObject, name: str) -> str:
    """A string dynamic property, '' when unset (an unset property is never read)."""
    # PySide6 6.12 returns None for an invalid QVariant without taking a reference; on Python 3.11
    # enough such reads crash the interpreter.
    if name.encode() not in {bytes(n.data()) for n in obj.dynamicPropertyNames()}:
        return ""
    value = obj.property(name)
    return value if isinstance(value, str) else ""


def set_tone(widget: QWidget, tone: str) -> None:
    """Change a widget's colour tone and re-apply the style sheet to it."""
    if prop(widget, "tone") == tone:
        return
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def fitted_font(font: QFont, text: str, width: int, floor: int = MIN_PX) -> QFont:
    """`font` made smaller (never below `floor` px) until `text` fits `width`; the caller elides the rest."""
    needed = QFontMetrics(font).horizontalAdvance(text)
    if needed <= width or font.pixelSize() <= floor:
        return font
    smaller = QFont(font)
    smaller.setPixelSize(max(floor, font.pixelSize() * width // max(1, needed)))
    return smaller


def chip_colour(name: str) -> str:
    """A stable chip colour for a department name."""
    return CHIP_COLOURS[sum(name.encode("utf-8")) % len(CHIP_COLOURS)]


class Theme:
    """Font sizes for one window size and the colours of a real or a rehearsal draw."""

    def __init__(self, width: int = 1920, height: int = 1080, rehearsal: bool = False) -> None:
        # Scale with the height; a narrow (4:3, 5:4) screen is limited by its width as well.
        self.scale = max(0.3, min(height / 1080, width / 1440))
        self.width = width
        self.height = height
        self.rehearsal = rehearsal
        self.colours = _REHEARSAL if rehearsal else _REAL

    def px(self, role: str) -> int:
        """Pixel size of a font role at this window size (never below its floor)."""
        design, floor, _mono, _bold = _ROLES.get(role, _ROLES["body"])
        return max(floor, round(design * self.scale))

    def space(self, design: int) -> int:
        """A margin or spacing scaled like the fonts."""
        return max(2, round(design * self.scale))

    def font(self, role: str) -> QFont:
        """The font of a role (pixel size, CJK or monospace family, weight)."""
        _design, _floor, mono, bold = _ROLES.get(role, _ROLES["body"])
        font = QFont()
        # Hex digits in the fixed-pitch face; any Chinese in the same label falls back to the CJK face.
        font.setFamilies([mono_family(), cjk_family()] if mono else [cjk_family()])
        if mono:
            font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(self.px(role))
        font.setBold(bold)
        return font

    def apply(self, root: QWidget) -> None:
        """Set the font of every role-tagged widget under (and including) root."""
        body = self.font("body")
        root.setFont(body)
        for widget in (root, *root.findChildren(QWidget)):
            role = prop(widget, "fontRole")
            # Widgets matched by a style sheet rule do not inherit the parent's font: set every one.
            widget.setFont(self.font(role) if role else body)

    def style_sheet(self) -> str:
        """Colours for the window and its tones, panels and badges."""
        c = self.colours
        # Fixed sizes: the sheet then depends only on the look, so resizing the window (a screen change
        # mid-ceremony) never re-polishes every widget — that alone took 35 ms after a large draw.
        radius = 12
        return (
            f"QWidget#projector {{ background-color: {c.background}; }}"
            f"QLabel {{ color: {c.text}; background: transparent; }}"
            f"QLabel[tone=\"muted\"] {{ color: {c.muted}; }}"
            f"QLabel[tone=\"accent\"] {{ color: {c.accent}; }}"
            f"QLabel[tone=\"ok\"] {{ color: {c.ok}; }}"
            f"QLabel[tone=\"bad\"] {{ color: {c.bad}; }}"
            f"QLabel[tone=\"badge\"] {{ color: {c.background}; background-color: {c.accent};"
            f" border-radius: {radius // 2}px; padding: 0px 12px; }}"
            f"QFrame[panel=\"true\"] {{ background-color: {c.panel}; border: 2px solid {c.border};"
            f" border-radius: {radius}px; }}"
            f"QFrame[panel=\"hot\"] {{ background-color: {c.panel}; border: 4px solid {c.accent};"
            f" border-radius: {radius}px; }}"
            f"QFrame#header {{ background-color: {c.panel}; border-bottom: 2px solid {c.border}; }}"
        )
