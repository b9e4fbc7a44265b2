"""SR1 §7.1 feasibility dry-run: draw with throw-away seeds and report which roles run short."""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.errors import DomainError
from desktop.core.progress import Progress, check_cancel
from desktop.core.sr1.crypto import inspect_stream
from desktop.core.sr1.exact import structural_shortages
from desktop.core.sr1.package import Package
from desktop.core.sr1.targets import drawn_order
from desktop.core.sr1.teams import Staffing

SeedSource = bytes | Callable[[int], bytes]
TAG_DRY_RUN = b"SR1/dry-run\0"


@dataclass(frozen=True)
class Shortage:
    """A (target, role) that found no acceptable inspector in `count` of the trials."""

    target: str
    role: str
    count: int


@dataclass(frozen=True)
class FeasibilityReport:
    """The dry-run's verdict: ok only if every trial staffed every drawn target."""

    trials: int
    failures: int
    shortages: tuple[Shortage, ...]  # most frequent first
    by_role: dict[str, int]  # failed trials per role
    quotas: dict[str, int]  # 应抽数 per stratum (does not depend on the seed)
    # "exact": every eligible target was checked and no seed can fail (possible only without a load
    # cap, when sampling would add nothing); "sampled": `trials` throw-away seeds were drawn.
    method: str = "sampled"
    could_fail: tuple[tuple[str, str], ...] = ()  # (target, role) some seed would leave unstaffed
    checked: int = 0  # eligible targets checked exactly (method "exact")

    @property
    def ok(self) -> bool:
        """True when no trial failed and no eligible target could run short under any seed."""
        return self.failures == 0 and not self.could_fail

    @property
    def failure_rate(self) -> float:
        """Share of trials that failed."""
        return self.failures / self.trials if self.trials else 0.0


def trial_seed(source: SeedSource | None, index: int) -> bytes:
    """Throw-away seed number `index`: from the OS CSPRNG, a callable, or derived from fixed bytes."""
    if source is None:
        return secrets.token_bytes(32)
    if isinstance(source, bytes):
        return hashlib.sha256(TAG_DRY_RUN + source + index.to_bytes(4, "big")).digest()
    return source(index)


def feasibility(
    package: Package, trials: int = 200, seed_source: SeedSource | None = None,
    progress: Progress | None = None,
) -> FeasibilityReport:
    """Check every eligible target exactly, then run the target and team draw `trials` times.

    Without a load cap a team depends only on its own target's stream, so the exact check over every
    eligible target decides the question for all seeds at once and the sampling is skipped. With a
    cap, loads depend on the order of the drawn targets and `trials` throw-away seeds are sampled.
    """
    could_fail = tuple(structural_shortages(package))
    quotas = {item.stratum: item.quota for item in package.scope}
    if package.rules.max_load == 0 and not could_fail:
        if progress is not None:
            progress.report(trials, trials, "sr1_feasibility")
        checked = sum(len(item.eligible) for item in package.scope)
        return FeasibilityReport(trials=0, failures=0, shortages=(), by_role={}, quotas=quotas,
                                 method="exact", checked=checked)
    staffing = Staffing(package.inspectors, package.conflicts, package.rules)  # pools cached across trials
    category_of = package.category_of
    shortages: Counter[tuple[str, str]] = Counter()
    for index in range(trials):
        if progress is not None:
            check_cancel(progress)
            progress.report(index, trials, "sr1_feasibility")
        seed_bytes = trial_seed(seed_source, index)
        staffing.load.clear()
        try:
            for target in drawn_order(package.scope, seed_bytes):
                staffing.staff(target, category_of[target], inspect_stream(seed_bytes, target))
        except DomainError as error:
            if error.code != "sr1_no_inspector":
                raise
            shortages[(str(error.params["target"]), str(error.params["role"]))] += 1
    if progress is not None:
        progress.report(trials, trials, "sr1_feasibility")
    by_role: Counter[str] = Counter()
    for (_, role), count in shortages.items():
        by_role[role] += count
    ranked = sorted(shortages.items(), key=lambda item: (-item[1], item[0]))
    return FeasibilityReport(
        trials=trials,
        failures=sum(shortages.values()),
        shortages=tuple(Shortage(target, role, count) for (target, role), count in ranked),
        by_role=dict(sorted(by_role.items())),
        quotas=quotas,
        could_fail=could_fail,
    )
