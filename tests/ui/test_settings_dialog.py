"""系统设置: database setting in QSettings with a connection test, profile form, holidays."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import AuditEvent
from desktop.services import calendar_overrides, settings
from desktop.services.context import Actor
from desktop.ui.context import UiContext
from desktop.ui.dialogs.settings_dialog import KEY_DATABASE_URL, SettingsDialog, app_settings
from desktop.ui.task_runner import SyncTaskRunner


def _dialog(qtbot, ctx, tab=None) -> SettingsDialog:
    dialog = SettingsDialog(ctx, initial_tab=tab, probe_runner=SyncTaskRunner())
    qtbot.addWidget(dialog)
    return dialog


def test_database_tab_tests_and_saves_for_next_start(qtbot, ctx, tmp_path) -> None:
    dialog = _dialog(qtbot, ctx, "database")
    assert dialog.tabs.currentIndex() == 0
    dialog.db_edit.setText(str(ctx.database.sqlite_path))
    dialog.test_button.click()
    assert dialog.db_result.text().startswith("连接成功（sqlite")
    new_file = tmp_path / "other" / "x.sqlite3"
    dialog.db_edit.setText(str(new_file))
    dialog.test_button.click()
    assert "启动时将尝试创建" in dialog.db_result.text()
    assert not new_file.exists()
    dialog.db_edit.setText("mysql://nobody@nowhere/db")
    dialog.test_button.click()
    assert "不支持的数据库类型" in dialog.db_result.text()

    dialog.db_edit.setText(str(new_file))
    dialog.save_database()
    assert dialog.database_changed
    assert app_settings().value(KEY_DATABASE_URL) == str(new_file)
    assert "下次启动" in dialog.db_result.text()


def test_profile_form_saves_changed_values(qtbot, ctx) -> None:
    dialog = _dialog(qtbot, ctx, "profile")
    form = dialog.profile_form
    assert form.editors["max_draws_per_year"].value() == 2
    form.editors["max_draws_per_year"].setValue(3)
    form.editors["leader_from_initiating"].setChecked(False)
    form.editors["max_draws_per_year"].setValue(0)  # 0 = 不限
    assert form.editors["max_draws_per_year"].text() == "不限"
    assert dialog.save_profile(confirm=False)
    with ctx.database.read() as s:
        stored = settings.get_profile(s)
    assert stored.max_draws_per_year is None
    assert stored.leader_from_initiating is False

    dialog.preset_combo.setCurrentIndex(dialog.preset_combo.findData("luohe"))
    dialog.load_preset()
    assert form.values()["publish_anchor"] == "report"
    assert dialog.save_profile(confirm=False)
    with ctx.database.read() as s:
        assert settings.get_profile(s).preset == "luohe"


def test_invalid_profile_is_refused(qtbot, ctx, message_boxes) -> None:
    dialog = _dialog(qtbot, ctx, "profile")
    dialog.profile_form.editors["min_team_size"].setValue(0)
    assert not dialog.save_profile(confirm=False)
    assert message_boxes.texts("warning")[-1].startswith("规则配置项“min_team_size”")


def test_profile_is_read_only_for_non_admins(qtbot, db, admin, runner) -> None:
    operator = Actor("op", "经办人", frozenset({"operator"}))
    dialog = _dialog(qtbot, UiContext(db, operator, runner))
    assert not dialog.profile_save_button.isEnabled()
    assert not dialog.profile_form.editors["min_team_size"].isEnabled()
    assert not dialog.holidays.add_button.isEnabled()


def test_holiday_overrides_add_and_remove_with_audit(qtbot, ctx, message_boxes) -> None:
    dialog = _dialog(qtbot, ctx, "holidays")
    editor = dialog.holidays
    assert editor.add(date(2026, 10, 10), True, "国庆调休")
    assert editor.add(date(2026, 10, 9), False, "")
    assert not editor.add(date(2026, 10, 9), True, "again")
    assert message_boxes.texts("warning")[-1] == "2026-10-09已有节假日设置，请先删除原设置"
    assert [editor.table.item(r, 0).text() for r in range(editor.table.rowCount())] == ["2026-10-09", "2026-10-10"]
    assert editor.table.item(1, 1).text() == "工作日"
    editor.table.selectRow(0)
    editor.remove_selected()  # confirmation answered Yes by the fixture
    assert message_boxes.calls[-1][0] == "question"
    with ctx.database.read() as s:
        assert [o.day for o in calendar_overrides.list_overrides(s)] == [date(2026, 10, 10)]
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.action.like("holiday.%"))))
    assert actions == ["holiday.add", "holiday.add", "holiday.remove"]


def test_a_year_the_library_does_not_know_is_imported_on_the_holiday_tab(qtbot, ctx, message_boxes) -> None:
    from desktop.core.errors import DomainError
    from desktop.services import calendar

    dialog = _dialog(qtbot, ctx, "holidays")
    with ctx.database.read() as s, pytest.raises(DomainError):
        calendar.load_calendar(s).add_workdays(date(2027, 1, 4), 1)  # 2027: never guessed
    assert not dialog.holidays.import_text("2027-13-01,休\n")  # a bad file changes nothing
    assert message_boxes.texts("warning")
    text = "日期,类型,名称\n2027-01-01,休,元旦\n2027-02-06,班,春节调休\n"
    assert dialog.holidays.import_text(text)
    assert "已导入2027年" in message_boxes.texts("information")[-1]
    with ctx.database.read() as s:
        cal = calendar.load_calendar(s)
        assert not cal.is_workday(date(2027, 1, 1)) and cal.is_workday(date(2027, 2, 6))
        assert cal.add_workdays(date(2026, 12, 31), 1) == date(2027, 1, 4)
