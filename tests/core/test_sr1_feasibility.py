"""SR1 feasibility dry-run: shortages are found and named before the commitment, never raised."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.core.progress import NullProgress
from desktop.core.sr1 import InspectorRow, Package, TargetRow, feasibility, read_package_files

GOLDEN = Path(__file__).parent / "golden" / "sr1-golden"


def _package(inspectors: list[InspectorRow], **rules: str) -> Package:
    targets = [TargetRow(f"T{i:02d}", f"企业{i}", "A", ("食品", "餐饮")[i % 2], 0, False, False) for i in range(20)]
    values = {"task_id": "F", "categories": "*", "initiating_dept": "市场监管局",
              "joint_depts": "卫健委,市场监管局", "team_size": "3", "max_draws_per_year": "2", "max_load": "0",
              "quota_base": "all", "ratio.A": "1/4", **rules}
    return Package.build(targets, inspectors, [], values)


def _staff(no_food_leader: bool = False) -> list[InspectorRow]:
    rows = [
        InspectorRow("S1", "甲", "市场监管局", ("餐饮",) if no_food_leader else ("食品", "餐饮"), True),
        InspectorRow("S2", "乙", "市场监管局", ("食品", "餐饮"), False),
        InspectorRow("S3", "丙", "市场监管局", ("食品", "餐饮"), False),
        InspectorRow("W1", "丁", "卫健委", ("食品", "餐饮"), True),  # a leader, but not of the initiating dept
        InspectorRow("W2", "戊", "卫健委", ("*",), False),
    ]
    return rows


def test_golden_package_is_feasible() -> None:
    report = feasibility(Package.from_files(read_package_files(GOLDEN)), trials=200, seed_source=b"golden")
    # No load cap: every eligible target is checked exactly, for all seeds at once.
    assert report.ok and report.failures == 0 and report.shortages == ()
    assert report.method == "exact" and report.checked == 8
    assert report.quotas == {"中": 2, "低": 1, "高": 2}


def test_missing_leader_in_initiating_dept_is_reported() -> None:
    package = _package(_staff(no_food_leader=True))
    report = feasibility(package, trials=50, seed_source=b"fixed")
    assert not report.ok
    # A trial fails whenever a 食品 target is drawn (5 of 10 食品 + 10 餐饮): almost always.
    assert 40 <= report.failures <= 50 and report.failure_rate == report.failures / 50
    assert set(report.by_role) == {"leader"}
    assert all(s.role == "leader" and int(s.target[1:]) % 2 == 0 for s in report.shortages)
    assert sum(s.count for s in report.shortages) == report.failures
    assert [s.count for s in report.shortages] == sorted((s.count for s in report.shortages), reverse=True)


def test_max_load_shortage_is_probabilistic_and_named() -> None:
    # One leader with max_load 4 but 5 teams: the fifth team always lacks a leader.
    package = _package(_staff(), max_load="4")
    report = feasibility(package, trials=30, seed_source=b"load")
    assert report.failures == 30
    assert set(report.by_role) <= {"leader", "dept:卫健委", "member"}
    assert report.shortages[0].count >= 1


def test_fixed_seed_source_is_deterministic_and_callable_works() -> None:
    package = _package(_staff(no_food_leader=True))
    first = feasibility(package, trials=20, seed_source=b"x")
    assert first == feasibility(package, trials=20, seed_source=b"x")
    calls: list[int] = []

    def source(index: int) -> bytes:
        calls.append(index)
        return hashlib.sha256(index.to_bytes(4, "big")).digest()

    progress = NullProgress()
    report = feasibility(package, trials=7, seed_source=source, progress=progress)
    assert calls == list(range(7)) and report.trials == 7
    assert progress.last[:2] == (7, 7)


def test_default_seed_source_is_os_randomness() -> None:
    report = feasibility(_package(_staff()), trials=5)
    assert report.ok
