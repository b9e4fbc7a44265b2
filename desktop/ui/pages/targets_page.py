"""检查对象名录库: the lazy target table with risk, jurisdiction, industry and state filters, editor and import."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from sqlalchemy.orm import Session

from desktop.core.roster_fields import FIELDS
from desktop.services import lookups, rosters, settings
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.dialogs.roster_creator import RosterCreator, open_creator
from desktop.ui.dialogs.target_editor import TargetEditor
from desktop.ui.pages.roster_page import ANY, RosterPage


class TargetsPage(RosterPage):
    """100,000 targets stay fast: ids are read in SQL, rows fetched in chunks as they are painted."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "targets", parent)
        with ctx.database.read() as session:
            risk_labels = settings.get_profile(session).risk_labels
        self._risk_labels = tuple(risk_labels)
        self.new_button = QPushButton(self.tr("新增(&N)…"))
        self.new_button.setToolTip(self.tr("手工添加一个检查对象"))
        self.new_button.setEnabled(self.can_edit)
        self.new_button.clicked.connect(self.open_new)
        self.actions_bar.insertWidget(0, self.new_button)
        self.risk_box = self.add_filter("risk_class", self.tr("风险等级(&R)："), [
            (self.tr("{code} {label}").format(code=code, label=label), code) for code, label in risk_labels])
        self.jurisdiction_box = self.add_filter("jurisdiction", self.tr("管辖机关(&J)："), [])
        self.industry_box = self.add_filter("industry", self.tr("行业(&H)："), [])
        self.finish_filters()
        # The distinct 管辖机关 and 行业 take a scan of the whole roster: read them after the first paint.
        self.after_first_paint(self.load_choices)

    def editor(self, entity_id: int) -> QDialog:
        return TargetEditor(self._ctx, entity_id, self)

    def set_active(self, session: Session, actor: Actor, entity_id: int, active: bool, reason: str) -> None:
        rosters.set_target_active(session, actor, entity_id, active, reason)

    def open_new(self) -> RosterCreator | None:
        """The empty 新增检查对象 form; the new row is shown and selected after a save."""
        if not self.can_edit:
            return None
        dialog = RosterCreator(self._ctx, "targets", FIELDS["targets"], rosters.create_target,
                               risk_labels=self._risk_labels, parent=self)
        return open_creator(dialog, self.after_create)

    def after_create(self, target_id: int) -> None:
        self.load_choices()
        self.refresh_keeping(target_id)

    def after_import(self) -> None:
        # A file may bring new 管辖机关 and 行业 values: offer them in the boxes.
        self.load_choices()
        self.apply_filters()

    def load_choices(self) -> None:
        """Fill the 管辖机关 and 行业 boxes with the values of the active targets (the choice is kept)."""
        with self._ctx.database.read() as session:
            choices = lookups.form_choices(session)
        for box, values in ((self.jurisdiction_box, choices.jurisdictions), (self.industry_box, choices.industries)):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(current)) if current != ANY else 0)
            box.blockSignals(False)
