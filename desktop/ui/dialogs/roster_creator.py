"""新增检查对象/执法检查人员: an empty roster form saved through the create services."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core.errors import DomainError
from desktop.core.roster_fields import KIND_LABELS, FieldDef
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.i18n import exception_text, tr
from desktop.ui.widgets.field_form import FieldForm
from desktop.ui.widgets.screen_fit import fit_size

CreateService = Callable[[Session, Actor, Mapping[str, Any]], int]


class RosterCreator(QDialog):
    """An empty form that adds one target or inspector through `create` (the import's checks apply).

    On success the dialog closes with `created_id` set; on an error it stays open and nothing is stored.
    """

    def __init__(self, ctx: UiContext, kind: str, fields: Sequence[FieldDef], create: CreateService, *,
                 risk_labels: Sequence[tuple[str, str]] = (), departments: Sequence[tuple[int, str]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self._create = ctx, kind, create
        self.created_id: int | None = None
        title = self.tr("新增{what}").format(what=tr("labels", KIND_LABELS[kind]))
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.form = FieldForm(kind, fields, risk_labels=risk_labels, departments=departments)
        self.form.set_values({"risk_class": "B"})  # the default an imported row without a risk class gets
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存(&S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("按导入模板的规则检查；保存后记入修改历史和审计日志。")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        fit_size(self, 700, 640)

    def save(self) -> bool:
        """Create the row from the form; an error is shown (its field focused) and nothing is stored."""
        values = self.form.values()
        database, actor, create = self.ctx.database, self.ctx.actor, self._create

        def job(_progress: Any) -> int:
            with database.write() as session:
                return create(session, actor, values)

        def done(new_id: int) -> None:
            self.created_id = new_id
            self.accept()

        self.error_label.clear()
        self.ctx.runner.run(job, done, self._failed)
        return self.created_id is not None

    def _failed(self, exc: BaseException) -> None:
        field = exc.params.get("field") if isinstance(exc, DomainError) else None
        key = next((f.key for f in self.form.fields if field in (f.header, f.key)), None)
        if key is not None:
            self.form.editors[key].setFocus()
        text = exception_text(exc)
        self.error_label.setText(text)
        QMessageBox.warning(self, self.windowTitle(), self.tr("{error}\n\n未作任何修改。").format(error=text))


def open_creator(dialog: RosterCreator, on_created: Callable[[int], None]) -> RosterCreator:
    """Show `dialog` (window-modal); `on_created` gets the new id after a successful save."""

    def closed(_code: int) -> None:
        if dialog.created_id is not None:
            on_created(dialog.created_id)
        dialog.deleteLater()

    dialog.finished.connect(closed)
    dialog.open()
    return dialog
