"""Seed-independent staffing check: which eligible targets could run short under SOME seed."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.sr1.package import Package
from desktop.core.sr1.teams import Staffing


def _max_matching(roles: Sequence[frozenset[str]]) -> int:
    """Most distinct inspectors that the earlier roles can take out of a later role's pool."""
    owner: dict[str, int] = {}

    def augment(r: int, seen: set[str]) -> bool:
        for person in roles[r]:
            if person in seen:
                continue
            seen.add(person)
            if person not in owner or augment(owner[person], seen):
                owner[person] = r
                return True
        return False

    return sum(1 for r in range(len(roles)) if augment(r, set()))


def role_can_run_short(pools: Sequence[frozenset[str]], k: int) -> bool:
    """True when the earlier roles' picks can leave role k with no acceptable candidate.

    With no load cap, a candidate is unacceptable only if it is already on the team or in conflict
    with the target (conflicted inspectors are already removed from `pools`). Role k then runs
    short exactly when the roles before it can, with distinct picks, use up all of its pool: a
    maximum matching of those roles into the shared candidates at least as large as the pool.
    """
    pool = pools[k]
    if len(pool) > k:  # k earlier picks can never empty a pool of more than k people
        return False
    return _max_matching([p & pool for p in pools[:k]]) >= len(pool)


def structural_shortages(package: Package) -> list[tuple[str, str]]:
    """(target, role) pairs that some seed would leave unstaffed, over every eligible target.

    Exact when `max_load` is 0 (the team of a target then depends on nothing but its own stream);
    with a load cap it is a necessary condition only, and the sampled dry-run covers the rest.
    """
    staffing = Staffing(package.inspectors, package.conflicts, package.rules)
    conflicted: dict[str, set[str]] = {}
    for c in package.conflicts:
        conflicted.setdefault(c.target_id, set()).add(c.inspector_id)
    category_of = package.category_of
    verdicts: dict[tuple[str, frozenset[str]], str | None] = {}
    out: list[tuple[str, str]] = []
    for item in package.scope:
        for target in item.eligible:
            category = category_of[target]
            blocked = frozenset(conflicted.get(target, ()))
            key = (category, blocked)
            if key not in verdicts:
                pools = [frozenset(staffing.pool(role, category)) - blocked for role in staffing.roles]
                verdicts[key] = next((staffing.roles[k] for k in range(len(pools))
                                      if role_can_run_short(pools, k)), None)
            role = verdicts[key]
            if role is not None:
                out.append((target, role))
    return out
