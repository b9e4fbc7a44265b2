"""Import wizard, apply: the file is written in one transaction with progress; 取消 rolls everything back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from desktop.services import roster_import

if TYPE_CHECKING:
    from desktop.ui.wizards.import_wizard import ImportWizard


class ImportApplyPage(QWizardPage):
    """Starts the write when shown and moves on to the result page when it ends (done, failed or cancelled)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.running = False
        self._finished = False
        self.setTitle(self.tr("正在导入"))
        self.setSubTitle(self.tr("所有变化在一个事务中写入：取消或出错时，名录库保持导入前的样子。"))
        self.setCommitPage(True)  # no way back to a written preview
        self.label = QLabel(self.tr("准备写入…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("取消导入(&C)"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self._wizard
        checked = wizard.checked
        assert checked is not None
        self._finished = False
        self.running = True
        self.cancel_button.setEnabled(True)
        wizard.result_info, wizard.failure = None, None
        database, actor, runner = wizard.ctx.database, wizard.ctx.actor, wizard.ctx.runner
        deactivate, create = wizard.deactivate_missing, wizard.create_departments
        runner.progress.connect(self._on_progress)

        def job(progress: Any) -> roster_import.ImportResult:
            # ONE transaction: database.write() rolls back on Cancelled or any error.
            with database.write() as session:
                return roster_import.apply(session, actor, checked, deactivate_missing=deactivate,
                                           create_departments=create, progress=progress)

        runner.run(job, self._done, self._failed)

    def cancel(self) -> None:
        """Ask the running import to stop; it rolls back at the next chunk."""
        if self.running:
            self.label.setText(self.tr("正在取消，已写入的部分将全部撤销…"))
            self.cancel_button.setEnabled(False)
            self._wizard.ctx.runner.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text and self.cancel_button.isEnabled():
            self.label.setText(self.tr("{text}：{done}/{total}").format(text=text, done=done, total=total))

    def _end(self) -> None:
        self.running = False
        self._finished = True
        try:
            self._wizard.ctx.runner.progress.disconnect(self._on_progress)
        except (RuntimeError, TypeError):
            pass
        self.completeChanged.emit()
        # Leave initializePage (a synchronous runner finishes inside it) before switching pages.
        QTimer.singleShot(0, self._wizard.next)

    def _done(self, result: roster_import.ImportResult) -> None:
        self._wizard.result_info = result
        self._end()

    def _failed(self, exc: BaseException) -> None:
        self._wizard.failure = exc
        self._end()

    def isComplete(self) -> bool:
        return self._finished
