"""Qt-free progress/cancel protocol that long-running work reports through."""

from __future__ import annotations

from typing import Protocol

from desktop.core.errors import DomainError


class Progress(Protocol):
    """What a long job sees: report how far it is and ask whether to stop."""

    def report(self, done: int, total: int, text: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NullProgress:
    """A progress sink for headless use: records the last report, never cancels."""

    def __init__(self) -> None:
        self.last: tuple[int, int, str] = (0, 0, "")

    def report(self, done: int, total: int, text: str = "") -> None:
        self.last = (done, total, text)

    def cancelled(self) -> bool:
        return False


class Cancelled(DomainError):
    """Raised by a job that noticed `cancelled()`; the caller rolls its transaction back."""

    def __init__(self) -> None:
        super().__init__("cancelled")


def check_cancel(progress: Progress) -> None:
    """Raise `Cancelled` when the user asked to stop; call it between units of work."""
    if progress.cancelled():
        raise Cancelled()
