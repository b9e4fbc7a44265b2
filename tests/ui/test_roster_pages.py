"""检查对象 / 执法检查人员名录库 and 回避关系 pages: filters, editors with history, deactivate, reveal, conflicts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.models import AuditEvent, Conflict, Inspector, Target
from desktop.services import browse
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.dialogs.inspector_editor import InspectorEditor
from desktop.ui.dialogs.reason_dialog import ReasonDialog
from desktop.ui.dialogs.target_editor import TargetEditor
from desktop.ui.file_output import FileOutput
from desktop.ui.models.lazy_table_model import LazyTableModel
from desktop.ui.models.rows_model import RowsModel
from desktop.ui.pages.conflicts_page import ConflictsPage
from desktop.ui.pages.inspectors_page import InspectorsPage
from desktop.ui.pages.targets_page import TargetsPage
from tests.ui.conftest import TODAY


@pytest.fixture
def reason(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """ReasonDialog.ask answers with the first queued reason (None = the user cancelled)."""
    queue: list[str] = []

    def ask(*_args, **_kwargs):
        return queue.pop(0) if queue else None

    monkeypatch.setattr(ReasonDialog, "ask", staticmethod(ask))
    return queue


def _select(page, row: int = 0) -> None:
    page.view.setCurrentIndex(page.model.index(row, 0))


def _column(page, key: str) -> list[str]:
    col = [c.key for c in browse.columns(page.model.kind)].index(key)
    return [page.model.data(page.model.index(r, col)) for r in range(page.model.rowCount())]


def test_targets_page_filters(qtbot, ctx, seeded) -> None:
    page = TargetsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 450
    page.risk_box.setCurrentIndex(page.risk_box.findData("D"))
    assert page.model.rowCount() == 112 and {v[0] for v in _column(page, "risk_class")} == {"D"}
    page.status_box.setCurrentIndex(page.status_box.findData(False))  # only the deactivated ones
    assert page.model.rowCount() == 22 and set(_column(page, "active")) == {"否"}  # n % 20 == 19
    # The distinct 管辖机关 / 行业 are read just after the first paint.
    qtbot.waitUntil(lambda: page.jurisdiction_box.findData("温泉派出所") > 0)
    assert page.industry_box.findData("旅馆业") > 0
    page.search_edit.setText("第0")
    page.apply_search()
    assert _column(page, "name") == [f"咸安区第{n:03d}号宾馆" for n in (19, 39, 59, 79, 99)]
    page.clear_filters()
    assert page.model.filters == {} and page.model.rowCount() == 100


def test_inspectors_page_licence_filter_and_warnings(qtbot, ctx, seeded) -> None:
    page = InspectorsPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 6
    page.licence_box.setCurrentIndex(page.licence_box.findData("expired"))
    assert _column(page, "staff_no") == ["100001"]
    page.licence_box.setCurrentIndex(page.licence_box.findData("expiring"))
    assert _column(page, "staff_no") == ["100002"]
    page.licence_box.setCurrentIndex(page.licence_box.findData("valid"))
    assert page.model.rowCount() == 4
    page.clear_filters()
    page.leader_box.setCurrentIndex(page.leader_box.findData(True))
    assert page.model.rowCount() == 3
    qtbot.waitUntil(lambda: page.department_box.count() == 3)
    page.department_box.setCurrentIndex(page.department_box.findData("禁毒大队"))
    assert page.model.rowCount() == 0
    texts = [page.warnings.list.item(i).text() for i in range(page.warnings.count())]
    assert any("已过期" in t and "100001" in t for t in texts)
    assert any("将到期" in t and "100002" in t for t in texts)
    assert any("禁毒大队" in t and "组长不足" in t for t in texts)
    assert "名录提醒（" in page.warnings.title()
    # Masked in the table: the full numbers never reach the view.
    page.clear_filters()
    assert _column(page, "id_number")[0] == "421***********123X"


def test_models_pass_qtmodeltester(qtmodeltester, seeded) -> None:
    rows = RowsModel(["行号", "问题"], [(1, "缺少名称"), (2, None), (3, "校验位错误")])
    qtmodeltester.check(rows)
    qtmodeltester.check(RowsModel(["空"]))
    lazy = LazyTableModel(seeded, "inspectors")
    lazy.set_filters({"licence_state": browse.LicenceFilter("valid", TODAY), "active": True})
    qtmodeltester.check(lazy)


def test_edit_target_with_reason_and_history(qtbot, ctx, seeded, reason, message_boxes) -> None:
    page = TargetsPage(ctx)
    qtbot.addWidget(page)
    _select(page, 2)
    target_id = page.current_id()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter opens the editor
    editors = page.findChildren(TargetEditor)
    assert len(editors) == 1
    editor = editors[0]
    old_name = editor.form.value("name")
    assert editor.save() is False and message_boxes.texts("information") == ["没有需要保存的修改。"]
    editor.form.set_value("name", "咸安区温泉宾馆（更名）")
    editor.form.set_value("risk_class", "D")
    assert editor.save() is False  # no reason given: nothing saved
    with seeded.read() as s:
        assert s.get(Target, target_id).name == old_name
    reason.append("营业执照变更")
    assert editor.save() is True
    assert editor.history.rowCount() == 2
    rows = {editor.history.item(r, 2).text(): [editor.history.item(r, c).text() for c in (1, 3, 4, 5)]
            for r in range(2)}
    assert rows["检查对象名称"] == ["admin", old_name, "咸安区温泉宾馆（更名）", "营业执照变更"]
    assert rows["风险分类等级"][1:3] == ["C", "D"]
    assert "修改历史（2）" in editor.tabs.tabText(1)
    editor.reject()
    assert page.model.value(page.current_row(), "name") == "咸安区温泉宾馆（更名）"
    assert page.current_id() == target_id


def test_bad_value_is_refused_and_nothing_changes(qtbot, ctx, seeded, reason, message_boxes) -> None:
    with seeded.read() as s:
        target_id = s.scalar(select(Target.id).order_by(Target.id))
        before = s.get(Target, target_id).code
    editor = TargetEditor(ctx, target_id)
    qtbot.addWidget(editor)
    editor.form.set_value("code", "91421200000000001X")  # wrong check character
    editor.form.set_value("name", "新名称")
    reason.append("更正")
    assert editor.save() is False
    warning = message_boxes.texts("warning")[-1]
    assert "统一社会信用代码" in warning and "未作任何修改" in warning
    with seeded.read() as s:
        target = s.get(Target, target_id)
        assert (target.code, target.name) == (before, "咸安区第000号宾馆")
    assert editor.form.value("name") == "新名称"  # the user's input stays for correction


def test_deactivate_and_reactivate_from_page(qtbot, ctx, seeded, reason, message_boxes) -> None:
    page = TargetsPage(ctx)
    qtbot.addWidget(page)
    page.status_box.setCurrentIndex(page.status_box.findData(True))
    _select(page, 0)
    target_id = page.current_id()
    assert page.active_button.text().startswith("停用")
    message_boxes.answer = message_boxes.answer.No
    assert page.toggle_current() is False  # not confirmed
    message_boxes.answer = message_boxes.answer.Yes
    reason.append("企业已注销")
    assert page.toggle_current() is True
    assert "停用" in message_boxes.calls[-1][2]
    assert page.model.row_of(target_id) == -1  # the 在用 filter hides it now
    with seeded.read() as s:
        assert s.get(Target, target_id).active is False
    editor = TargetEditor(ctx, target_id)
    qtbot.addWidget(editor)
    assert editor.state_label.text() == "状态：已停用" and editor.active_button.text().startswith("恢复")
    reason.append("注销撤回")
    assert editor.toggle_active() is True
    assert [editor.history.item(r, 5).text() for r in range(2)] == ["注销撤回", "企业已注销"]
    with seeded.read() as s:
        assert s.get(Target, target_id).active is True
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action.in_(("target.deactivate", "target.activate")))) == 2


def test_inspector_editor_masks_reveals_and_saves(qtbot, ctx, seeded, reason, message_boxes) -> None:
    with seeded.read() as s:
        inspector_id = s.scalar(select(Inspector.id).where(Inspector.staff_no == "100003"))
    editor = InspectorEditor(ctx, inspector_id)
    qtbot.addWidget(editor)
    assert editor.form.value("id_number") == "421***********123X"
    assert editor.form.value("phone") == "138****5678"
    assert editor.form.value("department") is not None
    assert editor.reveal("id_number") == "42120119800101123X"
    assert "42120119800101123X" in message_boxes.texts("information")[-1]
    assert editor.reveal("phone") == "13812345678"
    with seeded.read() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("inspector.reveal%"))))
    assert actions == ["inspector.reveal_id", "inspector.reveal_phone"]
    editor.form.set_value("phone", "138****0000")
    assert editor.save() is False and "打码" in message_boxes.texts("warning")[-1]
    editor.form.set_value("phone", "138****5678")  # back to the masked original: unchanged, not sent
    editor.form.set_value("position", "副大队长")
    editor.form.set_value("leader_capable", False)
    reason.append("职务调整")
    assert editor.save() is True
    with seeded.read() as s:
        person = s.get(Inspector, inspector_id)
        assert (person.position, person.leader_capable, person.phone) == ("副大队长", False, "13812345678")
    assert editor.history.rowCount() == 2


def test_inspectors_page_warning_opens_the_inspector(qtbot, ctx, seeded) -> None:
    page = InspectorsPage(ctx)
    qtbot.addWidget(page)
    dialog = page.show_inspector("100001")
    assert isinstance(dialog, InspectorEditor) and dialog.data["staff_no"] == "100001"
    dialog.reject()


def test_export_and_template(qtbot, ctx, seeded, tmp_path: Path, monkeypatch, message_boxes) -> None:
    targets = iter([tmp_path / "out" / "targets.xlsx", tmp_path / "out" / "template.xlsx"])
    monkeypatch.setattr(FileOutput, "ask_path", lambda self, *a: next(targets))
    page = InspectorsPage(ctx)
    qtbot.addWidget(page)
    assert page.export() is True
    assert message_boxes.texts("information")[-1] == "已导出6条记录。"
    sheet = openpyxl.load_workbook(tmp_path / "out" / "targets.xlsx").active
    assert sheet.cell(2, 2).value == "421***********123X"  # masked in the export too
    assert page.download_template() is True
    assert (tmp_path / "out" / "template.xlsx").stat().st_size > 0


def test_conflicts_register_and_end(qtbot, ctx, seeded, reason, message_boxes) -> None:
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0
    dialog = page.register()
    assert isinstance(dialog, ConflictDialog)
    dialog.submit()
    assert message_boxes.texts("warning")[-1] == "请在左侧搜索并选择一名执法检查人员。"
    dialog.inspector.search_edit.setText("100004")
    dialog.inspector.search()
    assert dialog.inspector.list.count() == 1 and dialog.inspector.selected_id() is not None
    dialog.target.search_edit.setText("第01")
    dialog.target.search()
    assert dialog.target.list.count() == 9 and "共9条匹配" in dialog.target.hint.text()  # 第019 is inactive
    dialog.target.list.setCurrentRow(2)
    dialog.reason.setPlainText("配偶在该宾馆任职")
    assert dialog.submit() is True
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "100004" and page.table.item(0, 4).text() == "配偶在该宾馆任职"
    assert page.table.item(0, 6).text() == "有效"
    page.table.selectRow(0)
    reason.append("配偶已离职")
    assert page.end_current() is True
    assert page.table.rowCount() == 0
    page.show_ended.setChecked(True)
    assert page.table.rowCount() == 1 and page.table.item(0, 6).text() == "已结束"
    with seeded.read() as s:
        assert s.scalar(select(Conflict.active)) is False
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "conflict.end")) == 1


@pytest.mark.parametrize("backend", ["db", "pg_db"])
def test_browse_search_and_licence_filter_in_sql(request, backend: str) -> None:
    """The driver-level id fetch and the licence filter give the same answers on SQLite and PostgreSQL."""
    from tests.ui.conftest import seed_rosters, set_up_bureau

    database = request.getfixturevalue(backend)
    set_up_bureau(database)
    seed_rosters(database, targets=40)
    with database.read() as s:
        assert len(browse.list_ids(s, "targets", "第01")) == 10
        assert len(browse.list_ids(s, "targets", "9142120000000000")) == 10  # code prefix, no case issue
        assert browse.list_ids(s, "targets", "%_") == []
        assert len(browse.list_ids(s, "items", "xn-00")) == 2  # case-insensitive on both
        named = browse.fetch_rows(s, "targets", browse.list_ids(s, "targets", "宾馆", "name", True)[:3])
        assert [r[2] for r in named] == ["咸安区第039号宾馆", "咸安区第038号宾馆", "咸安区第037号宾馆"]
        staff = {state: [r[1] for r in browse.fetch_rows(s, "inspectors", browse.list_ids(
            s, "inspectors", filters={"licence_state": browse.LicenceFilter(state, TODAY)}))]
            for state in browse.LICENCE_STATES}
        assert staff == {"expired": ["100001"], "expiring": ["100002"], "missing": [],
                         "valid": ["100003", "100004", "100005", "100006"]}
        with pytest.raises(Exception, match="browse_column_unknown"):
            browse.list_ids(s, "inspectors", filters={"licence_state": "expired"})


def test_leader_warning_lists_the_department(qtbot, ctx, seeded) -> None:
    page = InspectorsPage(ctx)
    qtbot.addWidget(page)
    row = next(i for i in range(page.warnings.count()) if "禁毒大队" in page.warnings.list.item(i).text())
    page.warnings.list.itemActivated.emit(page.warnings.list.item(row))
    assert page.department_box.currentData() == "禁毒大队" and page.status_box.currentData() is True
    assert page.model.rowCount() == 0  # nobody there yet: the reason for the warning
