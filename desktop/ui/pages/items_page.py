"""抽查事项清单: the item table, new item (Ctrl+N), editor with versions, import, export and publishing (PDF + Excel)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from desktop.core import roles
from desktop.services import documents_lists, items, roster_export
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.dialogs.item_editor import ItemEditor
from desktop.ui.i18n import exception_text
from desktop.ui.pages.roster_page import RosterPage


class ItemsPage(RosterPage):
    """Each save of an item is a new version with its reason; publishing writes the public list."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "items", parent)
        self.kind_box = self.add_filter("kind", self.tr("事项类别(&K)："),
                                        [(self.tr("重点"), "key"), (self.tr("一般"), "general")])
        self.finish_filters()
        self.new_button = QPushButton(self.tr("新建事项(&N)…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.versions_button = QPushButton(self.tr("版本历史(&V)…"))
        self.publish_button = QPushButton(self.tr("发布清单(&P)…"))
        self.publish_button.setToolTip(self.tr("生成在用事项的清单 PDF 和 Excel 文件，用于公开"))
        self.new_button.clicked.connect(self.new_item)
        self.versions_button.clicked.connect(self.open_versions)
        self.publish_button.clicked.connect(self.publish)
        self.new_button.setEnabled(self.can_edit)
        self.publish_button.setEnabled(self.can_edit or roles.allowed(ctx.actor.roles, "items.publish"))
        self.actions_bar.insertWidget(0, self.new_button)
        self.actions_bar.insertWidget(3, self.versions_button)
        self.actions_bar.insertWidget(4, self.publish_button)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_item)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        if hasattr(self, "versions_button"):
            self.versions_button.setEnabled(self.current_row() >= 0)

    def editor(self, entity_id: int) -> QDialog:
        return ItemEditor(self._ctx, entity_id, self)

    def set_active(self, session: Session, actor: Actor, entity_id: int, active: bool, reason: str) -> None:
        items.set_item_active(session, actor, entity_id, active, reason)

    def new_item(self) -> ItemEditor | None:
        """An empty editor; the new item is selected after it is saved."""
        if not self.can_edit:
            return None
        dialog = ItemEditor(self._ctx, None, self)

        def closed(_code: int) -> None:
            if dialog.changed:
                self.refresh_keeping(dialog.item_id)
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    def open_versions(self) -> QDialog | None:
        """The selected item's editor, on its version history."""
        dialog = self.open_current()
        if isinstance(dialog, ItemEditor):
            dialog.show_versions()
        return dialog

    def publish(self) -> bool:
        """The public 随机抽查事项清单 of the active items: a PDF and, beside it, the Excel list."""
        title = self.tr("发布抽查事项清单")
        if QMessageBox.question(self, title, self.tr(
                "将在用的抽查事项生成清单 PDF 和 Excel 文件，用于向社会公开。继续？")) != QMessageBox.StandardButton.Yes:
            return False
        pdf = self._files.ask_path(title, self.tr("随机抽查事项清单_{day}.pdf").format(day=date.today().isoformat()),
                                   self.tr("PDF 文件 (*.pdf)"))
        if pdf is None:
            return False
        xlsx = pdf.with_suffix(".xlsx")
        database, actor, outcome = self._ctx.database, self._ctx.actor, {"ok": False}

        def job(_progress: Any) -> tuple[Any, int]:
            # One transaction: the audit events of both files are kept together, or neither.
            with database.write() as session:
                printed = documents_lists.print_items(session, actor, pdf)
                rows = roster_export.export_file(session, actor, "items", xlsx)
                return printed, rows

        def done(result: tuple[Any, int]) -> None:
            outcome["ok"] = True
            printed, rows = result
            text = self.tr("已生成事项清单（{n}项）：\n{pdf}\n{xlsx}").format(n=rows, pdf=Path(printed.path), xlsx=xlsx)
            if printed.warnings:
                text += "\n\n" + "\n".join(str(w) for w in printed.warnings)
            QMessageBox.information(self, title, text)

        self._ctx.runner.run(job, done, lambda exc: QMessageBox.warning(self, title, exception_text(exc)))
        return outcome["ok"]
