"""SR1 engine: quotas, staffing rules, events (§5), the draw result, and package round trips."""

from __future__ import annotations

import json
import subprocess
import sys
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
    parse_rules,
    quota_for,
    read_package_files,
    render_draw_json,
    run_draw,
    target_key,
    verify_package,
    write_package,
)

HERE = Path(__file__).parent
GOLDEN = HERE / "golden" / "sr1-golden"
VERIFIER = HERE.parent.parent / "resources" / "verifier" / "sr1_verify.py"
SECRET = bytes(range(1, 33))
WITNESSES = ["20260101", "８８８８ ６６６６"]


def golden() -> tuple[Package, dict[str, Any]]:
    files = read_package_files(GOLDEN)
    return Package.from_files(files), json.loads(files["draw.json"])


def golden_draw(events: list[dict[str, Any]]) -> Any:
    package, record = golden()
    return run_draw(package, record["witnesses"], events, secret=bytes.fromhex(record["secret"]))


def synthetic(n_targets: int = 60, n_inspectors: int = 12, **rules: Any) -> Package:
    """A joint task with three strata, two categories and two departments."""
    strata = ("高", "中", "低")
    targets = [TargetRow(f"91{i:016d}X", f"企业{i}", strata[i % 3], ("食品", "餐饮")[i % 2],
                         i % 3, i % 11 == 0, i % 7 == 0) for i in range(n_targets)]
    depts = ("市场监管局", "卫健委")
    inspectors = [InspectorRow(f"E{j:03d}", f"人员{j}", depts[j % 2], ("食品", "餐饮"), j % 4 != 3)
                  for j in range(n_inspectors)]
    values: dict[str, Any] = {
        "task_id": "测试〔2026〕1号", "categories": "*", "initiating_dept": "市场监管局",
        "joint_depts": ["卫健委", "市场监管局"], "team_size": 3, "max_draws_per_year": 2, "max_load": 0,
        "quota_base": "all", "ratio.高": "1/4", "ratio.中": "1/5", "count.低": 2,
    }
    values.update(rules)
    # Target 1 (eligible) conflicts with every leader but E000.
    conflicts = [ConflictRow(i.id, targets[1].id) for i in inspectors if i.leader and i.id != "E000"]
    return Package.build(targets, inspectors, conflicts, values)


# ---------------------------------------------------------------- quotas


def _rules(**values: str) -> Any:
    base = {"task_id": "T", "categories": "*", "initiating_dept": "*", "joint_depts": "*", "team_size": "1",
            "max_draws_per_year": "1", "max_load": "0", "quota_base": "all", "ratio.A": "1/2"}
    base.update(values)
    return parse_rules(("key\tvalue\n" + "".join(f"{k}\t{v}\n" for k, v in sorted(base.items()))).encode())


@pytest.mark.parametrize(("rounding", "ratio", "base", "eligible", "quota"), [
    ("ceil", "1/2", 3, 3, 2), ("ceil", "1/20", 1, 1, 1), ("ceil", "1/20", 0, 0, 0), ("ceil", "1/20", 40, 40, 2),
    ("ceil", "1/20", 41, 41, 3), ("half_up", "1/2", 5, 5, 3), ("half_up", "1/3", 4, 4, 1),
    ("half_up", "1/3", 5, 5, 2), ("half_up", "1/6", 3, 3, 1), ("half_up", "1/5", 2, 2, 0),
    ("ceil", "0/1", 9, 9, 0), ("ceil", "3/2", 4, 5, 5), ("ceil", "1/2", 10, 3, 3),
])
def test_ratio_quota(rounding: str, ratio: str, base: int, eligible: int, quota: int) -> None:
    assert quota_for(_rules(rounding=rounding, **{"ratio.A": ratio}), "A", base, eligible) == quota


def test_count_and_eligible_base() -> None:
    assert quota_for(_rules(**{"ratio.B": "1/2"}, quota_base="eligible"), "B", 10, 4) == 2
    assert quota_for(_rules(**{"ratio.B": "1/2"}), "B", 10, 4) == 4
    rules = _rules(**{"count.C": "5"})
    assert quota_for(rules, "C", 100, 7) == 5
    assert quota_for(rules, "C", 100, 3) == 3


# ---------------------------------------------------------------- draw result


