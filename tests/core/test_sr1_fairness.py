"""SR1 fairness: χ² goodness-of-fit tests that the draw treats every target and inspector alike.

Family-wise error: the χ² tests in FAMILY are run at alpha = 1e-6 / len(FAMILY) each (Bonferroni),
so the chance that a correct implementation fails any of them, over the choice of seeds, is at most
1e-6. All seeds are fixed, so the outcome is deterministic run to run.

p-values come from the regularized upper incomplete gamma function, Q(df/2, x/2), computed with
the standard library only (series expansion below a + 1, Lentz continued fraction above, as in
Numerical Recipes §6.2); `test_chi2_implementation` checks it against closed forms and tables.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections import Counter
from collections.abc import Sequence

from desktop.core.sr1 import InspectorRow, Package, Stream, TargetRow, draw_targets, inspect_stream
from desktop.core.sr1.canonical import ConflictRow
from desktop.core.sr1.teams import Staffing

FAMILY = ("targets_equal", "randbelow_small", "randbelow_large", "inspector_pairs", "k_subsets")
FAMILY_ALPHA = 1e-6
ALPHA = FAMILY_ALPHA / len(FAMILY)


# ---------------------------------------------------------------- χ² distribution (stdlib only)


def gamma_q(a: float, x: float) -> float:
    """Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a)."""
    if x <= 0:
        return 1.0
    log_prefix = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1:  # the series for P converges fast here, and Q is not tiny
        term = total = 1.0 / a
        denom = a
        for _ in range(100_000):
            denom += 1
            term *= x / denom
            total += term
            if abs(term) < abs(total) * 1e-16:
                break
        return max(0.0, 1.0 - total * math.exp(log_prefix))
    tiny = 1e-300  # modified Lentz for the continued fraction of Q
    b = x + 1 - a
    c, d = 1 / tiny, 1 / b
    h = d
    for i in range(1, 100_000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1 / d
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-16:
            break
    return math.exp(log_prefix) * h


def chi2_sf(statistic: float, df: int) -> float:
    """P(χ²_df ≥ statistic)."""
    return gamma_q(df / 2, statistic / 2)


def chi2_critical(alpha: float, df: int) -> float:
    """The statistic at which chi2_sf equals alpha (bisection)."""
    low, high = 0.0, 10.0 * df + 200.0
    for _ in range(200):
        mid = (low + high) / 2
        low, high = (mid, high) if chi2_sf(mid, df) > alpha else (low, mid)
    return (low + high) / 2


def pearson(counts: Sequence[int], expected: float) -> float:
    """Σ (O − E)² / E over equally likely cells."""
    return sum((c - expected) ** 2 / expected for c in counts)


def assert_fits(name: str, statistic: float, df: int) -> None:
    assert name in FAMILY
    p = chi2_sf(statistic, df)
    assert p >= ALPHA, f"{name}: χ²={statistic:.2f} df={df} p={p:.3g} < {ALPHA:.3g} (critical {chi2_critical(ALPHA, df):.2f})"


def seed_bytes(tag: str, index: int) -> bytes:
    return hashlib.sha256(f"{tag}/{index}".encode()).digest()


def test_chi2_implementation() -> None:
    for x in (0.1, 1.0, 5.0, 30.0, 80.0):
        assert math.isclose(chi2_sf(x, 2), math.exp(-x / 2), rel_tol=1e-9)
        assert math.isclose(chi2_sf(x, 1), math.erfc(math.sqrt(x / 2)), rel_tol=1e-7)
    assert math.isclose(chi2_critical(0.05, 1), 3.841459, rel_tol=1e-5)
    assert math.isclose(chi2_critical(0.05, 10), 18.307038, rel_tol=1e-5)
    assert math.isclose(chi2_critical(0.001, 19), 43.820240, rel_tol=1e-5)
    assert math.isclose(chi2_critical(1e-6, 1), 23.928127, rel_tol=1e-5)


# ---------------------------------------------------------------- rules helper


def _rules_package(targets: list[TargetRow], inspectors: list[InspectorRow], conflicts: list[ConflictRow],
                   **extra: str) -> Package:
    rules = {"task_id": "F", "categories": "*", "initiating_dept": "*", "joint_depts": "*", "team_size": "1",
             "max_draws_per_year": "3", "max_load": "0", "quota_base": "all", **extra}
    return Package.build(targets, inspectors, conflicts, rules)


def _target(i: int, passed: bool = False, draws: int = 0) -> TargetRow:
    return TargetRow(f"T{i:03d}", f"企业{i}", "A", "食品", draws, passed, False)


_ONE_INSPECTOR = [InspectorRow("E0", "甲", "局", ("*",), True)]


# ---------------------------------------------------------------- (a) targets drawn equally often


def test_each_eligible_target_drawn_equally_often() -> None:
    eligible = [_target(i) for i in range(12)]
    ineligible = [_target(100, passed=True), _target(101, draws=3)]
    package = _rules_package(eligible + ineligible, _ONE_INSPECTOR, [], **{"count.A": "3"})
    trials, k, n = 6000, 3, len(eligible)
    counts: Counter[str] = Counter()
    for index in range(trials):
        counts.update(draw_targets(package.targets, package.rules, seed_bytes("a", index)).order)
    assert counts["T100"] == counts["T101"] == 0
    # Each trial draws k distinct ids, so counts are negatively correlated: Pearson's sum is
    # (1 − p)·N/(N − 1) times a χ²(N − 1). Rescale it back (p = k/N).
    p = k / n
    statistic = pearson([counts[t.id] for t in eligible], trials * p) * (n - 1) / (n * (1 - p))
    assert_fits("targets_equal", statistic, n - 1)


# ---------------------------------------------------------------- (b) randbelow uniform


def test_randbelow_small_n_uniform() -> None:
    stream, n, draws = Stream(b"fairness/b1"), 7, 70_000
    counts = Counter(stream.randbelow(n) for _ in range(draws))
    assert_fits("randbelow_small", pearson([counts[i] for i in range(n)], draws / n), n - 1)


LARGE_STEP = (1 << 62) + 1
LARGE_N = 3 * LARGE_STEP  # ~0.75·2^64: a quarter of all words are rejected


def test_randbelow_large_n_uniform_thanks_to_rejection() -> None:
    stream, draws = Stream(b"fairness/b2"), 30_000
    counts = Counter(stream.randbelow(LARGE_N) // LARGE_STEP for _ in range(draws))
    assert_fits("randbelow_large", pearson([counts[i] for i in range(3)], draws / 3), 2)


def test_harness_detects_modulo_bias() -> None:
    # Power check (not part of the family): without rejection, x mod n piles onto the first third.
    stream, draws = Stream(b"fairness/b2"), 30_000
    counts = Counter((stream.word() % LARGE_N) // LARGE_STEP for _ in range(draws))
    statistic = pearson([counts[i] for i in range(3)], draws / 3)
    assert chi2_sf(statistic, 2) < 1e-12


# ---------------------------------------------------------------- (c) inspector selection uniform


def test_leader_and_member_uniform_over_acceptable() -> None:
    inspectors = [InspectorRow(f"E{j}", f"人员{j}", "局", ("食品",), True) for j in range(8)]
    target = _target(0)
    package = _rules_package([target], inspectors, [ConflictRow("E7", target.id)],
                             **{"count.A": "1", "team_size": "2"})
    staffing = Staffing(package.inspectors, package.conflicts, package.rules)  # max_load 0: loads never bind
    acceptable = [f"E{j}" for j in range(7)]
    cells = list(itertools.permutations(acceptable, 2))  # (leader, member), distinct, never E7
    trials = 150 * len(cells)
    counts: Counter[tuple[str, str]] = Counter()
    for index in range(trials):
        team = staffing.staff(target.id, "食品", inspect_stream(seed_bytes("c", index), target.id))
        counts[(team[0].inspector, team[1].inspector)] += 1
    assert set(counts) <= set(cells)
    assert_fits("inspector_pairs", pearson([counts[c] for c in cells], trials / len(cells)), len(cells) - 1)


# ---------------------------------------------------------------- (d) every k-subset equally likely


def test_all_k_subsets_equally_likely() -> None:
    targets = [_target(i) for i in range(6)]
    package = _rules_package(targets, _ONE_INSPECTOR, [], **{"count.A": "3"})
    subsets = list(itertools.combinations([t.id for t in targets], 3))
    trials = 250 * len(subsets)
    counts: Counter[tuple[str, ...]] = Counter()
    for index in range(trials):
        counts[tuple(sorted(draw_targets(package.targets, package.rules, seed_bytes("d", index)).order))] += 1
    assert set(counts) <= set(subsets)
    assert_fits("k_subsets", pearson([counts[s] for s in subsets], trials / len(subsets)), len(subsets) - 1)
