"""Save a document: ask for the path, write it on the task runner in one transaction, then open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop.ui.context import UiContext
from desktop.ui.i18n import exception_text

Writer = Callable[[Session, Path], Any]
_DIR_KEY = "output/last_directory"
# Characters Windows refuses in a file name.
_BAD = '<>:"/\\|?*'


class FileOutput(QObject):
    """`save()` runs `write(session, path)` inside `database.write()`: printing allocates 文号 and audits."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._widget = parent

    @staticmethod
    def safe_name(name: str) -> str:
        """`name` with the characters a file name may not hold replaced."""
        return "".join("_" if c in _BAD else c for c in name).strip() or "document"

    def _start_dir(self) -> Path:
        stored = QSettings().value(_DIR_KEY, "")
        if isinstance(stored, str) and stored and Path(stored).is_dir():
            return Path(stored)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs else Path.home()

    def ask_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        """The chosen output path, or None when cancelled."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self._widget, title, str(self._start_dir() / self.safe_name(suggested)), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        QSettings().setValue(_DIR_KEY, str(path.parent))
        return path

    def save(self, title: str, suggested: str, write: Writer, *, file_filter: str = "",
             on_done: Callable[[Any], object] | None = None, open_after: bool = True) -> bool:
        """Ask for a path and queue the write; False when the user cancelled the file dialog."""
        path = self.ask_path(title, suggested, file_filter or self.tr("PDF 文件 (*.pdf)"))
        if path is None:
            return False
        database, widget = self._ctx.database, self._widget

        def job(_progress: Any) -> Any:
            with database.write() as session:
                return write(session, path)

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            warnings = getattr(result, "warnings", ())
            if warnings:
                QMessageBox.information(widget, title, "\n".join(str(w) for w in warnings))
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(widget, title, exception_text(exc))

        self._ctx.runner.run(job, done, failed)
        return True
