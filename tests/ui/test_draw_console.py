"""The draw console end to end offscreen: freeze → commit → witnesses → reveal → compute → recusal → lock → export."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from db.models import Draw, DrawEvent, Task
from desktop.core.sr1 import verify_package
from desktop.services import draw_view as draw_view_service
from desktop.services.draws import WitnessEntry
from desktop.ui.context import UiContext
from desktop.ui.draw.draw_console import DrawConsole
from desktop.ui.draw.recusal_dialog import RecusalDialog
from desktop.ui.draw.screens import Step
from desktop.ui.file_output import FileOutput
from desktop.ui.projector.api import Stage
from desktop.ui.task_runner import SyncTaskRunner
from tests.services.builders import OPERATOR, make_bureau


class FakeDisplay:
    """Records what the console tells a ceremony display."""

    def __init__(self) -> None:
        self.stages: list[Stage] = []
        self.views: list[str] = []
        self.progress: list[tuple[bool, ...]] = []
        self.closed = 0

    def set_view(self, view) -> None:
        self.views.append(view.state)

    def set_stage(self, stage: Stage) -> None:
        self.stages.append(stage)

    def set_witness_progress(self, entered: tuple[bool, ...]) -> None:
        self.progress.append(entered)

    def close_display(self) -> None:
        self.closed += 1


@pytest.fixture
def bureau(db):
    task_id = make_bureau(db)
    return UiContext(db, OPERATOR, SyncTaskRunner()), task_id


def _console(qtbot, ctx, task_id, display: FakeDisplay, rehearsal: bool = False) -> DrawConsole:
    console = DrawConsole(ctx, task_id, rehearsal=rehearsal, display_factory=lambda _console: display)
    qtbot.addWidget(console)
    console.show()
    return console


def _enter_witnesses(console: DrawConsole) -> None:
    step = console.witness_step
    step.add_row()
    for row, (name, digits) in enumerate((("王见证", "31415926"), ("李见证", "２７１８ ２８１８"), ("张见证", "1618"))):
        step.name_edit(row).setText(name)
        step.digits_edit(row).setText(digits)
    step.affiliation_box(2).setCurrentText("纪检监察")


def _run_to_result(qtbot, console: DrawConsole) -> None:
    assert not console.advance()  # nothing frozen yet
    qtbot.mouseClick(console.freeze_step.primary, Qt.MouseButton.LeftButton)
    assert console.view is not None and console.view.state == "frozen"
    assert "逐一核验全部 40 个可抽对象" in console.freeze_step.summary.text()
    assert console.freeze_step.strata.rowCount() == 4
    assert console.freeze_step.hashes.item(0, 0).text() == "targets.tsv"
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert console.current[0] == Step.COMMIT
    assert not console.advance()  # no commitment yet
    console.commit_step.primary.click()
    commit = console.view.commit_hex
    shown = console.commit_step.commit_label.text()
    assert shown.replace("\n", " ").split(" ")[0] == commit[:4].upper() and len(shown.split()) == 16
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert console.current[0] == Step.WITNESSES
    _enter_witnesses(console)
    assert console.witness_step.digits_edit(0).echoMode() == QLineEdit.EchoMode.Password
    assert console.witness_step.entered() == (True, True, True)
    console.witness_step.primary.click()
    assert [w.name for w in console.view.witnesses] == ["王见证", "李见证", "张见证"]
    console.advance()
    assert console.current[0] == Step.REVEAL
    console.reveal_step.primary.click()
    assert console.reveal_step.matched
    assert console.view.seed_hex[:4].upper() in console.reveal_step.seed.text()
    console.advance()
    assert console.current == (Step.RESULT, Stage.TARGETS)
    console.result_step.primary.click()
    assert console.view.state == "computed"


def test_whole_draw_with_recusal_locks_exports_and_verifies(qtbot, bureau, db, tmp_path: Path,
                                                            message_boxes, monkeypatch) -> None:
    ctx, task_id = bureau
    display = FakeDisplay()
    console = _console(qtbot, ctx, task_id, display)
    assert not console.banner.isVisible() and "演练" not in console.windowTitle()
    _run_to_result(qtbot, console)
    qtbot.waitUntil(lambda: bool(display.progress) and display.progress[-1] == (True, True, True), timeout=2000)
    assert len(console.result_step.model.class_names()) == 4
    hash_before = console.view.result_hash
    # Backspace re-shows the reveal screen without touching the draw; Space comes back.
    qtbot.keyClick(console, Qt.Key.Key_Backspace)
    assert console.current[0] == Step.REVEAL and console.view.result_hash == hash_before
    qtbot.keyClick(console, Qt.Key.Key_Right)
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert console.current == (Step.RESULT, Stage.TEAMS)

    # A recusal with digits from a witness: the dialog is filled and accepted without exec().
    def fill(dialog: RecusalDialog) -> int:
        dialog.reason.setText("与检查对象负责人系近亲属")
        dialog.from_witness.setChecked(True)
        dialog.digits.setText("5772156")
        dialog.approver.setText("审批人甲")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecusalDialog, "exec", fill)
    first = console.view.drawn[0]
    leaving = first.team[0].staff_no
    console.result_step.recuse_button.click()
    assert console.current == (Step.RESULT, Stage.EVENTS)
    assert console.view.result_hash != hash_before
    assert leaving not in {s.staff_no for s in console.view.drawn[0].team}
    assert console.result_step.events.count() == 1
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert console.current == (Step.RESULT, Stage.RESULT)
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert console.current[0] == Step.LOCK
    console.lock_step.primary.click()
    assert console.view.state == "locked"
    assert any("咸公抽查〔2026〕1号" in text for text in message_boxes.texts("question"))
    assert not console.abandon_button.isEnabled()

    console.export_to(tmp_path / "pkg")
    assert console.exported == tmp_path / "pkg"
    assert verify_package(console.exported).verified
    console.export_to(tmp_path / "pkg.zip")
    assert verify_package(tmp_path / "pkg.zip").verified
    # The 摇号抽取记录 for the signatures, printed from the lock step.
    record_pdf = tmp_path / "record.pdf"
    monkeypatch.setattr(FileOutput, "ask_path", lambda self, *a: record_pdf)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    assert console.lock_step.print_button.isEnabled()
    console.lock_step.print_button.click()
    text = "".join(page.extract_text() for page in PdfReader(str(record_pdf)).pages)
    assert "摇号抽取记录" in text and console.view.result_hash[:4].upper() in text.upper()

    console.bridge.flush()  # calls reach the display one event-loop turn later
    assert display.stages == [Stage.OPENING, Stage.WITNESSES, Stage.REVEAL, Stage.TARGETS, Stage.REVEAL,
                              Stage.TARGETS, Stage.TEAMS, Stage.EVENTS, Stage.RESULT]
    assert display.views[-1] == "locked"
    with db.read() as s:
        event = s.scalar(select(DrawEvent))
        assert event.payload["entropy"] == "5772156" and event.approved_by == "审批人甲"
        assert event.payload["reason"] == "与检查对象负责人系近亲属"
        assert s.scalar(select(Task.state).where(Task.id == task_id)) == "drawn"


def test_system_digits_and_unavailable_target(qtbot, bureau, db, monkeypatch) -> None:
    ctx, task_id = bureau
    console = _console(qtbot, ctx, task_id, FakeDisplay())
    _run_to_result(qtbot, console)

    def system(dialog: RecusalDialog) -> int:
        dialog.reason.setText("曾在该单位任职")
        dialog.from_system.setChecked(True)
        assert dialog.digits.isReadOnly() and len(dialog.digits.text()) == 12
        dialog.approver.setText("审批人甲")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecusalDialog, "exec", system)
    console.ask_recusal()
    gone = console.view.drawn[-1].code
    console.record_event({"type": "target_unavailable", "target": gone, "reason": "已注销"})
    assert gone not in {t.code for t in console.view.drawn}
    assert len(console.view.events) == 2
    with db.read() as s:
        payloads = [e.payload for e in s.scalars(select(DrawEvent).order_by(DrawEvent.seq))]
    assert payloads[0]["entropy_by"] == "system" and payloads[1]["reason"] == "已注销"


def test_abandon_needs_reason_and_confirmation(qtbot, bureau, db, message_boxes, monkeypatch) -> None:
    from desktop.ui.dialogs.reason_dialog import ReasonDialog

    ctx, task_id = bureau
    display = FakeDisplay()
    console = _console(qtbot, ctx, task_id, display)
    assert not console.abandon_button.isEnabled()  # nothing to abandon before freezing
    console.freeze()
    console.advance()
    console.commit()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: None))
    console.ask_abandon()
    assert console.view.state == "committed"  # cancelled: nothing happened
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a: "见证人未到场"))
    message_boxes.answer = message_boxes.answer.No
    console.ask_abandon()
    assert console.view.state == "committed"
    message_boxes.answer = message_boxes.answer.Yes
    console.ask_abandon()
    assert console.view.state == "abandoned"
    assert display.closed == 1
    assert console.banner.isVisible() and "中止" in console.banner.text()
    assert not console.abandon_button.isEnabled() and not console.advance()
    with db.read() as s:
        draw = s.scalar(select(Draw))
        assert draw.abandon_reason == "见证人未到场" and draw.commit_hex
    # A new console starts a new attempt.
    again = _console(qtbot, ctx, task_id, FakeDisplay())
    again.freeze()
    assert again.view.attempt == 2


def test_rehearsal_banner_on_every_step(qtbot, bureau) -> None:
    ctx, task_id = bureau
    console = _console(qtbot, ctx, task_id, FakeDisplay(), rehearsal=True)
    assert "演练" in console.windowTitle()
    seen = []
    console.freeze()
    for action in (console.commit, None, None):
        seen.append((console.current[0], console.banner.isVisible(), console.banner.text()))
        if action is not None:
            action()
        console.advance()
    assert all(visible and "演" in text for _step, visible, text in seen)
    assert console.view.rehearsal


def test_infeasible_task_names_the_shortage(qtbot, db, message_boxes) -> None:
    task_id = make_bureau(db, leaders=0)
    ctx = UiContext(db, OPERATOR, SyncTaskRunner())
    console = _console(qtbot, ctx, task_id, FakeDisplay())
    console.freeze()
    assert console.view is None
    text = console.freeze_step.message.text()
    assert "组长" in text and "无法配齐检查组" in text
    assert message_boxes.texts("warning") == [text]


def test_reopening_resumes_the_open_attempt(qtbot, bureau, db) -> None:
    ctx, task_id = bureau
    first = _console(qtbot, ctx, task_id, FakeDisplay())
    first.freeze()
    first.commit()
    first.close()
    second = _console(qtbot, ctx, task_id, FakeDisplay())
    assert second.view is not None and second.view.draw_id == first.view.draw_id
    assert second.current[0] == Step.WITNESSES and "继续" in second.status.text()


def test_space_in_a_digit_field_types_instead_of_advancing(qtbot, bureau) -> None:
    ctx, task_id = bureau
    console = _console(qtbot, ctx, task_id, FakeDisplay())
    console.freeze()
    console.advance()
    console.commit()
    console.advance()
    edit = console.witness_step.digits_edit(0)
    edit.setText("12")
    qtbot.keyClick(edit, Qt.Key.Key_Space)
    assert edit.text() == "12 " and console.current[0] == Step.WITNESSES
    qtbot.keyClick(console.witness_step.add_button, Qt.Key.Key_PageUp)
    assert console.current[0] == Step.COMMIT


def test_manual_replacement_offers_acceptable_inspectors(qtbot, db, monkeypatch) -> None:
    task_id = make_bureau(db, profile="weihai")
    ctx = UiContext(db, OPERATOR, SyncTaskRunner())
    console = _console(qtbot, ctx, task_id, FakeDisplay())
    assert console._manual
    _run_to_result(qtbot, console)
    offered: list[str] = []

    def choose(dialog: RecusalDialog) -> int:
        offered.extend(dialog.replacement.itemData(i) for i in range(dialog.replacement.count()))
        dialog.reason.setText("利害关系")
        dialog.approver.setText("审批人甲")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecusalDialog, "exec", choose)
    target = console.view.drawn[0]
    console.ask_recusal()
    assert offered and target.team[0].staff_no not in offered
    assert {s.staff_no for s in console.view.drawn[0].team} & set(offered)
    with db.read() as s:
        view = draw_view_service.draw_view(s, console.view.draw_id)
    assert "由审批人指定" in view.events[0].text


def test_witness_entries_are_passed_in_seat_order(qtbot, bureau) -> None:
    ctx, task_id = bureau
    console = _console(qtbot, ctx, task_id, FakeDisplay())
    assert console.witness_step.digits_edit(0).isReadOnly()  # no digits before the commitment
    console.freeze()
    console.commit()
    _enter_witnesses(console)
    assert console.witness_step.entries()[2] == WitnessEntry("张见证", "纪检监察", "1618")


class SteppingDisplay(FakeDisplay):
    """Like the projector: replays the result one step per key press and can move by its own keys."""

    class _Screen:
        def __init__(self) -> None:
            self.steps = 2

        def advance(self) -> bool:
            self.steps -= 1
            return self.steps >= 0

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            stage_changed = Signal(int)

        super().__init__()
        self._signals = _Signals()
        self.stage_changed = self._signals.stage_changed
        self.screen = self._Screen()

    def current_screen(self) -> _Screen:
        return self.screen


def test_a_stepping_display_plays_its_steps_before_the_console_moves_on(qtbot, bureau) -> None:
    ctx, task_id = bureau
    display = SteppingDisplay()
    console = _console(qtbot, ctx, task_id, display)
    console.freeze()
    assert console.advance() and console.current[0] == Step.FREEZE  # step 1 played on the display
    assert console.advance() and console.current[0] == Step.FREEZE  # step 2
    assert console.advance() and console.current[0] == Step.COMMIT  # nothing left: the console moves
    console.commit()
    display.stage_changed.emit(int(Stage.WITNESSES))  # the projector's own key
    assert console.current == (Step.WITNESSES, Stage.WITNESSES)
    display.stage_changed.emit(int(Stage.OPENING))
    assert console.current == (Step.COMMIT, Stage.OPENING)
