"""The common part of the roster and item-list pages: filters, editor, deactivate, import, export, template."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core import roles
from desktop.core.roster_fields import KIND_LABELS
from desktop.services import roster_export
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.file_output import FileOutput
from desktop.ui.i18n import exception_text, tr
from desktop.ui.pages.browse_page import BrowsePage
from desktop.ui.wizards.import_wizard import ImportWizard

ANY = "__any__"  # the "全部" entry of a filter box
# Work deferred past the first paint runs at the latest this long after construction (hidden pages).
DEFERRED_FALLBACK_MS = 400


class RosterPage(BrowsePage):
    """Subclasses add filters (`add_filter`), name the editor and the activate service."""

    def __init__(self, ctx: UiContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, kind, parent)
        self.can_edit = bool(ctx.actor.roles & {roles.OPERATOR, roles.ADMIN})
        self._filter_boxes: dict[str, QComboBox] = {}
        self._deferred: list[Callable[[], None]] = []
        self._files = FileOutput(ctx, self)
        self.active_only.hide()  # replaced by the 状态 filter, which can also show only the deactivated rows

        self.edit_button = QPushButton(self.tr("查看/编辑(&E)…"))
        self.edit_button.setToolTip(self.tr("也可在表格中按回车或双击"))
        self.active_button = QPushButton(self.tr("停用(&D)…"))
        self.import_button = QPushButton(self.tr("导入(&I)…"))
        self.import_button.setToolTip(self.tr("从 Excel 或 CSV 文件导入（Ctrl+I）"))
        self.export_button = QPushButton(self.tr("导出(&X)…"))
        self.template_button = QPushButton(self.tr("下载模板(&T)…"))
        self.edit_button.clicked.connect(self.open_current)
        self.active_button.clicked.connect(self.toggle_current)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export)
        self.template_button.clicked.connect(self.download_template)
        self.import_button.setEnabled(self.can_edit)
        self.actions_bar = QHBoxLayout()
        for button in (self.edit_button, self.active_button):
            self.actions_bar.addWidget(button)
        self.actions_bar.addStretch(1)
        for button in (self.import_button, self.export_button, self.template_button):
            self.actions_bar.addWidget(button)

        self.filter_bar = QHBoxLayout()
        self.status_box: QComboBox | None = None
        self.clear_filters_button = QPushButton(self.tr("清除筛选"))
        self.clear_filters_button.clicked.connect(self.clear_filters)

        layout = cast(QVBoxLayout, self.layout())
        layout.insertLayout(0, self.actions_bar)
        layout.insertLayout(2, self.filter_bar)

        self.view.activated.connect(lambda _index: self.open_current())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.update_buttons())
        self.model.modelReset.connect(self.update_buttons)
        QShortcut(QKeySequence("Ctrl+I"), self, self.open_import)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self.toggle_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.update_buttons()

    # -- work after the first paint ------------------------------------------------------

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run `work` once the table has painted its first rows (the screen shows before slow extras)."""
        if not self._deferred:
            self.view.viewport().installEventFilter(self)
            QTimer.singleShot(DEFERRED_FALLBACK_MS, self._run_deferred)
        self._deferred.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._deferred:
            QTimer.singleShot(0, self._run_deferred)
        return super().eventFilter(watched, event)

    def _run_deferred(self) -> None:
        work, self._deferred = self._deferred, []
        if work:
            self.view.viewport().removeEventFilter(self)
        for fn in work:
            fn()

    # -- filters -------------------------------------------------------------------------

    def add_filter(self, key: str, label: str, choices: list[tuple[str, Any]]) -> QComboBox:
        """A 全部/… box in the filter row; its value is an equality filter on `key`."""
        box = QComboBox()
        box.addItem(self.tr("全部"), ANY)
        for text, value in choices:
            box.addItem(text, value)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption = QLabel(label)
        caption.setBuddy(box)
        self.filter_bar.addWidget(caption)
        self.filter_bar.addWidget(box)
        self.filter_bar.addSpacing(8)
        self._filter_boxes[key] = box
        box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        return box

    def finish_filters(self) -> None:
        """Called by a subclass after its last `add_filter`: the 状态 box, the 清除 button and the stretch."""
        self.status_box = self.add_filter("active", self.tr("状态(&Z)："),
                                          [(self.tr("在用"), True), (self.tr("已停用"), False)])
        self.filter_bar.addWidget(self.clear_filters_button)
        self.filter_bar.addStretch(1)
        self.clear_filters_button.setEnabled(False)

    def filter_values(self) -> dict[str, Any]:
        """The filters the boxes ask for (subclasses may turn a value into a service filter)."""
        return {key: box.currentData() for key, box in self._filter_boxes.items() if box.currentData() != ANY}

    def apply_filters(self) -> None:
        values = self.filter_values()
        self.clear_filters_button.setEnabled(bool(values))
        self.model.set_filters(values)

    def clear_filters(self) -> None:
        for box in self._filter_boxes.values():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.apply_filters()

    def _apply_filters(self, checked: bool) -> None:  # the hidden 仅显示在用 box of the browse page
        self.apply_filters()

    # -- the kind's editor and services (overridden) --------------------------------------

    def editor(self, entity_id: int) -> QDialog:
        raise NotImplementedError

    def set_active(self, session: Session, actor: Actor, entity_id: int, active: bool, reason: str) -> None:
        raise NotImplementedError

    def describe(self, row: int) -> str:
        """The row as a question names it: 名称（编码）."""
        return self.tr("{name}（{code}）").format(name=self.model.value(row, "name") or "",
                                                code=self.model.value(row, self.model.column_key(0)) or "")

    # -- actions -------------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def current_id(self) -> int | None:
        row = self.current_row()
        return self.model.row_id(row) if row >= 0 else None

    def update_buttons(self) -> None:
        row = self.current_row()
        self.edit_button.setEnabled(row >= 0)
        active = row < 0 or bool(self.model.value(row, "active"))
        self.active_button.setText(self.tr("停用(&D)…") if active else self.tr("恢复启用(&D)…"))
        self.active_button.setEnabled(self.can_edit and row >= 0)

    def refresh_keeping(self, entity_id: int | None) -> None:
        """Re-read the rows and select `entity_id` again when it is still shown."""
        self.refresh()
        row = self.model.row_of(entity_id) if entity_id is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.scrollTo(self.model.index(row, 0))

    def open_current(self) -> QDialog | None:
        """Open the editor of the selected row (Enter or double-click); the rows are re-read after changes."""
        entity_id = self.current_id()
        if entity_id is None:
            return None
        dialog = self.editor(entity_id)
        dialog.finished.connect(lambda _code: self._editor_closed(dialog, entity_id))
        dialog.open()
        return dialog

    def _editor_closed(self, dialog: QDialog, entity_id: int) -> None:
        if getattr(dialog, "changed", False):
            self.refresh_keeping(entity_id)
        dialog.deleteLater()

    def toggle_current(self) -> bool:
        """Deactivate (or reactivate) the selected row after a confirmation and a reason."""
        row, entity_id = self.current_row(), self.current_id()
        if entity_id is None or not self.can_edit:
            return False
        active = bool(self.model.value(row, "active"))
        what = self.describe(row)
        title = self.tr("停用") if active else self.tr("恢复启用")
        question = (self.tr("停用{what}？\n停用后不再参加摇号抽取，记录和修改历史都会保留，可以随时恢复。")
                    if active else self.tr("恢复启用{what}？"))
        if QMessageBox.question(self, title, question.format(what=what)) != QMessageBox.StandardButton.Yes:
            return False
        reason = ReasonDialog.ask(self, title, self.tr("请填写{action}原因（记入修改历史）：").format(action=title), title)
        if reason is None:
            return False
        database, actor, outcome = self._ctx.database, self._ctx.actor, {"ok": False}

        def job(_progress: Any) -> None:
            with database.write() as session:
                self.set_active(session, actor, entity_id, not active, reason)

        def done(_result: Any) -> None:
            outcome["ok"] = True
            self.refresh_keeping(entity_id)

        self._ctx.runner.run(job, done, lambda exc: QMessageBox.warning(
            self, title, self.tr("{error}\n\n未作任何修改。").format(error=exception_text(exc))))
        return outcome["ok"]

    def open_import(self) -> ImportWizard | None:
        """The import wizard for this page's kind (Ctrl+I); the rows are re-read after an import."""
        if not self.can_edit:
            return None
        wizard = ImportWizard(self._ctx, self.model.kind, self)
        wizard.finished.connect(lambda _code: self._import_closed(wizard))
        wizard.open()
        return wizard

    def _import_closed(self, wizard: ImportWizard) -> None:
        if wizard.result_info is not None:
            self.after_import()
        wizard.deleteLater()

    def after_import(self) -> None:
        """Re-read the rows (subclasses also re-read their filter choices)."""
        self.refresh()

    def export(self) -> bool:
        """Write the active rows in the import template (身份证号 and phone numbers masked)."""
        kind, actor = self.model.kind, self._ctx.actor
        title = self.tr("导出{what}").format(what=tr("labels", KIND_LABELS[kind]))
        suggested = self.tr("{what}名录_{day}.xlsx").format(what=tr("labels", KIND_LABELS[kind]), day=date.today().isoformat())
        return self._files.save(
            title, suggested, lambda s, path: roster_export.export_file(s, actor, kind, path),
            file_filter=self.tr("Excel 文件 (*.xlsx)"), open_after=False,
            on_done=lambda count: QMessageBox.information(self, title, self.tr("已导出{n}条记录。").format(n=count)))

    def download_template(self) -> bool:
        """Save the blank import template of this kind."""
        kind = self.model.kind
        title = self.tr("下载导入模板")
        return self._files.save(
            title, self.tr("{what}导入模板.xlsx").format(what=tr("labels", KIND_LABELS[kind])),
            lambda _s, path: roster_export.write_template(kind, path),
            file_filter=self.tr("Excel 文件 (*.xlsx)"), open_after=False,
            on_done=lambda path: QMessageBox.information(self, title, self.tr("模板已保存：{path}").format(path=path)))
