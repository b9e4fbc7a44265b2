"""Translation helpers for the UI: tr(), and the error messages of desktop.core.error_messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.error_messages import error_text, known_codes, message_for
from desktop.core.errors import DomainError

__all__ = ["error_text", "exception_text", "known_codes", "message_for", "tr"]

_CONTEXT = "errors"


def tr(context: str, text: str) -> str:
    """Translate `text` (Simplified Chinese source) in `context` through Qt's translators."""
    return QCoreApplication.translate(context, text)


def exception_text(exc: BaseException) -> str:
    """Text for any failure reported by a background job: domain errors by code, others generically."""
    if isinstance(exc, DomainError):
        return error_text(exc)
    return QCoreApplication.translate(_CONTEXT, "发生意外错误：{error}").format(error=exc)
