"""新建抽查任务: the task form; OK submits one TaskDraft to tasks.create_task."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DomainError
from desktop.services import lookups, tasks
from desktop.ui.context import UiContext
from desktop.ui.i18n import error_text
from desktop.ui.widgets.form_bits import dialog_buttons
from desktop.ui.widgets.screen_fit import fit_size
from desktop.ui.widgets.task_fields import TaskFields

DEFAULT_WINDOW_DAYS = 30


class TaskDialog(QDialog):
    """On success `created` holds the new task (its number is assigned by the service)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.created: tasks.TaskRow | None = None
        self._basis_edited = False
        with ctx.database.read() as session:
            self.choices = lookups.form_choices(session)
        today = ctx.today()
        self.setWindowTitle(self.tr("新建抽查任务"))
        self.fields = TaskFields(self.choices, today, today + timedelta(days=DEFAULT_WINDOW_DAYS))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.team_size = QSpinBox()
        self.team_size.setRange(self.choices.min_team_size, 20)
        self.team_size.setValue(self.choices.min_team_size)
        self.team_size.setToolTip(self.tr("规则配置要求每组至少{n}人").format(n=self.choices.min_team_size))
        self.max_load = QSpinBox()
        self.max_load.setRange(0, 10_000)
        self.max_load.setValue(self.choices.max_load)
        self.max_load.setSpecialValueText(self.tr("不限"))
        self.legal_basis = QPlainTextEdit()
        self.legal_basis.setFixedHeight(64)
        self.legal_basis.textChanged.connect(self._basis_changed)
        form = self.fields.form
        form.insertRow(1, self.tr("年度(&Y)："), self.year)
        form.addRow(self.tr("每组人数(&T)："), self.team_size)
        form.addRow(self.tr("每人最多参加组数(&M)："), self.max_load)
        form.addRow(self.tr("法律依据(&L)："), self.legal_basis)
        self.fields.items_changed.connect(self._fill_basis)
        buttons = dialog_buttons(self, self.tr("创建任务"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields, 1)
        layout.addWidget(buttons)
        fit_size(self, 1100, 680)
        self.fields.name_edit.setFocus()

    def _basis_changed(self) -> None:
        if not self.legal_basis.signalsBlocked():
            self._basis_edited = bool(self.legal_basis.toPlainText().strip())

    def _fill_basis(self) -> None:
        # The items' own bases are the usual legal basis; a text the user typed is never overwritten.
        if self._basis_edited:
            return
        chosen = set(self.fields.item_ids())
        text = "；".join(dict.fromkeys(i.basis for i in self.choices.items if i.id in chosen and i.basis))
        self.legal_basis.blockSignals(True)
        self.legal_basis.setPlainText(text)
        self.legal_basis.blockSignals(False)

    def draft(self) -> tasks.TaskDraft:
        """The task as entered."""
        return tasks.TaskDraft(year=self.year.value(), team_size=self.team_size.value(),
                               max_load=self.max_load.value(), legal_basis=self.legal_basis.toPlainText().strip(),
                               **self.fields.draft_kwargs())

    def accept(self) -> None:
        try:
            with self._ctx.database.write() as session:
                self.created = tasks.create_task(session, self._ctx.actor, self.draft())
        except DomainError as err:
            QMessageBox.warning(self, self.tr("无法创建任务"), error_text(err))
            return
        super().accept()
