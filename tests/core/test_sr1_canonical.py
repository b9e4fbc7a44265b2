"""SR1 §1 canonical form: round trips, and every way a package may be rejected."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

import pytest

from desktop.core.errors import DomainError
from desktop.core.sr1 import (
    ConflictRow,
    InspectorRow,
    TargetRow,
    parse_conflicts,
    parse_inspectors,
    parse_rules,
    parse_targets,
    render_conflicts,
    render_inspectors,
    render_rules,
    render_targets,
)

GOLDEN = Path(__file__).parent / "golden" / "sr1-golden"
T_HEAD = "id\tname\tstratum\tcategory\tdraws\tpassed\texempt\n"
I_HEAD = "id\tname\tdept\tquals\tleader\n"
C_HEAD = "inspector_id\ttarget_id\n"

BASE_RULES = {
    "categories": "*", "initiating_dept": "市场监管局", "joint_depts": "*", "max_draws_per_year": "2",
    "max_load": "0", "quota_base": "all", "ratio.A": "1/20", "task_id": "T1", "team_size": "2",
}


def _rules_bytes(values: dict[str, str]) -> bytes:
    lines = ["key\tvalue", *(f"{k}\t{v}" for k, v in sorted(values.items()))]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _reason(call: object, data: bytes) -> str:
    with pytest.raises(DomainError) as info:
        call(data)  # type: ignore[operator]
    assert info.value.code == "sr1_not_canonical"
    return str(info.value.params["reason"])


# ---------------------------------------------------------------- round trips


def test_golden_files_round_trip_through_rows() -> None:
    targets = (GOLDEN / "targets.tsv").read_bytes()
    inspectors = (GOLDEN / "inspectors.tsv").read_bytes()
    conflicts = (GOLDEN / "conflicts.tsv").read_bytes()
    rules = (GOLDEN / "rules.tsv").read_bytes()
    assert render_targets(reversed(parse_targets(targets))) == targets
    assert render_inspectors(parse_inspectors(inspectors)) == inspectors
    assert render_conflicts(parse_conflicts(conflicts)) == conflicts
    assert render_rules(dict(reversed(parse_rules(rules).raw.items()))) == rules


def test_render_normalises_sorts_and_deduplicates() -> None:
    nfd_name = unicodedata.normalize("NFD", "  Café 食品  ")
    rows = [
        TargetRow("B2", nfd_name, "高", "食品", 0, False, True),
        TargetRow(" A1 ", "甲", "高", "食品", 3, True, False),
    ]
    data = render_targets(rows)
    assert data == (T_HEAD + "A1\t甲\t高\t食品\t3\t1\t0\nB2\tCafé 食品\t高\t食品\t0\t0\t1\n").encode()
    inspectors = render_inspectors([InspectorRow("E1", "张", "局", ("餐饮", "食品", "餐饮", " "), True)])
    assert inspectors == (I_HEAD + "E1\t张\t局\t食品,餐饮\t1\n").encode()
    assert parse_inspectors(inspectors)[0].quals == ("食品", "餐饮")


def test_render_rules_accepts_python_values() -> None:
    data = render_rules({**BASE_RULES, "joint_depts": ["卫健委", "市场监管局", "卫健委"], "team_size": 3,
                         "ratio.A": (1, 20), "count.B": 2})
    rules = parse_rules(data)
    assert rules.joint_depts == ("卫健委", "市场监管局")
    assert rules.ratios == {"A": (1, 20)} and rules.counts == {"B": 2}
    assert rules.team_size == 3 and rules.rounding == "ceil" and rules.strata == ("A", "B")


@pytest.mark.parametrize("bad", ["a\tb", "a\nb", "a\x85b", "a\u2028b", "a\ufeffb", "a\x7fb", "a\x00b"])
def test_render_rejects_control_characters(bad: str) -> None:
    with pytest.raises(DomainError) as info:
        render_targets([TargetRow("A1", bad, "高", "食品", 0, False, False)])
    assert info.value.params["reason"] == "control_char" and "name=" in info.value.params["detail"]
    with pytest.raises(DomainError):
        render_inspectors([InspectorRow("E1", "张", "局", ("食品", bad), True)])
    with pytest.raises(DomainError):
        render_rules({**BASE_RULES, "task_id": bad})


def test_render_rejects_row_injection() -> None:
    # A name smuggling a whole extra row must not slip through as two valid rows.
    sneaky = "甲\t高\t食品\t0\t0\t0\nZ9\t乙"
    with pytest.raises(DomainError) as info:
        render_targets([TargetRow("A1", sneaky, "高", "食品", 0, False, False)])
    assert info.value.params["reason"] == "control_char"


def test_render_rejects_duplicate_keys_and_star_with_others() -> None:
    row = TargetRow("A1", "x", "高", "食品", 0, False, False)
    with pytest.raises(DomainError):
        render_targets([row, dataclasses.replace(row, name="y")])
    with pytest.raises(DomainError):
        render_inspectors([InspectorRow("E1", "张", "局", ("*", "食品"), True)])
    with pytest.raises(DomainError):
        render_conflicts([ConflictRow("E1", "A1"), ConflictRow("E1", "A1")])


# ---------------------------------------------------------------- byte-level form

GOOD_TARGETS = T_HEAD + "A1\t甲\t高\t食品\t0\t0\t0\nB2\t乙\t高\t食品\t1\t0\t1\n"


def test_good_targets_parse() -> None:
    assert [t.id for t in parse_targets(GOOD_TARGETS.encode())] == ["A1", "B2"]
    assert parse_conflicts(C_HEAD.encode()) == ()


@pytest.mark.parametrize(("data", "reason"), [
    (b"\xef\xbb\xbf" + GOOD_TARGETS.encode(), "bom"),
    (GOOD_TARGETS.replace("\n", "\r\n").encode(), "crlf"),
    (GOOD_TARGETS.rstrip("\n").encode(), "no_final_lf"),
    (b"", "no_final_lf"),
    (GOOD_TARGETS.encode("utf-16"), "bad_utf8"),
    (GOOD_TARGETS.encode("gbk"), "bad_utf8"),
    (GOOD_TARGETS.replace("exempt", "exempted").encode(), "header"),
    (GOOD_TARGETS.replace("id\tname", "name\tid").encode(), "header"),
    (("id\tname\tstratum\tcategory\tdraws\tpassed\n" + "A1\t甲\t高\t食品\t0\t0\n").encode(), "header"),
    ((GOOD_TARGETS + "\n").encode(), "field_count"),
    (GOOD_TARGETS.replace("\t0\t0\t0\n", "\t0\t0\n").encode(), "field_count"),
    (GOOD_TARGETS.replace("A1", "C3").encode(), "unsorted"),
    (GOOD_TARGETS.replace("B2", "A1").encode(), "duplicate_key"),
    (GOOD_TARGETS.replace("甲", " 甲").encode(), "not_nfc_stripped"),
    (GOOD_TARGETS.replace("甲", "甲\u3000").encode(), "not_nfc_stripped"),
    (GOOD_TARGETS.replace("甲", "e\u0301").encode(), "not_nfc_stripped"),
    (GOOD_TARGETS.replace("甲", "a\x85b").encode(), "control_char"),
    (GOOD_TARGETS.replace("甲", "a\u2028b").encode(), "control_char"),
    (GOOD_TARGETS.replace("甲", "a\ufeffb").encode(), "control_char"),
    (GOOD_TARGETS.replace("甲", "a\x7fb").encode(), "control_char"),
    (GOOD_TARGETS.replace("\t1\t0\t1\n", "\t01\t0\t1\n").encode(), "bad_int"),
    (GOOD_TARGETS.replace("\t1\t0\t1\n", "\t+1\t0\t1\n").encode(), "bad_int"),
    (GOOD_TARGETS.replace("\t1\t0\t1\n", "\t１\t0\t1\n").encode(), "bad_int"),
    (GOOD_TARGETS.replace("\t1\t0\t1\n", "\t\t0\t1\n").encode(), "bad_int"),
    (GOOD_TARGETS.replace("\t1\t0\t1\n", "\t1\t2\t1\n").encode(), "bad_bool"),
    (GOOD_TARGETS.replace("\t1\t0\t1\n", "\t1\t0\ttrue\n").encode(), "bad_bool"),
    (GOOD_TARGETS.replace("B2", "Б2").encode(), "bad_id"),
    (GOOD_TARGETS.replace("A1", "").encode(), "bad_id"),
    (GOOD_TARGETS.replace("\t高\t食品\t1", "\t\t食品\t1").encode(), "empty_field"),
])
def test_targets_rejected(data: bytes, reason: str) -> None:
    assert _reason(parse_targets, data) == reason


@pytest.mark.parametrize(("quals", "reason"), [
    ("餐饮,食品", "bad_list"),  # not sorted in code-point order (食 U+98DF < 餐 U+9910)
    ("食品,食品", "bad_list"),
    ("食品,,餐饮", "bad_list"),
    ("*,食品", "bad_list"),
    ("食品, 餐饮", "bad_list"),
    ("食品,", "bad_list"),
])
def test_inspector_list_fields_rejected(quals: str, reason: str) -> None:
    data = (I_HEAD + f"E1\t张\t局\t{quals}\t1\n").encode()
    assert _reason(parse_inspectors, data) == reason


def test_inspector_list_fields_accepted() -> None:
    for quals, parsed in [("*", ("*",)), ("", ()), ("食品,餐饮", ("食品", "餐饮"))]:
        assert parse_inspectors((I_HEAD + f"E1\t张\t局\t{quals}\t1\n").encode())[0].quals == parsed


def test_conflicts_sorted_by_pair() -> None:
    good = C_HEAD + "E1\tA2\nE2\tA1\n"
    assert len(parse_conflicts(good.encode())) == 2
    assert _reason(parse_conflicts, (C_HEAD + "E1\tA2\nE1\tA1\n").encode()) == "unsorted"
    assert _reason(parse_conflicts, (C_HEAD + "E1\tA1\nE1\tA1\n").encode()) == "duplicate_key"


# ---------------------------------------------------------------- rules


def test_base_rules_parse() -> None:
    rules = parse_rules(_rules_bytes(BASE_RULES))
    assert rules.initiating_dept == "市场监管局" and rules.joint_depts is None and rules.categories is None


@pytest.mark.parametrize(("change", "reason"), [
    ({"rouding": "half_up"}, "unknown_rule"),
    ({"legal_basis": "x"}, "unknown_rule"),
    ({"ratio.": "1/2"}, "unknown_rule"),
    ({"rounding": "floor"}, "bad_rule_value"),
    ({"rounding": ""}, "bad_rule_value"),
    ({"quota_base": "All"}, "bad_rule_value"),
    ({"count.A": "3"}, "ratio_and_count"),
    ({"ratio.A": "1/0"}, "bad_ratio"),
    ({"ratio.A": "01/20"}, "bad_ratio"),
    ({"ratio.A": "0.05"}, "bad_ratio"),
    ({"ratio.A": "1/20/3"}, "bad_ratio"),
    ({"ratio.A": "5%"}, "bad_ratio"),
    ({"count.B": "-1"}, "bad_int"),
    ({"team_size": "02"}, "bad_int"),
    ({"max_load": ""}, "bad_int"),
    ({"categories": "餐饮,食品"}, "bad_list"),
    ({"categories": "食品,食品"}, "bad_list"),
    ({"categories": "*,食品"}, "bad_list"),
    ({"categories": ""}, "bad_list"),
    ({"joint_depts": "卫健委,,市场监管局"}, "bad_list"),
    ({"joint_depts": "卫健委"}, "bad_rule_value"),  # initiating department not in the joint task
    ({"joint_depts": "交通局,卫健委,市场监管局"}, "bad_rule_value"),  # team_size 2 < 1 + 2
    ({"team_size": "0"}, "bad_rule_value"),
    ({"task_id": ""}, "bad_rule_value"),
    ({"initiating_dept": ""}, "bad_rule_value"),
])
def test_rules_rejected(change: dict[str, str], reason: str) -> None:
    assert _reason(parse_rules, _rules_bytes({**BASE_RULES, **change})) == reason


@pytest.mark.parametrize("key", ["task_id", "categories", "initiating_dept", "joint_depts", "team_size",
                                 "max_draws_per_year", "max_load", "quota_base"])
def test_rules_missing_key(key: str) -> None:
    values = dict(BASE_RULES)
    del values[key]
    assert _reason(parse_rules, _rules_bytes(values)) == "missing_rule"


def test_rules_order_and_duplicates() -> None:
    good = _rules_bytes(BASE_RULES).decode()
    lines = good.splitlines()
    swapped = "\n".join([lines[0], lines[2], lines[1], *lines[3:]]) + "\n"
    assert _reason(parse_rules, swapped.encode()) == "unsorted"
    duplicated = "\n".join([*lines[:2], lines[1], *lines[2:]]) + "\n"
    assert _reason(parse_rules, duplicated.encode()) == "duplicate_key"
    assert _reason(parse_rules, good.replace("key\tvalue", "key\tval").encode()) == "header"
