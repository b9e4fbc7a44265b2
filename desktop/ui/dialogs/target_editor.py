"""检查对象 editor: every field of a target, its change history, save with a reason, deactivate or reactivate."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop.core.roster_edit import EXTRA_FIELDS
from desktop.core.roster_fields import FIELDS
from desktop.services import rosters, settings
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.dialogs.roster_editor import RosterEditor


class TargetEditor(RosterEditor):
    """Opened from the 检查对象名录库 with a target id; `changed` is set after a save."""

    kind = "targets"

    def __init__(self, ctx: UiContext, target_id: int, parent: QWidget | None = None) -> None:
        with ctx.database.read() as session:
            risk_labels = tuple(settings.get_profile(session).risk_labels)
        fields = (*FIELDS["targets"], *EXTRA_FIELDS["targets"].values())
        super().__init__(ctx, target_id, fields, risk_labels=risk_labels, parent=parent)

    def load(self, session: Session) -> dict[str, object]:
        return rosters.target_details(session, self.entity_id)

    def write_changes(self, session: Session, actor: Actor, changes: Mapping[str, Any], reason: str) -> list[str]:
        return rosters.update_target(session, actor, self.entity_id, changes, reason)

    def write_active(self, session: Session, actor: Actor, active: bool, reason: str) -> None:
        rosters.set_target_active(session, actor, self.entity_id, active, reason)

    def describe(self) -> str:
        return self.tr("检查对象：{name}（{code}）").format(name=self.data.get("name", ""),
                                                        code=self.data.get("code", ""))
