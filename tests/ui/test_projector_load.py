"""At stress size (5,000 drawn targets) the console and the projector do only the work that shows.

No wall-clock assertions here: tests/perf/bench_projector.py measures the time; these tests pin the
design that keeps it low — lazy console rows, one projector screen updated per event-loop turn,
projector calls delivered after the console's own update, and no rebuild when nothing changed.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.draw_view import DrawView
from desktop.ui.draw.display_bridge import DisplayBridge
from desktop.ui.draw.result_step import ResultStep
from desktop.ui.projector.api import Stage
from desktop.ui.projector.window import ProjectorWindow
from tests.ui.stress_views import CLASSES, stress_views


@pytest.fixture(scope="module")
def big() -> list[DrawView]:
    return stress_views(20_000, 5_000)


def test_console_result_rows_are_made_only_for_what_is_painted(qtbot, big: list[DrawView]) -> None:
    step = ResultStep()
    qtbot.addWidget(step)
    step.order = list(CLASSES)
    step.resize(1280, 800)
    step.show()
    made: Counter[str] = Counter()
    original = step._target_texts

    def counting(target):  # type: ignore[no-untyped-def]
        made[target.code] += 1
        return original(target)

    step.model._target_texts = counting
    computed, recused = big[3], big[4]
    step.show_view(computed)
    qtbot.wait(50)  # paint
    assert step.model.rowCount() == 5_000 + len(CLASSES)
    assert step.model.class_names() == list(CLASSES)
    assert step.model.heading_rows() == [0, 1_251, 2_502, 3_753]
    assert step.model.data(step.model.index(0, 0)) == f"{CLASSES[0]}（应抽 1250，已抽 1250）"
    first = step.model.target_at(1)
    assert first is not None and step.model.data(step.model.index(1, 1)) == first.name
    assert 0 < len(made) < 100  # only the rows on screen were turned into text, not 5,000
    # The console refreshes on every key press: the same view changes nothing; a recusal keeps the rows.
    resets: list[int] = []
    step.model.modelReset.connect(lambda: resets.append(1))
    step.show_view(computed)
    step.show_view(recused)
    assert resets == []
    changed = next(t for t in recused.drawn if t.position == 4)
    row = next(r for r in range(step.model.rowCount()) if step.model.target_at(r) == changed)
    assert "替换人" in step.model.data(step.model.index(row, 3))
    assert step.events.count() == 1


def test_projector_updates_the_screen_on_display_first_and_the_rest_later(qtbot, big: list[DrawView],
                                                                          monkeypatch) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.close_display())
    window.resize(1024, 768)
    window.show()
    window.set_view(big[2])
    window.set_stage(Stage.REVEAL)
    window.sync()
    updated: list[Stage] = []
    for stage, screen in window.screens.items():
        original = screen.update_view

        def record(view, previous, stage=stage, original=original):  # type: ignore[no-untyped-def]
            updated.append(stage)
            original(view, previous)

        monkeypatch.setattr(screen, "update_view", record)
    window.set_view(big[3])
    assert updated == [Stage.REVEAL]  # only what the witnesses see now, within this call
    window.set_stage(Stage.TEAMS)  # a screen not yet caught up is brought up to date before it shows
    assert updated[:2] == [Stage.REVEAL, Stage.TEAMS]
    assert window.screens[Stage.TEAMS].queue == sorted(big[3].drawn, key=lambda t: t.position)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(updated) == len(Stage), timeout=2000)
    assert sorted(updated) == list(Stage) and len(set(updated)) == len(Stage)  # each once, none twice
    assert all(screen.view is big[3] for screen in window.screens.values())
    # A view nobody has seen yet is never shown stale: sync() (screenshots) brings all at once.
    window.set_view(big[4])
    window.sync()
    assert all(screen.view is big[4] for screen in window.screens.values())


def test_a_recusal_among_thousands_is_found_and_the_targets_are_not_replayed(qtbot, big: list[DrawView]) -> None:
    window = ProjectorWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.close_display())
    window.resize(1024, 768)
    window.show()
    window.set_view(big[3])
    window.set_stage(Stage.TARGETS)
    targets = window.screens[Stage.TARGETS]
    window.advance()
    window.advance()  # the first target is placed
    assert targets.placed == 1  # type: ignore[attr-defined]
    window.set_stage(Stage.EVENTS)
    window.set_view(big[4])  # rebuilt from the database: every object new, one seat changed
    events = window.screens[Stage.EVENTS]
    change = events.changes[1]  # type: ignore[attr-defined]
    assert [(t, s.name) for t, s in change.seats_out] == [(big[4].drawn[3].name, "组员10")]
    assert [(t, s.name) for t, s in change.seats_in] == [(big[4].drawn[3].name, "替换人")]
    window.sync()
    assert targets.placed == 1 and targets.queue[0] is big[4].drawn[0]  # type: ignore[attr-defined]


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def set_view(self, view: DrawView) -> None:
        self.calls.append(("view", view.state))

    def set_stage(self, stage: Stage) -> None:
        self.calls.append(("stage", stage))

    def set_witness_progress(self, entered: tuple[bool, ...]) -> None:
        self.calls.append(("progress", entered))

    def close_display(self) -> None:
        self.calls.append(("close", None))


def test_bridge_delivers_the_console_calls_in_order_one_turn_later(qtbot, big: list[DrawView]) -> None:
    display = _Recorder()
    moved: list[Stage] = []
    bridge = DisplayBridge(display, moved.append)
    bridge.set_view(big[0])
    assert bridge.show_stage(Stage.WITNESSES) and not bridge.show_stage(Stage.WITNESSES)
    bridge.set_witness_progress((True, False))
    assert display.calls == []  # the console repaints first
    qtbot.waitUntil(lambda: len(display.calls) == 3, timeout=1000)
    assert display.calls == [("view", "committed"), ("stage", Stage.WITNESSES), ("progress", (True, False))]
    bridge.set_view(big[1])
    bridge.close()  # closing delivers what was queued first
    assert display.calls[-2:] == [("view", "witnessed"), ("close", None)]
    QApplication.processEvents()
    assert len(display.calls) == 5  # nothing delivered twice
