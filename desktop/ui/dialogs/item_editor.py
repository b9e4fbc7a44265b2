"""抽查事项 editor: every field, the check points, versions (date, who, reason); each save is a new version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import roles
from desktop.core.roster_edit import EXTRA_FIELDS, display_value
from desktop.core.roster_fields import FIELDS, field_label
from desktop.services import items, lookups
from desktop.ui.context import UiContext
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.i18n import exception_text, tr
from desktop.ui.widgets.check_point_editor import CheckPointEditor
from desktop.ui.widgets.field_form import FieldForm
from desktop.ui.widgets.screen_fit import fit_size
from desktop.ui.widgets.simple_table import SimpleTable

_EXTRA_LABELS = {"notice_required": str(QT_TRANSLATE_NOOP("labels", "需送达检查告知书")),
                 "department_id": str(QT_TRANSLATE_NOOP("labels", "负责部门")),
                 "active": str(QT_TRANSLATE_NOOP("labels", "状态")), "version": str(QT_TRANSLATE_NOOP("labels", "版本"))}


class ItemEditor(QDialog):
    """`item_id` None makes a new item; `changed` tells the page to re-read its rows."""

    def __init__(self, ctx: UiContext, item_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        self.changed = False
        self.data: dict[str, object] = {}
        self._points: list[tuple[str, str]] = []
        self._version_rows: list[items.VersionRow] = []
        self.can_edit = bool(ctx.actor.roles & {roles.OPERATOR, roles.ADMIN})
        with ctx.database.read() as session:
            self._departments = {d.id: d.name for d in lookups.form_choices(session).departments}
        fields = [f for f in FIELDS["items"] if f.key != "check_points"]
        fields += list(EXTRA_FIELDS["items"].values())
        self.form = FieldForm("items", fields, departments=list(self._departments.items()))
        self.form.set_read_only(not self.can_edit)
        self.points = CheckPointEditor()
        self.points.setEnabled(self.can_edit)
        self.versions = SimpleTable([self.tr("版本"), self.tr("时间"), self.tr("修改人"), self.tr("原因")], stretch=3)
        self.versions.itemSelectionChanged.connect(self._show_version)
        self.snapshot = QPlainTextEdit()
        self.snapshot.setReadOnly(True)
        self.snapshot.setPlaceholderText(self.tr("选择一个版本查看当时的内容"))
        history = QSplitter(Qt.Orientation.Horizontal)
        history.addWidget(self.versions)
        history.addWidget(self.snapshot)
        history.setSizes([380, 420])
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("基本信息"))
        self.tabs.addTab(self.points, self.tr("检查内容"))
        self.tabs.addTab(history, self.tr("版本历史"))

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.state_label = QLabel()
        self.status = QLabel()
        self.status.setStyleSheet("color: #1b5e20;")
        self.save_button = QPushButton(self.tr("保存为新版本(&S)…"))
        self.save_button.setDefault(True)
        self.active_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self.toggle_active)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
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
        fit_size(self, 900, 720)
        self.reload()

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Show the stored item (or an empty form for a new one) and its versions."""
        if self.item_id is None:
            self.data = {"kind": "general", "notice_required": True, "active": True, "version": 0}
            self.form.set_values(self.data)
            self._points = []
            self.points.set_points([])
            self.versions.set_rows([])
            self._version_rows = []
        else:
            with self.ctx.database.read() as session:
                self.data = items.item_details(session, self.item_id)
                self._version_rows = items.item_versions(session, self.item_id)
            self.form.set_values(self.data)
            self._points = [(str(c), str(g)) for c, g in self.data.get("check_points", ())]  # type: ignore[attr-defined]
            self.points.set_points(self._points)
            rows = [(str(v.version), v.changed_at.strftime("%Y-%m-%d %H:%M"), v.changed_by, v.reason)
                    for v in reversed(self._version_rows)]
            self.versions.set_rows(rows, data=[v.version for v in reversed(self._version_rows)])
        active = bool(self.data.get("active", True))
        if self.item_id is None:
            title = self.tr("新建抽查事项")
            self.state_label.setText("")
        else:
            title = self.tr("抽查事项：{name}（{code}）").format(name=self.data.get("name", ""),
                                                            code=self.data.get("code", ""))
            self.state_label.setText(self.tr("第{v}版　{state}").format(
                v=self.data.get("version", 1), state=self.tr("在用") if active else self.tr("已停用")))
        self.heading.setText(title)
        self.setWindowTitle(title)
        self.active_button.setText(self.tr("停用(&D)…") if active else self.tr("恢复启用(&R)…"))
        self.active_button.setEnabled(self.item_id is not None)
        self.tabs.setTabText(1, self.tr("检查内容（{n}）").format(n=len(self._points)))
        self.tabs.setTabText(2, self.tr("版本历史（{n}）").format(n=len(self._version_rows)))

    def _show_version(self) -> None:
        version = self.versions.current_data()
        found = next((v for v in self._version_rows if v.version == version), None)
        if found is None:
            self.snapshot.clear()
            return
        snap = found.snapshot
        lines = [self.tr("第{v}版　{at}　{by}").format(v=found.version, at=found.changed_at.strftime("%Y-%m-%d %H:%M"),
                                                      by=found.changed_by),
                 self.tr("原因：{reason}").format(reason=found.reason), ""]
        for key, value in snap.items():
            if key in ("check_points", "version"):
                continue
            if key == "department_id":
                value = self._departments.get(value, "") if isinstance(value, int) else ""
            label = tr("labels", _EXTRA_LABELS.get(key) or field_label("items", key))
            lines.append(self.tr("{label}：{value}").format(label=label,
                                                           value=display_value("items", key, value)))
        lines.append(self.tr("检查内容："))
        points: list[dict[str, str]] = list(snap.get("check_points") or [])  # type: ignore[call-overload]
        for n, point in enumerate(points, start=1):
            guidance = f"（{point.get('guidance')}）" if point.get("guidance") else ""
            lines.append(f"  {n}. {point.get('content', '')}{guidance}")
        self.snapshot.setPlainText("\n".join(lines))

    def show_versions(self) -> None:
        """Open on the version history tab (the page's 版本历史 button)."""
        self.tabs.setCurrentIndex(2)
        if self.versions.rowCount():
            self.versions.selectRow(0)

    # -- actions -------------------------------------------------------------------------

    def _fail(self, title: str) -> Any:
        return lambda exc: QMessageBox.warning(self, title, self.tr("{error}\n\n未作任何修改。").format(
            error=exception_text(exc)))

    def save(self) -> bool:
        """Ask for the reason and save: a new item, or a new version of this one."""
        title = self.tr("保存抽查事项")
        if not self.can_edit:
            return False
        changes = self.form.changes()
        points = self.points.points()
        points_changed = points != self._points
        if self.item_id is not None and not changes and not points_changed:
            QMessageBox.information(self, title, self.tr("没有需要保存的修改。"))
            return False
        if self.item_id is None:
            prompt = self.tr("请填写新建事项的原因或依据（记入版本历史）：")
        else:
            prompt = self.tr("保存后成为第{v}版。请填写调整原因（记入版本历史）：").format(
                v=int(str(self.data.get("version", 1))) + 1)
        reason = ReasonDialog.ask(self, title, prompt, self.tr("保存"))
        if reason is None:
            return False
        database, actor, item_id, outcome = self.ctx.database, self.ctx.actor, self.item_id, {"ok": False}
        fields = {k: v for k, v in self.form.values().items() if v not in ("", None)} if item_id is None else changes

        def job(_progress: Any) -> int:
            with database.write() as session:
                if item_id is None:
                    return items.create_item(session, actor, fields, points, reason)
                items.update_item(session, actor, item_id, fields, points if points_changed else None, reason)
                return item_id

        def done(saved_id: int) -> None:
            outcome["ok"] = True
            self.changed = True
            self.item_id = saved_id
            self.reload()
            self.status.setText(self.tr("已保存为第{v}版。").format(v=self.data.get("version", 1)))

        self.ctx.runner.run(job, done, self._fail(title))
        return outcome["ok"]

    def toggle_active(self) -> bool:
        """Take the item out of the list (or back in) after a confirmation and a reason."""
        if self.item_id is None or not self.can_edit:
            return False
        active = bool(self.data.get("active", True))
        title = self.tr("停用事项") if active else self.tr("恢复启用事项")
        question = self.tr("停用该事项？停用后不再列入事项清单和抽查任务，版本历史保留。") if active else \
            self.tr("恢复启用该事项？")
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return False
        reason = ReasonDialog.ask(self, title, self.tr("请填写原因："), title)
        if reason is None:
            return False
        database, actor, item_id, outcome = self.ctx.database, self.ctx.actor, self.item_id, {"ok": False}

        def job(_progress: Any) -> None:
            with database.write() as session:
                items.set_item_active(session, actor, item_id, not active, reason)

        def done(_result: Any) -> None:
            outcome["ok"] = True
            self.changed = True
            self.reload()

        self.ctx.runner.run(job, done, self._fail(title))
        return outcome["ok"]
