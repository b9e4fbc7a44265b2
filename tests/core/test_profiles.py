"""Tests for rule profiles: presets, validation and the JSON round trip."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from typing import Any

import pytest

from desktop.core.errors import DomainError
from desktop.core.profiles import (
    CAP_FLAGS,
    CUSTOM_NOTE,
    DEFAULT_NOTE,
    POLICE_RESULT_CATEGORIES,
    PRESETS,
    RULE_FIELDS,
    STANDARD_RESULT_CATEGORIES,
    RuleProfile,
    citation,
    due_in_year,
    profile_from_dict,
    profile_to_dict,
    with_changes,
)

XN, WH, QZ, YC, LH = (PRESETS[k] for k in ("xianning", "weihai", "quzhou", "yangcheng", "luohe"))


def test_preset_keys_and_names() -> None:
    assert set(PRESETS) == {"xianning", "weihai", "quzhou", "yangcheng", "luohe"}
    assert XN.name == "咸宁市公安局"
    assert WH.name == "威海临港经济技术开发区社会工作部"
    assert QZ.name == "衢州市公安局"
    assert YC.name == "阳城县公安局"
    assert LH.name == "漯河市人民防空办公室"
    for key, profile in PRESETS.items():
        assert profile.preset == key
        assert profile.source


def test_design_table_caps() -> None:
    assert (XN.max_draws_per_year, WH.max_draws_per_year, LH.max_draws_per_year) == (2, 2, 2)
    assert QZ.max_draws_per_year is None and YC.max_draws_per_year is None
    assert XN.cap_exemptions == {
        "key_area",
        "complaint",
        "abnormal_list",
        "serious_dishonest",
        "penalised",
        "directed",
    }
    assert WH.cap_exemptions == {"complaint", "abnormal_list", "key_supervision", "penalised"}
    assert LH.cap_exemptions == {"serious_dishonest", "abnormal_list", "penalised"}
    assert not QZ.cap_exemptions and not YC.cap_exemptions
    for p in PRESETS.values():
        assert p.cap_exemptions <= CAP_FLAGS


def test_design_table_skip_and_other_unit() -> None:
    assert XN.skip_passed_same_item and XN.skip_passed_exemptions == {"key_area"}
    assert not any(p.skip_passed_same_item for p in (WH, QZ, YC, LH))
    assert LH.other_unit_policy == "exclude"
    assert {p.other_unit_policy for p in (XN, WH, QZ, YC)} == {"none"}


def test_design_table_teams_and_replacement() -> None:
    assert all(p.min_team_size == 2 for p in PRESETS.values())
    assert XN.leader_from_initiating and WH.leader_from_initiating
    assert XN.replacement_mode == "redraw" and XN.replacement_needs_approval
    assert WH.replacement_mode == "manual" and WH.replacement_needs_approval
    assert LH.replacement_mode == "redraw" and LH.recusal_swap_allowed
    assert QZ.show_licence


def test_design_table_deadlines() -> None:
    assert (XN.publish_anchor, XN.publish_days) == ("task_end", 20)
    assert (WH.publish_anchor, WH.publish_days) == ("inspection", 20)
    assert (QZ.publish_anchor, QZ.publish_days) == ("none", None)
    assert (YC.publish_anchor, YC.normal_result_days) == ("inspection", 5)
    assert (LH.report_days, LH.feedback_publish_days, LH.publish_anchor, LH.publish_days) == (
        5,
        7,
        "report",
        7,
    )
    assert (XN.objection_review_days, XN.objection_feedback_days) == (20, 15)
    assert LH.comment_days == 10
    assert XN.correction_needs_principal and WH.correction_needs_principal
    assert QZ.retention_years == 2 and XN.retention_years is None
    assert LH.plan_due == (1, 31) and LH.annual_report_due == (2, 29)
    assert XN.plan_due is None and XN.annual_report_due is None


def test_design_table_data() -> None:
    assert XN.required_target_fields == ("管辖机关", "名称", "唯一编码", "风险分类等级")
    assert all(p.doc_number_pad == 0 for p in PRESETS.values())
    assert all(p.rounding == "ceil" and p.quota_base == "all" for p in PRESETS.values())
    assert dict(XN.risk_labels) == {"A": "低风险", "B": "一般风险", "C": "较高风险", "D": "高风险"}
    assert XN.result_categories == POLICE_RESULT_CATEGORIES
    assert "违反公安部门相关规定" in XN.result_categories
    assert WH.result_categories == STANDARD_RESULT_CATEGORIES == LH.result_categories
    assert "无需后续处置" in XN.disposals


def test_citations() -> None:
    assert "第十六条" in citation(XN, "max_draws_per_year")
    assert "第二十五条" in citation(XN, "publish_days")
    assert "第十三条" in citation(WH, "replacement_mode")
    assert "四（六）" in citation(QZ, "retention_years")
    assert "三（二）4" in citation(YC, "normal_result_days")
    assert "第二十三条" in citation(LH, "annual_report_due")
    assert citation(QZ, "objection_review_days") == DEFAULT_NOTE
    for p in PRESETS.values():
        for field in RULE_FIELDS:
            assert citation(p, field)
    with pytest.raises(DomainError):
        citation(XN, "name")


def test_profiles_are_hashable_and_frozen() -> None:
    assert len({*PRESETS.values()}) == 5
    with pytest.raises(AttributeError):
        XN.min_team_size = 3  # type: ignore[misc]


@pytest.mark.parametrize("key", sorted(PRESETS))
def test_json_round_trip(key: str) -> None:
    profile = PRESETS[key]
    data = json.loads(json.dumps(profile_to_dict(profile), ensure_ascii=False))
    assert profile_from_dict(data) == profile


def test_round_trip_of_changed_profile() -> None:
    changed = with_changes(XN, max_draws_per_year=3, cap_exemptions=["complaint"], plan_due=[1, 15])
    data = json.loads(json.dumps(profile_to_dict(changed)))
    assert profile_from_dict(data) == changed


def test_from_dict_fills_missing_from_base() -> None:
    profile = profile_from_dict({"preset": "luohe", "publish_days": 5})
    assert profile.publish_days == 5
    assert profile.comment_days == 10
    assert citation(profile, "publish_days") == CUSTOM_NOTE
    assert "第十八条" in citation(profile, "report_days")
    other = profile_from_dict({"name": "某县公安局"}, base=XN)
    assert other.name == "某县公安局" and other.max_draws_per_year == 2


def test_from_dict_rejects_unknown_keys_and_presets() -> None:
    with pytest.raises(DomainError) as info:
        profile_from_dict({"preset": "xianning", "rouding": "half_up"})
    assert info.value.code == "profile_unknown_key"
    assert info.value.params == {"key": "rouding"}
    with pytest.raises(DomainError) as info:
        profile_from_dict({"preset": "nowhere"})
    assert info.value.code == "profile_unknown_preset"
    with pytest.raises(DomainError) as info:
        profile_from_dict({})
    assert info.value.code == "profile_unknown_preset"
    with pytest.raises(DomainError) as info:
        profile_from_dict({"preset": "xianning", "version": 2})
    assert info.value.code == "profile_version"
    with pytest.raises(DomainError):
        profile_from_dict({"preset": "xianning", "citations": {"bogus": "x"}})


def test_with_changes_marks_custom_citations() -> None:
    changed = with_changes(XN, min_team_size=3)
    assert changed.min_team_size == 3
    assert citation(changed, "min_team_size") == CUSTOM_NOTE
    assert citation(changed, "publish_days") == citation(XN, "publish_days")
    same = with_changes(XN, min_team_size=2)
    assert same == XN


def test_with_changes_normalizes_collections() -> None:
    changed = with_changes(
        QZ, cap_exemptions=["complaint", "complaint"], result_categories=["未发现问题", "其他"]
    )
    assert changed.cap_exemptions == frozenset({"complaint"})
    assert changed.result_categories == ("未发现问题", "其他")


BAD_CHANGES: list[dict[str, Any]] = [
    {"max_draws_per_year": 0},
    {"max_draws_per_year": True},
    {"max_draws_per_year": "2"},
    {"cap_exemptions": ["vip"]},
    {"cap_exemptions": "complaint"},
    {"skip_passed_same_item": 1},
    {"other_unit_policy": "ignore"},
    {"min_team_size": 0},
    {"replacement_mode": "random"},
    {"publish_anchor": "sometime"},
    {"publish_days": -1},
    {"plan_due": (2, 30)},
    {"plan_due": (13, 1)},
    {"plan_due": (1,)},
    {"annual_report_due": "02-28"},
    {"retention_years": 0},
    {"required_target_fields": ("名称",)},
    {"required_target_fields": ("名称", "唯一编码", "身份证号")},
    {"doc_number_pad": 11},
    {"rounding": "floor"},
    {"quota_base": "some"},
    {"max_load": -1},
    {"risk_labels": [("A", "低"), ("A", "高")]},
    {"risk_labels": [("A B", "低")]},
    {"risk_labels": [("A", "低", "x")]},
    {"risk_labels": []},
    {"result_categories": []},
    {"result_categories": ["未发现问题", "未发现问题"]},
    {"result_categories": ["a\tb"]},
    {"disposals": [""]},
    {"name": ""},
    {"name": 3},
]


@pytest.mark.parametrize("change", BAD_CHANGES)
def test_with_changes_rejects(change: dict[str, Any]) -> None:
    with pytest.raises(DomainError) as info:
        with_changes(XN, **change)
    assert info.value.code == "profile_invalid"
    assert info.value.params["field"] in change


def test_with_changes_unknown_field() -> None:
    with pytest.raises(DomainError) as info:
        with_changes(XN, max_draw_per_year=3)
    assert info.value.code == "profile_unknown_key"


def test_cross_field_rules() -> None:
    with pytest.raises(DomainError):
        with_changes(QZ, publish_days=10)  # anchor "none" with a deadline
    with pytest.raises(DomainError):
        with_changes(XN, publish_days=None)  # anchor set, no deadline
    with pytest.raises(DomainError):
        with_changes(LH, report_days=None)  # publish counted from the report
    assert with_changes(QZ, publish_anchor="task_end", publish_days=10).publish_days == 10


def test_defaults_constructible() -> None:
    profile = RuleProfile(preset="xianning", name="某单位", source="自定")
    assert profile.min_team_size == 2 and profile.publish_anchor == "none"
    assert {f.name for f in fields(profile)} == set(RULE_FIELDS) | {"preset", "name", "source", "citations"}


def test_due_in_year() -> None:
    assert due_in_year(2026, (2, 29)) == date(2026, 2, 28)
    assert due_in_year(2028, (2, 29)) == date(2028, 2, 29)
    assert due_in_year(2026, (1, 31)) == date(2026, 1, 31)
