"""Projector screens come and go without losing the draw; the display stays awake; screenshots render."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox

from desktop.services.draw_view import DrawView, StratumRow
from desktop.ui.dialogs.screen_picker import ScreenPickerDialog, remember_screen, remembered_screen
from desktop.ui.projector.api import Stage
from desktop.ui.projector.keep_awake import KeepAwake
from desktop.ui.projector.launcher import ProjectorLauncher
from desktop.ui.projector.reel import reel_names
from desktop.ui.projector.window import ProjectorWindow


def _view(**changes: object) -> DrawView:
    base = DrawView(
        draw_id=1, state="committed", rehearsal=False, attempt=1, bureau="咸宁市公安局",
        task_number="咸公抽查〔2026〕1号", task_name="旅馆业治安管理抽查", legal_basis="《旅馆业治安管理办法》",
        strata=(StratumRow("高风险", 10, 9, "1/2", 5, tuple(f"宾馆{i}" for i in range(9))),),
        file_sha256={n: "ab" * 32 for n in ("targets.tsv", "inspectors.tsv", "conflicts.tsv", "rules.tsv")},
        commit_hex="cd" * 32, witnesses=(), secret_hex="", seed_hex="", drawn=(), events=(), result_hash="",
        rules={})
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def no_keep_awake(monkeypatch: pytest.MonkeyPatch) -> None:
    """No xdg-screensaver on the test machine, whatever is installed."""
    monkeypatch.setattr("desktop.ui.projector.keep_awake.shutil.which", lambda _name: None)


def test_screen_removed_mid_draw_the_window_waits_and_comes_back(qtbot, no_keep_awake) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.close_display())
    screen = QGuiApplication.primaryScreen()
    window.show_on(screen)
    window.set_view(_view())
    window.set_stage(Stage.WITNESSES)
    window.set_witness_progress((True, False))
    assert window.isVisible() and window.target_screen is screen
    with qtbot.waitSignal(window.screen_lost, timeout=1000):
        window._on_screen_removed(screen)
    # The only other screen is the console's: the window hides and waits; nothing of the draw is lost.
    assert not window.isVisible() and window.waiting_for_screen
    assert window.stage() == Stage.WITNESSES and window.view is not None and window.entered == (True, False)
    # The console keeps going while it waits.
    window.set_witness_progress((True, True))
    window.set_stage(Stage.WITNESSES)
    window.show_on(screen)
    assert window.isVisible() and not window.waiting_for_screen
    assert window.stage() == Stage.WITNESSES and window.entered == (True, True)


def test_another_screens_removal_is_ignored(qtbot, no_keep_awake) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.close_display())
    window.show_on(QGuiApplication.primaryScreen())
    window._on_screen_removed(object())  # type: ignore[arg-type]
    assert window.isVisible() and not window.waiting_for_screen


def test_launcher_offers_a_plugged_in_screen(qtbot, no_keep_awake) -> None:
    launcher = ProjectorLauncher()
    window = launcher.open()
    qtbot.addWidget(window, before_close_func=lambda w: w.close_display())
    screen = QGuiApplication.primaryScreen()
    assert window.isVisible()
    messages: list[str] = []
    launcher.status.connect(messages.append)
    window._on_screen_removed(window.target_screen)
    assert window.waiting_for_screen and messages and "断开" in messages[0]
    window._on_screen_added(screen)
    box = launcher.offer_box
    assert isinstance(box, QMessageBox) and not box.isModal()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert window.isVisible() and not window.waiting_for_screen and window.target_screen is screen
    launcher.close()
    assert launcher.window() is None


def test_screen_choice_is_remembered(qtbot) -> None:
    screen = QGuiApplication.primaryScreen()
    assert remembered_screen() is None
    dialog = ScreenPickerDialog()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(QGuiApplication.screens())
    assert dialog.chosen_screen() is screen
    dialog.accept()
    assert remembered_screen() is screen
    assert QSettings("shuangsuiji", "shuangsuiji").value("projector/screen") == screen.name()
    remember_screen(screen)
    dialog.identify()
    assert len(dialog._flashes) == len(QGuiApplication.screens())


def test_keep_awake_never_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for platform in ("win32", "darwin", "linux", "freebsd"):
        awake = KeepAwake(platform)
        monkeypatch.setattr("desktop.ui.projector.keep_awake.shutil.which", lambda _name: None)
        awake.start(42)  # no kernel32 here, no tool on PATH: quietly does nothing
        awake.stop()
        awake.stop()
    # With xdg-screensaver present, Linux suspends the screensaver for the window and resumes it.
    log = tmp_path / "calls.txt"
    tool = tmp_path / "xdg-screensaver"
    tool.write_text(f"#!/bin/sh\necho \"$@\" >> {log}\n", encoding="utf-8")
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    monkeypatch.undo()
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    awake = KeepAwake("linux")
    assert awake.start(4242) and awake.active
    for child in awake._children:
        child.wait(5)
    awake.stop()
    for child in awake._children:
        child.wait(5)
    assert not awake.active
    assert log.read_text(encoding="utf-8").split("\n")[:2] == ["suspend 4242", "resume 4242"]


def test_reel_is_deterministic_small_and_holds_every_target() -> None:
    names = [f"检查对象{i}" for i in range(100_000)]
    reel = reel_names(names, ["检查对象77", "检查对象99999"])
    assert reel == reel_names(names, ["检查对象77", "检查对象99999"])
    assert len(reel) <= 50 and "检查对象77" in reel and "检查对象99999" in reel
    assert reel_names([], ["唯一"]) == ["唯一"]


@pytest.mark.slow
def test_screenshots_render_every_screen_at_both_sizes(qtbot, tmp_path: Path) -> None:
    from desktop.ui.screenshots import render_all

    paths = render_all(tmp_path)
    projector = [p for p in paths if p.parent.name == "projector"]
    for stage_shot in ("01_opening", "05_witnesses_revealed", "07_reveal_done", "10_targets_grid",
                       "12_teams", "15_events_replacement", "16_result"):
        for size in ("1920x1080", "1024x768"):
            for look in ("", "_rehearsal"):
                assert tmp_path / "projector" / f"{stage_shot}{look}_{size}.png" in projector
    image = QImage(str(tmp_path / "projector" / "01_opening_1024x768.png"))
    assert (image.width(), image.height()) == (1024, 768)
    assert any(p.parent.name == "app" and p.name.startswith("home_") for p in paths)
    assert all(p.stat().st_size > 1000 for p in paths)
