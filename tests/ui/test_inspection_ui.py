"""检查实施: the work list, 告知书, the record editor end to end, refusal, attachments, rectification, printing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from db.engine import Database
from db.models import Task
from desktop.services import records, records_view, settings, tasks
from desktop.services.context import SYSTEM
from desktop.ui.context import UiContext
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.dialogs.record_editor import RecordEditor
from desktop.ui.pages.inspection_page import InspectionPage
from desktop.ui.task_runner import SyncTaskRunner
from tests.services.builders import APPROVER, OPERATOR, make_bureau
from tests.services.record_builders import AUDITOR, Drawn, drawn_task, full_draw

TODAY = date(2026, 9, 21)


def _ctx(db: Database, actor=OPERATOR) -> UiContext:
    return UiContext(db, actor, SyncTaskRunner(), today=lambda: TODAY)


def _detail(db: Database, record_id: int) -> records_view.RecordDetail:
    with db.read() as s:
        return records_view.record_detail(s, record_id)


def _fill(editor: RecordEditor, *, refused: bool = False, note: str = "") -> None:
    """Fill the form through its widgets as a user would."""
    editor.header.date_edit.setDate(QDate(2026, 9, 20))
    editor.header.method_boxes["实地核查"].setChecked(True)
    editor.header.method_boxes["查阅资料"].setChecked(True)
    editor.points.compliance[0].setCurrentIndex(1)  # 符合
    editor.points.compliance[1].setCurrentIndex(2)  # 不符合
    editor.points.finding_edits[1].setText("监控设备未正常运行")
    editor.points.disposal_edits[1].setText("当场责令改正")
    editor.results.result_boxes["发现问题待后续处理"].setChecked(True)
    editor.results.disposal_boxes["责令改正"].setChecked(True)
    editor.results.follow_up_edit.setPlainText("十五日后复查")
    editor.signature.opinion_edit.setPlainText("无异议")
    if refused:
        editor.signature.refused_radio.setChecked(True)
        editor.signature.refusal_edit.setPlainText(note)
    else:
        editor.signature.signed_radio.setChecked(True)


def _open_editor(qtbot, db: Database, d: Drawn, n: int = 0, actor=OPERATOR) -> RecordEditor:
    editor = RecordEditor(_ctx(db, actor), d.record_ids[n])
    qtbot.addWidget(editor)
    return editor


def test_start_inspection_opens_the_records(qtbot, db) -> None:
    task_id = make_bureau(db, targets=8)
    with db.write() as s:
        task = s.get(Task, task_id)
        assert task is not None
        task.quotas = {"B": {"count": "2"}}
    full_draw(db, task_id)
    page = InspectionPage(_ctx(db))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0 and page.start_button.isEnabled()
    assert "尚未开始检查" in page.empty.text()
    page.start_button.click()
    assert page.table.rowCount() == 2
    assert {page.table.item(r, 3).text() for r in range(2)} == {"未录入"}
    assert "组长" in page.table.item(0, 2).text()
    assert "检查中" in page.task_combo.currentText()
    assert not page.start_button.isEnabled()  # every drawn target has its record now


def test_notice_given_and_not_given_with_reason(qtbot, db, message_boxes, monkeypatch) -> None:
    d = drawn_task(db)
    page = InspectionPage(_ctx(db))
    qtbot.addWidget(page)
    page.table.select_data(d.record_ids[0])
    page.given_button.click()
    assert page.table.item(0, 5).text() == "已送达"
    page.table.select_data(d.record_ids[1])
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: None))
    page.not_given_button.click()  # cancelled: nothing recorded
    assert _detail(db, d.record_ids[1]).notice_given is None
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "涉嫌违法，事先告知可能影响检查"))
    page.not_given_button.click()
    detail = _detail(db, d.record_ids[1])
    assert detail.notice_given is False and detail.notice_note.startswith("涉嫌违法")
    assert page.table.item(page.table.currentRow(), 5).text() == "未送达"
    assert not message_boxes.calls


def test_enter_confirm_and_submit_through_the_editor(qtbot, db, message_boxes) -> None:
    d = drawn_task(db)
    page = InspectionPage(_ctx(db))
    qtbot.addWidget(page)
    page.table.select_data(d.record_ids[0])
    editor = page.open_record()
    assert editor is not None and editor.isVisible()
    assert not editor.submit_button.isEnabled()  # nothing saved yet
    assert "请填写检查日期" in editor.problems.text()
    _fill(editor)
    assert editor.is_dirty() and "未保存" in editor.status.text()
    assert editor.save()
    detail = _detail(db, d.record_ids[0])
    assert detail.state == "entering" and detail.methods == ("实地核查", "查阅资料")
    assert [p.compliant for p in detail.points] == [True, False]
    assert detail.points[1].finding == "监控设备未正常运行" and detail.target_signed
    names = [t.member.name for t in detail.team]
    assert editor.problem_lines() == [f"检查组成员尚未全部签字确认：{'、'.join(names)}"]
    # Editing again disables the confirmations until it is saved.
    editor.results.follow_up_edit.setPlainText("十日后复查")
    assert not any(b.isEnabled() for b in editor.team.buttons.values())
    assert not editor.submit_button.isEnabled()
    assert editor.save()
    for button in list(editor.team.buttons.values()):
        button.click()
    assert all(t.confirmed_at for t in _detail(db, d.record_ids[0]).team)
    assert "可以提交审核" in editor.problems.text()
    assert editor.submit()
    assert message_boxes.texts("question")[-1].startswith("将咸安区")
    detail = _detail(db, d.record_ids[0])
    assert detail.state == "submitted" and detail.follow_up == "十日后复查"
    assert not editor.save_button.isEnabled() and not editor.header.date_edit.isEnabled()
    editor.close()
    page.load_records()
    row = page.table.currentRow()
    assert page.table.item(row, 3).text() == "待审核" and page.table.item(row, 6).text() == "2/2"


def test_saving_again_after_confirmations_asks_first(qtbot, db, message_boxes) -> None:
    d = drawn_task(db)
    editor = _open_editor(qtbot, db, d)
    _fill(editor)
    assert editor.save()
    next(iter(editor.team.buttons.values())).click()
    editor.signature.opinion_edit.setPlainText("有异议")
    message_boxes.answer = message_boxes.answer.No
    assert not editor.save()
    assert "确认将失效" in message_boxes.texts("question")[-1]
    assert any(t.confirmed_at for t in _detail(db, d.record_ids[0]).team)


def test_refusal_needs_the_inspectors_note(qtbot, db, message_boxes) -> None:
    d = drawn_task(db)
    editor = _open_editor(qtbot, db, d, 1)
    _fill(editor, refused=True, note="")
    assert editor.signature.refusal_edit.isEnabled()
    assert not editor.save()
    assert message_boxes.texts("warning") == ["被检查对象拒绝签字的，须由检查人员签字说明情况"]
    assert _detail(db, d.record_ids[1]).state == "not_entered"
    editor.signature.refusal_edit.setPlainText("负责人拒绝签字，由检查人员民警注明并签字")
    assert editor.save()
    for button in list(editor.team.buttons.values()):
        button.click()
    assert editor.submit()
    detail = _detail(db, d.record_ids[1])
    assert detail.state == "submitted" and detail.target_refused and "拒绝签字" in detail.refusal_note


def test_submit_lists_what_is_missing(qtbot, db, message_boxes) -> None:
    d = drawn_task(db)
    editor = _open_editor(qtbot, db, d)
    editor.header.date_edit.setDate(QDate(2026, 9, 20))
    editor.points.set_answer(1, "no")
    assert editor.save()
    assert editor.submit_button.isEnabled()
    assert not editor.submit()
    text = message_boxes.texts("warning")[-1]
    assert "第1项检查内容（是否落实住宿登记制度）尚未填写是否规范" in text
    assert "第2项检查内容（是否安装治安监控设备）不规范，请填写发现的问题" in text
    assert "请至少选择一项检查结果" in text and "请登记被检查对象签字或拒绝签字的情况" in text


def test_not_applicable_and_exclusive_normal_result(qtbot, db) -> None:
    d = drawn_task(db)
    editor = _open_editor(qtbot, db, d)
    editor.header.date_edit.setDate(QDate(2026, 9, 20))
    editor.points.set_answer(0, "yes")
    editor.points.set_answer(1, "na", "本店未安装监控")
    editor.results.result_boxes["发现问题待后续处理"].setChecked(True)
    editor.results.result_boxes["未发现问题"].setChecked(True)
    assert editor.results.categories() == ("未发现问题",)
    assert editor.save()
    point = _detail(db, d.record_ids[0]).points[1]
    assert point.compliant is True and point.finding == "不适用：本店未安装监控"
    reopened = _open_editor(qtbot, db, d)
    assert reopened.points.compliance[1].currentText() == "不适用"
    assert reopened.points.finding_edits[1].text() == "本店未安装监控"
    assert not reopened.is_dirty()


def test_transfer_needs_an_authority(qtbot, db, message_boxes) -> None:
    d = drawn_task(db)
    editor = _open_editor(qtbot, db, d)
    assert not editor.results.transfer_edit.isEnabled()
    editor.results.disposal_boxes["移送"].setChecked(True)
    assert editor.results.transfer_edit.isEnabled()
    assert not editor.save()
    assert message_boxes.texts("warning") == ["选择“移送”的，请填写接收移送的机关"]
    editor.results.transfer_edit.setText("咸宁市市场监督管理局")
    assert editor.save()
    assert _detail(db, d.record_ids[0]).transfer_to == "咸宁市市场监督管理局"


def test_attachments_are_added_with_their_hash_and_the_cap_is_shown(qtbot, db, message_boxes, tmp_path) -> None:
    d = drawn_task(db)
    with db.write() as s:
        settings.set_value(s, SYSTEM, "attachment_max_mb", 1)
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 2000)
    video = tmp_path / "执法记录仪.mp4"
    video.write_bytes(b"\0" * (1024 * 1024 + 1))
    editor = _open_editor(qtbot, db, d)
    editor.attachments.add_files([photo, video])
    assert message_boxes.texts("warning") == ["执法记录仪.mp4：附件超过1MB的上限"]
    table = editor.attachments.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "现场照片.jpg" and table.item(0, 1).text() == "image/jpeg"
    assert table.item(0, 2).text() == "2 KB"
    detail = _detail(db, d.record_ids[0])
    assert table.item(0, 3).text().replace(" ", "").startswith(detail.attachments[0].sha256[:12])
    assert table.item(0, 3).toolTip() == detail.attachments[0].sha256


def test_rectification_is_issued_and_completed(qtbot, db, message_boxes) -> None:
    d = drawn_task(db)
    editor = _open_editor(qtbot, db, d)
    assert not editor.rectifications.issue_button.isEnabled()  # nothing saved yet
    _fill(editor)
    assert editor.save()
    panel = editor.rectifications
    panel.issue_button.click()
    dialog = panel.dialog
    assert dialog is not None and "监控设备未正常运行" in dialog.facts_edit.toPlainText()  # type: ignore[union-attr]
    dialog.requirement_edit.setPlainText("于期限内安装并启用监控设备")  # type: ignore[union-attr]
    dialog.set_deadline(date(2026, 10, 10))  # type: ignore[union-attr]
    dialog.accept()
    assert panel.table.rowCount() == 1 and panel.table.item(0, 2).text() == "2026-10-10"
    assert panel.table.item(0, 0).text().startswith("咸公")
    assert panel.done_button.isEnabled()
    panel.done_button.click()
    done = panel.dialog
    done.verification_edit.setPlainText("实地复查，监控已安装")  # type: ignore[union-attr]
    done.accept()
    assert panel.table.item(0, 3).text() == "2026-09-21" and not panel.done_button.isEnabled()
    assert _detail(db, d.record_ids[0]).notices[0].verification == "实地复查，监控已安装"


def test_print_blank_sheet_and_notice(qtbot, db, message_boxes, monkeypatch, tmp_path) -> None:
    d = drawn_task(db)
    opened: list[QUrl] = []
    target = tmp_path / "空白.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    page = InspectionPage(_ctx(db))
    qtbot.addWidget(page)
    page.print_blank_button.click()
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert [Path(u.toLocalFile()) for u in opened] == [target]
    page.table.select_data(d.record_ids[0])
    target = tmp_path / "告知书.pdf"  # the patched file dialog answers with the new path
    page.print_notice_button.click()
    assert target.read_bytes().startswith(b"%PDF") and not message_boxes.texts("warning")
    assert len(opened) == 2


@pytest.mark.parametrize("actor", [APPROVER, AUDITOR])
def test_read_only_users_cannot_enter(qtbot, db, actor) -> None:
    d = drawn_task(db)
    page = InspectionPage(_ctx(db, actor))
    qtbot.addWidget(page)
    assert page.open_button.isEnabled()
    assert not page.given_button.isEnabled() and not page.start_button.isEnabled()
    editor = _open_editor(qtbot, db, d, actor=actor)
    assert not editor.save_button.isEnabled() and not editor.header.date_edit.isEnabled()
    assert not editor.attachments.add_button.isEnabled()
    with db.read() as s:
        assert tasks.list_tasks(s)[0].state == "inspecting"
    assert records.EDITABLE
