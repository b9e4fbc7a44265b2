"""The projector window driven through a whole ceremony computed by the real draw services."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo, QImage
from PySide6.QtWidgets import QLabel, QWidget

from db.engine import open_database
from desktop.core.sr1.crypto import FILE_NAMES
from desktop.ui.projector.api import CeremonyDisplay, Stage
from desktop.ui.projector.demo_ceremony import CeremonyViews, run_ceremony
from desktop.ui.projector.hex_groups import fingerprint, group_hex
from desktop.ui.projector.screens.events import EventsScreen
from desktop.ui.projector.screens.opening import OpeningScreen, pre_draw_record
from desktop.ui.projector.screens.result import ResultScreen
from desktop.ui.projector.screens.reveal import RevealScreen, recompute_commitment
from desktop.ui.projector.screens.targets import TargetsScreen, targets_by_class, tile_entry
from desktop.ui.projector.screens.teams import TeamsScreen, seat_role, team_entry
from desktop.ui.projector.screens.witnesses import MASK, WitnessScreen, spaced_digits
from desktop.ui.projector.theme import MIN_PX, REVEAL_MIN_PX
from desktop.ui.projector.window import ProjectorWindow
from tests.services.builders import OPERATOR, make_bureau


@pytest.fixture(scope="module")
def views(tmp_path_factory: pytest.TempPathFactory) -> CeremonyViews:
    """A joint task drawn through the services: witnesses, reveal, compute, one recusal, lock."""
    database = open_database(str(Path(tmp_path_factory.mktemp("ceremony")) / "draw.sqlite3"))
    try:
        task_id = make_bureau(database, targets=48, joint=True)  # 13 targets, teams of three
        return run_ceremony(database, OPERATOR, task_id)
    finally:
        database.dispose()


@pytest.fixture
def window(qtbot) -> ProjectorWindow:
    win = ProjectorWindow()
    qtbot.addWidget(win, before_close_func=lambda w: w.close_display())
    win.resize(1024, 768)
    win.show()
    return win


def _screen(window: ProjectorWindow, stage: Stage, kind: type) -> object:
    screen = window.screens[stage]
    assert isinstance(screen, kind)
    return screen


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def _press(qtbot, window: ProjectorWindow, key: Qt.Key = Qt.Key.Key_Space) -> None:
    qtbot.keyClick(window, key)


def test_window_is_a_ceremony_display(window: ProjectorWindow) -> None:
    display: CeremonyDisplay = window
    assert display is window
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_whole_ceremony_shows_exactly_the_engine_result(qtbot, window: ProjectorWindow, views: CeremonyViews) -> None:
    committed = views.committed
    window.set_view(committed)
    opening = _screen(window, Stage.OPENING, OpeningScreen)
    assert isinstance(opening, OpeningScreen)
    assert opening.commit.text() == group_hex(committed.commit_hex, 4)
    for name in FILE_NAMES:
        assert opening.fingerprints[name].text() == fingerprint(committed.file_sha256[name])
    assert committed.commit_hex.upper() in opening.qr.text() and committed.task_number in opening.qr.text()
    rows = opening.pool_rows()
    assert [r[0] for r in rows[1:-1]] == [s.stratum for s in committed.strata]
    assert [r[-1] for r in rows[1:-1]] == [str(s.quota) for s in committed.strata]

    # Witnesses: digits typed on the console stay masked until all are in and confirmed.
    window.set_stage(Stage.WITNESSES)
    witnesses = _screen(window, Stage.WITNESSES, WitnessScreen)
    assert isinstance(witnesses, WitnessScreen)
    seats = len(views.witnessed.witnesses)
    window.set_witness_progress((True,) + (False,) * (seats - 1))
    assert witnesses.digit_texts()[0] == MASK and MASK not in witnesses.digit_texts()[1]
    window.set_witness_progress((True,) * seats)
    assert witnesses.digit_texts() == [MASK] * seats
    secret_digits = [spaced_digits(w.digits) for w in views.witnessed.witnesses]
    assert not any(d in " ".join(_texts(window)) for d in secret_digits)
    window.set_view(views.witnessed)
    assert witnesses.digit_texts() == secret_digits

    # Reveal: the commitment is recomputed on screen and matches group by group.
    revealed = views.revealed
    window.set_view(revealed)
    window.set_stage(Stage.REVEAL)
    reveal = _screen(window, Stage.REVEAL, RevealScreen)
    assert isinstance(reveal, RevealScreen)
    _press(qtbot, window)  # finishes the group-by-group check
    fh = b"".join(bytes.fromhex(revealed.file_sha256[n]) for n in FILE_NAMES)
    expected = hashlib.sha256(b"SR1/commit\0" + fh + bytes.fromhex(revealed.secret_hex)).hexdigest()
    assert reveal.recomputed == expected == revealed.commit_hex
    assert reveal.matches() == [True] * 16
    assert all(cell.verdict.text() == "一致✔" for cell in reveal.cells)
    assert reveal.seed.hex() == revealed.seed_hex and reveal.secret.hex() == revealed.secret_hex

    # Targets: every advance plays the next predetermined target; the tiles are the engine's order.
    computed = views.computed
    window.set_view(computed)
    _press(qtbot, window)
    assert window.stage() == Stage.TARGETS
    targets = _screen(window, Stage.TARGETS, TargetsScreen)
    assert isinstance(targets, TargetsScreen)
    expected_order = [t for _cls, items in targets_by_class(computed) for t in items]
    while window.stage() == Stage.TARGETS:
        before = targets.placed
        _press(qtbot, window)
        if window.stage() != Stage.TARGETS:
            break
        assert targets.busy()
        spinning = targets.phase == "spin"
        _press(qtbot, window)  # the operator does not wait: the target lands at once
        assert not targets.busy() and targets.placed == before + 1
        shown = targets.placed_targets()
        if spinning:
            assert targets.reel.current_name() == shown[-1].name
        assert targets.grid.entries() == [tile_entry(t) for t in shown if t.stratum == shown[-1].stratum]
    assert targets.placed_targets() == expected_order
    assert {t.code for t in expected_order} == {t.code for t in computed.drawn}

    # Teams: the leader's badge first, then the members, exactly as computed.
    teams = _screen(window, Stage.TEAMS, TeamsScreen)
    assert isinstance(teams, TeamsScreen)
    assert window.stage() == Stage.TEAMS
    in_order = sorted(computed.drawn, key=lambda t: t.position)
    assert len(in_order) > 10  # the first ten are animated, the rest fill in
    for target in in_order[:10]:
        _press(qtbot, window)
        assert teams.current() == target
        first = teams.seat_texts()
        assert len(first) == 1 and first[0][0] == "★ 组长" and first[0][1] == target.team[0].name
        _press(qtbot, window)
        assert teams.seat_texts() == [(seat_role(s), s.name, f"编号 {s.staff_no}", s.department) for s in target.team]
        assert [s.role for s in target.team][0] == "leader"
    _press(qtbot, window)
    assert teams.phase == "fill"
    _press(qtbot, window)
    assert teams.current() == in_order[-1] and len(teams.seat_texts()) == len(in_order[-1].team)
    assert teams.grid.entries() == [team_entry(t) for t in in_order[:-1]]
    _press(qtbot, window)
    assert window.stage() == Stage.EVENTS

    # A live recusal: the ticker lists it, the panel shows who left, the digits call, the replacement.
    assert views.recusal is not None
    after = views.after_event
    window.set_view(after)
    events = _screen(window, Stage.EVENTS, EventsScreen)
    assert isinstance(events, EventsScreen)
    assert events.phase == 1 and events.ticker.entries()[0][1] == after.events[0].text
    old_team = {s.staff_no: s for t in computed.drawn for s in t.team}
    leaving = old_team[views.recusal["inspector"]]
    assert leaving.name in events.leaving.text()
    _press(qtbot, window)
    assert events.phase == 3
    assert "请见证人给出新的数字" in events.prompt.text()
    assert spaced_digits(views.recusal["entropy"]) in events.digits.text()
    old_team_of_target = next(t.team for t in computed.drawn if t.code == views.recusal["target"])
    new_team = next(t.team for t in after.drawn if t.code == views.recusal["target"])
    arrived = [s for s in new_team if s.staff_no not in {x.staff_no for x in old_team_of_target}]
    assert arrived and all(s.name in events.arriving.text() for s in arrived)
    assert views.recusal["inspector"] not in {s.staff_no for s in new_team}

    # Result: the hash of the locked result, large, with its QR code.
    locked = views.locked
    window.set_view(locked)
    _press(qtbot, window)
    assert window.stage() == Stage.RESULT
    result = _screen(window, Stage.RESULT, ResultScreen)
    assert isinstance(result, ResultScreen)
    assert result.fingerprint.text() == fingerprint(locked.result_hash)
    assert result.full_hash.hex() == locked.result_hash and result.qr.text() == locked.result_hash
    assert result.status.text() == "✔ 抽取记录已生成"
    assert ("检查对象合计", f"{len(locked.drawn)}个") in result.summary_texts()
    # Going back re-shows the teams as they are now (after the recusal), without replaying anything.
    _press(qtbot, window, Qt.Key.Key_PageUp)
    _press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.stage() == Stage.TEAMS and teams.shown == len(locked.drawn) and not teams.busy()


def test_keys_advance_and_go_back_other_input_changes_nothing(qtbot, window: ProjectorWindow,
                                                              views: CeremonyViews) -> None:
    window.set_view(views.computed)
    window.set_stage(Stage.TARGETS)
    targets = window.screens[Stage.TARGETS]
    assert isinstance(targets, TargetsScreen)
    for key in (Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Right):
        _press(qtbot, window, key)  # play
        _press(qtbot, window, key)  # finish
    assert targets.placed == 3
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_A, Qt.Key.Key_Delete, Qt.Key.Key_F5,
                Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_1):
        _press(qtbot, window, key)
    for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
        qtbot.mouseClick(window, button, pos=QPoint(200, 300))
        qtbot.mouseDClick(window, button, pos=QPoint(200, 300))
    assert window.stage() == Stage.TARGETS and targets.placed == 3 and not targets.busy()
    assert window.isVisible()
    window.close()  # a stray Alt+F4 does not end the witnesses' view
    assert window.isVisible()

    _press(qtbot, window, Qt.Key.Key_Backspace)
    assert window.stage() == Stage.REVEAL
    _press(qtbot, window, Qt.Key.Key_PageUp)
    _press(qtbot, window, Qt.Key.Key_Left)
    assert window.stage() == Stage.OPENING
    _press(qtbot, window, Qt.Key.Key_Backspace)
    assert window.stage() == Stage.OPENING
    for _ in range(3):
        _press(qtbot, window, Qt.Key.Key_PageDown)
    assert window.stage() == Stage.TARGETS and targets.placed == 3  # nothing replayed, nothing lost
    assert [t.code for t in targets.placed_targets()] == \
        [t.code for _c, items in targets_by_class(views.computed) for t in items][:3]


def test_advance_stops_where_the_data_ends(qtbot, window: ProjectorWindow, views: CeremonyViews) -> None:
    window.set_view(views.committed)
    for _ in range(5):
        _press(qtbot, window)
    assert window.stage() == Stage.WITNESSES  # no secret yet: the reveal cannot be shown
    window.set_view(views.revealed)
    for _ in range(5):
        _press(qtbot, window)
    assert window.stage() == Stage.REVEAL


def test_a_wrong_secret_shows_the_mismatch(window: ProjectorWindow, views: CeremonyViews) -> None:
    tampered = dataclasses.replace(views.revealed, secret_hex="00" * 32)
    window.set_view(tampered)
    window.set_stage(Stage.REVEAL)
    reveal = window.screens[Stage.REVEAL]
    assert isinstance(reveal, RevealScreen)
    reveal.finish()
    assert reveal.recomputed == recompute_commitment(tampered.file_sha256, tampered.secret_hex)
    assert not all(reveal.matches())
    assert "不符✘" in [cell.verdict.text() for cell in reveal.cells]
    assert reveal.summary.text().startswith("✘")


def test_rehearsal_has_its_own_look_on_every_screen(window: ProjectorWindow, views: CeremonyViews) -> None:
    window.set_view(views.locked)
    real_sheet = window.styleSheet()
    assert not window.watermark.isVisible() and not window.header.badge.isVisible()
    window.set_view(dataclasses.replace(views.locked, rehearsal=True))
    assert window.styleSheet() != real_sheet
    for stage in Stage:
        window.set_stage(stage)
        assert window.watermark.isVisible() and window.watermark.text() == "演练"
        assert window.watermark.geometry() == window.rect()
        assert window.header.badge.isVisible() and window.header.badge.text() == "演练"
    window.set_view(views.locked)
    assert not window.watermark.isVisible()


def _walk_visible(window: ProjectorWindow) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_no_text_under_32_px_and_nothing_clipped(qtbot, window: ProjectorWindow, views: CeremonyViews,
                                                 size: tuple[int, int]) -> None:
    window.resize(*size)
    window.set_view(views.after_event)
    window.set_witness_progress((True,) * len(views.witnessed.witnesses))
    for stage in Stage:
        window.set_stage(stage)
        for _ in range(4):
            window.advance()
            window.current_screen().finish()
        if window.stage() != stage:
            window.set_stage(stage)
        qtbot.wait(1)
        frame = window.rect()
        for widget in _walk_visible(window):
            assert QFontInfo(widget.font()).pixelSize() >= MIN_PX, (stage, type(widget).__name__)
            if isinstance(widget, QLabel) and widget.text() and widget is not window.watermark:
                top_left = widget.mapTo(window, QPoint(0, 0))
                assert frame.contains(top_left), (stage, widget.text())
                assert top_left.y() + widget.height() <= frame.height() + 1, (stage, widget.text())
                need = widget.heightForWidth(widget.width()) if widget.hasHeightForWidth() \
                    else widget.fontMetrics().height()
                assert widget.height() >= need - 2, (stage, size, widget.text(), widget.height(), need)
    targets = window.screens[Stage.TARGETS]
    assert isinstance(targets, TargetsScreen)
    assert QFontInfo(targets.zoom_name.font()).pixelSize() >= REVEAL_MIN_PX


def test_large_draws_fill_quickly_after_ten_per_class(qtbot, window: ProjectorWindow, views: CeremonyViews) -> None:
    big_class = views.computed.strata[0].stratum
    many = tuple(dataclasses.replace(views.computed.drawn[0], position=i + 1, code=f"C{i:05d}", name=f"对象{i}",
                                     stratum=big_class, key_hex=f"{i:064x}") for i in range(40))
    view = dataclasses.replace(views.computed, drawn=many)
    window.set_view(view)
    window.set_stage(Stage.TARGETS)
    targets = window.screens[Stage.TARGETS]
    assert isinstance(targets, TargetsScreen)
    for _ in range(10):
        window.advance()
        assert targets.phase == "spin"
        window.advance()
    window.advance()
    assert targets.phase == "fill"
    qtbot.waitUntil(lambda: not targets.busy(), timeout=10_000)
    assert targets.placed == 40 and targets.progress.text().endswith("40 / 40")
    assert targets.grid.entries() == [tile_entry(t) for t in many]
    assert targets.grid.visible_entries() == targets.grid.entries()[-len(targets.grid.visible_entries()):]


def _decode(widget: QWidget) -> list[str]:
    """What a phone would read off the widget: ZXing on a grey-scale grab."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    pixels = pixels.reshape(image.height(), image.bytesPerLine())[:, :image.width()]
    return [found.text for found in zxingcpp.read_barcodes(pixels)]


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_qr_codes_on_the_wall_decode_to_the_record(window: ProjectorWindow, views: CeremonyViews,
                                                   size: tuple[int, int]) -> None:
    window.resize(*size)
    window.set_view(views.committed)
    opening = _screen(window, Stage.OPENING, OpeningScreen)
    assert isinstance(opening, OpeningScreen)
    assert _decode(opening.qr) == [pre_draw_record(views.committed)]
    window.set_view(views.locked)
    window.set_stage(Stage.RESULT)
    result = _screen(window, Stage.RESULT, ResultScreen)
    assert isinstance(result, ResultScreen)
    assert _decode(result.qr) == [views.locked.result_hash]