def test_draw_result_figures() -> None:
    package = synthetic()
    result = run_draw(package, WITNESSES, secret=SECRET)
    seed_bytes = bytes.fromhex(result.seed)
    by_stratum = {s.stratum: s for s in result.strata}
    assert set(by_stratum) == {"高", "中", "低"}
    for item in result.strata:
        assert item.base == 20
        assert item.eligible == len(item.keys) == len(item.drawn) + len(item.standby)
        assert item.base == item.eligible + len(item.excluded)
        ranked = sorted(item.keys, key=lambda t: (item.keys[t], t))
        assert list(item.drawn) + list(item.standby) == ranked
        assert all(item.keys[t] == target_key(seed_bytes, t).hex() for t in item.keys)
    assert by_stratum["高"].quota == 5 and by_stratum["中"].quota == 4 and by_stratum["低"].quota == 2
    assert by_stratum["低"].is_count and by_stratum["低"].quota_text == "2"
    t_lines = [line.split("\t")[2] for line in result.result_text.splitlines() if line.startswith("T")]
    assert t_lines == [team.target for team in result.teams]
    for team in result.teams:
        assert [m.role for m in team.members] == ["leader", "dept:卫健委", "member"]
        assert len({m.inspector for m in team.members}) == 3


def test_conflict_pairs_are_never_drawn() -> None:
    package = synthetic(n_targets=12, **{"count.低": 4})
    target = package.targets[1].id
    seen = 0
    for digits in ("1111", "2222", "3333", "4444", "5555", "6666", "7777", "8888"):
        for team in run_draw(package, [digits], secret=SECRET).teams:
            if team.target == target:
                seen += 1
                assert team.members[0] == ("E000", "leader")
                # The conflicted leaders may not sit on the team in any role.
                assert all(m.inspector == "E000" or m.inspector not in _leaders(package) for m in team.members)
    assert seen > 0


def _leaders(package: Package) -> set[str]:
    return {i.id for i in package.inspectors if i.leader}


def test_max_load_binds() -> None:
    package = synthetic(max_load=3, n_inspectors=16)
    result = run_draw(package, WITNESSES, secret=SECRET)
    counts: dict[str, int] = {}
    for team in result.teams:
        for member in team.members:
            counts[member.inspector] = counts.get(member.inspector, 0) + 1
    assert max(counts.values()) == 3


def test_no_inspector_raises() -> None:
    package = synthetic(max_load=1)
    with pytest.raises(DomainError) as info:
        run_draw(package, WITNESSES, secret=SECRET)
    assert info.value.code == "sr1_no_inspector"
    assert {"target", "role"} <= set(info.value.params)


# ---------------------------------------------------------------- events


def test_manual_replacement_of_leader_is_printed_first() -> None:
    package = synthetic()
    team = run_draw(package, WITNESSES, secret=SECRET).teams[0]
    leader = team.members[0].inspector
    on_team = {m.inspector for m in team.members}
    successor = next(i.id for i in package.inspectors
                     if i.leader and i.dept == "市场监管局" and i.id not in on_team)
    event = {"type": "recuse", "target": team.target, "inspector": leader, "replacement": successor}
    result = run_draw(package, WITNESSES, [event], secret=SECRET)
    assert result.teams[0].members == ((successor, "leader"), *team.members[1:])
    assert result.events[0].left == ((leader, "leader"),) and result.events[0].replacement


def test_drawn_recusal_joins_at_the_end() -> None:
    result = golden_draw([{"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E005",
                           "entropy": "1234"}])
    team = result.teams[0]
    assert [m.role for m in team.members] == ["leader", "member", "dept:卫健委"]
    assert team.members[-1] == ("E004", "dept:卫健委")  # the only other 卫健委 inspector
    assert result.events[0].entropy == "1234"


def test_recusal_with_no_one_left_fails() -> None:
    events = [{"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E005", "entropy": "1234"},
              {"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E004", "entropy": "5678"}]
    with pytest.raises(DomainError) as info:
        golden_draw(events)
    assert info.value.code == "sr1_no_inspector"
    assert info.value.params == {"target": "91110000MA01KKKK0X", "role": "dept:卫健委"}


def test_target_unavailable_uses_standby_in_order() -> None:
    t = "91110000MA01"
    events = [{"type": "target_unavailable", "target": t + "KKKK0X", "reason": "注销"},
              {"type": "target_unavailable", "target": t + "HHHH8X", "reason": "注销"},
              {"type": "target_unavailable", "target": t + "JJJJ9X", "reason": "注销"},
              {"type": "target_unavailable", "target": t + "DDDD4X", "reason": "注销"}]
    result = golden_draw(events)
    assert [e.added_target for e in result.events] == [t + "HHHH8X", t + "JJJJ9X", None, None]
    assert [team.target for team in result.teams] == [t + "GGGG7X", t + "CCCC3X", t + "BBBB2X"]
    assert len(result.events[0].left) == 3 and len(result.events[0].joined) == 3
    assert len(result.events[2].joined) == 0


