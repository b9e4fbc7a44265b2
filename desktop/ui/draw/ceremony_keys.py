"""Presenter-clicker keys for the draw console: Space / PgDn / → forward, Backspace / PgUp back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

NEXT_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Right})
BACK_KEYS = frozenset({Qt.Key.Key_Backspace, Qt.Key.Key_PageUp})
_TYPING_KEYS = frozenset({Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Backspace})


def _is_text_field(widget: QWidget) -> bool:
    """An editable text field keeps Space, → and Backspace for typing."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    return isinstance(widget, (QAbstractSpinBox, QPlainTextEdit, QTextEdit))


class CeremonyKeys(QObject):
    """An application-wide filter, so the keys work whichever control of `window` has the focus.

    Only key presses aimed at `window` are looked at; a focused button does not swallow Space.
    """

    def __init__(self, window: QWidget, on_next: Callable[[], object], on_back: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._on_next = on_next
        self._on_back = on_back
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        """Stop filtering (the window closes)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window or not isinstance(event, QKeyEvent):
            return False
        key = Qt.Key(event.key())
        if key not in NEXT_KEYS and key not in BACK_KEYS:
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if key in _TYPING_KEYS and _is_text_field(watched):
            return False
        if key in NEXT_KEYS:
            self._on_next()
        else:
            self._on_back()
        return True
