"""The import wizard: errors with row and column change nothing, mapping, preview and apply, cancel rolls back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from db.models import Department, Inspector, Target
from desktop.services import roster_import
from desktop.ui.pages.conflicts_page import ConflictsPage
from desktop.ui.pages.targets_page import TargetsPage
from desktop.ui.wizards.import_wizard import ImportWizard, PageId
from tests.services.roster_files import HEAD, snapshot, target_row, uscc, write_csv, write_xlsx
from tests.ui.conftest import uscc as seeded_code


def _wizard(qtbot, ctx, kind: str, path: Path) -> ImportWizard:
    wizard = ImportWizard(ctx, kind)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_file(kind, path)
    wizard.next()
    return wizard


def _finish(qtbot, wizard: ImportWizard) -> None:
    """From the preview page: 导入 (confirmed) and wait for the result page."""
    assert wizard.currentId() == PageId.PREVIEW
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.RESULT, timeout=5000)


def _check_rows(wizard: ImportWizard) -> list[tuple]:
    model = wizard.check_page.model
    return [tuple(model.data(model.index(r, c)) for c in range(4)) for r in range(model.rowCount())]


def test_bad_file_lists_errors_and_changes_nothing(qtbot, ctx, seeded, tmp_path, message_boxes) -> None:
    before = snapshot(seeded)
    bad = target_row(2)
    bad[2] = bad[2][:-1] + ("0" if bad[2][-1] != "0" else "1")  # wrong check character
    nameless = target_row(3)
    nameless[1] = ""
    path = write_xlsx(tmp_path / "bad.xlsx", [HEAD, target_row(1), bad, nameless])
    wizard = _wizard(qtbot, ctx, "targets", path)
    assert wizard.currentId() == PageId.CHECK  # the template headings need no mapping
    rows = _check_rows(wizard)
    assert ("错误", "3", "统一社会信用代码") in [r[:3] for r in rows]
    assert ("错误", "4", "检查对象名称") in [r[:3] for r in rows]
    assert not wizard.check_page.isComplete()
    assert "2处错误" in wizard.check_page.summary.text()
    wizard.next()  # refused: the file has errors
    assert wizard.currentId() == PageId.CHECK
    report = wizard.check_page.save_report(tmp_path / "report.xlsx")
    assert report is not None and report.exists()
    sheet = openpyxl.load_workbook(report).worksheets[0]
    assert any("校验" in str(c.value) for c in sheet[3] if c.value)
    assert snapshot(seeded) == before


def test_good_file_previews_and_applies(qtbot, ctx, seeded, tmp_path) -> None:
    changed = ["温泉派出所", "咸安区第000号宾馆", seeded_code(0), "D", "", "", "", "旅馆业"]
    path = write_xlsx(tmp_path / "good.xlsx", [HEAD, changed, target_row(1001), target_row(1002)])
    wizard = _wizard(qtbot, ctx, "targets", path)
    assert wizard.check_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PageId.PREVIEW
    page = wizard.preview_page
    assert page.new_model.rowCount() == 2 and page.missing_model.rowCount() == 404
    changes = [tuple(page.changed_model.data(page.changed_model.index(r, c)) for c in range(5))
               for r in range(page.changed_model.rowCount())]
    assert (seeded_code(0), "咸安区第000号宾馆", "风险分类等级", "低风险", "高风险") in changes
    assert page.tabs.tabText(0) == "新增（2）" and page.tabs.tabText(2) == "文件中没有的（404）"
    assert "将新增2条，变更1条，停用0条" in page.summary.text()
    _finish(qtbot, wizard)
    assert wizard.result_info is not None and (wizard.result_info.new, wizard.result_info.changed) == (2, 1)
    assert "新增2条，变更1条，停用0条" in wizard.result_page.message.text()
    with seeded.read() as s:
        assert s.scalar(select(Target.risk_class).where(Target.code == seeded_code(0))) == "D"
        assert s.scalar(select(func.count()).select_from(Target).where(Target.code == uscc(1001))) == 1
        assert s.scalar(select(func.count()).select_from(Target).where(Target.active.is_(True))) == 407


def test_deactivate_missing_rows(qtbot, ctx, seeded, tmp_path) -> None:
    path = write_xlsx(tmp_path / "one.xlsx", [HEAD, target_row(1001)])
    wizard = _wizard(qtbot, ctx, "targets", path)
    wizard.next()
    wizard.preview_page.deactivate.setChecked(True)
    assert "停用405条" in wizard.preview_page.summary.text()
    _finish(qtbot, wizard)
    assert wizard.result_info is not None and wizard.result_info.deactivated == 405, wizard.failure
    with seeded.read() as s:
        assert s.scalar(select(func.count()).select_from(Target).where(Target.active.is_(True))) == 1


def test_cancel_midway_leaves_the_roster_unchanged(qtbot, ctx, seeded, tmp_path) -> None:
    before = snapshot(seeded)
    path = write_xlsx(tmp_path / "many.xlsx", [HEAD, *(target_row(n) for n in range(1001, 1030))])
    wizard = _wizard(qtbot, ctx, "targets", path)
    wizard.next()
    reports: list[int] = []

    def cancel_after_first_chunk(done: int, total: int, _text: str) -> None:
        reports.append(done)
        if done > 0:
            ctx.runner.cancel()  # the user presses 取消 while rows are being written

    ctx.runner.progress.connect(cancel_after_first_chunk)
    _finish(qtbot, wizard)
    assert reports and max(reports) > 0  # rows had been written before the cancel
    assert wizard.result_info is None
    assert wizard.result_page.title() == "导入已取消"
    assert snapshot(seeded) == before


def test_unknown_headings_go_through_the_mapping_page(qtbot, ctx, seeded, tmp_path) -> None:
    head = ["单位", "企业全称", "信用代码", "风险", "备注栏"]
    rows = [head, ["温泉派出所", "甲宾馆", uscc(1005), "B", "x"], ["温泉派出所", "乙宾馆", uscc(1006), "C", "y"]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    wizard = _wizard(qtbot, ctx, "targets", path)
    assert wizard.currentId() == PageId.MAPPING
    page = wizard.mapping_page
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == head
    assert page.table.item(1, 1).text() == "甲宾馆"
    assert "尚未对应的必填字段" in page.missing_label.text()
    for heading, key in (("单位", "jurisdiction"), ("企业全称", "name"), ("信用代码", "code"), ("风险", "risk_class")):
        page.set_field(heading, key)
    assert page.missing_label.text() == "必填字段都已对应。"
    wizard.next()
    assert wizard.currentId() == PageId.CHECK and wizard.check_page.isComplete(), _check_rows(wizard)
    wizard.next()
    _finish(qtbot, wizard)
    assert wizard.result_info is not None and wizard.result_info.new == 2
    with seeded.read() as s:
        remembered = roster_import.saved_mapping(s, "targets", head)
    assert remembered is not None and remembered["信用代码"] == "统一社会信用代码"
    # The same headings again: the remembered mapping is used, no mapping page.
    again = _wizard(qtbot, ctx, "targets", path)
    assert again.currentId() == PageId.CHECK and again.check_page.isComplete()


def test_duplicate_mapping_is_refused(qtbot, ctx, seeded, tmp_path, message_boxes) -> None:
    path = write_xlsx(tmp_path / "odd.xlsx", [["甲", "乙"], ["温泉派出所", "甲宾馆"]])
    wizard = _wizard(qtbot, ctx, "targets", path)
    assert wizard.currentId() == PageId.MAPPING
    wizard.mapping_page.set_field("甲", "name")
    wizard.mapping_page.set_field("乙", "name")
    wizard.next()
    assert wizard.currentId() == PageId.MAPPING
    assert "每个字段只能对应一列" in message_boxes.texts("warning")[-1]


def test_inspectors_with_a_new_department(qtbot, ctx, seeded, tmp_path) -> None:
    head = ["姓名", "警号", "所属业务所队", "可任组长"]
    path = write_xlsx(tmp_path / "people.xlsx", [head, ["李四", "200001", "网安大队", "是"]])
    wizard = _wizard(qtbot, ctx, "inspectors", path)
    assert not wizard.check_page.isComplete()
    assert any("网安大队" in r[3] for r in _check_rows(wizard))
    assert wizard.check_page.create_departments.isVisibleTo(wizard.check_page)
    wizard.check_page.create_departments.setChecked(True)  # re-checks the file
    assert wizard.check_page.isComplete()
    wizard.next()
    assert "将新建业务所队：网安大队" in wizard.preview_page.notes.text()
    _finish(qtbot, wizard)
    with seeded.read() as s:
        assert s.scalar(select(func.count()).select_from(Department).where(Department.name == "网安大队")) == 1
        assert s.scalar(select(Inspector.leader_capable).where(Inspector.staff_no == "200001")) is True


def test_unsupported_file_is_refused_on_the_first_page(qtbot, ctx, seeded, tmp_path, message_boxes) -> None:
    path = tmp_path / "list.txt"
    path.write_text("x")
    wizard = _wizard(qtbot, ctx, "targets", path)
    assert wizard.currentId() == PageId.FILE
    assert "不支持的文件类型" in message_boxes.texts("warning")[-1]


def test_targets_page_opens_the_wizard_and_rereads(qtbot, ctx, seeded, tmp_path) -> None:
    page = TargetsPage(ctx)
    qtbot.addWidget(page)
    wizard = page.open_import()
    assert wizard is not None and wizard.file_page.kind() == "targets"
    wizard.file_page.set_file("targets", write_xlsx(tmp_path / "t.xlsx", [HEAD, target_row(1001)]))
    wizard.next()
    wizard.next()
    _finish(qtbot, wizard)
    wizard.accept()
    assert page.model.rowCount() == 451


def test_conflicts_import_from_the_conflicts_page(qtbot, ctx, seeded, tmp_path) -> None:
    page = ConflictsPage(ctx)
    qtbot.addWidget(page)
    rows = [["警号", "统一社会信用代码", "回避原因", "截止日期"],
            ["100001", seeded_code(3), "曾在该单位工作", "2027-12-31"],
            ["100002", seeded_code(4), "近亲属任职", ""]]
    wizard = page.open_import()
    assert wizard is not None and wizard.windowTitle() == "导入回避关系"
    wizard.file_page.set_file("conflicts", write_csv(tmp_path / "c.csv", rows, "gb18030"))
    wizard.next()
    assert wizard.check_page.isComplete(), _check_rows(wizard)
    wizard.next()
    assert wizard.preview_page.deactivate.text().startswith("结束文件中没有的回避关系")
    _finish(qtbot, wizard)
    wizard.accept()
    assert page.table.rowCount() == 2
    assert {page.table.item(r, 5).text() for r in range(2)} == {"2027-12-31", "长期"}
