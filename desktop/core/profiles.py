"""Rule profiles: every bureau rule the cycle depends on, with one cited preset per regulation."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any, Literal, cast, get_args, get_origin, get_type_hints

from desktop.core.errors import DomainError

FORMAT_VERSION = 1
# Target flags that can lift the yearly cap (or the "already passed" exclusion).
CAP_FLAGS = frozenset(
    "key_area complaint abnormal_list serious_dishonest key_supervision penalised directed".split()
)
# Roster columns a profile may make mandatory (platform template headings).
TARGET_FIELDS = ("管辖机关", "名称", "唯一编码", "风险分类等级", "地址", "法定代表人", "联系电话", "行业类别")
RISK_LABELS = (("A", "低风险"), ("B", "一般风险"), ("C", "较高风险"), ("D", "高风险"))
# 市场监管领域 standard list (domain-notes §3.1, 高青县公安局 2023 guide).
STANDARD_RESULT_CATEGORIES = (
    "未发现问题", "未按规定公示应当公示的信息", "公示信息隐瞒真实情况弄虚作假", "通过登记的住所(经营场所)无法联系",
    "发现问题已责令改正", "不配合检查情节严重", "未发现开展本次抽查涉及的经营活动", "发现问题待后续处理",
)  # fmt: skip
# Police variant of the provincial platform (domain-notes §3.1, garesult_edit.jsp).
POLICE_RESULT_CATEGORIES = (
    "未发现问题", "发现问题待后续处理", "违反公安部门相关规定", "违反其他部门相关规定", "发现问题经责令已改正",
    "未发现开展本次抽查涉及的经营活动", "已关闭停业或正在组织清算", "不配合检查情节严重", "注销", "被吊销",
    "被撤销", "迁出",
)  # fmt: skip
DISPOSALS = ("无需后续处置", "责令改正", "移送", "立案查处", "抄告相关部门", "其他")
DEFAULT_NOTE = "规定未作要求，采用默认值"
CUSTOM_NOTE = "本单位设置"

OtherUnitPolicy = Literal["none", "exclude", "merge"]
ReplacementMode = Literal["redraw", "manual"]
PublishAnchor = Literal["task_end", "inspection", "report", "none"]
Rounding = Literal["ceil", "half_up"]
QuotaBase = Literal["all", "eligible"]
MonthDay = tuple[int, int]


@dataclass(frozen=True)
class RuleProfile:
    """A bureau's rules; values are normalized and validated on construction.

    Day counts are working days. Deadlines: results are published within `publish_days` of
    `publish_anchor` (task_end = end of the task window, inspection = that target's inspection,
    report = that target's inspection report; none = "及时", no fixed deadline); normal results
    (未发现问题) within `normal_result_days` of the same anchor; the per-target report is due
    `report_days` after its inspection, feedback to the target `feedback_publish_days` after the
    report; the target may comment within `comment_days` of receiving the feedback; an
    objection is reviewed within `objection_review_days` of receipt and the review is fed back
    within `objection_feedback_days`. `None` means the rule does not apply. `plan_due` and
    `annual_report_due` are (month, day), the day clamped to the month's end (2-29 = end of Feb).
    Field defaults are the app's defaults where a regulation says nothing (cited as DEFAULT_NOTE).
    """

    preset: str
    name: str
    source: str
    # targets and the draw
    max_draws_per_year: int | None = None
    cap_exemptions: frozenset[str] = frozenset()
    skip_passed_same_item: bool = False
    skip_passed_exemptions: frozenset[str] = frozenset()
    other_unit_policy: OtherUnitPolicy = "none"
    require_risk_strata: bool = False
    quota_base: QuotaBase = "all"
    rounding: Rounding = "ceil"
    # teams: two inspectors is the legal minimum for an inspection, hence the default
    min_team_size: int = 2
    leader_from_initiating: bool = True
    max_load: int = 0  # 0 = no cap
    show_licence: bool = True
    replacement_needs_approval: bool = True
    replacement_mode: ReplacementMode = "redraw"
    recusal_swap_allowed: bool = False
    # publication, objections, corrections
    publish_anchor: PublishAnchor = "none"
    publish_days: int | None = None
    normal_result_days: int | None = None
    report_days: int | None = None
    feedback_publish_days: int | None = None
    comment_days: int | None = None
    objection_review_days: int | None = None
    objection_feedback_days: int | None = None
    correction_needs_principal: bool = True
    # planning, reporting, archive
    plan_due: MonthDay | None = None
    annual_report_due: MonthDay | None = None
    min_joint_tasks_per_year: int = 0
    plan_covers_all_items: bool = True
    retention_years: int | None = None  # None = per the archive rules; nothing is ever deleted
    # data and documents
    required_target_fields: tuple[str, ...] = ("名称", "唯一编码")
    doc_number_pad: int = 0  # GB/T 9704: no leading zeros
    risk_labels: tuple[tuple[str, str], ...] = RISK_LABELS
    result_categories: tuple[str, ...] = POLICE_RESULT_CATEGORIES
    disposals: tuple[str, ...] = DISPOSALS
    citations: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for name, (kind, arg) in _KINDS.items():
            object.__setattr__(self, name, _normalize(name, kind, arg, getattr(self, name)))
        _check_consistency(self)


_DAYS = (1, 366)
_RANGES = {
    "max_draws_per_year": (1, 366),
    "min_team_size": (1, 50),
    "max_load": (0, 10_000),
    "min_joint_tasks_per_year": (0, 100),
    "retention_years": (1, 100),
    "doc_number_pad": (0, 10),
}
_SPECIAL: dict[str, tuple[str, Any]] = {
    "plan_due": ("month_day", None),
    "annual_report_due": ("month_day", None),
    "required_target_fields": ("target_fields", None),
    "risk_labels": ("risk_labels", None),
    "citations": ("citations", None),
}


def _kind_of(name: str, hint: Any) -> tuple[str, Any]:
    """The validation kind of a field, derived from its annotation."""
    if name in _SPECIAL:
        return _SPECIAL[name]
    if get_origin(hint) is Literal:
        return "choice", get_args(hint)
    simple = {bool: "bool", str: "text", int: "int", int | None: "int_opt"}
    simple_seq = {frozenset[str]: "flags", tuple[str, ...]: "labels"}
    kind = simple.get(hint) or simple_seq.get(hint)
    if kind is None:
        raise TypeError(f"no validation kind for RuleProfile.{name}")
    return kind, _RANGES.get(name, _DAYS)


_KINDS = {n: _kind_of(n, h) for n, h in get_type_hints(RuleProfile).items()}
_NOT_RULES = frozenset({"preset", "name", "source", "citations"})
RULE_FIELDS: tuple[str, ...] = tuple(n for n in _KINDS if n not in _NOT_RULES)
_FIELD_NAMES = frozenset(_KINDS)
_CODE_RE = re.compile(r"[A-Za-z0-9_-]{1,16}")


def _bad(field: str, value: object) -> DomainError:
    return DomainError("profile_invalid", field=field, value=value)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_label(value: object) -> bool:
    # Labels end up in TSV files and single-line table cells.
    return isinstance(value, str) and bool(value.strip()) and not any(c in value for c in "\t\r\n")


def _seq(field: str, value: object) -> Sequence[Any]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence | frozenset | set):
        raise _bad(field, value)
    return list(value)


def _normalize(field: str, kind: str, arg: Any, value: object) -> object:
    """Validate one field's value and return its canonical (hashable) form."""
    if kind == "text":
        if not _is_label(value):
            raise _bad(field, value)
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise _bad(field, value)
        return value
    if kind in ("int", "int_opt"):
        if value is None and kind == "int_opt":
            return None
        if not isinstance(value, int) or isinstance(value, bool) or not arg[0] <= value <= arg[1]:
            raise _bad(field, value)
        return value
    if kind == "choice":
        if value not in arg:
            raise _bad(field, value)
        return value
    if kind == "flags":
        items = _seq(field, value)
        if not all(isinstance(f, str) and f in CAP_FLAGS for f in items):
            raise _bad(field, value)
        return frozenset(items)
    if kind == "month_day":
        if value is None:
            return None
        md = _seq(field, value)
        if len(md) != 2 or not all(map(_is_int, md)) or not 1 <= md[0] <= 12:
            raise _bad(field, value)
        if not 1 <= md[1] <= calendar.monthrange(2000, md[0])[1]:  # 2000: leap, so 2-29 is allowed
            raise _bad(field, value)
        return (md[0], md[1])
    if kind in ("labels", "target_fields"):
        items = _seq(field, value)
        if not items or not all(map(_is_label, items)) or len(set(items)) != len(items):
            raise _bad(field, value)
        if kind == "target_fields" and (
            not set(items) <= set(TARGET_FIELDS) or not {"名称", "唯一编码"} <= set(items)
        ):
            raise _bad(field, value)
        return tuple(items)
    if kind == "risk_labels":
        pairs = [tuple(_seq(field, p)) for p in _seq(field, value)]
        if not pairs or not all(len(p) == 2 for p in pairs):
            raise _bad(field, value)
        if not all(isinstance(c, str) and _CODE_RE.fullmatch(c) and _is_label(lbl) for c, lbl in pairs):
            raise _bad(field, value)
        if len({c for c, _ in pairs}) != len(pairs):
            raise _bad(field, value)
        return tuple((str(c), str(lbl)) for c, lbl in pairs)
    assert kind == "citations"
    pairs_in = value.items() if isinstance(value, Mapping) else _seq(field, value)
    items = [tuple(_seq(field, p)) for p in pairs_in]
    if not all(len(p) == 2 and p[0] in RULE_FIELDS and isinstance(p[1], str) for p in items):
        raise _bad(field, value)
    return tuple(sorted(dict(items).items()))


def _check_consistency(p: RuleProfile) -> None:
    if p.publish_anchor == "none" and (p.publish_days is not None or p.normal_result_days is not None):
        raise _bad("publish_anchor", p.publish_anchor)
    if p.publish_anchor != "none" and p.publish_days is None and p.normal_result_days is None:
        raise _bad("publish_days", None)
    if p.publish_anchor == "report" and p.report_days is None:
        raise _bad("report_days", None)


def citation(profile: RuleProfile, field: str) -> str:
    """Where a rule's value comes from: a regulation's article, the default note, or CUSTOM_NOTE."""
    if field not in RULE_FIELDS:
        raise DomainError("profile_unknown_key", key=field)
    return dict(profile.citations).get(field, DEFAULT_NOTE)


def due_in_year(year: int, month_day: MonthDay) -> date:
    """The date of a (month, day) rule in `year`, the day clamped to the month's end."""
    month, day = month_day
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def with_changes(profile: RuleProfile, **changes: Any) -> RuleProfile:
    """A copy with `changes` applied and validated; changed rules are cited as CUSTOM_NOTE."""
    unknown = sorted(set(changes) - _FIELD_NAMES)
    if unknown:
        raise DomainError("profile_unknown_key", key=unknown[0])
    new = replace(profile, **changes)
    if "citations" in changes:
        return new
    cites = dict(profile.citations)
    for name in RULE_FIELDS:
        if getattr(new, name) != getattr(profile, name):
            cites[name] = CUSTOM_NOTE
    return replace(new, citations=tuple(sorted(cites.items())))


def _jsonable(value: object) -> object:
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


def profile_to_dict(profile: RuleProfile) -> dict[str, object]:
    """A JSON-safe dict of every field (plus a format version) that `profile_from_dict` reads back."""
    out: dict[str, object] = {"version": FORMAT_VERSION}
    for f in fields(profile):
        value = getattr(profile, f.name)
        out[f.name] = dict(value) if f.name == "citations" else _jsonable(value)
    return out


def profile_from_dict(data: Mapping[str, object], base: RuleProfile | None = None) -> RuleProfile:
    """Read a stored profile; unknown keys are rejected, missing ones come from `base`.

    `base` defaults to the preset named by ``data["preset"]``. Stored values that differ from the
    base without a stored citation are cited as CUSTOM_NOTE.
    """
    unknown = sorted(set(data) - _FIELD_NAMES - {"version"})
    if unknown:
        raise DomainError("profile_unknown_key", key=unknown[0])
    if data.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise DomainError("profile_version", version=data.get("version"))
    if base is None:
        preset = data.get("preset")
        if not isinstance(preset, str) or preset not in PRESETS:
            raise DomainError("profile_unknown_preset", preset=preset)
        base = PRESETS[preset]
    values = {k: v for k, v in data.items() if k in _FIELD_NAMES}
    stored_cites = values.pop("citations", None)
    profile = with_changes(base, **values)
    if stored_cites is not None:
        stored = cast(tuple[tuple[str, str], ...], _normalize("citations", "citations", None, stored_cites))
        profile = replace(
            profile, citations=tuple(sorted({**dict(profile.citations), **dict(stored)}.items()))
        )
    return profile


def _preset(key: str, name: str, source: str, rules: Mapping[str, tuple[Any, str]]) -> RuleProfile:
    """Build a preset from its (value, citation) rules; unmentioned rules keep the field defaults."""
    values = {field: value for field, (value, _) in rules.items()}
    cites = {field: cite for field, (_, cite) in rules.items()}
    return RuleProfile(preset=key, name=name, source=source, citations=cites, **values)  # type: ignore[arg-type]


_XN, _WH, _QZ, _YC, _LH = "《咸宁细则》", "《临港细则》", "《衢州制度》", "《阳城方案》", "《漯河方案》"
_NOT_POLICE = "市场监管领域通用检查结果（非公安部门）"

# fmt: off
_PRESET_DATA: dict[str, tuple[str, str, dict[str, tuple[Any, str]]]] = {
    "xianning": ("咸宁市公安局", "咸宁市公安机关“双随机、一公开”监管工作细则（试行）", {
        "max_draws_per_year": (2, f"{_XN}第十六条第二款"),
        "cap_exemptions": (("key_area", "complaint", "abnormal_list", "serious_dishonest", "penalised", "directed"),
                           f"{_XN}第十六条第二款（严重违法违规记录 → penalised）"),
        "skip_passed_same_item": (True, f"{_XN}第十四条第一款"),
        "skip_passed_exemptions": (("key_area",), f"{_XN}第十四条第一款（重点领域除外）"),
        "require_risk_strata": (True, f"{_XN}第十八条第二款"),
        "min_team_size": (2, f"{_XN}第十九条第一款"),
        "leader_from_initiating": (True, f"{_XN}第十九条第二款"),
        "replacement_needs_approval": (True, f"{_XN}第二十条"),
        "replacement_mode": ("redraw", f"{_XN}第二十条"),
        "publish_anchor": ("task_end", f"{_XN}第二十五条第一款"),
        "publish_days": (20, f"{_XN}第二十五条第一款"),
        "correction_needs_principal": (True, f"{_XN}第二十五条第二款"),
        "objection_review_days": (20, f"{_XN}第二十五条第三款"),
        "objection_feedback_days": (15, f"{_XN}第二十五条第三款"),
        "min_joint_tasks_per_year": (1, f"{_XN}第十四条第二款"),
        "plan_covers_all_items": (True, f"{_XN}第十五条"),
        "retention_years": (None, f"{_XN}第二十六条（按档案管理规定）"),
        "required_target_fields": (("管辖机关", "名称", "唯一编码", "风险分类等级"), f"{_XN}第十一条第二款"),
    }),
    "weihai": ("威海临港经济技术开发区社会工作部",
               "威海临港经济技术开发区社会工作部“双随机、一公开”监管工作实施细则（试行）", {
        "max_draws_per_year": (2, f"{_WH}第七条"),
        "cap_exemptions": (("complaint", "abnormal_list", "key_supervision", "penalised"),
                           f"{_WH}第七条（应增加抽查频次）"),
        "leader_from_initiating": (True, f"{_WH}第十四条"),
        "replacement_needs_approval": (True, f"{_WH}第十三条"),
        "replacement_mode": ("manual", f"{_WH}第十三条（选派，无须摇号）"),
        "publish_anchor": ("inspection", f"{_WH}第十七条（四）"),
        "publish_days": (20, f"{_WH}第十七条（四）"),
        "correction_needs_principal": (True, f"{_WH}第十九条"),
        "min_joint_tasks_per_year": (1, f"{_WH}第六条"),
        "plan_covers_all_items": (True, f"{_WH}第六条"),
        "retention_years": (None, f"{_WH}第二十一条（按档案管理规定）"),
        "result_categories": (STANDARD_RESULT_CATEGORIES, _NOT_POLICE),
    }),
    "quzhou": ("衢州市公安局", "衢州市公安局“双随机一公开”抽查监管制度", {
        "max_draws_per_year": (None, f"{_QZ}四（二）（比例和频次按年度需要确定）"),
        "min_team_size": (2, f"{_QZ}四（三）"),
        "show_licence": (True, f"{_QZ}四（三）"),
        "publish_anchor": ("none", f"{_QZ}五（一）（及时公布）"),
        "retention_years": (2, f"{_QZ}四（六）（不少于两年）"),
    }),
    "yangcheng": ("阳城县公安局", "阳城县公安局“双随机、一公开”监管工作实施方案（阳公通字〔2023〕2号）", {
        "max_draws_per_year": (None, f"{_YC}三（二）1（比例和频次合理确定）"),
        "min_team_size": (2, f"{_YC}四（三）"),
        "publish_anchor": ("inspection", f"{_YC}三（二）4（自抽查结束之日起）"),
        "normal_result_days": (5, f"{_YC}三（二）4"),
        "required_target_fields": (("名称", "唯一编码", "地址", "法定代表人", "联系电话"), f"{_YC}三（一）1"),
    }),
    "luohe": ("漯河市人民防空办公室", "漯河市人民防空办公室“双随机、一公开”工作实施方案（2019年11月18日）", {
        "max_draws_per_year": (2, f"{_LH}第十六条第一款"),
        "cap_exemptions": (("serious_dishonest", "abnormal_list", "penalised"), f"{_LH}第十六条第二款"),
        "other_unit_policy": ("exclude", f"{_LH}第十六条第一款（排除，或合并为综合检查）"),
        "replacement_mode": ("redraw", f"{_LH}第十五条"),
        "recusal_swap_allowed": (True, f"{_LH}第十五条"),
        "publish_anchor": ("report", f"{_LH}第十九条"),
        "publish_days": (7, f"{_LH}第十九条"),
        "report_days": (5, f"{_LH}第十八条"),
        "feedback_publish_days": (7, f"{_LH}第十九条"),
        "comment_days": (10, f"{_LH}第二十一条"),
        "plan_due": ((1, 31), f"{_LH}第十二条"),
        "annual_report_due": ((2, 29), f"{_LH}第二十三条"),
        "result_categories": (STANDARD_RESULT_CATEGORIES, _NOT_POLICE),
    }),
}
# fmt: on
PRESETS: dict[str, RuleProfile] = {key: _preset(key, *spec) for key, spec in _PRESET_DATA.items()}
