"""执法检查人员名录库: the inspector table with department, leader and licence filters, warnings and editor."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop.core.roster_fields import FIELDS, FieldDef
from desktop.services import browse, lookups, rosters
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.dialogs.inspector_editor import InspectorEditor
from desktop.ui.dialogs.roster_creator import RosterCreator, open_creator
from desktop.ui.pages.roster_page import RosterPage
from desktop.ui.widgets.roster_warnings_panel import RosterWarningsPanel


class InspectorsPage(RosterPage):
    """身份证号 and phone numbers are masked in the table; the editor reveals them (audited)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "inspectors", parent)
        self.new_button = QPushButton(self.tr("新增(&N)…"))
        self.new_button.setToolTip(self.tr("手工添加一名执法检查人员"))
        self.new_button.setEnabled(self.can_edit)
        self.new_button.clicked.connect(self.open_new)
        self.actions_bar.insertWidget(0, self.new_button)
        self.department_box = self.add_filter("department", self.tr("所属部门(&B)："), [])
        self.leader_box = self.add_filter("leader_capable", self.tr("可任组长(&L)："),
                                          [(self.tr("是"), True), (self.tr("否"), False)])
        self.licence_box = self.add_filter("licence_state", self.tr("执法证(&C)："), [
            (self.tr("有效"), "valid"), (self.tr("30天内到期"), "expiring"), (self.tr("已过期"), "expired"),
            (self.tr("未填写有效期"), "missing")])
        self.finish_filters()

        self.warnings = RosterWarningsPanel()
        self.warnings.inspector_chosen.connect(self.show_inspector)
        self.warnings.department_chosen.connect(self.show_department)
        layout = cast(QVBoxLayout, self.layout())
        layout.removeWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.warnings)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 140])
        layout.addWidget(splitter, 1)
        self.load_warnings()
        self.after_first_paint(self.load_choices)

    def load_choices(self) -> None:
        """Fill the department box (the choice is kept)."""
        with self._ctx.database.read() as session:
            departments = [d.name for d in lookups.form_choices(session).departments]
        box = self.department_box
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for name in departments:
            box.addItem(name, name)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def after_import(self) -> None:
        self.load_choices()
        super().after_import()

    def filter_values(self) -> dict[str, Any]:
        values = super().filter_values()
        if "licence_state" in values:
            values["licence_state"] = browse.LicenceFilter(values["licence_state"], self._ctx.today())
        return values

    def load_warnings(self) -> None:
        with self._ctx.database.read() as session:
            self.warnings.set_warnings(rosters.roster_warnings(session, self._ctx.today()))

    def refresh(self) -> None:
        super().refresh()
        self.load_warnings()

    def editor(self, entity_id: int) -> QDialog:
        return InspectorEditor(self._ctx, entity_id, self)

    def set_active(self, session: Session, actor: Actor, entity_id: int, active: bool, reason: str) -> None:
        rosters.set_inspector_active(session, actor, entity_id, active, reason)

    def open_new(self) -> RosterCreator | None:
        """The empty 新增执法检查人员 form (department chosen from the list); the new row is selected after."""
        if not self.can_edit:
            return None
        with self._ctx.database.read() as session:
            departments = [(d.id, d.name) for d in lookups.form_choices(session).departments]
        fields = [FieldDef(f.key, f.header, "id") if f.key == "department" else f for f in FIELDS["inspectors"]]
        dialog = RosterCreator(self._ctx, "inspectors", fields, rosters.create_inspector,
                               departments=departments, parent=self)
        return open_creator(dialog, self.after_create)

    def after_create(self, inspector_id: int) -> None:
        self.load_choices()
        self.refresh_keeping(inspector_id)

    def show_inspector(self, staff_no: str) -> QDialog | None:
        """Find the inspector of a warning (search by 警号, filters cleared) and open the editor."""
        self.clear_filters()
        self.search_edit.setText(staff_no)
        self.apply_search()
        for row in range(self.model.rowCount()):
            if self.model.value(row, "staff_no") == staff_no:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return self.open_current()
        return None

    def show_department(self, name: str) -> None:
        """List a department's active inspectors (a 组长不足 warning): who could be made leader-capable."""
        self.load_choices()
        self.search_edit.clear()
        self.apply_search()
        for box, value in ((self.department_box, name), (self.leader_box, None), (self.licence_box, None)):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)) if value is not None else 0)
            box.blockSignals(False)
        if self.status_box is not None:
            self.status_box.blockSignals(True)
            self.status_box.setCurrentIndex(self.status_box.findData(True))
            self.status_box.blockSignals(False)
        self.apply_filters()
