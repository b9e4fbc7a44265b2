"""The console's steps and the ceremony screens they show, derived from the draw's state alone."""

from __future__ import annotations

from enum import IntEnum

from desktop.services.draw_view import DrawView
from desktop.ui.projector.api import Stage


class Step(IntEnum):
    """The console's steps; a step is complete once the draw reached the state at the same index."""

    FREEZE = 0
    COMMIT = 1
    WITNESSES = 2
    REVEAL = 3
    RESULT = 4
    LOCK = 5


STATES = ("frozen", "committed", "witnessed", "revealed", "computed", "locked")
Screen = tuple[Step, Stage]
FIRST: Screen = (Step.FREEZE, Stage.OPENING)
# An unfinished attempt reopens at the step that comes next.
RESUME_AT: dict[str, Screen] = {
    "frozen": (Step.COMMIT, Stage.OPENING), "committed": (Step.WITNESSES, Stage.WITNESSES),
    "witnessed": (Step.REVEAL, Stage.REVEAL), "revealed": (Step.RESULT, Stage.TARGETS),
    "computed": (Step.RESULT, Stage.RESULT),
}


def level(view: DrawView | None) -> int:
    """How far the draw got: -1 before freezing (or abandoned), 0 frozen … 5 locked."""
    if view is None or view.state not in STATES:
        return -1
    return STATES.index(view.state)


def screen_list(view: DrawView | None) -> list[Screen]:
    """The screens in order; the events screen exists once an event was recorded."""
    out: list[Screen] = [FIRST, (Step.COMMIT, Stage.OPENING), (Step.WITNESSES, Stage.WITNESSES),
                         (Step.REVEAL, Stage.REVEAL), (Step.RESULT, Stage.TARGETS), (Step.RESULT, Stage.TEAMS)]
    if view is not None and view.events:
        out.append((Step.RESULT, Stage.EVENTS))
    return [*out, (Step.RESULT, Stage.RESULT), (Step.LOCK, Stage.RESULT)]


def display_stage(screen: Screen, reached: int) -> Stage:
    """The display's stage for a screen: compute, then animate — no result screen before the result exists."""
    step, stage = screen
    if step >= Step.RESULT and reached < Step.RESULT:
        return Stage.REVEAL
    return stage
