"""回避关系: declared inspector–target conflicts; register (Ctrl+N), end with a reason, import, export."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.services import roster_export, rosters
from desktop.ui.context import UiContext
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import exception_text
from desktop.ui.widgets.simple_table import SimpleTable
from desktop.ui.wizards.import_wizard import ImportWizard


class ConflictsPage(QWidget):
    """The list is short (hundreds), so it is read whole and filtered as the user types."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._files = FileOutput(ctx, self)
        self.rows: list[rosters.ConflictRow] = []
        self.can_edit = bool(ctx.actor.roles & {roles.OPERATOR, roles.ADMIN})
        self.new_button = QPushButton(self.tr("登记回避(&N)…"))
        self.end_button = QPushButton(self.tr("结束回避(&E)…"))
        self.import_button = QPushButton(self.tr("导入(&I)…"))
        self.export_button = QPushButton(self.tr("导出(&X)…"))
        self.template_button = QPushButton(self.tr("下载模板(&T)…"))
        self.new_button.clicked.connect(self.register)
        self.end_button.clicked.connect(self.end_current)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export)
        self.template_button.clicked.connect(self.download_template)
        for button in (self.new_button, self.import_button):
            button.setEnabled(self.can_edit)
        actions = QHBoxLayout()
        for button in (self.new_button, self.end_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.import_button, self.export_button, self.template_button):
            actions.addWidget(button)

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("按姓名、警号、检查对象名称或代码筛选"))
        self.search_edit.setMaximumWidth(360)
        self.search_edit.textChanged.connect(lambda _t: self._fill())
        search_label = QLabel(self.tr("搜索(&S)："))
        search_label.setBuddy(self.search_edit)
        self.show_ended = QCheckBox(self.tr("显示已结束的"))
        self.show_ended.toggled.connect(lambda _c: self.refresh())
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.show_ended)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.table = SimpleTable([self.tr("警号"), self.tr("姓名"), self.tr("统一社会信用代码"), self.tr("检查对象名称"),
                                  self.tr("回避原因"), self.tr("截止日期"), self.tr("状态")], stretch=4)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence.StandardKey.New, self, self.register)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence("Ctrl+I"), self, self.open_import)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.refresh()

    # -- listing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the conflicts (active ones, or all with 显示已结束的)."""
        with self._ctx.database.read() as session:
            self.rows = rosters.list_conflicts(session, active_only=not self.show_ended.isChecked())
        self._fill()

    def _state(self, row: rosters.ConflictRow, today: date) -> str:
        if not row.active:
            return self.tr("已结束")
        if row.end_date is not None and row.end_date < today:
            return self.tr("已过期")
        return self.tr("有效")

    def _fill(self) -> None:
        needle = self.search_edit.text().strip().lower()
        today = self._ctx.today()
        shown = [r for r in self.rows if not needle or needle in " ".join(
            (r.staff_no, r.inspector_name, r.target_code, r.target_name)).lower()]
        self.table.set_rows([(r.staff_no, r.inspector_name, r.target_code, r.target_name, r.reason,
                              r.end_date.isoformat() if r.end_date else self.tr("长期"), self._state(r, today))
                             for r in shown], data=[r.id for r in shown])
        self.count_label.setText(self.tr("共 {n} 条").format(n=len(shown)))
        self._update_buttons()

    def _current(self) -> rosters.ConflictRow | None:
        conflict_id = self.table.current_data()
        return next((r for r in self.rows if r.id == conflict_id), None)

    def _update_buttons(self) -> None:
        row = self._current()
        self.end_button.setEnabled(self.can_edit and row is not None and row.active)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- actions -------------------------------------------------------------------------

    def register(self) -> ConflictDialog | None:
        """The register dialog (Ctrl+N); the list is re-read when a conflict was saved."""
        if not self.can_edit:
            return None
        dialog = ConflictDialog(self._ctx, self)

        def closed(_code: int) -> None:
            if dialog.created_id is not None:
                self.refresh()
                self.table.select_data(dialog.created_id)
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def end_current(self) -> bool:
        """End the selected conflict after a confirmation and a reason (it stays on record)."""
        row = self._current()
        if row is None or not row.active or not self.can_edit:
            return False
        title = self.tr("结束回避")
        if QMessageBox.question(self, title, self.tr("结束{name}（{staff_no}）与“{target}”的回避关系？\n结束后该人员可被匹配到该检查对象，记录保留。").format(
                name=row.inspector_name, staff_no=row.staff_no, target=row.target_name)) != QMessageBox.StandardButton.Yes:
            return False
        reason = ReasonDialog.ask(self, title, self.tr("请填写结束回避的原因（如：亲属已离职）："), title)
        if reason is None:
            return False
        database, actor, outcome = self._ctx.database, self._ctx.actor, {"ok": False}

        def job(_progress: Any) -> None:
            with database.write() as session:
                rosters.end_conflict(session, actor, row.id, reason)

        def done(_result: Any) -> None:
            outcome["ok"] = True
            self.refresh()

        self._ctx.runner.run(job, done, lambda exc: QMessageBox.warning(
            self, title, self.tr("{error}\n\n未作任何修改。").format(error=exception_text(exc))))
        return outcome["ok"]

    def open_import(self) -> ImportWizard | None:
        """The import wizard for 回避关系 (Ctrl+I)."""
        if not self.can_edit:
            return None
        wizard = ImportWizard(self._ctx, "conflicts", self)

        def closed(_code: int) -> None:
            if wizard.result_info is not None:
                self.refresh()
            wizard.deleteLater()

        wizard.finished.connect(closed)
        wizard.open()
        return wizard

    def export(self) -> bool:
        """The active conflicts in the import template."""
        title, actor = self.tr("导出回避关系"), self._ctx.actor
        return self._files.save(
            title, self.tr("回避关系_{day}.xlsx").format(day=date.today().isoformat()),
            lambda s, path: roster_export.export_file(s, actor, "conflicts", path),
            file_filter=self.tr("Excel 文件 (*.xlsx)"), open_after=False,
            on_done=lambda count: QMessageBox.information(self, title, self.tr("已导出{n}条记录。").format(n=count)))

    def download_template(self) -> bool:
        title = self.tr("下载导入模板")
        return self._files.save(
            title, self.tr("回避关系导入模板.xlsx"), lambda _s, path: roster_export.write_template("conflicts", path),
            file_filter=self.tr("Excel 文件 (*.xlsx)"), open_after=False,
            on_done=lambda path: QMessageBox.information(self, title, self.tr("模板已保存：{path}").format(path=path)))
