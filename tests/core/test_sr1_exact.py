"""The seed-independent staffing check agrees with brute force and catches what sampling misses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.sr1 import ConflictRow, InspectorRow, Package, TargetRow, feasibility
from desktop.core.sr1.exact import role_can_run_short, structural_shortages

PEOPLE = "ABCDEF"


def _brute_force_could_fail(pools: list[frozenset[str]]) -> bool:
    """Try every sequence of picks: can some sequence reach a role with nobody acceptable?"""
    def walk(k: int, taken: frozenset[str]) -> bool:
        if k == len(pools):
            return False
        left = pools[k] - taken
        return not left or any(walk(k + 1, taken | {p}) for p in left)
    return walk(0, frozenset())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from(PEOPLE), max_size=4), min_size=1, max_size=4))
def test_matches_brute_force(pools: list[frozenset[str]]) -> None:
    exact = any(role_can_run_short(pools, k) for k in range(len(pools)))
    assert exact == _brute_force_could_fail(pools)


def _package(n_targets: int, conflicts: list[ConflictRow], leaders: int = 1, max_load: int = 0) -> Package:
    targets = [TargetRow(f"T{i:05d}", f"对象{i}", "高", "旅馆业", 0, False, False) for i in range(n_targets)]
    inspectors = [InspectorRow(f"L{j}", f"组长{j}", "治安", ("旅馆业",), True) for j in range(leaders)]
    inspectors += [InspectorRow(f"M{j}", f"组员{j}", "治安", ("旅馆业",), False) for j in range(3)]
    rules = {"task_id": "测试", "categories": "*", "initiating_dept": "治安", "joint_depts": "*",
             "team_size": 2, "max_draws_per_year": 2, "max_load": max_load, "quota_base": "all",
             "ratio.高": "1/100"}
    return Package.build(targets, inspectors, conflicts, rules)


def test_a_single_conflicted_target_among_thousands_is_caught() -> None:
    # One target of 2,000 conflicts with the only leader; 1 % are drawn, so 200 sampled seeds would
    # usually miss it — the exact check names it every time.
    package = _package(2000, [ConflictRow("L0", "T01234")])
    assert structural_shortages(package) == [("T01234", "leader")]
    report = feasibility(package, trials=5, seed_source=b"fixed")
    assert not report.ok and report.could_fail == (("T01234", "leader"),)


def test_no_cap_and_nothing_short_is_decided_exactly() -> None:
    report = feasibility(_package(500, [], leaders=2), trials=200, seed_source=b"fixed")
    assert report.ok and report.method == "exact" and report.checked == 500 and report.trials == 0


def test_with_a_load_cap_the_seeds_are_still_sampled() -> None:
    report = feasibility(_package(300, [], leaders=2, max_load=3), trials=200, seed_source=b"fixed")
    assert report.method == "sampled" and report.trials == 200
