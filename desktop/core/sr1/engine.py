"""SR1 draw engine: frozen package + secret + witness digits + events -> teams, result text and hash."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.sr1.crypto import commitment, inspect_stream, normalize_witness, result_hash, seed
from desktop.core.sr1.events import DrawState, EventRecord, apply_events
from desktop.core.sr1.package import Package
from desktop.core.sr1.targets import StratumDraw, TargetDraw, draw_scoped
from desktop.core.sr1.teams import Member, Staffing, printed_order


@dataclass(frozen=True)
class Team:
    """One drawn target and its team, members in printed order (leader first, then join order)."""

    target: str
    stratum: str
    members: tuple[Member, ...]


@dataclass(frozen=True)
class DrawResult:
    """Everything the ceremony shows and records about one draw."""

    commit: str  # hex
    seed: str  # hex
    witnesses: tuple[str, ...]  # canonical digits, seat order
    targets: TargetDraw  # per-stratum figures, keys, standby lists (before events)
    teams: tuple[Team, ...]  # final order of §6
    events: tuple[EventRecord, ...]
    result_text: str
    result_hash: str  # hex

    @property
    def strata(self) -> tuple[StratumDraw, ...]:
        """Per-stratum figures: 名录数, 可抽数, rule, 应抽数, drawn, standby, 抽签号."""
        return self.targets.strata


def staff_all(package: Package, seed_bytes: bytes, staffing: Staffing) -> tuple[TargetDraw, DrawState]:
    """§3 and §4: draw the targets, then staff them in (key, id) order, each from its own stream."""
    targets = draw_scoped(package.scope, seed_bytes)
    category_of = package.category_of
    state = DrawState(order=list(targets.order), teams={}, stratum_of={}, category_of=category_of)
    for item in targets.strata:
        for target in item.drawn:
            state.stratum_of[target] = item.stratum
    for target in targets.order:
        stream = inspect_stream(seed_bytes, target)
        state.teams[target] = staffing.staff(target, category_of[target], stream)
    return targets, state


def render_result(state: DrawState) -> str:
    """§6 result text: a T line per target in final order, then an A line per member."""
    lines: list[str] = []
    for target in state.order:
        lines.append(f"T\t{state.stratum_of[target]}\t{target}\n")
        for member in printed_order(state.teams[target]):
            lines.append(f"A\t{target}\t{member.role}\t{member.inspector}\n")
    return "".join(lines)


def draw_from_seed(
    package: Package, seed_bytes: bytes, events: Sequence[Mapping[str, Any]] = (),
) -> tuple[TargetDraw, DrawState, tuple[EventRecord, ...]]:
    """The whole deterministic draw for a given seed; DomainError if it cannot be completed."""
    staffing = Staffing(package.inspectors, package.conflicts, package.rules)
    targets, state = staff_all(package, seed_bytes, staffing)
    records = apply_events(events, state, staffing, targets, seed_bytes)
    return targets, state, records


def run_draw(
    package: Package, witnesses: Sequence[str], events: Sequence[Mapping[str, Any]] = (), *, secret: bytes,
) -> DrawResult:
    """Run SR1 end to end. Witness digits and event entropy may be given as typed (full-width, spaces)."""
    seed_bytes = seed(package.fh, secret, witnesses)
    targets, state, records = draw_from_seed(package, seed_bytes, events)
    text = render_result(state)
    teams = tuple(
        Team(target, state.stratum_of[target], printed_order(state.teams[target])) for target in state.order
    )
    return DrawResult(
        commit=commitment(package.fh, secret).hex(),
        seed=seed_bytes.hex(),
        witnesses=tuple(normalize_witness(w) for w in witnesses),
        targets=targets,
        teams=teams,
        events=records,
        result_text=text,
        result_hash=result_hash(text).hex(),
    )
