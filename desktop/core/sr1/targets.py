"""SR1 §3 targets: scope, eligibility, quota per stratum, ranking by keyed hash, standby lists."""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from desktop.core.sr1.canonical import TargetRow
from desktop.core.sr1.crypto import TAG_TARGET
from desktop.core.sr1.rules import Rules

REASON_PASSED = "passed"  # inspected and passed for the same item this year
REASON_CAP = "cap"  # drawn max_draws_per_year times already and not exempt


@dataclass(frozen=True)
class StratumScope:
    """What a stratum's draw depends on apart from the seed (computed once per package)."""

    stratum: str
    base: int  # 名录数: the stratum's targets in scope
    eligible: tuple[str, ...]  # eligible ids, file order
    eligible_utf8: tuple[bytes, ...]  # the same ids, encoded once for hashing
    excluded: tuple[tuple[str, str], ...]  # (id, reason) of targets in scope but not eligible
    quota_text: str
    is_count: bool
    quota: int


@dataclass(frozen=True)
class StratumDraw:
    """How one stratum was drawn: the figures the UI, the projector and the record show."""

    stratum: str
    base: int  # 名录数: the stratum's targets in scope
    eligible: int  # 可抽数
    quota_text: str  # the rule as written: "1/20" for a ratio, "2" for a count
    is_count: bool
    quota: int  # 应抽数 (after min with eligible)
    drawn: tuple[str, ...]  # the first `quota` ids by (key, id)
    standby: tuple[str, ...]  # 候补, in order
    ranked: tuple[tuple[bytes, str], ...]  # (key, id) of every eligible target, ascending
    excluded: tuple[tuple[str, str], ...]  # (id, reason) of targets in scope but not eligible

    @cached_property
    def keys(self) -> dict[str, str]:
        """抽签号 (hex) of every eligible target of the stratum (built on first use)."""
        return {tid: key.hex() for key, tid in self.ranked}


@dataclass(frozen=True)
class TargetDraw:
    """All strata, plus the staffing order of §3 (every drawn id sorted by (key, id))."""

    strata: tuple[StratumDraw, ...]
    order: tuple[str, ...]

    def stratum(self, name: str) -> StratumDraw:
        """The StratumDraw of `name`."""
        for item in self.strata:
            if item.stratum == name:
                return item
        raise KeyError(name)


def exclusion_reason(row: TargetRow, rules: Rules) -> str | None:
    """None if the in-scope target is eligible, else why not."""
    if row.passed:
        return REASON_PASSED
    if row.draws >= rules.max_draws_per_year and not row.exempt:
        return REASON_CAP
    return None


def quota_for(rules: Rules, stratum: str, base: int, eligible: int) -> int:
    """Integer-only quota: ratio with ceil / half_up, or a fixed count; never above the eligible count."""
    n = eligible if rules.quota_base == "eligible" else base
    if stratum in rules.counts:
        q = rules.counts[stratum]
    else:
        num, den = rules.ratios[stratum]
        q = (n * num + den - 1) // den if rules.rounding == "ceil" else (2 * n * num + den) // (2 * den)
    return min(q, eligible)


def scope(targets: Sequence[TargetRow], rules: Rules) -> tuple[StratumScope, ...]:
    """Per taking-part stratum (sorted): targets in scope, the eligible ones, and the quota."""
    groups: dict[str, list[TargetRow]] = {s: [] for s in rules.strata}
    for row in targets:
        group = groups.get(row.stratum)
        if group is not None and rules.category_in_scope(row.category):
            group.append(row)
    out: list[StratumScope] = []
    for stratum, rows in groups.items():
        eligible: list[str] = []
        excluded: list[tuple[str, str]] = []
        for row in rows:
            reason = exclusion_reason(row, rules)
            if reason is None:
                eligible.append(row.id)
            else:
                excluded.append((row.id, reason))
        out.append(StratumScope(
            stratum=stratum, base=len(rows), eligible=tuple(eligible),
            eligible_utf8=tuple(tid.encode("utf-8") for tid in eligible), excluded=tuple(excluded),
            quota_text=rules.quota_text(stratum), is_count=stratum in rules.counts,
            quota=quota_for(rules, stratum, len(rows), len(eligible)),
        ))
    return tuple(out)


def keyed(item: StratumScope, seed_bytes: bytes) -> list[tuple[bytes, str]]:
    """(key, id) for each eligible id, file order; key = SHA256("SR1/target\\0" ‖ seed ‖ utf8(id))."""
    prefix = TAG_TARGET + seed_bytes
    sha256 = hashlib.sha256
    return [(sha256(prefix + raw).digest(), tid) for raw, tid in zip(item.eligible_utf8, item.eligible, strict=True)]


def rank(item: StratumScope, seed_bytes: bytes) -> list[tuple[bytes, str]]:
    """Every eligible (key, id) of the stratum, ascending: drawn first, then the standby list."""
    ranked = keyed(item, seed_bytes)
    ranked.sort()
    return ranked


def drawn_order(scopes: Sequence[StratumScope], seed_bytes: bytes) -> list[str]:
    """Only the staffing order of §3 (what the feasibility dry-run needs), without standby lists."""
    drawn: list[tuple[bytes, str]] = []
    for item in scopes:
        drawn.extend(heapq.nsmallest(item.quota, keyed(item, seed_bytes)))  # = sorted(...)[:quota]
    drawn.sort()
    return [tid for _, tid in drawn]


def draw_scoped(scopes: Sequence[StratumScope], seed_bytes: bytes) -> TargetDraw:
    """Rank each stratum's eligible ids by (key, id); the first q are drawn, the rest stand by."""
    strata: list[StratumDraw] = []
    drawn: list[tuple[bytes, str]] = []
    for item in scopes:
        ranked = rank(item, seed_bytes)
        drawn.extend(ranked[: item.quota])
        strata.append(StratumDraw(
            stratum=item.stratum, base=item.base, eligible=len(item.eligible), quota_text=item.quota_text,
            is_count=item.is_count, quota=item.quota,
            drawn=tuple(tid for _, tid in ranked[: item.quota]),
            standby=tuple(tid for _, tid in ranked[item.quota:]),
            ranked=tuple(ranked), excluded=item.excluded,
        ))
    drawn.sort()
    return TargetDraw(strata=tuple(strata), order=tuple(tid for _, tid in drawn))


def draw_targets(targets: Sequence[TargetRow], rules: Rules, seed_bytes: bytes) -> TargetDraw:
    """§3 from the rows themselves (the engine uses the package's cached scope instead)."""
    return draw_scoped(scope(targets, rules), seed_bytes)
