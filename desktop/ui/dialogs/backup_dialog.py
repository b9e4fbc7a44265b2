"""数据备份与恢复: the backup policy, the list of backups, 立即备份, 恢复…, and pg_dump for PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.core.errors import DomainError
from desktop.services import backup, backup_pg, settings
from desktop.ui.context import UiContext
from desktop.ui.dialogs.progress_dialog import ProgressDialog
from desktop.ui.i18n import error_text, exception_text, tr
from desktop.ui.widgets.screen_fit import fit_size

_CTX = "BackupDialog"
COLUMNS = ("文件名", "备份时间", "大小")


def size_text(size: int) -> str:
    """A file size as people read it (KB below one megabyte, else MB)."""
    if size < 1_048_576:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1_048_576:.1f} MB"


class BackupDialog(QDialog):
    """Backups of the open database; after a restore `restart_required` is set and `restored` emitted."""

    restored = Signal(object)  # the automatic backup made before the restore (Path)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.restart_required = False
        self._sqlite = ctx.database.sqlite_path is not None
        self._can_run = roles.allowed(ctx.actor.roles, "backup.run")
        self._can_restore = roles.allowed(ctx.actor.roles, "backup.restore")
        self.setWindowTitle(tr(_CTX, "数据备份与恢复"))
        fit_size(self, 720, 620)

        layout = QVBoxLayout(self)
        if not self._can_run:
            layout.addWidget(QLabel(tr(_CTX, "只有管理员可以修改备份策略、备份和恢复数据库。")))
        layout.addWidget(self._policy_box())
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(_CTX, c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(QLabel(tr(_CTX, "已有的备份（最新的在前）：")))
        layout.addWidget(self.table, 1)
        layout.addLayout(self._action_row())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        if not self._sqlite:
            layout.addWidget(self._postgresql_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr(_CTX, "关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _policy_box(self) -> QGroupBox:
        box = QGroupBox(tr(_CTX, "备份策略"))
        self.dir_edit = QLineEdit()
        self.dir_edit.setPlaceholderText(str(backup.default_backup_dir(self._ctx.database)))
        browse = QPushButton(tr(_CTX, "浏览(&B)…"))
        browse.clicked.connect(self._browse_dir)
        row = QHBoxLayout()
        row.addWidget(self.dir_edit, 1)
        row.addWidget(browse)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, backup.MAX_KEEP)
        self.keep_spin.setSuffix(tr(_CTX, " 份"))
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(0, backup.MAX_INTERVAL_HOURS)
        self.interval_spin.setSuffix(tr(_CTX, " 小时"))
        self.interval_spin.setSpecialValueText(tr(_CTX, "不自动备份"))
        self.last_label = QLabel()
        self.save_policy_button = QPushButton(tr(_CTX, "保存策略(&S)"))
        self.save_policy_button.clicked.connect(self.save_policy)
        for widget in (self.dir_edit, browse, self.keep_spin, self.interval_spin, self.save_policy_button):
            widget.setEnabled(self._can_run)
        form = QFormLayout(box)
        form.addRow(tr(_CTX, "备份目录："), row)
        form.addRow(tr(_CTX, "保留最新："), self.keep_spin)
        form.addRow(tr(_CTX, "自动备份间隔："), self.interval_spin)
        form.addRow(tr(_CTX, "上次备份："), self.last_label)
        form.addRow("", self.save_policy_button)
        if not self._sqlite:
            form.addRow(QLabel(tr(_CTX, "PostgreSQL 数据库不自动备份，请由服务器管理员定期执行 pg_dump。")))
        return box

    def _action_row(self) -> QHBoxLayout:
        self.backup_button = QPushButton(tr(_CTX, "立即备份(&B)"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(tr(_CTX, "恢复(&R)…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_button = QPushButton(tr(_CTX, "打开备份目录(&O)"))
        self.open_button.clicked.connect(self._open_folder)
        self.backup_button.setEnabled(self._can_run and self._sqlite)
        self.restore_button.setEnabled(self._can_restore and self._sqlite)
        self.backup_button.setVisible(self._sqlite)
        self.restore_button.setVisible(self._sqlite)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        return row

    def _postgresql_box(self) -> QGroupBox:
        box = QGroupBox(tr(_CTX, "PostgreSQL 备份与恢复"))
        self.instructions = QPlainTextEdit(backup_pg.pg_restore_instructions(self._ctx.database.url))
        self.instructions.setReadOnly(True)
        self.pg_dump_button = QPushButton(tr(_CTX, "运行 pg_dump(&P)"))
        self.pg_dump_button.clicked.connect(self.run_pg_dump)
        available = backup_pg.pg_dump_available()
        self.pg_dump_button.setEnabled(self._can_run and available is not None)
        note = QLabel(tr(_CTX, "pg_dump：{path}").format(path=available) if available
                      else tr(_CTX, "本机未安装 pg_dump（PostgreSQL 客户端工具），只能由服务器管理员备份。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.instructions, 1)
        row = QHBoxLayout()
        row.addWidget(self.pg_dump_button)
        row.addWidget(note, 1)
        layout.addLayout(row)
        return box

    # -- state -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the policy and the list of backups."""
        self.policy = backup.read_policy(self._ctx.database)
        with self._ctx.database.read() as session:
            stored_dir = str(settings.get_value(session, backup.KEY_DIR, "") or "")
        self.dir_edit.setText(stored_dir)
        self.keep_spin.setValue(self.policy.keep)
        self.interval_spin.setValue(self.policy.interval_hours)
        last = self.policy.last_at
        self.last_label.setText(last.strftime("%Y-%m-%d %H:%M") if last else tr(_CTX, "尚未备份"))
        self.backups = backup.list_backups(self.policy.directory)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = (info.name, info.created.strftime("%Y-%m-%d %H:%M:%S"), size_text(info.size))
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if self.backups:
            self.table.selectRow(0)

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def _browse_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr(_CTX, "选择备份目录"), str(self.policy.directory))
        if folder:
            self.dir_edit.setText(folder)

    def _open_folder(self) -> None:
        self.policy.directory.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.policy.directory)))

    def _show_status(self, text: str, ok: bool = True) -> None:
        self.status.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._show_status(error_text(exc) if isinstance(exc, DomainError) else exception_text(exc), ok=False)
        QMessageBox.warning(self, tr(_CTX, "数据备份与恢复"), self.status.text())

    def _run(self, job: Any, done: Any, label: str) -> None:
        dialog = ProgressDialog(self._ctx.runner, tr(_CTX, "数据备份与恢复"), self, label)
        dialog.show()
        self._ctx.runner.run(job, done, self._failed)

    # -- actions ---------------------------------------------------------------------------------

    def save_policy(self) -> bool:
        try:
            with self._ctx.database.write() as session:
                backup.save_backup_policy(session, self._ctx.actor, self.dir_edit.text(),
                                          self.keep_spin.value(), self.interval_spin.value())
        except DomainError as err:
            self._show_status(error_text(err), ok=False)
            return False
        self.refresh()
        self._show_status(tr(_CTX, "备份策略已保存。"))
        return True

    def backup_now(self) -> None:
        """Back up into the policy's folder off the GUI thread."""
        database, actor, policy = self._ctx.database, self._ctx.actor, self.policy

        def job(progress: Any) -> Path:
            return backup.backup_sqlite(database, policy.directory, policy.keep, actor=actor, progress=progress)

        self._run(job, self._backup_done, tr(_CTX, "正在备份数据库…"))

    def _backup_done(self, path: Path) -> None:
        self.refresh()
        self._show_status(tr(_CTX, "已备份并校验：{path}").format(path=path))

    def restore_selected(self) -> None:
        """Restore the selected backup, or one chosen from a file dialog when none is selected."""
        path = self.selected_backup()
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, tr(_CTX, "选择备份文件"), str(self.policy.directory), tr(_CTX, "数据库备份 (*.sqlite3)"))
            if not chosen:
                return
            path = Path(chosen)
        self.restore_file(path)

    def restore_file(self, path: Path) -> bool:
        """Confirm, then verify and restore `path`; True when the job was started."""
        answer = QMessageBox.question(
            self, tr(_CTX, "恢复数据库"),
            tr(_CTX, "将用备份文件“{name}”替换当前数据库中的全部数据。\n\n"
                     "恢复前会先校验该备份，并把当前数据自动备份到：\n{folder}\n\n"
                     "恢复后需要重新启动程序。确定恢复吗？").format(name=path.name, folder=self.policy.directory),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        database, actor, folder = self._ctx.database, self._ctx.actor, self.policy.directory

        def job(_progress: Any) -> Path:
            return backup.restore_sqlite(database, path, folder, actor=actor)

        self._run(job, self._restored, tr(_CTX, "正在校验并恢复数据库…"))
        return True

    def _restored(self, auto: Path) -> None:
        self.restart_required = True
        self.refresh()
        self._show_status(tr(_CTX, "已恢复。恢复前的数据已自动备份为：{path}").format(path=auto))
        QMessageBox.information(
            self, tr(_CTX, "恢复数据库"),
            tr(_CTX, "数据库已恢复。恢复前的数据已自动备份为：\n{path}\n\n"
                     "请重新启动程序（或重新打开数据库）后继续工作。").format(path=auto))
        self.restored.emit(auto)

    def run_pg_dump(self) -> None:
        """Dump the PostgreSQL database into the policy's folder with pg_dump."""
        database, actor, policy = self._ctx.database, self._ctx.actor, self.policy

        def job(_progress: Any) -> Path:
            return backup_pg.backup_postgresql(database, policy.directory, policy.keep, actor=actor)

        self._run(job, self._backup_done, tr(_CTX, "正在运行 pg_dump…"))
