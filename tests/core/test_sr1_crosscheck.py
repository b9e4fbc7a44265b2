"""SR1 cross-check: the engine and the stand-alone verifier (two implementations) agree on many packages."""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.errors import DomainError
from desktop.core.sr1 import (
    ConflictRow,
    InspectorRow,
    Package,
    TargetRow,
    draw_record,
    render_draw_json,
    run_draw,
    verify_package,
    write_package,
)
from desktop.core.sr1.targets import draw_scoped, drawn_order

VERIFIER = Path(__file__).parent.parent.parent / "resources" / "verifier" / "sr1_verify.py"
SECRET = hashlib.sha256(b"crosscheck secret").digest()
CATEGORIES = ("食品", "餐饮", "特种设备")
DEPTS = ("市场监管局", "卫健委", "交通局")


def _standalone() -> Callable[[str], tuple[list[str], dict[str, Any]]]:
    spec = importlib.util.spec_from_file_location("sr1_verify_crosscheck", VERIFIER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.verify  # type: ignore[no-any-return]


class Bytes:
    """Deterministic choices from a hash chain (never `random`)."""

    def __init__(self, tag: str) -> None:
        self.tag, self.n = tag, 0

    def below(self, n: int) -> int:
        self.n += 1
        return int.from_bytes(hashlib.sha256(f"{self.tag}/{self.n}".encode()).digest()[:8], "big") % n


def _scenario(case: int) -> Package:
    pick = Bytes(f"scenario/{case}")
    n_targets, n_inspectors = 20 + pick.below(40), 24 + pick.below(16)
    targets = [TargetRow(f"9133{i:014d}", f"对象{i}", ("高", "中", "低")[pick.below(3)],
                         CATEGORIES[pick.below(3)], pick.below(3), pick.below(8) == 0, pick.below(6) == 0)
               for i in range(n_targets)]
    inspectors = [InspectorRow(f"ZF{j:04d}", f"人员{j}", DEPTS[pick.below(3)],
                               ("*",) if pick.below(5) == 0 else tuple(c for c in CATEGORIES if pick.below(3)),
                               pick.below(2) == 0)
                  for j in range(n_inspectors)]
    conflicts = {ConflictRow(inspectors[pick.below(n_inspectors)].id, targets[pick.below(n_targets)].id)
                 for _ in range(pick.below(8))}
    joint = pick.below(3)
    rules: dict[str, Any] = {
        "task_id": f"交叉核对{case}号", "categories": "*" if pick.below(2) else ["食品", "餐饮"],
        "initiating_dept": "*" if joint == 0 and pick.below(2) else "市场监管局",
        "joint_depts": "*" if joint == 0 else list(DEPTS[: joint + 1]),
        "team_size": 2 + joint + pick.below(2), "max_draws_per_year": 2, "max_load": (0, 3, 4, 6)[pick.below(4)],
        "quota_base": ("all", "eligible")[pick.below(2)], "rounding": ("ceil", "half_up")[pick.below(2)],
        "ratio.高": "1/3", "ratio.中": f"{1 + pick.below(2)}/7", "count.低": 1 + pick.below(3),
    }
    return Package.build(targets, inspectors, conflicts, rules)


def _events(package: Package, witnesses: list[str], case: int) -> list[dict[str, Any]]:
    """Up to four valid events, chosen deterministically; invalid or infeasible ones are skipped."""
    pick = Bytes(f"events/{case}")
    events: list[dict[str, Any]] = []
    for _ in range(4):
        result = run_draw(package, witnesses, events, secret=SECRET)
        team = result.teams[pick.below(len(result.teams))]
        member = team.members[pick.below(len(team.members))]
        kind = pick.below(3)
        if kind == 0:
            candidate: dict[str, Any] = {"type": "target_unavailable", "target": team.target, "reason": "注销"}
        elif kind == 1:
            candidate = {"type": "recuse", "target": team.target, "inspector": member.inspector,
                         "entropy": f"{pick.below(10**8):08d}"}
        else:
            j = package.inspectors[pick.below(len(package.inspectors))].id
            candidate = {"type": "recuse", "target": team.target, "inspector": member.inspector, "replacement": j}
        try:
            run_draw(package, witnesses, [*events, candidate], secret=SECRET)
        except DomainError:
            continue
        events.append(candidate)
    return events


@pytest.mark.parametrize("case", range(24))
def test_engine_and_standalone_agree(tmp_path: Path, case: int) -> None:
    package = _scenario(case)
    witnesses = [f"{case:04d}", "２０２６ ０４２４"]
    try:
        run_draw(package, witnesses, secret=SECRET)
    except DomainError as error:
        assert error.code == "sr1_no_inspector"
        pytest.skip("this scenario is infeasible (the dry-run would have stopped it)")
    events = _events(package, witnesses, case)
    result = run_draw(package, witnesses, events, secret=SECRET)
    record = draw_record(package, SECRET, witnesses, events, result.seed, result.result_hash, result.result_text)
    dest = write_package(tmp_path / "pkg", package, render_draw_json(record), result.result_text)
    assert verify_package(dest).verified
    diffs, summary = _standalone()(str(dest))
    assert diffs == []
    assert summary["result_hash"] == result.result_hash and summary["seed"] == result.seed


@pytest.mark.parametrize("case", range(6))
def test_feasibility_order_matches_the_draw(case: int) -> None:
    package = _scenario(case)
    for index in range(5):
        seed = hashlib.sha256(f"order/{case}/{index}".encode()).digest()
        assert drawn_order(package.scope, seed) == list(draw_scoped(package.scope, seed).order)


def test_scenarios_cover_the_features() -> None:
    """The generated scenarios exercise every kind of event and most rule variants."""
    kinds: set[str] = set()
    for case in range(24):
        package = _scenario(case)
        witnesses = [f"{case:04d}", "２０２６ ０４２４"]
        try:
            events = _events(package, witnesses, case)
        except DomainError:
            continue
        kinds.update("replacement" if "replacement" in e else "entropy" if "entropy" in e else e["type"]
                     for e in events)
    assert kinds == {"replacement", "entropy", "target_unavailable"}
