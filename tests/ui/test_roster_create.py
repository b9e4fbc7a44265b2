"""The 新增 dialogs of the 检查对象 and 执法检查人员 pages: save a new row, or show the error and store nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from sqlalchemy import func, select

from db.models import AuditEvent, Inspector, Target
from desktop.core.identifiers import id_check_char
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.dialogs.roster_creator import RosterCreator
from desktop.ui.pages.inspectors_page import InspectorsPage
from desktop.ui.pages.targets_page import TargetsPage
from tests.ui.conftest import TODAY, uscc

ID = "42120119900101123" + id_check_char("42120119900101123")


def _type(dialog: RosterCreator, key: str, text: str) -> None:
    editor = dialog.form.editors[key]
    assert isinstance(editor, QLineEdit)
    editor.setText(text)  # keyClicks with Chinese text crashes offscreen


def _count(db, model) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_new_target_is_saved_and_selected(qtbot, ctx, seeded, message_boxes) -> None:
    page = TargetsPage(ctx)
    qtbot.addWidget(page)
    assert page.new_button.isEnabled()
    before = _count(seeded, Target)
    dialog = page.open_new()
    assert isinstance(dialog, RosterCreator) and dialog.form.value("risk_class") == "B"
    code = uscc(9000)
    _type(dialog, "jurisdiction", "温泉派出所")
    _type(dialog, "name", "咸安区新开宾馆")
    _type(dialog, "code", code.translate(str.maketrans("0123456789", "０１２３４５６７８９")))
    dialog.form.set_value("risk_class", "C")
    assert dialog.save() is True
    assert message_boxes.texts("warning") == [] and not dialog.isVisible()
    with seeded.read() as s:
        target = s.scalar(select(Target).where(Target.code == code))
        assert target is not None and (target.name, target.risk_class) == ("咸安区新开宾馆", "C")
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "target.create"
        new_id = target.id
    assert _count(seeded, Target) == before + 1 and dialog.created_id == new_id
    qtbot.waitUntil(lambda: page.current_id() == new_id)
    assert page.model.value(page.current_row(), "name") == "咸安区新开宾馆"


def test_bad_target_code_shows_error_and_stores_nothing(qtbot, ctx, seeded, message_boxes) -> None:
    page = TargetsPage(ctx)
    qtbot.addWidget(page)
    before = _count(seeded, Target)
    dialog = page.open_new()
    assert dialog is not None
    good = uscc(9001)
    _type(dialog, "jurisdiction", "温泉派出所")
    _type(dialog, "name", "咸安区错码宾馆")
    _type(dialog, "code", good[:-1] + ("0" if good[-1] != "0" else "1"))
    assert dialog.save() is False
    assert dialog.isVisible() and dialog.created_id is None
    assert "统一社会信用代码" in dialog.error_label.text()
    assert len(message_boxes.texts("warning")) == 1 and "未作任何修改" in message_boxes.texts("warning")[0]
    _type(dialog, "code", uscc(0))  # already in the roster
    assert dialog.save() is False and "已存在" in dialog.error_label.text()
    assert _count(seeded, Target) == before
    dialog.reject()


def test_new_inspector_is_saved(qtbot, ctx, seeded, message_boxes) -> None:
    page = InspectorsPage(ctx)
    qtbot.addWidget(page)
    dialog = page.open_new()
    assert dialog is not None
    _type(dialog, "name", "王五")
    _type(dialog, "staff_no", "２００００１")
    _type(dialog, "id_number", ID)
    _type(dialog, "licence_expiry", "2030-01-05")
    box = dialog.form.editors["department"]
    dialog.form.set_value("department", box.itemData(1))  # the first department
    dialog.form.set_value("leader_capable", True)
    assert dialog.save() is True, message_boxes.texts()
    with seeded.read() as s:
        person = s.scalar(select(Inspector).where(Inspector.staff_no == "200001"))
        assert person is not None and person.id_number == ID and person.leader_capable
        assert person.department_id == box.itemData(1) and person.licence_expiry is not None
        assert person.licence_expiry > TODAY
        new_id = person.id
    qtbot.waitUntil(lambda: page.current_id() == new_id)


def test_bad_inspector_shows_error(qtbot, ctx, seeded, message_boxes) -> None:
    page = InspectorsPage(ctx)
    qtbot.addWidget(page)
    before = _count(seeded, Inspector)
    dialog = page.open_new()
    assert dialog is not None
    _type(dialog, "name", "赵六")
    _type(dialog, "staff_no", "200002")
    _type(dialog, "id_number", ID[:-1] + ("0" if ID[-1] != "0" else "1"))
    assert dialog.save() is False and "身份证号" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.form.editors["id_number"]  # the faulty field is focused
    assert _count(seeded, Inspector) == before


def test_new_button_needs_the_edit_role(qtbot, db, admin, runner) -> None:
    auditor = Actor("au", "监督", frozenset({"auditor"}))
    for page_class in (TargetsPage, InspectorsPage):
        page = page_class(UiContext(db, auditor, runner, today=lambda: TODAY))
        qtbot.addWidget(page)
        assert not page.new_button.isEnabled() and page.open_new() is None
