"""执法检查人员 editor: fields (身份证号 and phone masked), 显示完整号码 (audited), history, deactivate."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from desktop.core import roles
from desktop.core.roster_fields import FIELDS, FieldDef
from desktop.services import lookups, rosters
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.dialogs.roster_editor import RosterEditor
from desktop.ui.i18n import exception_text

_MASKED = ("id_number", "phone")


class InspectorEditor(RosterEditor):
    """Opened from the 执法检查人员名录库 with an inspector id; full numbers only through the reveal buttons."""

    kind = "inspectors"

    def __init__(self, ctx: UiContext, inspector_id: int, parent: QWidget | None = None) -> None:
        with ctx.database.read() as session:
            choices = lookups.form_choices(session)
        departments = [(d.id, d.name) for d in choices.departments]
        # The department is chosen from the list (an id), not typed.
        fields = [FieldDef(f.key, f.header, "id") if f.key == "department" else f for f in FIELDS["inspectors"]]
        super().__init__(ctx, inspector_id, fields, departments=departments, parent=parent)
        can_reveal = bool(ctx.actor.roles & {roles.OPERATOR, roles.ADMIN})
        self.reveal_id_button = QPushButton(self.tr("显示完整号码(&I)…"))
        self.reveal_phone_button = QPushButton(self.tr("显示完整号码(&P)…"))
        self.reveal_id_button.clicked.connect(lambda: self.reveal("id_number"))
        self.reveal_phone_button.clicked.connect(lambda: self.reveal("phone"))
        for key, button in (("id_number", self.reveal_id_button), ("phone", self.reveal_phone_button)):
            button.setToolTip(self.tr("查看完整号码会记入审计日志"))
            button.setVisible(can_reveal)
            self.form.attach(key, button)
            self.form.editors[key].setToolTip(self.tr("打码显示；如需更正，请整体改为完整的新号码"))

    def load(self, session: Session) -> dict[str, object]:
        return rosters.inspector_details(session, self.entity_id)

    def form_values(self, data: Mapping[str, object]) -> dict[str, object]:
        return {**data, "department": data.get("department_id")}

    def check_changes(self, changes: dict[str, object]) -> str | None:
        for key in _MASKED:
            if "*" in str(changes.get(key, "")):
                label = next(f.header for f in self.form.fields if f.key == key)
                return self.tr("“{field}”中有打码的“*”。请填写完整号码，或保持原样不改。").format(field=label)
        return None

    def write_changes(self, session: Session, actor: Actor, changes: Mapping[str, Any], reason: str) -> list[str]:
        return rosters.update_inspector(session, actor, self.entity_id, changes, reason)

    def write_active(self, session: Session, actor: Actor, active: bool, reason: str) -> None:
        rosters.set_inspector_active(session, actor, self.entity_id, active, reason)

    def describe(self) -> str:
        return self.tr("执法检查人员：{name}（{staff_no}）").format(name=self.data.get("name", ""),
                                                             staff_no=self.data.get("staff_no", ""))

    def reveal(self, key: str) -> str | None:
        """Show the full 身份证号 or phone number in a message box; the service records an audit event."""
        title = self.tr("完整身份证号") if key == "id_number" else self.tr("完整联系电话")
        if not self.data.get(key):
            QMessageBox.information(self, title, self.tr("未登记。"))
            return None
        database, actor = self.ctx.database, self.ctx.actor
        found: dict[str, str] = {}
        reveal = rosters.reveal_id_number if key == "id_number" else rosters.reveal_phone

        def job(_progress: Any) -> str:
            with database.write() as session:  # the audit event is written with the read
                return reveal(session, actor, self.entity_id)

        def done(value: str) -> None:
            found["value"] = value
            QMessageBox.information(self, title, self.tr("{who}：{value}\n\n本次查看已记入审计日志。").format(
                who=self.describe(), value=value))

        self.ctx.runner.run(job, done, lambda exc: QMessageBox.warning(self, title, exception_text(exc)))
        return found.get("value")
