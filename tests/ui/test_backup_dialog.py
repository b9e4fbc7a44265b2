"""数据备份与恢复 dialog and the backup scheduler, driven with real widgets on fresh databases."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from db.models import AuditEvent, Target
from desktop.services import backup, backup_pg
from desktop.services.context import Actor
from desktop.ui.backup_scheduler import BackupScheduler
from desktop.ui.context import UiContext
from desktop.ui.dialogs.backup_dialog import BackupDialog, size_text
from tests.ui.conftest import set_up_bureau, uscc

NOW = datetime(2026, 3, 2, 8, 0, 0)


def _dialog(qtbot, ctx: UiContext) -> BackupDialog:
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def _targets(ctx: UiContext) -> int:
    with ctx.database.read() as s:
        return int(s.scalar(select(func.count()).select_from(Target)) or 0)


def _add_target(ctx: UiContext, n: int) -> None:
    with ctx.database.write() as s:
        s.add(Target(code=uscc(n), name=f"宾馆{n}", risk_class="A", industry="旅馆业", jurisdiction="温泉派出所"))


def test_policy_and_backup_now(qtbot, ctx, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.keep_spin.value() == 10 and dialog.interval_spin.value() == 24
    assert dialog.last_label.text() == "尚未备份" and dialog.table.rowCount() == 0
    assert dialog.dir_edit.placeholderText() == str(backup.default_backup_dir(ctx.database))

    dialog.dir_edit.setText(str(tmp_path / "bk"))
    dialog.keep_spin.setValue(2)
    dialog.interval_spin.setValue(0)
    assert dialog.interval_spin.text() == "不自动备份"
    assert dialog.save_policy()
    policy = backup.read_policy(ctx.database)
    assert (policy.directory, policy.keep, policy.interval_hours) == (tmp_path / "bk", 2, 0)

    for _ in range(3):
        dialog.backup_button.click()
    assert "已备份并校验" in dialog.status.text()
    assert dialog.table.rowCount() == 2  # keep = 2
    newest = backup.list_backups(tmp_path / "bk")[0]
    assert dialog.table.item(0, 0).text() == newest.name
    assert dialog.table.item(0, 1).text() == newest.created.strftime("%Y-%m-%d %H:%M:%S")
    assert dialog.table.item(0, 2).text() == size_text(newest.size)
    assert dialog.last_label.text() != "尚未备份"
    assert dialog.selected_backup() == newest.path


def test_restore_asks_names_the_file_and_asks_for_a_restart(qtbot, ctx, message_boxes, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.backup_button.click()
    made = dialog.selected_backup()
    assert made is not None
    before = _targets(ctx)
    _add_target(ctx, 700)

    message_boxes.answer = QMessageBox.StandardButton.No
    assert not dialog.restore_file(made)
    assert _targets(ctx) == before + 1

    message_boxes.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(dialog.restored, timeout=5000) as signal:
        dialog.restore_selected()
    question = message_boxes.texts("question")[-1]
    assert made.name in question and "自动备份" in question
    assert "重新启动" in message_boxes.texts("information")[-1]
    assert dialog.restart_required
    assert _targets(ctx) == before
    auto: Path = signal.args[0]
    assert auto.exists() and auto.parent == backup.read_policy(ctx.database).directory
    assert auto.name in dialog.status.text()
    with ctx.database.read() as s:
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) == "backup.restore"


def test_a_damaged_backup_is_refused_with_a_message(qtbot, ctx, message_boxes) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.backup_button.click()
    made = dialog.selected_backup()
    assert made is not None
    data = bytearray(made.read_bytes())
    data[5000:5008] = b"\xff" * 8
    made.write_bytes(bytes(data))
    _add_target(ctx, 701)
    count = _targets(ctx)
    dialog.restore_file(made)
    warning = message_boxes.texts("warning")[-1]
    assert made.name in warning and "校验值不符" in warning
    assert not dialog.restart_required and _targets(ctx) == count


def test_non_admins_see_the_list_but_cannot_act(qtbot, db, admin, runner) -> None:
    backup.backup_sqlite(db, backup.default_backup_dir(db), 5, actor=admin)
    clerk = UiContext(db, Actor("clerk", "经办人", frozenset({"operator"})), runner)
    dialog = _dialog(qtbot, clerk)
    assert dialog.table.rowCount() == 1
    for widget in (dialog.backup_button, dialog.restore_button, dialog.save_policy_button, dialog.keep_spin):
        assert not widget.isEnabled()


def test_postgresql_shows_pg_dump_instructions_and_runs_it(qtbot, pg_db, runner, tmp_path: Path) -> None:
    admin = set_up_bureau(pg_db)
    ctx = UiContext(pg_db, admin, runner)
    with pg_db.write() as s:
        backup.save_backup_policy(s, admin, str(tmp_path / "pg"), 3, 24)
    dialog = _dialog(qtbot, ctx)
    assert "pg_restore" in dialog.instructions.toPlainText()
    assert dialog.backup_button.isHidden() and dialog.restore_button.isHidden()
    if backup_pg.pg_dump_available() is None:
        assert not dialog.pg_dump_button.isEnabled()
        pytest.skip("pg_dump is not on PATH")
    dialog.pg_dump_button.click()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text().endswith(".dump")
    assert not BackupScheduler(pg_db, runner).enabled


def test_scheduler_backs_up_when_due_and_reports_in_the_status_bar(qtbot, ctx, tmp_path: Path) -> None:
    messages: list[tuple[str, int]] = []
    clock = [NOW]
    scheduler = BackupScheduler(ctx.database, ctx.runner, lambda text, ms: messages.append((text, ms)),
                                now=lambda: clock[0])
    with qtbot.waitSignal(scheduler.backup_made, timeout=5000) as made:
        assert scheduler.check_now()
    path: Path = made.args[0]
    assert path.parent == backup.default_backup_dir(ctx.database)
    assert messages[0] == ("正在自动备份数据库…", 0) and messages[-1][0] == f"已自动备份数据库：{path.name}"
    with ctx.database.read() as s:
        actor = s.scalar(select(AuditEvent.actor).where(AuditEvent.action == "backup.create"))
    assert actor == "system"

    clock[0] = NOW + timedelta(hours=23)
    assert not scheduler.check_now()
    clock[0] = NOW + timedelta(hours=24)
    assert scheduler.check_now()
    assert len(backup.list_backups(path.parent)) == 2

    with ctx.database.write() as s:
        backup.save_backup_policy(s, ctx.actor, "", 10, 0)
    clock[0] = NOW + timedelta(days=10)
    assert not scheduler.check_now()

    scheduler.start(start_delay_ms=0)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 60 * 60 * 1000
    scheduler.stop()


def test_scheduler_reports_a_failure(qtbot, ctx, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with ctx.database.write() as s:
        backup.save_backup_policy(s, ctx.actor, str(blocker / "sub"), 10, 24)
    messages: list[str] = []
    scheduler = BackupScheduler(ctx.database, ctx.runner, lambda text, ms: messages.append(text))
    with qtbot.waitSignal(scheduler.backup_failed, timeout=5000):
        scheduler.check_now()
    assert messages[-1].startswith("自动备份失败")


def test_a_stopped_scheduler_never_queues_a_backup(qtbot, tmp_path) -> None:
    from db.engine import open_database
    from desktop.ui.backup_scheduler import BackupScheduler

    class Runner:
        calls = 0

        def is_busy(self) -> bool:
            return False

        def run(self, *_a) -> None:
            Runner.calls += 1

    database = open_database(str(tmp_path / "s.sqlite3"))
    scheduler = BackupScheduler(database, Runner())
    scheduler.start(start_delay_ms=0)
    scheduler.stop()  # the app stops it before shutting the task runner down
    qtbot.wait(50)
    assert not scheduler.check_now() and Runner.calls == 0
    database.dispose()
