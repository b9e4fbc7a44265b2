"""A modal progress dialog with 取消 that follows one TaskRunner job."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.i18n import tr

_CTX = "ProgressDialog"


class ProgressDialog(QProgressDialog):
    """Shows the runner's progress(done, total, text); 取消 asks the runner to stop.

    It closes itself when the runner reports finished or failed; the caller handles the outcome.
    """

    def __init__(self, runner: Any, title: str, parent: QWidget | None = None, label: str = "") -> None:
        super().__init__(label or tr(_CTX, "正在处理，请稍候…"), tr(_CTX, "取消"), 0, 0, parent)
        self._runner = runner
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        runner.progress.connect(self._on_progress)
        runner.finished.connect(self._on_done)
        runner.failed.connect(self._on_done)
        self.canceled.connect(self._on_cancel)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        # total 0 = unknown length: a busy indicator.
        self.setMaximum(max(total, 0))
        if total > 0:
            self.setValue(min(done, total))
        if text:
            self.setLabelText(text)

    def _on_cancel(self) -> None:
        self.setLabelText(tr(_CTX, "正在取消…"))
        self._runner.cancel()

    def _on_done(self, _payload: object) -> None:
        # Closing a QProgressDialog emits canceled(); the job is over, so nothing is to be cancelled.
        self._disconnect()
        self.reset()
        self.hide()

    def _disconnect(self) -> None:
        for signal, slot in ((self._runner.progress, self._on_progress),
                             (self._runner.finished, self._on_done),
                             (self._runner.failed, self._on_done),
                             (self.canceled, self._on_cancel)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # already disconnected
