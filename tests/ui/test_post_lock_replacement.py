"""锁定后更换检查人员 offscreen: the dialog replaces a team member, the package still verifies, and it refuses safely."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from db.models import Replacement
from desktop.core.sr1 import verify_package
from desktop.services import draw_export, draws, replacements, settings
from desktop.services.context import SYSTEM
from desktop.ui.context import UiContext
from desktop.ui.dialogs.post_lock_replacement_dialog import PostLockReplacementDialog
from desktop.ui.pages.tasks_page import TasksPage
from desktop.ui.task_runner import SyncTaskRunner
from tests.services.builders import APPROVER, OPERATOR, make_bureau
from tests.services.record_builders import full_draw


@pytest.fixture
def locked(db):
    task_id = make_bureau(db)
    return task_id, full_draw(db, task_id)


def _dialog(qtbot, db, draw_id: int, actor=APPROVER) -> PostLockReplacementDialog:
    dialog = PostLockReplacementDialog(UiContext(db, actor, SyncTaskRunner()), draw_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _teams(db, draw_id: int) -> dict[str, list[str]]:
    with db.read() as s:
        return {t.target_code: [m.inspector_code for m in t.members]
                for t in replacements.replaceable_teams(s, draw_id)}


def _replacement_count(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Replacement)) or 0)


def _pick(dialog: PostLockReplacementDialog, target_row: int, member_row: int) -> tuple[str, str]:
    dialog.target.setCurrentIndex(target_row)
    dialog.member.setCurrentIndex(member_row)
    return str(dialog.target.currentData()), str(dialog.member.currentData())


def test_approver_replaces_a_member_with_witness_digits(qtbot, db, locked, message_boxes, tmp_path: Path) -> None:
    _task_id, draw_id = locked
    dialog = _dialog(qtbot, db, draw_id)
    assert dialog.role_notice.isHidden()
    assert dialog.approver.text() == "审批人"  # the logged-in approver's display name
    assert dialog.target.itemText(0).startswith("1 · 咸安区第")
    assert dialog.member.itemText(0).startswith("组长 民警")
    assert dialog.by_approver.isHidden()  # the 咸宁 profile redraws
    assert not dialog.ok_button().isEnabled()
    target, leaving = _pick(dialog, 1, 1)
    assert dialog.member.currentText().startswith("组员 ")
    dialog.reason.setText("岗位调整")
    assert not dialog.ok_button().isEnabled() and dialog.message.text() == "请填写见证人给出的数字"
    dialog.digits.setText("2026 1122")
    assert dialog.ok_button().isEnabled() and dialog.message.text() == ""
    before = _teams(db, draw_id)

    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    assert len(message_boxes.texts("question")) == 1 and "不可撤销" in message_boxes.texts("question")[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = dialog.result_row
    assert row is not None and row.left == leaving and row.entropy == "20261122"
    info = message_boxes.texts("information")[0]
    assert leaving in info and row.joined in info and "20261122" in info and "post_lock_events.json" in info
    after = _teams(db, draw_id)
    assert leaving not in after[target] and row.joined in after[target]
    assert after[target][0] == before[target][0]  # the leader stays
    assert {k: v for k, v in after.items() if k != target} == {k: v for k, v in before.items() if k != target}
    with db.read() as s:
        out = draw_export.export_package(s, draw_id, tmp_path / "pkg")
    assert verify_package(out).verified
    events = json.loads((out / "post_lock_events.json").read_text("utf-8"))["events"]
    assert [(e["target"], e["inspector"], e["entropy"], e["reason"]) for e in events] == \
        [(target, leaving, "20261122", "岗位调整")]


def test_without_a_witness_the_system_draws_the_digits(qtbot, db, locked, message_boxes) -> None:
    _task_id, draw_id = locked
    dialog = _dialog(qtbot, db, draw_id)
    target, leaving = _pick(dialog, 0, 0)
    dialog.reason.setText("健康原因")
    dialog.from_system.setChecked(True)
    assert not dialog.digits.isEnabled() and dialog.ok_button().isEnabled()
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    row = dialog.result_row
    assert row is not None and row.role == "leader" and len(row.entropy) == 8 and row.entropy.isdigit()
    assert row.entropy in message_boxes.texts("information")[0]
    assert _teams(db, draw_id)[target][0] == row.joined != leaving


def test_an_operator_sees_why_and_cannot_apply(qtbot, db, locked, message_boxes) -> None:
    _task_id, draw_id = locked
    dialog = _dialog(qtbot, db, draw_id, actor=OPERATOR)
    assert dialog.role_notice.isVisible() and "只有审批人" in dialog.role_notice.text()
    _pick(dialog, 0, 1)
    dialog.reason.setText("岗位调整")
    dialog.approver.setText("副局长")
    dialog.digits.setText("20261122")
    assert not dialog.ok_button().isEnabled()
    dialog.apply()  # even called directly nothing happens
    assert message_boxes.texts("question") == [] and "只有审批人" in message_boxes.texts("warning")[0]
    assert _replacement_count(db) == 0


def test_bad_digits_show_an_error_and_change_nothing(qtbot, db, locked, message_boxes) -> None:
    _task_id, draw_id = locked
    before = _teams(db, draw_id)
    dialog = _dialog(qtbot, db, draw_id)
    _pick(dialog, 0, 1)
    dialog.reason.setText("岗位调整")
    dialog.digits.setText("12a")
    assert not dialog.ok_button().isEnabled()
    assert dialog.message.text() == "见证人输入的数字无效：12a"
    dialog.apply()
    assert message_boxes.texts("warning") == ["见证人输入的数字无效：12a"] and message_boxes.texts("question") == []
    assert dialog.result_row is None and _replacement_count(db) == 0 and _teams(db, draw_id) == before


def test_declining_the_confirmation_changes_nothing(qtbot, db, locked, message_boxes) -> None:
    _task_id, draw_id = locked
    message_boxes.answer = message_boxes.answer.No
    dialog = _dialog(qtbot, db, draw_id)
    _pick(dialog, 0, 1)
    dialog.reason.setText("回避")
    dialog.digits.setText("1234")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert len(message_boxes.texts("question")) == 1 and dialog.isVisible() and dialog.result_row is None
    assert _replacement_count(db) == 0


def test_a_service_error_is_shown_and_the_teams_are_reread(qtbot, db, locked, message_boxes) -> None:
    _task_id, draw_id = locked
    dialog = _dialog(qtbot, db, draw_id)
    target, leaving = _pick(dialog, 0, 1)
    dialog.reason.setText("回避")
    dialog.digits.setText("1234")
    with db.write() as s:  # someone else changed the same member meanwhile
        replacements.replace_after_lock(s, APPROVER, draw_id, target, leaving, "岗位调整",
                                        approved_by="副局长", entropy="9999")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert len(message_boxes.texts("warning")) == 1 and "已不在" in message_boxes.texts("warning")[0]
    assert dialog.isVisible() and dialog.result_row is None and _replacement_count(db) == 1
    assert dialog.target.currentData() == target
    assert leaving not in [dialog.member.itemData(i) for i in range(dialog.member.count())]


def test_manual_profile_lets_the_approver_assign(qtbot, db, locked, message_boxes) -> None:
    _task_id, draw_id = locked
    with db.write() as s:
        manual = dataclasses.replace(settings.get_profile(s), replacement_mode="manual")
        settings.save_profile(s, SYSTEM, manual)
    dialog = _dialog(qtbot, db, draw_id)
    assert dialog.by_approver.isVisible() and dialog.by_approver.isChecked()
    target, leaving = _pick(dialog, 0, 0)
    with db.read() as s:
        offered = [c.staff_no for c in replacements.eligible_replacements(s, draw_id, target, leaving)]
    assert [dialog.replacement.itemData(i) for i in range(dialog.replacement.count())] == offered
    dialog.replacement.setCurrentIndex(len(offered) - 1)
    dialog.reason.setText("岗位调整")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    row = dialog.result_row
    assert row is not None and row.joined == offered[-1] and row.entropy == ""
    assert "由审批人指定" in message_boxes.texts("information")[0]
    assert _teams(db, draw_id)[target][0] == offered[-1]


def test_an_unlocked_draw_cannot_be_changed(qtbot, db) -> None:
    task_id = make_bureau(db)
    with db.write() as s:
        draw_id, _ = draws.freeze(s, OPERATOR, task_id)
    dialog = _dialog(qtbot, db, draw_id)
    assert dialog.target.count() == 0 and not dialog.ok_button().isEnabled()
    assert dialog.message.text() == "摇号结果尚未锁定"


def test_tasks_page_offers_the_change_once_the_draw_is_locked(qtbot, db, monkeypatch) -> None:
    task_id = make_bureau(db)
    page = TasksPage(UiContext(db, APPROVER, SyncTaskRunner()))
    qtbot.addWidget(page)
    assert not page.replace_button.isEnabled()  # 待抽取: nothing locked yet
    draw_id = full_draw(db, task_id)
    page.refresh()
    assert page.replace_button.isEnabled()
    opened: list[PostLockReplacementDialog] = []

    def fake_exec(dialog: PostLockReplacementDialog) -> int:
        opened.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PostLockReplacementDialog, "exec", fake_exec)
    qtbot.mouseClick(page.replace_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0]._draw_id == draw_id and opened[0].target.count() == 10
