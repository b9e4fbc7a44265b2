"""抽查任务 page: the list, the pool preview, 新建任务 through the dialog, and opening the draw console."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from sqlalchemy import select

from db.models import Task
from desktop.ui.context import UiContext
from desktop.ui.dialogs.task_dialog import TaskDialog
from desktop.ui.pages.tasks_page import TasksPage
from desktop.ui.projector.api import NullDisplay
from desktop.ui.task_runner import SyncTaskRunner
from tests.services.builders import OPERATOR, make_bureau


def _ctx(db) -> UiContext:
    return UiContext(db, OPERATOR, SyncTaskRunner(), today=lambda: date(2026, 3, 2))


def test_page_lists_tasks_and_previews_the_pool(qtbot, db) -> None:
    make_bureau(db)
    page = TasksPage(_ctx(db))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "咸公抽查〔2026〕1号" and page.table.item(0, 2).text() == "待抽取"
    preview = page.preview
    assert preview.strata.rowCount() == 4
    rows = {preview.strata.item(r, 0).text(): [preview.strata.item(r, c).text() for c in range(1, 5)]
            for r in range(4)}
    assert rows["D（高风险）"] == ["10", "10", "1/2", "5"]
    assert "共应抽取 10 个检查对象" in preview.status.text()
    # The partner department's staff are left out of a non-joint task, but not listed as excluded.
    assert preview.tabs.tabText(2) == "未纳入的检查人员（0）"
    assert page.draw_button.isEnabled() and page.rehearse_button.isEnabled()


def test_task_dialog_creates_a_task(qtbot, db, message_boxes) -> None:
    make_bureau(db)
    dialog = TaskDialog(_ctx(db))
    qtbot.addWidget(dialog)
    fields = dialog.fields
    dialog.accept()  # nothing filled in: refused with the service's message
    assert message_boxes.texts("warning") == ["请填写任务名称"]
    fields.name_edit.setText("2026年第二季度旅馆业抽查")
    fields.items.set_checked([fields.items.item(0).data(256)])
    assert "旅馆业治安管理办法" not in dialog.legal_basis.toPlainText()  # the item has no basis recorded
    dialog.legal_basis.setPlainText("《旅馆业治安管理办法》第十二条")
    fields.start_edit.setDate(QDate(2026, 4, 1))
    fields.end_edit.setDate(QDate(2026, 6, 30))
    qtbot_rows = fields.quotas._rows
    mode, num, den, _count = qtbot_rows["A"]
    mode.setCurrentIndex(mode.findData("ratio"))
    num.setValue(1)
    den.setValue(5)
    mode_d, _n, _d, count_d = qtbot_rows["D"]
    mode_d.setCurrentIndex(mode_d.findData("count"))
    count_d.setValue(3)
    fields.industries.set_checked(["旅馆业"])
    fields.joint.setChecked(True)
    fields.initiating.setCurrentIndex(fields.initiating.findText("治安管理大队"))
    fields.participants.set_checked([fields.participants.item(i).data(256) for i in range(fields.participants.count())
                                     if fields.participants.item(i).text() == "市场监督管理局"])
    dialog.team_size.setValue(3)
    dialog.accept()
    assert dialog.created is not None and dialog.created.number == "咸公抽查〔2026〕2号"
    with db.read() as s:
        task = s.scalar(select(Task).where(Task.number == dialog.created.number))
        assert task.quotas == {"A": {"ratio": "1/5"}, "D": {"count": "3"}}
        assert task.joint and len(task.joint_department_ids) == 1 and task.team_size == 3
        assert task.industries == ["旅馆业"] and task.window_end == date(2026, 6, 30)
        assert task.legal_basis == "《旅馆业治安管理办法》第十二条" and task.state == "ready"


def test_team_size_floor_comes_from_the_profile(qtbot, db) -> None:
    make_bureau(db)
    dialog = TaskDialog(_ctx(db))
    qtbot.addWidget(dialog)
    assert dialog.team_size.minimum() == 2


def test_new_task_button_and_draw_buttons_open_the_console(qtbot, db, monkeypatch) -> None:
    make_bureau(db)
    made: list[object] = []

    def factory(console) -> NullDisplay:
        made.append(console)
        return NullDisplay()

    page = TasksPage(_ctx(db), display_factory=factory)
    qtbot.addWidget(page)
    console = page.open_console(rehearsal=True)
    assert console is not None and made == [console] and console.rehearsal
    assert "演练" in console.windowTitle()
    console.close()

    def fake_exec(dialog: TaskDialog) -> int:
        dialog.fields.name_edit.setText("新任务")
        dialog.fields.items.set_checked([dialog.fields.items.item(0).data(256)])
        dialog.fields.quotas.set_quotas({"B": {"ratio": "1/10"}})
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TaskDialog, "exec", fake_exec)
    created = page.new_task()
    assert created is not None and page.table.rowCount() == 2
    assert page.selected_task().id == created.id
