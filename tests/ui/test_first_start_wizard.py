"""The first-start wizard end to end: fields, validation per page, one submit, optional demo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from db.models import Department, Target, User
from desktop.core.profiles import PRESETS
from desktop.services import settings, setup
from desktop.ui.wizards.first_start import FirstStartWizard, PageId


def _fill(wizard: FirstStartWizard, *, demo: bool = False, profile: str = "luohe") -> None:
    wizard.next()
    assert wizard.currentId() == PageId.ORG
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # required fields empty
    wizard.setField("org_name", "漯河市人民防空办公室")
    wizard.setField("org_code", "漯防")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PageId.DEPARTMENTS
    page = wizard.departments_page
    assert not page.isComplete()
    assert page.add_department("指挥信息保障科")
    assert not page.add_department("指挥信息保障科")  # duplicate refused
    assert page.message.text() == "部门名称不能重复"
    assert page.add_department("工程建设管理科")
    assert page.isComplete()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PageId.ADMIN
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.field("admin_username") == "admin"
    wizard.setField("admin_display_name", "张主任")
    wizard.setField("admin_password", "short")
    wizard.setField("admin_confirm", "short")
    wizard.next()
    assert wizard.currentId() == PageId.ADMIN  # too short
    wizard.setField("admin_password", "password-1")
    wizard.setField("admin_confirm", "password-2")
    wizard.next()
    assert wizard.currentId() == PageId.ADMIN  # mismatch
    wizard.setField("admin_confirm", "password-1")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PageId.PROFILE
    combo = wizard.profile_page.combo
    combo.setCurrentIndex(combo.findData(profile))
    assert PRESETS[profile].source in wizard.profile_page.summary.toPlainText()
    wizard.next()
    assert wizard.currentId() == PageId.DEMO
    wizard.setField("load_demo", demo)
    wizard.next()
    assert wizard.currentId() == PageId.FINISH


def test_wizard_creates_org_admin_and_profile(qtbot, db, runner, message_boxes) -> None:
    wizard = FirstStartWizard(db, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill(wizard)
    texts = message_boxes.texts("warning")
    assert texts == ["密码长度不得少于8位", "两次输入的密码不一致"]
    assert "漯河市人民防空办公室（漯防）" in wizard.currentPage().summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.result_actor is not None and wizard.result_actor.username == "admin"
    with db.read() as s:
        org = settings.get_org(s)
        assert (org.name, org.code) == ("漯河市人民防空办公室", "漯防")
        assert sorted(s.scalars(select(Department.name))) == ["工程建设管理科", "指挥信息保障科"]
        user = s.scalar(select(User))
        assert (user.username, user.display_name, user.roles) == ("admin", "张主任", "admin")
        assert settings.get_profile(s).preset == "luohe"
        assert not setup.needs_first_start(s)
        assert s.scalar(select(func.count()).select_from(Target)) == 0


def test_finish_on_a_set_up_database_shows_the_error(qtbot, db, runner, admin, message_boxes) -> None:
    wizard = FirstStartWizard(db, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill(wizard)
    wizard.accept()
    assert wizard.result_actor is None
    assert message_boxes.texts("warning")[-1] == "系统已完成初始化，不能重复执行首次启动向导"


def test_cancel_asks_for_confirmation(qtbot, db, runner, message_boxes) -> None:
    wizard = FirstStartWizard(db, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    message_boxes.answer = message_boxes.answer.No
    wizard.reject()
    assert wizard.isVisible()
    message_boxes.answer = message_boxes.answer.Yes
    wizard.reject()
    assert not wizard.isVisible()


def test_wizard_loads_the_demo_when_ticked(qtbot, db, runner) -> None:
    pytest.importorskip("desktop.services.demo")
    wizard = FirstStartWizard(db, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill(wizard, demo=True, profile="xianning")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.demo_error is None, wizard.demo_error
    assert wizard.result() == QWizard.DialogCode.Accepted
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Target)) > 0


def test_demo_loads_on_the_worker_thread(qtbot, db) -> None:
    pytest.importorskip("desktop.services.demo")
    from desktop.ui.task_runner import TaskRunner

    runner = TaskRunner()
    try:
        wizard = FirstStartWizard(db, runner)
        qtbot.addWidget(wizard)
        wizard.show()
        _fill(wizard, demo=True, profile="weihai")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # busy
        qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Accepted, timeout=60_000)
        assert wizard.demo_error is None, wizard.demo_error
        assert wizard.demo_summary.targets > 0
    finally:
        runner.shutdown()
