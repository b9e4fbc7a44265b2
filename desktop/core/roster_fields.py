"""Roster import templates: the columns of each kind, their headings and aliases, header matching (pure)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from desktop.core import roster_values as rv
from desktop.core.identifiers import nfkc_clean

__all__ = [
    "FIELDS",
    "KINDS",
    "KIND_LABELS",
    "KEY_FIELDS",
    "FieldDef",
    "HeaderMatch",
    "Problem",
    "field_by_key",
    "field_label",
    "find_header_row",
    "match_headers",
    "required_keys",
    "sort_problems",
]

KINDS = ("items", "targets", "inspectors", "conflicts")
KIND_LABELS = {"items": "抽查事项", "targets": "检查对象", "inspectors": "执法检查人员", "conflicts": "回避关系"}
# The columns that identify a row; a second row with the same key is a duplicate.
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "items": ("code",), "targets": ("code",), "inspectors": ("staff_no",),
    "conflicts": ("staff_no", "target_code"),
}  # fmt: skip
# Rule-profile names of target columns (profiles.TARGET_FIELDS) → field keys.
PROFILE_TARGET_KEYS = {
    "管辖机关": "jurisdiction", "名称": "name", "唯一编码": "code", "风险分类等级": "risk_class",
    "地址": "address", "法定代表人": "legal_rep", "联系电话": "phone", "行业类别": "industry",
}  # fmt: skip
_STATIC_REQUIRED = {
    "items": frozenset({"code", "name"}),
    "inspectors": frozenset({"name", "staff_no"}),
    "conflicts": frozenset({"staff_no", "target_code"}),
}
_HEADER_NOISE = re.compile(r"[\s*＊]|[(（]必填[)）]")


class Problem(NamedTuple):
    """One finding: spreadsheet row (header = 1; 0 = the whole file), column heading, message."""

    row: int
    column: str
    message: str

    def text(self) -> str:
        """The finding as the user reads it: 第5行「统一社会信用代码」：校验位错误（…）."""
        if self.row <= 0:
            return self.message
        if self.column:
            return f"第{self.row}行「{self.column}」：{self.message}"
        return f"第{self.row}行：{self.message}"


@dataclass(frozen=True)
class FieldDef:
    """One template column: its key in row dicts, heading, accepted aliases and value kind.

    Kinds: text, multiline, code (any printable code), target_code, id_number, phone, risk, date,
    gender, bool, item_kind, quals, points, info (exported for reading, ignored on import).
    """

    key: str
    header: str
    kind: str = "text"
    aliases: tuple[str, ...] = ()
    max_len: int = 300
    width: int = 16
    as_text: bool = False  # template column formatted as text so Excel keeps leading zeros


def _f(key: str, header: str, kind: str = "text", *aliases: str, max_len: int = 300, width: int = 16,
       as_text: bool = False) -> FieldDef:
    return FieldDef(key, header, kind, aliases, max_len, width, as_text)


_FLAGS = (
    _f("abnormal_list", "经营异常名录", "bool", "列入经营异常名录", width=12),
    _f("serious_dishonest", "严重违法失信", "bool", "严重违法失信名单", width=12),
    _f("complaint", "投诉举报", "bool", width=10),
    _f("key_supervision", "重点监管", "bool", "重点关注", width=10),
    _f("key_area", "重点领域", "bool", width=10),
    _f("penalised", "受过行政处罚", "bool", "严重违法违规记录", width=12),
)
FIELDS: dict[str, tuple[FieldDef, ...]] = {
    "targets": (
        _f("jurisdiction", "管辖机关", "text", "管辖单位", "登记机关", max_len=200, width=18),
        _f("name", "检查对象名称", "text", "企业名称", "名称", "市场主体名称", width=32),
        _f("code", "统一社会信用代码", "target_code", "统一社会信用代码/注册号", "注册号/统一社会信用代码",
           "检查对象唯一编码", "唯一编码", max_len=40, width=24, as_text=True),
        _f("risk_class", "风险分类等级", "risk", "风险等级", "风险分类", width=12),
        _f("legal_rep", "法定代表人", "text", "法定代表人(负责人)", "负责人", max_len=80, width=12),
        _f("address", "住所", "text", "地址", "注册地址", "经营场所", width=36),
        _f("phone", "联系电话", "phone", "联系方式", max_len=60, width=16, as_text=True),
        _f("industry", "行业类别", "text", "行业", max_len=100, width=14),
        *_FLAGS,
    ),
    "inspectors": (
        _f("name", "姓名", "text", max_len=80, width=10),
        _f("id_number", "身份证号", "id_number", "公民身份号码", "身份证号码", max_len=18, width=22, as_text=True),
        _f("staff_no", "警号", "code", "工号", "警号/工号", "人员编号", max_len=40, width=12, as_text=True),
        _f("gender", "性别", "gender", width=6),
        _f("department", "所属业务所队", "text", "所属部门", "所队", "业务所队", "部门", max_len=200, width=18),
        _f("position", "职位", "text", "职务", max_len=80, width=12),
        _f("phone", "联系方式", "phone", "联系电话", "手机号码", max_len=60, width=16, as_text=True),
        _f("licence_no", "执法证号", "code", "执法证编号", "执法证件号", max_len=60, width=16, as_text=True),
        _f("licence_expiry", "执法证有效期至", "date", "有效期至", "执法证有效期", width=16),
        _f("qualifications", "执法资格", "quals", "资格", "检查资格", max_len=2000, width=20),
        _f("leader_capable", "可任组长", "bool", "组长", width=10),
    ),
    "items": (
        _f("code", "编号", "code", "事项编号", max_len=40, width=10, as_text=True),
        _f("category", "抽查类别", "text", max_len=100, width=14),
        _f("name", "事项名称", "text", "抽查事项", "抽查事项名称", width=28),
        _f("sub_item", "子项", "text", width=20),
        _f("basis", "检查依据", "multiline", max_len=20000, width=40),
        _f("subject", "检查主体", "text", width=16),
        _f("object_type", "检查对象", "text", width=18),
        _f("kind", "事项类别", "item_kind", "事项类型", width=10),
        _f("method", "检查方式", "text", max_len=200, width=14),
        _f("ratio_text", "抽查比例", "text", max_len=200, width=12),
        _f("frequency_text", "抽查频次", "text", max_len=200, width=12),
        _f("inspector_requirement", "检查人员要求", "text", width=16),
        _f("remarks", "备注", "multiline", max_len=20000, width=16),
        _f("qualification", "检查资格", "text", "执法资格", max_len=100, width=14),
        _f("check_points", "检查要点", "points", "检查内容", max_len=20000, width=40),
    ),
    "conflicts": (
        _f("staff_no", "警号", "code", "工号", "警号/工号", max_len=40, width=12, as_text=True),
        _f("inspector_name", "姓名", "info", width=10),
        _f("target_code", "统一社会信用代码", "target_code", "统一社会信用代码/注册号", "检查对象唯一编码",
           max_len=40, width=24, as_text=True),
        _f("target_name", "检查对象名称", "info", "企业名称", width=32),
        _f("reason", "回避原因", "multiline", max_len=2000, width=30),
        _f("end_date", "截止日期", "date", "回避截止日期", width=14),
    ),
}


def field_by_key(kind: str, key: str) -> FieldDef:
    """The column definition of `key` in `kind` (KeyError when there is none)."""
    for f in FIELDS[kind]:
        if f.key == key:
            return f
    raise KeyError(key)


def field_label(kind: str, key: str) -> str:
    """The heading shown for a field key (the key itself for fields outside the template)."""
    extra = {"active": "状态", "department_id": "所属业务所队"}
    try:
        return field_by_key(kind, key).header
    except KeyError:
        return extra.get(key, key)


def required_keys(kind: str, profile_required: Sequence[str] = ("名称", "唯一编码")) -> frozenset[str]:
    """Keys that must be present and filled: the profile decides for targets."""
    if kind == "targets":
        return frozenset(PROFILE_TARGET_KEYS[n] for n in profile_required if n in PROFILE_TARGET_KEYS)
    return _STATIC_REQUIRED[kind]


def _norm_header(text: str) -> str:
    return _HEADER_NOISE.sub("", nfkc_clean(rv.clean_text(str(text))))


def _lookup(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for f in FIELDS[kind]:
        for name in (f.header, *f.aliases):
            table.setdefault(_norm_header(name), f.key)
    for f in FIELDS[kind]:  # a field key written by hand also works in a mapping
        table.setdefault(f.key.upper(), f.key)
    return table


_LOOKUPS = {kind: _lookup(kind) for kind in KINDS}


@dataclass(frozen=True)
class HeaderMatch:
    """Which file column feeds which field; the headings that are ignored; header problems."""

    columns: dict[str, int]
    column_names: dict[str, str]
    ignored: tuple[str, ...]
    problems: tuple[Problem, ...]


def _resolve(kind: str, name: str, mapping: Mapping[str, str]) -> str | None:
    target = mapping.get(name, mapping.get(_norm_header(name)))
    if target is not None:
        return _LOOKUPS[kind].get(_norm_header(target), _LOOKUPS[kind].get(target.upper()))
    return _LOOKUPS[kind].get(_norm_header(name))


def find_header_row(kind: str, rows: Sequence[Sequence[str]], mapping: Mapping[str, str] | None = None,
                    limit: int = 10) -> int:
    """Index of the heading row among the first `limit` rows (a title row above it is allowed)."""
    best, best_count = 0, 0
    for index, row in enumerate(rows[:limit]):
        count = len({k for cell in row if (k := _resolve(kind, str(cell), mapping or {})) is not None})
        if count > best_count:
            best, best_count = index, count
    return best


def match_headers(kind: str, headers: Sequence[str], required: frozenset[str],
                  mapping: Mapping[str, str] | None = None, header_row: int = 1) -> HeaderMatch:
    """Map headings to fields (template names, aliases, then the hand-made `mapping`)."""
    mapping = dict(mapping or {})
    columns: dict[str, int] = {}
    names: dict[str, str] = {}
    ignored: list[str] = []
    problems: list[Problem] = []
    known = _LOOKUPS[kind]
    for target in mapping.values():
        if _norm_header(target) not in known and target.upper() not in known:
            problems.append(Problem(header_row, target, "对应关系中指定的字段不存在"))
    for index, raw in enumerate(headers):
        heading = rv.clean_text(str(raw))
        if not heading:
            continue
        key = _resolve(kind, heading, mapping)
        if key is None:
            ignored.append(heading)
        elif key in columns:
            problems.append(Problem(header_row, heading, f"与「{names[key]}」是同一字段，只能保留一列"))
        else:
            columns[key], names[key] = index, heading
    for f in FIELDS[kind]:
        if f.key in required and f.key not in columns:
            problems.append(Problem(header_row, f.header, "缺少此必填列（可在导入时手工指定对应列）"))
    return HeaderMatch(columns, names, tuple(ignored), tuple(problems))


def sort_problems(problems: Sequence[Problem], match: HeaderMatch | None) -> list[Problem]:
    """Findings by row, then by the column's position in the file."""
    order = {} if match is None else {match.column_names[k]: i for k, i in match.columns.items()}
    return sorted(problems, key=lambda p: (p.row, order.get(p.column, len(order))))
