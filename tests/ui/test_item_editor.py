"""抽查事项清单: the item editor (every field, check points, versions with reasons), new items, publishing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from db.models import AuditEvent, InspectionItem
from desktop.services import items
from desktop.ui.dialogs.item_editor import ItemEditor
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.file_output import FileOutput
from desktop.ui.pages.items_page import ItemsPage


@pytest.fixture
def reason(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    queue: list[str] = []
    monkeypatch.setattr(ReasonDialog, "ask", staticmethod(lambda *_a, **_k: queue.pop(0) if queue else None))
    return queue


def _item_id(db, code: str) -> int:
    with db.read() as s:
        return s.scalar(select(InspectionItem.id).where(InspectionItem.code == code))


def test_editor_saves_a_new_version_with_the_reason(qtbot, ctx, seeded, reason, message_boxes) -> None:
    item_id = _item_id(seeded, "XN-001")
    with seeded.write() as s:  # version 1 on record, as create_item would leave it
        items.record_version(s, ctx.actor, s.get(InspectionItem, item_id), "初始清单")
    editor = ItemEditor(ctx, item_id)
    qtbot.addWidget(editor)
    assert editor.form.value("kind") == "key" and editor.state_label.text() == "第1版　在用"
    assert editor.versions.rowCount() == 1
    editor.form.set_value("basis", "《旅馆业治安管理办法》第十五条")
    editor.form.set_value("ratio_text", "不低于5%")
    editor.form.set_value("kind", "general")
    editor.form.set_value("notice_required", False)
    editor.form.set_value("department_id", editor.form.editors["department_id"].itemData(1))
    editor.points.add_point("旅客住宿登记", "抽查近一个月登记簿")
    editor.points.add_point("安全管理制度")
    editor.points.table.setCurrentCell(1, 0)
    editor.points.move_current(-1)
    assert editor.points.points() == [("安全管理制度", ""), ("旅客住宿登记", "抽查近一个月登记簿")]
    assert editor.save() is False  # the reason dialog was cancelled
    assert editor.state_label.text() == "第1版　在用"
    reason.append("依据新法规调整")
    assert editor.save() is True
    assert editor.state_label.text() == "第2版　在用" and editor.status.text() == "已保存为第2版。"
    assert editor.versions.rowCount() == 2 and editor.versions.item(0, 3).text() == "依据新法规调整"
    assert editor.versions.item(0, 2).text() == "admin"
    editor.show_versions()
    text = editor.snapshot.toPlainText()
    assert "原因：依据新法规调整" in text and "1. 安全管理制度" in text and "（抽查近一个月登记簿）" in text
    assert "需送达检查告知书：否" in text and "事项类别：一般" in text and "负责部门：治安管理大队" in text
    with seeded.read() as s:
        details = items.item_details(s, item_id)
        versions = items.item_versions(s, item_id)
    assert details["version"] == 2 and details["basis"] == "《旅馆业治安管理办法》第十五条"
    assert details["kind"] == "general" and details["notice_required"] is False
    assert details["check_points"] == [("安全管理制度", ""), ("旅客住宿登记", "抽查近一个月登记簿")]
    assert [(v.version, v.reason) for v in versions] == [(1, "初始清单"), (2, "依据新法规调整")]
    assert editor.save() is False and message_boxes.texts("information")[-1] == "没有需要保存的修改。"


def test_new_item_from_the_page(qtbot, ctx, seeded, reason, message_boxes) -> None:
    page = ItemsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    editor = page.new_item()
    assert isinstance(editor, ItemEditor) and editor.windowTitle() == "新建抽查事项"
    editor.form.set_value("name", "娱乐场所消防检查")
    reason.append("年度清单调整")
    assert editor.save() is False  # no 编号: refused, nothing saved
    assert "编号" in message_boxes.texts("warning")[-1] and "未作任何修改" in message_boxes.texts("warning")[-1]
    editor.form.set_value("code", "XN-002")
    reason.append("年度清单调整")
    assert editor.save() is False and "已存在" in message_boxes.texts("warning")[-1]
    editor.form.set_value("code", "XN-003")
    editor.form.set_value("kind", "key")
    editor.points.add_point("消防通道是否畅通")
    reason.append("年度清单调整")
    assert editor.save() is True and editor.item_id is not None
    assert editor.state_label.text() == "第1版　在用"
    editor.reject()
    assert page.model.rowCount() == 3
    assert page.model.value(page.current_row(), "code") == "XN-003"
    with seeded.read() as s:
        details = items.item_details(s, editor.item_id)
    assert details["kind"] == "key" and details["check_points"] == [("消防通道是否畅通", "")]


def test_deactivate_item_and_filter(qtbot, ctx, seeded, reason) -> None:
    page = ItemsPage(ctx)
    qtbot.addWidget(page)
    page.kind_box.setCurrentIndex(page.kind_box.findData("general"))
    assert page.model.rowCount() == 1
    page.view.setCurrentIndex(page.model.index(0, 0))
    editor = page.open_current()
    assert isinstance(editor, ItemEditor)
    reason.append("职能划转")
    assert editor.toggle_active() is True
    assert editor.state_label.text().endswith("已停用") and editor.active_button.text().startswith("恢复")
    editor.reject()
    page.status_box.setCurrentIndex(page.status_box.findData(True))
    assert page.model.rowCount() == 0
    with seeded.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "item.deactivate")) == 1


def test_publish_writes_pdf_and_excel(qtbot, ctx, seeded, tmp_path: Path, monkeypatch, message_boxes) -> None:
    monkeypatch.setattr(FileOutput, "ask_path", lambda self, *a: tmp_path / "清单.pdf")
    page = ItemsPage(ctx)
    qtbot.addWidget(page)
    assert page.publish() is True
    pdf, xlsx = tmp_path / "清单.pdf", tmp_path / "清单.xlsx"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    sheet = openpyxl.load_workbook(xlsx).active
    assert [sheet.cell(r, 1).value for r in (2, 3)] == ["XN-001", "XN-002"]
    assert "已生成事项清单（2项）" in message_boxes.texts("information")[-1]
