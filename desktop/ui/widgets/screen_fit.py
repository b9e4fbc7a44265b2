"""Initial window sizes that fit the screen: many offices still run 1366×768 laptops."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room for the title bar and the window frame, which availableGeometry() does not include.
FRAME_ALLOWANCE = (16, 48)


def _screen_of(widget: QWidget) -> QScreen | None:
    parent = widget.parentWidget()
    if parent is not None:
        return parent.window().screen()
    return QGuiApplication.primaryScreen()


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, shrunk to the available area of the screen it will open on."""
    screen = _screen_of(widget)
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    widget.resize(max(320, min(width, area.width() - FRAME_ALLOWANCE[0])),
                  max(240, min(height, area.height() - FRAME_ALLOWANCE[1])))
