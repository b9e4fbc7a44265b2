"""The target and inspector editors (form, change history, save with a reason, deactivate) and the 新增 dialog."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.core import roles
from desktop.core.roster_fields import FieldDef
from desktop.services import rosters
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.i18n import exception_text
from desktop.ui.widgets.field_form import FieldForm
from desktop.ui.widgets.screen_fit import fit_size
from desktop.ui.widgets.simple_table import SimpleTable


class RosterEditor(QDialog):
    """Subclasses name the kind and the service calls; `changed` tells the page to re-read its rows."""

    kind = ""

    def __init__(self, ctx: UiContext, entity_id: int, fields: Sequence[FieldDef], *,
                 risk_labels: Sequence[tuple[str, str]] = (), departments: Sequence[tuple[int, str]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity_id = entity_id
        self.changed = False
        self.data: dict[str, object] = {}
        self.can_edit = bool(ctx.actor.roles & {roles.OPERATOR, roles.ADMIN})
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.form = FieldForm(self.kind, fields, risk_labels=risk_labels, departments=departments)
        self.form.set_read_only(not self.can_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.history = SimpleTable([self.tr("时间"), self.tr("修改人"), self.tr("字段"), self.tr("原值"),
                                    self.tr("新值"), self.tr("原因")])
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("基本信息"))
        self.tabs.addTab(self.history, self.tr("修改历史"))

        self.save_button = QPushButton(self.tr("保存修改(&S)…"))
        self.save_button.setDefault(True)
        self.active_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        self.extra_bar = QHBoxLayout()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setStyleSheet("color: #1b5e20;")
        bar = QHBoxLayout()
        bar.addLayout(self.extra_bar)
        bar.addWidget(self.status, 1)
        for button in (self.active_button, self.save_button):
            button.setVisible(self.can_edit)
            bar.addWidget(button)
        bar.addWidget(close)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.state_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        fit_size(self, 760, 680)
        self.reload()

    # -- the kind's services (overridden) ------------------------------------------------

    def load(self, session: Session) -> dict[str, object]:
        raise NotImplementedError

    def write_changes(self, session: Session, actor: Actor, changes: Mapping[str, Any], reason: str) -> list[str]:
        raise NotImplementedError

    def write_active(self, session: Session, actor: Actor, active: bool, reason: str) -> None:
        raise NotImplementedError

    def describe(self) -> str:
        """The row as the heading and the questions name it."""
        raise NotImplementedError

    def form_values(self, data: Mapping[str, object]) -> dict[str, object]:
        """Stored values as the form shows them (a subclass maps e.g. department_id)."""
        return dict(data)

    def check_changes(self, changes: dict[str, object]) -> str | None:
        """A problem the form can see before saving (shown, nothing saved), or None."""
        return None

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the row and its history (after a save, or to drop unsaved edits)."""
        with self.ctx.database.read() as session:
            self.data = self.load(session)
            changes = rosters.history(session, self.kind, self.entity_id)
        self.form.set_values(self.form_values(self.data))
        active = bool(self.data.get("active", True))
        self.heading.setText(self.describe())
        self.setWindowTitle(self.describe())
        self.state_label.setText(self.tr("状态：在用") if active else self.tr("状态：已停用"))
        self.state_label.setStyleSheet("" if active else "color: #b00020; font-weight: bold;")
        self.active_button.setText(self.tr("停用(&D)…") if active else self.tr("恢复启用(&R)…"))
        rows = [(c.changed_at.strftime("%Y-%m-%d %H:%M"), c.changed_by, c.label, c.old or "", c.new or "", c.reason)
                for c in reversed(changes)]
        self.history.set_rows(rows)
        self.tabs.setTabText(1, self.tr("修改历史（{n}）").format(n=len(rows)))

    # -- actions -------------------------------------------------------------------------

    def _fail(self, title: str) -> Any:
        return lambda exc: QMessageBox.warning(self, title, self.tr("{error}\n\n未作任何修改。").format(
            error=exception_text(exc)))

    def save(self) -> bool:
        """Ask for the reason and save the edited fields; False when nothing was saved."""
        title = self.tr("保存修改")
        if not self.can_edit:
            return False
        changes = self.form.changes()
        if not changes:
            QMessageBox.information(self, title, self.tr("没有需要保存的修改。"))
            return False
        problem = self.check_changes(changes)
        if problem:
            QMessageBox.warning(self, title, problem)
            return False
        labels = "、".join(f.header for f in self.form.fields if f.key in changes)
        reason = ReasonDialog.ask(self, title, self.tr("修改了：{fields}。\n请填写修改原因（记入修改历史）：").format(
            fields=labels), self.tr("保存"))
        if reason is None:
            return False
        database, actor, outcome = self.ctx.database, self.ctx.actor, {"ok": False}

        def job(_progress: Any) -> list[str]:
            with database.write() as session:
                return self.write_changes(session, actor, changes, reason)

        def done(keys: list[str]) -> None:
            outcome["ok"] = True
            self.changed = True
            self.reload()
            self.status.setText(self.tr("已保存{n}项修改。").format(n=len(keys)))

        self.ctx.runner.run(job, done, self._fail(title))
        return outcome["ok"]

    def toggle_active(self) -> bool:
        """Deactivate (or reactivate) after a confirmation and a reason; nothing is deleted."""
        if not self.can_edit:
            return False
        active = bool(self.data.get("active", True))
        title = self.tr("停用") if active else self.tr("恢复启用")
        if self.form.changes() and QMessageBox.question(
                self, title, self.tr("表单中有尚未保存的修改，继续将放弃这些修改。是否继续？")) != QMessageBox.StandardButton.Yes:
            return False
        question = (self.tr("停用{what}？\n停用后不再参加摇号抽取，记录和修改历史都会保留，可以随时恢复。")
                    if active else self.tr("恢复启用{what}？"))
        if QMessageBox.question(self, title, question.format(what=self.describe())) != QMessageBox.StandardButton.Yes:
            return False
        reason = ReasonDialog.ask(self, title, self.tr("请填写{action}原因（记入修改历史）：").format(action=title), title)
        if reason is None:
            return False
        database, actor, outcome = self.ctx.database, self.ctx.actor, {"ok": False}

        def job(_progress: Any) -> None:
            with database.write() as session:
                self.write_active(session, actor, not active, reason)

        def done(_result: Any) -> None:
            outcome["ok"] = True
            self.changed = True
            self.reload()
            self.status.setText(self.tr("已停用。") if active else self.tr("已恢复启用。"))

        self.ctx.runner.run(job, done, self._fail(title))
        return outcome["ok"]