def test_released_load_is_reusable() -> None:
    package = synthetic(max_load=3, n_inspectors=24)
    base = run_draw(package, WITNESSES, secret=SECRET)
    first = base.teams[0]
    result = run_draw(package, WITNESSES, [{"type": "target_unavailable", "target": first.target, "reason": "x"}],
                      secret=SECRET)
    assert first.target not in [team.target for team in result.teams]
    assert result.teams[-1].target == base.targets.stratum(first.stratum).standby[0]


@pytest.mark.parametrize(("event", "reason"), [
    ({"type": "recuse", "target": "91110000MA01AAAA1X", "inspector": "E001", "entropy": "1234"}, "target_not_drawn"),
    ({"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E003", "entropy": "1234"},
     "inspector_not_on_team"),
    ({"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E001"}, "entropy_xor_replacement"),
    ({"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E001", "entropy": "1234",
      "replacement": "E003"}, "entropy_xor_replacement"),
    ({"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E001", "entropy": "12"}, "bad_entropy"),
    ({"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E001", "entropy": 1234}, "missing_entropy"),
    ({"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E001", "replacement": "E002"},
     "replacement_not_acceptable"),  # not a leader
    ({"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E006", "replacement": "E005"},
     "replacement_not_acceptable"),  # already on the team
    ({"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E001", "replacement": "E001"},
     "replacement_not_acceptable"),  # the recused inspector is now a conflict pair
    ({"type": "recuse", "target": "91110000MA01KKKK0X", "inspector": "E001", "replacement": "E999"},
     "replacement_not_acceptable"),
    ({"type": "swap", "target": "91110000MA01KKKK0X"}, "unknown_type"),
    ({"type": "recuse", "inspector": "E001", "entropy": "1234"}, "missing_target"),
])
def test_invalid_events(event: dict[str, Any], reason: str) -> None:
    with pytest.raises(DomainError) as info:
        golden_draw([event])
    assert info.value.code == "sr1_bad_event"
    assert info.value.params["reason"] == reason
    assert info.value.params["index"] == 0


def test_event_on_removed_target_is_invalid() -> None:
    t = "91110000MA01DDDD4X"
    with pytest.raises(DomainError) as info:
        golden_draw([{"type": "target_unavailable", "target": t, "reason": "x"},
                     {"type": "recuse", "target": t, "inspector": "E001", "entropy": "1234"}])
    assert info.value.params["reason"] == "target_not_drawn" and info.value.params["index"] == 1


# ---------------------------------------------------------------- package round trip


def _publish(dest: Path) -> tuple[Path, str]:
    package = synthetic()
    events = [{"type": "recuse", "target": "PLACEHOLDER", "inspector": "", "entropy": "１２３４５"}]
    first = run_draw(package, WITNESSES, secret=SECRET)
    events[0]["target"] = first.teams[1].target
    events[0]["inspector"] = first.teams[1].members[2].inspector
    result = run_draw(package, WITNESSES, events, secret=SECRET)
    record = draw_record(package, SECRET, WITNESSES, events, result.seed, result.result_hash, result.result_text,
                         extra={"witness_names": ["甲", "乙"], "app_version": "0.1.0"})
    write_package(dest, package, render_draw_json(record), result.result_text,
                  {"sr1_verify.py": VERIFIER.read_bytes()})
    return dest, result.result_hash


@pytest.mark.parametrize("name", ["pkg", "pkg.zip"])
def test_written_package_verifies(tmp_path: Path, name: str) -> None:
    dest, digest = _publish(tmp_path / name)
    report = verify_package(dest)
    assert report.verified, report.differences
    assert report.result_hash == digest
    done = subprocess.run([sys.executable, "-I", str(VERIFIER), str(dest)], capture_output=True, text=True,
                          encoding="utf-8", check=False)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[-1] == "VERIFIED"


def test_draw_record_rejects_reserved_extra() -> None:
    package = synthetic()
    with pytest.raises(DomainError):
        draw_record(package, SECRET, WITNESSES, [], "", "", "", extra={"seed": "x"})
