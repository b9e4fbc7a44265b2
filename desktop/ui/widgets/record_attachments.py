"""附件 of a record: photos, recordings, videos and scans with size, type and SHA-256; add and save a copy."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeDatabase, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import records_review
from desktop.services.records_view import AttachmentRow
from desktop.ui.context import UiContext
from desktop.ui.i18n import error_text, exception_text, message_for
from desktop.ui.widgets.simple_table import SimpleTable

_MB = 1024 * 1024
_HASH_PREFIX = 12


def _size_text(size: int) -> str:
    if size >= _MB:
        return f"{size / _MB:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} B"


def _hash_prefix(digest: str) -> str:
    head = digest[:_HASH_PREFIX]
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4)) + " …"


class RecordAttachments(QGroupBox):
    """`added` fires after files were stored (the editor re-reads the record)."""

    added = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("附件（照片、录音录像、扫描件）"), parent)
        self._ctx = ctx
        self._record_id: int | None = None
        self._rows: list[AttachmentRow] = []
        self.table = SimpleTable([self.tr("文件名"), self.tr("类型"), self.tr("大小"), self.tr("SHA-256（前12位）")],
                                 stretch=0)
        self.table.setMinimumHeight(90)
        self.add_button = QPushButton(self.tr("添加附件(&A)…"))
        self.save_button = QPushButton(self.tr("另存为(&V)…"))
        self.add_button.setEnabled(roles.allowed(ctx.actor.roles, "record.enter"))
        self.add_button.clicked.connect(self.choose_files)
        self.save_button.clicked.connect(self.save_copy)
        self.table.itemSelectionChanged.connect(
            lambda: self.save_button.setEnabled(self.table.current_data() is not None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.save_button.setEnabled(False)

    def set_attachments(self, record_id: int, rows: Sequence[AttachmentRow]) -> None:
        """Show a record's attachments."""
        self._record_id = record_id
        self._rows = list(rows)
        self.table.set_rows([(a.filename, a.mime_type, _size_text(a.size), _hash_prefix(a.sha256))
                             for a in self._rows], data=[a.id for a in self._rows], align_right=(2,))
        for r, a in enumerate(self._rows):
            name, digest = self.table.item(r, 0), self.table.item(r, 3)
            if name is not None:
                name.setToolTip(self.tr("{name}\n由{who}于{at}添加").format(
                    name=a.filename, who=a.added_by, at=a.added_at.strftime("%Y-%m-%d %H:%M")))
            if digest is not None:
                digest.setToolTip(a.sha256)
        self.save_button.setEnabled(self.table.current_data() is not None)

    def choose_files(self) -> None:
        """Pick files with the file dialog and store them."""
        if not self.add_button.isEnabled():
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("添加附件"), "", self.tr("照片、音视频和扫描件 (*.jpg *.jpeg *.png *.heic *.mp3 *.m4a *.wav "
                                                 "*.amr *.mp4 *.mov *.avi *.pdf);;所有文件 (*)"))
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Store each file in its own transaction; failures are listed, the others are kept."""
        record_id = self._record_id
        if record_id is None:
            return
        database, actor = self._ctx.database, self._ctx.actor
        mimes = {p: QMimeDatabase().mimeTypeForFile(str(p)).name() for p in paths}

        def job(progress: Any) -> list[str]:
            errors: list[str] = []
            with database.read() as session:
                limit = records_review.attachment_limit_mb(session)
            for n, path in enumerate(paths):
                progress.report(n, len(paths), path.name)
                try:
                    size = path.stat().st_size
                    if size > limit * _MB:  # refuse before reading a huge video into memory
                        errors.append(f"{path.name}：" + message_for("attachment_too_large",
                                                                     {"limit_mb": limit, "size": size}))
                        continue
                    data = path.read_bytes()
                    with database.write() as session:
                        records_review.add_attachment(session, actor, record_id, path.name, data, mimes[path])
                except DomainError as err:
                    errors.append(f"{path.name}：{error_text(err)}")
                except OSError as exc:
                    errors.append(f"{path.name}：{exc.strerror or exc}")
            return errors

        def done(errors: list[str]) -> None:
            self.added.emit()
            if errors:
                QMessageBox.warning(self, self.tr("部分附件未能添加"), "\n".join(errors))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("无法添加附件"), exception_text(exc))

        self._ctx.runner.run(job, done, failed)

    def save_copy(self) -> None:
        """Save the selected attachment to a file (its SHA-256 is checked first)."""
        attachment_id = self.table.current_data()
        if attachment_id is None:
            return
        try:
            with self._ctx.database.read() as session:
                name, _mime, data = records_review.attachment_data(session, attachment_id)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法读取附件"), error_text(err))
            return
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("附件另存为"), name)
        if not chosen:
            return
        try:
            Path(chosen).write_bytes(data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法保存附件"), str(exc.strerror or exc))
