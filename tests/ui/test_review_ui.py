"""结果审核与公示: return and approve, publish with the deadline, correct, objections, credit export, 首页 deadlines."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from db.engine import Database
from desktop.services import objections, publications, records_review, records_view
from desktop.ui.context import UiContext
from desktop.ui.dialogs.date_dialog import DateDialog
from desktop.ui.dialogs.objection_decision_dialog import ObjectionDecisionDialog
from desktop.ui.dialogs.objection_dialog import ObjectionDialog
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.pages.review_page import ReviewPage
from desktop.ui.task_runner import SyncTaskRunner
from desktop.ui.widgets.deadline_panel import DeadlinePanel
from tests.services.builders import APPROVER, OPERATOR
from tests.services.record_builders import AUDITOR, Drawn, approve_all, drawn_task, enter_and_submit

TODAY = date(2026, 9, 25)


def _ctx(db: Database, actor=APPROVER, today: date = TODAY) -> UiContext:
    return UiContext(db, actor, SyncTaskRunner(), today=lambda: today)


def _page(qtbot, db: Database, actor=APPROVER, today: date = TODAY) -> ReviewPage:
    page = ReviewPage(_ctx(db, actor, today))
    qtbot.addWidget(page)
    return page


def _published(db: Database, **kw: object) -> Drawn:
    d = drawn_task(db)
    approve_all(db, d, **kw)
    with db.write() as s:
        publications.publish(s, APPROVER, d.task_id, date(2026, 9, 28))
    return d


def _state(db: Database, record_id: int) -> str:
    with db.read() as s:
        return records_view.record_detail(s, record_id).state


def test_return_then_approve(qtbot, db, message_boxes, monkeypatch) -> None:
    d = drawn_task(db)
    enter_and_submit(db, d, d.record_ids[0])
    page = _page(qtbot, db)
    panel = page.records
    assert panel.table.rowCount() == 2 and panel.selected_row().record_id == d.record_ids[0]  # type: ignore[union-attr]
    assert "待审核1条" in panel.summary.text()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "检查方式漏填查阅资料"))
    assert panel.return_record()
    assert _state(db, d.record_ids[0]) == "returned"
    assert not panel.approve_button.isEnabled()
    enter_and_submit(db, d, d.record_ids[0], methods=("实地核查", "查阅资料"))
    panel.refresh()
    assert panel.approve()
    assert "审核通过咸安区" in message_boxes.texts("question")[-1]
    assert _state(db, d.record_ids[0]) == "approved"
    assert panel.table.item(panel.table.currentRow(), 2).text() == "已审核"


def test_operator_who_is_not_the_leader_cannot_review(qtbot, db) -> None:
    d = drawn_task(db)
    enter_and_submit(db, d, d.record_ids[0])
    page = _page(qtbot, db, OPERATOR)
    assert page.records.selected_row() is not None
    assert not page.records.approve_button.isEnabled() and not page.records.return_button.isEnabled()
    assert not page.publication.publish_button.isEnabled()


def test_preview_deadline_and_publish(qtbot, db, message_boxes) -> None:
    d = drawn_task(db)
    approve_all(db, d)
    page = _page(qtbot, db)
    pub = page.publication
    assert pub.table.rowCount() == 2 and pub.table.item(0, 4).text() == "预览"
    assert "公示期限：2026-10-30，剩余" in pub.deadline_label.text()
    assert "个工作日" in pub.deadline_label.text() and "检查结束后20个工作日内公示" in pub.deadline_label.text()
    assert pub.late_label.text() == "按此日期公示在期限内"
    pub.date_edit.setDate(QDate(2026, 11, 2))
    assert "按此日期公示将逾期" in pub.late_label.text()
    pub.date_edit.setDate(QDate(2026, 9, 28))
    assert pub.publish_button.isEnabled()
    outcome = pub.publish()
    assert outcome is not None and not outcome.late and outcome.results == 2
    question = message_boxes.texts("question")[-1]
    assert "2026-09-28" in question and "咸公抽查〔2026〕1号" in question and "逾期" not in question
    assert message_boxes.texts("information")[-1] == "已公示2条检查结果。"
    assert pub.table.item(0, 4).text() == "第1版" and not pub.publish_button.isEnabled()
    assert "已于2026-09-28公示，在期限内" in pub.deadline_label.text() and not pub.publish_button.isVisibleTo(pub)
    assert "已公示" in page.task_combo.currentText()
    assert {_state(db, rid) for rid in d.record_ids} == {"published"}


def test_publish_is_refused_while_records_are_pending(qtbot, db) -> None:
    d = drawn_task(db)
    enter_and_submit(db, d, d.record_ids[0])
    page = _page(qtbot, db)
    assert not page.publication.publish_button.isEnabled()
    assert "尚有记录未审核通过" in page.publication.caption.text()


def test_correction_creates_a_new_version(qtbot, db, message_boxes) -> None:
    d = _published(db)
    page = _page(qtbot, db, today=date(2026, 10, 9))
    pub = page.publication
    pub.table.select_data(d.record_ids[0])
    assert pub.versions.rowCount() == 1
    dialog = pub.correct()
    assert dialog is not None
    dialog.result_combo.setEditText("发现问题经责令已改正")
    dialog.accept()  # no reason, no principal: refused
    assert message_boxes.texts("warning")[-1] == "请填写更正原因"
    dialog.reason_edit.setPlainText("录入错误，经复查更正")
    dialog.accept()
    assert message_boxes.texts("warning")[-1] == "更正检查结果须经主要负责人签字确认，请填写负责人姓名"
    dialog.principal_edit.setText("张局长")
    dialog.accept()
    assert dialog.corrected is not None and dialog.corrected.version == 2
    assert "第2版" in message_boxes.texts("question")[-1]
    assert pub.table.item(pub.table.currentRow(), 3).text() == "发现问题经责令已改正"
    assert pub.versions.rowCount() == 2
    assert [pub.versions.item(1, c).text() for c in (0, 2, 3)] == ["第2版", "录入错误，经复查更正", "张局长"]


def test_objection_upheld_and_corrected_end_to_end(qtbot, db, message_boxes, monkeypatch) -> None:
    d = _published(db)
    op_page = _page(qtbot, db, OPERATOR, date(2026, 10, 9))
    panel = op_page.objections
    assert panel.receive_button.isEnabled() and not panel.decide_button.isEnabled()
    # The first target objects; the result is upheld and fed back.
    dialog = panel.receive()
    assert isinstance(dialog, ObjectionDialog)
    dialog.date_edit.setDate(QDate(2026, 10, 9))
    dialog.content_edit.setPlainText("已安装监控设备，结果与事实不符")
    dialog.accept()
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 3).text().endswith("个工作日）") and "剩余" in panel.table.item(0, 3).text()
    assert panel.table.item(0, 4).text() == "待复核" and "复核期限规则" in panel.detail.text()
    boss_page = _page(qtbot, db, APPROVER, date(2026, 10, 12))
    boss = boss_page.objections
    assert boss.decide_button.isEnabled() and not boss.receive_button.isEnabled()
    decision = boss.decide()
    assert isinstance(decision, ObjectionDecisionDialog)
    assert not decision.principal_edit.isEnabled()
    decision.note_edit.setPlainText("经复核，检查时设备未运行，维持原结果")
    decision.accept()
    assert boss.table.item(0, 4).text() == "维持（2026-10-12）"
    assert "剩余" in boss.table.item(0, 5).text()
    op_page.refresh()
    monkeypatch.setattr(DateDialog, "ask", classmethod(lambda cls, *a, **k: date(2026, 10, 13)))
    assert panel.feedback()
    assert panel.table.item(0, 6).text().startswith("2026-10-13 咸公")
    # The second target objects; the review corrects the result.
    dialog = panel.receive()
    assert isinstance(dialog, ObjectionDialog)
    dialog.result_combo.setCurrentIndex(1)
    dialog.content_edit.setPlainText("检查当日系停业整顿")
    dialog.accept()
    boss_page.refresh()
    boss.table.selectRow(1)
    decision = boss.decide()
    assert isinstance(decision, ObjectionDecisionDialog)
    decision.corrected_radio.setChecked(True)
    decision.note_edit.setPlainText("核实属实，予以更正")
    decision.result_combo.setEditText("未发现开展本次抽查涉及的经营活动")
    decision.principal_edit.setText("张局长")
    decision.accept()
    assert decision.decided is not None and decision.decided.correction_result_id is not None
    assert boss.table.item(1, 4).text() == "更正（2026-10-12）"
    pub = boss_page.publication
    pub.table.select_data(d.record_ids[1])
    assert pub.table.item(pub.table.currentRow(), 3).text() == "未发现开展本次抽查涉及的经营活动"
    assert pub.versions.rowCount() == 2 and pub.versions.item(1, 2).text().startswith("异议复核更正")
    with db.read() as s:
        rows = objections.list_objections(s, d.task_id)
    assert [(o.outcome, o.feedback_on) for o in rows] == [("upheld", date(2026, 10, 13)), ("corrected", None)]


def test_credit_export_writes_excel(qtbot, db, message_boxes, monkeypatch, tmp_path) -> None:
    _published(db, categories=("不配合检查情节严重",))
    out = tmp_path / "信用.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    page = _page(qtbot, db, OPERATOR)
    credit = page.credit
    assert credit.table.rowCount() == 2 and credit.count_label.text() == "共2条"
    credit.export()
    assert not message_boxes.texts("warning")
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("序号", "抽查任务编号", "检查机关", "对象名称")
    assert len(rows) == 3 and rows[1][6] == "不配合检查情节严重" and rows[1][8] == "2026-09-28"


def test_auditor_reads_only(qtbot, db) -> None:
    d = _published(db)
    page = _page(qtbot, db, AUDITOR)
    assert page.publication.table.rowCount() == 2
    for button in (page.records.approve_button, page.publication.correct_button, page.objections.receive_button,
                   page.objections.decide_button):
        assert not button.isEnabled()
    assert page.records.open_button.isEnabled()
    editor = page.records.open_record()
    assert editor is not None and not editor.save_button.isEnabled()
    with db.read() as s:
        assert records_review.open_rectifications(s, d.task_id) == []


def test_deadline_panel_shows_the_publish_deadline_in_working_days(qtbot, db) -> None:
    d = drawn_task(db)
    approve_all(db, d)
    panel = DeadlinePanel(_ctx(db, OPERATOR, date(2026, 9, 25)))
    qtbot.addWidget(panel)
    assert panel.tree.topLevelItemCount() == 1
    task_item = panel.tree.topLevelItem(0)
    assert task_item.text(0).startswith("咸公抽查〔2026〕1号") and task_item.isExpanded()
    rows = [task_item.child(p).child(i) for p in range(task_item.childCount())
            for i in range(task_item.child(p).childCount())]
    publish = [r for r in rows if r.text(0) == "结果公示"]
    assert publish and publish[0].text(2) == "2026-10-30"
    assert publish[0].text(3).startswith("剩余") and publish[0].text(3).endswith("个工作日")
    assert publish[0].text(4) == "未到期" and "20个工作日内公示" in publish[0].text(5)
    assert "未到期" in panel.summary.text()
    late = DeadlinePanel(_ctx(db, OPERATOR, date(2026, 11, 3)))
    qtbot.addWidget(late)
    item = late.tree.topLevelItem(0).child(0).child(0)
    assert item.text(4) == "已逾期" and item.text(3).startswith("已逾期")
    late.urgent_check.setChecked(True)
    assert late.tree.topLevelItemCount() == 1
