"""Checking one edited roster value (typed in a dialog) with the same rules as the import (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from desktop.core import roster_values as rv
from desktop.core.errors import DomainError
from desktop.core.roster_fields import FieldDef, field_by_key, required_keys
from desktop.core.roster_rows import CheckContext, parser_for

__all__ = ["EXTRA_FIELDS", "coerce_field", "display_value"]

# Editable attributes outside the import templates.
EXTRA_FIELDS: dict[str, dict[str, FieldDef]] = {
    "targets": {
        "other_unit_name": FieldDef("other_unit_name", "已检查的其他单位", max_len=200),
        "other_unit_inspected_on": FieldDef("other_unit_inspected_on", "其他单位检查日期", "date"),
    },
    "inspectors": {"department_id": FieldDef("department_id", "所属业务所队", "id")},
    "items": {
        "notice_required": FieldDef("notice_required", "需送达检查告知书", "bool"),
        "department_id": FieldDef("department_id", "负责部门", "id"),
    },
    "conflicts": {},
}


def _field(kind: str, key: str) -> FieldDef:
    try:
        return field_by_key(kind, key)
    except KeyError:
        if key in EXTRA_FIELDS.get(kind, {}):
            return EXTRA_FIELDS[kind][key]
        raise DomainError("roster_unknown_field", field=key) from None


def _typed(f: FieldDef, value: object) -> object:
    """A value that already has its Python type (checkbox, date picker, list of points)."""
    if f.kind == "bool" and isinstance(value, bool):
        return value
    if f.kind == "date" and (value is None or isinstance(value, date)):
        return value
    if f.kind == "id" and (value is None or (isinstance(value, int) and not isinstance(value, bool))):
        return value
    if f.kind == "points" and isinstance(value, Sequence) and all(isinstance(p, str) for p in value):
        return rv.parse_points("\n".join(str(p) for p in value))
    raise DomainError("roster_invalid", field=f.header, message="值的类型不正确")


def coerce_field(kind: str, key: str, value: object, ctx: CheckContext | None = None) -> object:
    """The stored form of an edited value; raises DomainError(roster_invalid / roster_required).

    Strings go through the import parsers (so 2026年1月5日, 是, 较高风险 all work); typed values
    (bool, date, int ids, lists of check points) are checked for their type.
    """
    f = _field(kind, key)
    ctx = ctx or CheckContext(today=date.today(), required=required_keys(kind))
    if f.kind == "info":
        raise DomainError("roster_unknown_field", field=key)
    if isinstance(value, str) and f.kind != "id":
        if f.kind == "id_number" and "*" in value:
            raise DomainError("roster_invalid", field=f.header, message="不能填写打码的身份证号")
        try:
            result = parser_for(f, ctx)(value)
        except rv.BadValue as exc:
            raise DomainError("roster_invalid", field=f.header, message=exc.message) from None
    else:
        result = _typed(f, value)
    if key in ctx.required and result in (None, "", ()):
        raise DomainError("roster_required", field=f.header)
    if f.kind == "risk" and result is None:
        raise DomainError("roster_required", field=f.header)
    return result


_CODED = frozenset({"kind", "risk_class", "qualifications"})


def display_value(kind: str, key: str, value: object,
                  risk_labels: Mapping[str, str] | Sequence[tuple[str, str]] = ()) -> str:
    """A stored value as text for history, previews and exports (dates ISO, 是/否, 重点/一般)."""
    if type(value) is str and key not in _CODED:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        if key == "active":
            return "在用" if value else "停用"
        return "是" if value else "否"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return "\n".join(str(v) for v in value)
    if key == "kind" and kind == "items":
        return {"key": "重点", "general": "一般"}.get(str(value), str(value))
    if key == "risk_class" and risk_labels:
        labels = risk_labels if isinstance(risk_labels, Mapping) else dict(risk_labels)
        return labels.get(str(value), str(value))
    if key == "qualifications":
        return "、".join(p for p in str(value).split(",") if p)
    return str(value)
