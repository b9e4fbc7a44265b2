"""SR1 §5 events: recusals (drawn or approved replacement) and targets found unavailable."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.sr1.crypto import event_stream, inspect_stream, normalize_witness
from desktop.core.sr1.targets import TargetDraw
from desktop.core.sr1.teams import Member, Staffing

RECUSE = "recuse"
TARGET_UNAVAILABLE = "target_unavailable"


@dataclass(frozen=True)
class EventRecord:
    """What one event did: who left, who joined, and which standby target (if any) came in."""

    index: int
    type: str
    target: str
    left: tuple[Member, ...]
    joined: tuple[Member, ...]
    added_target: str | None = None  # target_unavailable: the standby id appended (None if none left)
    entropy: str | None = None  # drawn recusal: the canonical digits that seeded the event stream
    replacement: bool = False  # recusal whose successor was assigned by the approver


@dataclass
class DrawState:
    """The drawn list in final order and each target's team in join order."""

    order: list[str]
    teams: dict[str, list[Member]]
    stratum_of: dict[str, str]
    category_of: dict[str, str]
    standby_next: dict[str, int] = field(default_factory=dict)  # stratum -> first unused standby index


def bad_event(index: int, reason: str, **params: Any) -> DomainError:
    """Any malformed or impossible event makes the package invalid."""
    return DomainError("sr1_bad_event", index=index, reason=reason, **params)


def _text(event: Mapping[str, Any], key: str, index: int) -> str:
    value = event.get(key)
    if not isinstance(value, str):
        raise bad_event(index, f"missing_{key}")
    return value


def apply_events(
    events: Sequence[Mapping[str, Any]], state: DrawState, staffing: Staffing,
    targets: TargetDraw, seed_bytes: bytes,
) -> tuple[EventRecord, ...]:
    """Apply the events in order (index n = 0, 1, …), mutating `state` and `staffing`."""
    records: list[EventRecord] = []
    for index, event in enumerate(events):
        if not isinstance(event, Mapping):
            raise bad_event(index, "not_an_object")
        kind = event.get("type")
        target = _text(event, "target", index)
        if target not in state.teams:
            raise bad_event(index, "target_not_drawn", target=target)
        if kind == RECUSE:
            records.append(_recuse(index, event, target, state, staffing, seed_bytes))
        elif kind == TARGET_UNAVAILABLE:
            records.append(_unavailable(index, target, state, staffing, targets, seed_bytes))
        else:
            raise bad_event(index, "unknown_type", type=kind)
    return tuple(records)


def _recuse(
    index: int, event: Mapping[str, Any], target: str, state: DrawState, staffing: Staffing, seed_bytes: bytes,
) -> EventRecord:
    """i leaves, (i, t) becomes a conflict pair, and the same role is filled again."""
    inspector = _text(event, "inspector", index)
    team = state.teams[target]
    leaving = next((m for m in team if m.inspector == inspector), None)
    if leaving is None:
        raise bad_event(index, "inspector_not_on_team", target=target, inspector=inspector)
    has_entropy, has_replacement = "entropy" in event, "replacement" in event
    if has_entropy == has_replacement:
        raise bad_event(index, "entropy_xor_replacement")
    staffing.leave(team, leaving)
    staffing.conflicts.add((inspector, target))
    category = state.category_of[target]
    if has_entropy:
        digits = _text(event, "entropy", index)
        try:
            stream = event_stream(seed_bytes, index, digits)
        except DomainError:
            raise bad_event(index, "bad_entropy", entropy=digits) from None
        successor = staffing.pick(stream, leaving.role, target, category, team)
        entropy: str | None = normalize_witness(digits)
    else:
        successor = _text(event, "replacement", index)
        pool = staffing.pool(leaving.role, category)
        if successor not in pool or not staffing.acceptable(successor, target, team):
            raise bad_event(index, "replacement_not_acceptable", inspector=successor, role=leaving.role)
        entropy = None
    joined = Member(successor, leaving.role)
    staffing.join(team, joined)
    return EventRecord(index, RECUSE, target, (leaving,), (joined,), entropy=entropy,
                       replacement=not has_entropy)


def _unavailable(
    index: int, target: str, state: DrawState, staffing: Staffing, targets: TargetDraw, seed_bytes: bytes,
) -> EventRecord:
    """Release t's team, drop t, append the stratum's first unused standby and staff it."""
    team = state.teams.pop(target)
    left = tuple(team)
    for member in left:
        staffing.leave(team, member)
    state.order.remove(target)
    stratum = state.stratum_of[target]
    standby = targets.stratum(stratum).standby
    position = state.standby_next.get(stratum, 0)
    if position >= len(standby):
        # The standby list is used up: the stratum simply ends one target short.
        return EventRecord(index, TARGET_UNAVAILABLE, target, left, ())
    added = standby[position]
    state.standby_next[stratum] = position + 1
    state.order.append(added)
    state.stratum_of[added] = stratum
    new_team = staffing.staff(added, state.category_of[added], inspect_stream(seed_bytes, added))
    state.teams[added] = new_team
    return EventRecord(index, TARGET_UNAVAILABLE, target, left, tuple(new_team), added_target=added)
