"""年度抽查计划: the wizard saves and publishes a plan; the page adjusts it with a reason and makes tasks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import select

from db.models import AnnualPlan, PlanAdjustment, Task
from desktop.services import plans
from desktop.ui.context import UiContext
from desktop.ui.dialogs.plan_entry_dialog import PlanEntryDialog
from desktop.ui.pages.plans_page import PlansPage
from desktop.ui.task_runner import SyncTaskRunner
from desktop.ui.wizards.plan_wizard import PageId, PlanWizard
from tests.services.builders import OPERATOR, make_bureau


@pytest.fixture
def ctx(db) -> UiContext:
    make_bureau(db)
    return UiContext(db, OPERATOR, SyncTaskRunner(), today=lambda: date(2026, 1, 10))


def _entry_via_dialog(wizard: PlanWizard, monkeypatch) -> None:
    def fill(dialog: PlanEntryDialog) -> int:
        assert dialog.fields.item_ids()  # the items still uncovered are preselected
        dialog.fields.name_edit.setText("旅馆业治安管理抽查")
        dialog.fields.quotas.set_quotas({"A": {"ratio": "1/20"}, "D": {"ratio": "1/5"}})
        dialog.frequency.setValue(2)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PlanEntryDialog, "exec", fill)
    wizard.entries_page.add_entry()


def test_wizard_saves_and_publishes(qtbot, ctx, db, monkeypatch, message_boxes) -> None:
    wizard = PlanWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == PageId.YEAR and wizard.field("year") == 2026
    wizard.next()
    assert wizard.currentId() == PageId.ITEMS
    wizard.items_page.set_included("XN-001", False)
    wizard.next()
    assert wizard.currentId() == PageId.ITEMS  # left out without a reason
    assert message_boxes.texts("warning") == ["事项 XN-001 未列入计划，请填写理由。"]
    wizard.items_page.set_included("XN-001", True)
    wizard.next()
    assert wizard.currentId() == PageId.ENTRIES
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _entry_via_dialog(wizard, monkeypatch)
    assert wizard.entries_page.table.rowCount() == 1
    wizard.next()
    assert wizard.currentId() == PageId.REVIEW
    review = wizard.review_page.browser.toPlainText()
    assert "1 个计划条目，其中联合抽查 0 个" in review
    assert "本年度计划没有联合抽查任务" in review  # 咸宁: at least one joint task a year
    wizard.next()
    assert wizard.currentId() == PageId.FINISH
    wizard.finish_page.publish.setChecked(True)
    wizard.accept()
    assert wizard.submitted
    with db.read() as s:
        plan = s.scalar(select(AnnualPlan))
        assert plan.state == "published" and plan.entries[0].frequency == 2
        assert plan.entries[0].quotas == {"A": {"ratio": "1/20"}, "D": {"ratio": "1/5"}}


def test_wizard_with_an_item_left_out_saves_a_draft(qtbot, ctx, db) -> None:
    wizard = PlanWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.items_page.set_included("XN-001", False, "本年度辖区内无此类检查对象")
    wizard.next()
    assert wizard.currentId() == PageId.ENTRIES and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.review_page.check is not None and wizard.review_page.check.uncovered == ()
    wizard.next()
    wizard.accept()
    with db.read() as s:
        plan = s.scalar(select(AnnualPlan))
        assert plan.state == "draft" and plan.uncovered_reasons == {"XN-001": "本年度辖区内无此类检查对象"}


def test_page_publishes_adjusts_with_reason_and_creates_a_task(qtbot, ctx, db, monkeypatch, message_boxes) -> None:
    with db.read() as s:
        item_id = s.scalar(select(Task)).items[0].id
    with db.write() as s:
        plans.save_plan(s, OPERATOR, plans.PlanDraft(2026, "2026年度计划", (plans.EntryDraft(
            "旅馆业抽查", (item_id,), date(2026, 3, 1), date(2026, 11, 30), {"A": {"ratio": "1/20"}}),)))
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    assert page.entries.rowCount() == 1 and "草稿" in page.state_label.text()
    assert page.publish_button.isEnabled() and not page.adjust_button.isEnabled()
    page.publish()
    assert "已公布" in page.state_label.text() and page.adjust_button.isEnabled()
    assert not page.compose_button.isEnabled()

    def adjust(wizard: PlanWizard) -> int:
        assert wizard.adjust
        wizard.show()
        wizard.next()
        wizard.next()
        wizard.entries[0] = plans.EntryDraft("旅馆业抽查（调整）", (item_id,), date(2026, 5, 1),
                                             date(2026, 11, 30), {"A": {"ratio": "1/10"}})
        wizard.next()
        wizard.next()
        assert wizard.currentId() == PageId.FINISH
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # reason required
        wizard.setField("adjust_reason", "上级部署专项整治，提高低风险对象比例")
        wizard.accept()
        return wizard.result()

    monkeypatch.setattr(PlanWizard, "exec", adjust)
    assert page.adjust()
    with db.read() as s:
        adj = s.scalar(select(PlanAdjustment))
        assert adj.reason == "上级部署专项整治，提高低风险对象比例"
        assert s.scalar(select(AnnualPlan)).state == "published"
    assert page.adjustments.count() == 1 and "1/10" in page.entries.item(0, 4).text()

    page.entries.selectRow(0)
    page.create_task()
    assert page.entries.item(0, 7).text() == "1"
    assert any("咸公抽查〔2026〕2号" in t for t in message_boxes.texts("information"))


def test_page_exports_the_plan_as_pdf_and_excel(qtbot, ctx, db, monkeypatch, tmp_path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader
    from PySide6.QtGui import QDesktopServices

    from desktop.ui.file_output import FileOutput

    with db.read() as s:
        item_id = s.scalar(select(Task)).items[0].id
    with db.write() as s:
        plans.save_plan(s, OPERATOR, plans.PlanDraft(2026, "2026年度计划", (plans.EntryDraft(
            "旅馆业抽查", (item_id,), date(2026, 3, 1), date(2026, 11, 30), {"A": {"ratio": "1/20"}}),)))
    page = PlansPage(ctx)
    qtbot.addWidget(page)
    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(FileOutput, "ask_path", lambda self, *a: out)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    assert page.print_button.isEnabled()
    page.print_plan()
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "2026年度计划" in text and "旅馆业抽查" in text and "咸宁市公安局" in text
    sheet = load_workbook(out.with_suffix(".xlsx")).active
    assert any("旅馆业抽查" in str(c.value) for row in sheet.iter_rows() for c in row if c.value)
