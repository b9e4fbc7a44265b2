"""Per task of the year: 打印 any of its documents, 生成归档包 (folder or zip), 校验归档包."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.core.progress import Cancelled
from desktop.core.stats import TaskStats
from desktop.services import archive, task_documents
from desktop.ui.context import UiContext
from desktop.ui.dialogs.progress_dialog import ProgressDialog
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import exception_text
from desktop.ui.widgets.simple_table import SimpleTable


class TaskArchivePanel(QWidget):
    """The year's tasks; the buttons act on the selected one. `archived` carries the written path."""

    archived = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._out = FileOutput(ctx, self)
        self.last_report: archive.ArchiveReport | None = None
        self.table = SimpleTable([self.tr("任务编号"), self.tr("任务名称"), self.tr("状态"), self.tr("应检查数"),
                                  self.tr("已公示"), self.tr("公示日期")], stretch=1)
        self.print_button = QPushButton(self.tr("打印(&P)"))
        self.print_menu = QMenu(self)
        self.print_menu.aboutToShow.connect(self.fill_print_menu)
        self.print_button.setMenu(self.print_menu)
        self.print_button.setEnabled(roles.allowed(ctx.actor.roles, "document.print"))
        self.archive_button = QPushButton(self.tr("生成归档包(&A)"))
        menu = QMenu(self)
        menu.addAction(self.tr("保存为文件夹…"), lambda: self.ask_archive(zip_file=False))
        menu.addAction(self.tr("保存为 ZIP 文件…"), lambda: self.ask_archive(zip_file=True))
        self.archive_button.setMenu(menu)
        self.archive_button.setEnabled(roles.allowed(ctx.actor.roles, "archive.build"))
        self.verify_button = QPushButton(self.tr("校验归档包(&V)"))
        menu = QMenu(self)
        menu.addAction(self.tr("校验文件夹…"), lambda: self.ask_verify(zip_file=False))
        menu.addAction(self.tr("校验 ZIP 文件…"), lambda: self.ask_verify(zip_file=True))
        self.verify_button.setMenu(menu)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("选中任务的文书与归档：")))
        bar.addStretch(1)
        for button in (self.print_button, self.archive_button, self.verify_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._tasks: tuple[TaskStats, ...] = ()
        self._selection_changed()

    def set_tasks(self, rows: tuple[TaskStats, ...]) -> None:
        """Show the year's tasks, keeping the selected one."""
        current = self.task_id()
        self._tasks = rows
        self.table.set_rows([(t.number, t.name, t.state_label, t.due, t.published,
                              t.published_on.isoformat() if t.published_on else "") for t in rows],
                            data=[t.task_id for t in rows], align_right=(3, 4))
        if not (current is not None and self.table.select_data(current)) and rows:
            self.table.selectRow(0)
        self._selection_changed()

    def task_id(self) -> int | None:
        """The selected task's id."""
        value = self.table.current_data()
        return int(value) if value is not None else None

    def task(self) -> TaskStats | None:
        """The selected task."""
        tid = self.task_id()
        return next((t for t in self._tasks if t.task_id == tid), None)

    def _selection_changed(self) -> None:
        has = self.task_id() is not None
        self.print_button.setEnabled(has and roles.allowed(self._ctx.actor.roles, "document.print"))
        self.archive_button.setEnabled(has and roles.allowed(self._ctx.actor.roles, "archive.build"))

    # -- printing ---------------------------------------------------------------------------

    def documents(self) -> list[task_documents.TaskDocument]:
        """The selected task's documents as the 打印 menu lists them."""
        tid = self.task_id()
        if tid is None:
            return []
        with self._ctx.database.read() as session:
            return task_documents.task_documents(session, tid)

    def fill_print_menu(self) -> None:
        """One entry per document; per-target documents in a submenu per kind."""
        self.print_menu.clear()
        docs = self.documents()
        if not docs:
            self.print_menu.addAction(self.tr("（该任务尚无可打印的文书）")).setEnabled(False)
            return
        groups: dict[str, QMenu] = {}
        for doc in docs:
            if not doc.target:
                self.print_menu.addAction(doc.title, partial(self.print_document, doc))
                continue
            if doc.title not in groups:
                groups[doc.title] = self.print_menu.addMenu(doc.title)
            groups[doc.title].addAction(doc.target, partial(self.print_document, doc))

    def print_document(self, doc: task_documents.TaskDocument) -> bool:
        """Ask for a PDF path, print on the task runner, open the PDF (font warnings shown)."""
        task = self.task()
        if task is None:
            return False
        actor = self._ctx.actor
        suggested = self._out.safe_name(f"{task.number}_{doc.label.replace(' — ', '_')}.pdf")
        return self._out.save(self.tr("打印{title}").format(title=doc.title), suggested,
                              lambda s, path: task_documents.print_task_document(s, actor, task.task_id, doc, path))

    # -- archive ----------------------------------------------------------------------------

    def ask_archive(self, zip_file: bool) -> None:
        """Choose a .zip file or a parent folder (a new folder named after the task is made in it)."""
        task = self.task()
        if task is None:
            return
        name = archive.suggested_name(task.number)
        if zip_file:
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("生成归档包"), name + ".zip",
                                                          self.tr("ZIP 文件 (*.zip)"))
            dest = Path(chosen) if chosen else None
        else:
            folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存位置（将新建文件夹“{name}”）").format(
                name=name))
            dest = Path(folder) / name if folder else None
        if dest is not None:
            self.create_archive(dest)

    def create_archive(self, dest: Path) -> None:
        """Write the selected task's archive to `dest` on the task runner, with progress and 取消."""
        task = self.task()
        if task is None:
            return
        database, actor, task_id = self._ctx.database, self._ctx.actor, task.task_id
        title = self.tr("生成归档包")

        def job(progress: Any) -> archive.ArchiveResult:
            with database.write() as session:
                return archive.create_archive(session, actor, task_id, dest, progress=progress)

        def done(result: archive.ArchiveResult) -> None:
            text = self.tr("已生成归档包：{path}\n共{files}个文件，{size}。").format(
                path=result.path, files=result.files, size=_size_text(result.size))
            if result.warnings:
                text += "\n\n" + self.tr("字体提示：") + "\n".join(result.warnings)
            self.status.setText(self.tr("已生成归档包：{path}").format(path=result.path))
            self.archived.emit(result.path)
            QMessageBox.information(self, title, text)
            folder = result.path if result.path.is_dir() else result.path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.status.setText(self.tr("已取消，未生成归档包。"))
                return
            QMessageBox.warning(self, title, exception_text(exc))

        ProgressDialog(self._ctx.runner, title, self, self.tr("正在生成归档包…")).show()
        self._ctx.runner.run(job, done, failed)

    def ask_verify(self, zip_file: bool) -> None:
        """Choose an archive folder or .zip and check it against its manifest."""
        if zip_file:
            chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("校验归档包"), "", self.tr("ZIP 文件 (*.zip)"))
        else:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("选择归档包文件夹"))
        if chosen:
            self.verify(Path(chosen))

    def verify(self, path: Path) -> None:
        """Check `path` on the task runner and report missing, extra and changed files by name."""
        title = self.tr("校验归档包")

        def done(report: archive.ArchiveReport) -> None:
            self.last_report = report
            if report.ok:
                QMessageBox.information(self, title, self.report_text(report))
            else:
                QMessageBox.warning(self, title, self.report_text(report))

        self._ctx.runner.run(lambda _p: archive.verify_archive(path), done,
                             lambda exc: QMessageBox.warning(self, title, exception_text(exc)))

    def report_text(self, report: archive.ArchiveReport) -> str:
        """The verification outcome in words, naming each differing file."""
        if report.error == "manifest_missing":
            return self.tr("{path}中没有 manifest.json，不是本程序生成的归档包。").format(path=report.path)
        if report.error:
            return self.tr("{path}的 manifest.json 无法读取。").format(path=report.path)
        if report.ok:
            return self.tr("校验通过：任务{task}的归档包（{files}个文件，生成于{at}）与清单一致。").format(
                task=report.task_number, files=report.files, at=report.created_at.replace("T", " "))
        lines = [self.tr("校验未通过：任务{task}的归档包与清单不一致。").format(task=report.task_number)]
        for label, names in ((self.tr("缺失"), report.missing), (self.tr("多出"), report.extra),
                             (self.tr("已改动"), report.changed)):
            lines += [f"{label}：{name}" for name in names]
        return "\n".join(lines)


def _size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"
