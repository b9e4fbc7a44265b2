"""Roster import rows: parse and validate every cell below the heading, column by column (pure)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from desktop.core import roster_values as rv
from desktop.core.identifiers import check_id_number
from desktop.core.roster_fields import FIELDS, KEY_FIELDS, FieldDef, HeaderMatch, Problem, sort_problems

__all__ = ["CheckContext", "RowCheck", "check_rows", "parser_for"]


@dataclass(frozen=True)
class CheckContext:
    """What row validation needs from outside: today, required fields, accepted risk spellings."""

    today: date
    required: frozenset[str]
    risk: Mapping[str, str] = field(default_factory=rv.risk_lookup)


@dataclass
class RowCheck:
    """Validated rows (dicts of field key → value) with their sheet row numbers, errors and warnings."""

    rows: list[dict[str, object]]
    row_numbers: list[int]
    errors: list[Problem]
    warnings: list[Problem]


_CLEANERS: dict[str, Callable[[str], str]] = {
    "text": rv.clean_text, "multiline": rv.clean_multiline, "phone": rv.clean_text, "code": rv.clean_code,
}  # fmt: skip
_CACHED_KINDS = frozenset({"risk", "gender", "bool", "item_kind", "date"})


def _too_long(f: FieldDef, text: str) -> str:
    return f"超过{f.max_len}个字符（{len(text)}个）"


def parser_for(f: FieldDef, ctx: CheckContext) -> Callable[[str], object]:
    """The cell parser of a field (length limit included); raises roster_values.BadValue."""
    clean = _CLEANERS.get(f.kind)
    if clean is not None:
        def cleaned(value: str) -> object:
            text = clean(value)
            if len(text) > f.max_len:
                raise rv.BadValue(_too_long(f, text))
            return text

        return cleaned

    def id_number(value: str) -> object:
        number = rv.clean_code(value)
        if "*" in number:  # an exported (masked) number: matched against the stored one by the service
            return number
        error, _ = rv.id_number_messages(number, ctx.today) if number else (None, None)
        if error:
            raise rv.BadValue(error)
        return number

    def quals(value: str) -> object:
        text = rv.parse_qualifications(value)
        if len(text) > f.max_len:
            raise rv.BadValue(_too_long(f, text))
        return text

    parsers: dict[str, Callable[[str], object]] = {
        "target_code": rv.parse_target_code, "id_number": id_number, "date": rv.parse_date,
        "gender": rv.parse_gender, "bool": rv.parse_bool, "item_kind": rv.parse_item_kind, "quals": quals,
        "points": rv.parse_points, "risk": lambda v: rv.parse_risk(v, ctx.risk),
    }  # fmt: skip
    return parsers[f.kind]


def _column_cleaner(f: FieldDef) -> Callable[[list[str]], list[str]] | None:
    if f.kind in ("text", "phone"):
        return rv.clean_text_column
    if f.kind == "code":
        return rv.clean_code_column
    if f.kind == "multiline":
        return lambda values: list(map(rv.clean_multiline, values))
    return None


def _parse_column(f: FieldDef, raw: list[str], numbers: Sequence[int], heading: str, ctx: CheckContext,
                  errors: list[Problem]) -> tuple[list[object], set[int]]:
    """Parse one column: the values and the indexes that failed (their value is None)."""
    clean = _column_cleaner(f)
    if clean is not None:
        texts: list[object] = list(clean(raw))
        if max(map(len, raw), default=0) > f.max_len:  # cleaning never lengthens a value
            failed = {i for i, t in enumerate(texts) if len(str(t)) > f.max_len}
            errors.extend(Problem(numbers[i], heading, _too_long(f, str(texts[i]))) for i in sorted(failed))
            return texts, failed
        return texts, set()
    if f.kind == "target_code":
        codes, bad = rv.parse_target_codes(raw)
        errors.extend(Problem(numbers[i], heading, message) for i, message in bad)
        return codes, {i for i, _ in bad}
    parse = parser_for(f, ctx)
    cache: dict[str, object] = {}
    cached = f.kind in _CACHED_KINDS
    values: list[object] = []
    failed = set()
    for i, v in enumerate(raw):
        if cached and v in cache:
            values.append(cache[v])
            continue
        try:
            value = parse(v)
        except rv.BadValue as exc:
            errors.append(Problem(numbers[i], heading, exc.message))
            failed.add(i)
            value = None
        else:
            if cached:
                cache[v] = value
        values.append(value)
    return values, failed


def _non_blank_rows(columns: Sequence[list[str]]) -> list[int] | None:
    """Indexes of rows with something in a used column; None when every row has (the usual case)."""
    if not columns or any(all(map(str.strip, col)) for col in columns):
        return None
    return [i for i, cells in enumerate(zip(*columns, strict=True)) if any(map(str.strip, cells))]


def check_rows(kind: str, cells: Sequence[Sequence[str]], header_index: int, match: HeaderMatch,
               ctx: CheckContext) -> RowCheck:
    """Parse every data row below the heading, column by column; blank rows are skipped.

    Cells must be strings. Rows with errors stay in `rows` (with None for a bad value): a file
    with any error is never applied.
    """
    used = [(f, match.columns[f.key]) for f in FIELDS[kind] if f.key in match.columns and f.kind != "info"]
    width = max((c for _, c in used), default=-1) + 1
    data = [row if len(row) >= width else [*row, *[""] * (width - len(row))]
            for row in cells[header_index + 1 :]]
    raw_columns = [list(map(itemgetter(col), data)) for _, col in used]
    keep = _non_blank_rows(raw_columns)
    if keep is not None:
        raw_columns = [[col[i] for i in keep] for col in raw_columns]
    first_row = header_index + 2
    numbers = [first_row + i for i in (range(len(data)) if keep is None else keep)] if used else []
    errors: list[Problem] = []
    columns: dict[str, list[object]] = {}
    for (f, _), raw in zip(used, raw_columns, strict=True):
        heading = match.column_names[f.key]
        values, failed = _parse_column(f, raw, numbers, heading, ctx, errors)
        if f.key in ctx.required and (None in values or "" in values or () in values):
            errors.extend(Problem(numbers[i], heading, "必填项为空") for i, v in enumerate(values)
                          if (v is None or v == "" or v == ()) and i not in failed)
        columns[f.key] = values
    keys = list(columns)
    rows: list[dict[str, object]] = [dict(zip(keys, vals)) for vals in zip(*columns.values())]  # noqa: B905
    if None in columns.get("risk_class", ()):  # empty risk class: keep the stored one, new rows get B
        for row in rows:
            if row["risk_class"] is None:
                del row["risk_class"]
    warnings: list[Problem] = []
    _check_duplicates(kind, columns, numbers, match, errors)
    if kind == "inspectors":
        _check_inspectors(rows, numbers, match, ctx, errors, warnings)
    elif kind == "conflicts":
        _warn_past(rows, numbers, match, "end_date", ctx.today, "截止日期已过，该回避关系将不起作用", warnings)
    return RowCheck(rows, numbers, sort_problems(errors, match), sort_problems(warnings, match))


def _check_duplicates(kind: str, columns: Mapping[str, list[object]], numbers: Sequence[int],
                      match: HeaderMatch, errors: list[Problem]) -> None:
    keys = KEY_FIELDS[kind]
    if not all(k in columns for k in keys):
        return
    heading = match.column_names[keys[-1]]
    values: Sequence[object] = columns[keys[0]] if len(keys) == 1 else list(zip(*(columns[k] for k in keys),
                                                                                 strict=True))
    seen: dict[object, int] = {}
    for value, number in zip(values, numbers, strict=True):
        if value is None or value == "" or (isinstance(value, tuple) and ("" in value or None in value)):
            continue
        first = seen.setdefault(value, number)
        if first != number:
            errors.append(Problem(number, heading, f"与第{first}行重复"))


def _check_inspectors(rows: Sequence[dict[str, object]], numbers: Sequence[int], match: HeaderMatch,
                      ctx: CheckContext, errors: list[Problem], warnings: list[Problem]) -> None:
    id_col = match.column_names.get("id_number", "身份证号")
    seen: dict[str, int] = {}
    for row, number in zip(rows, numbers, strict=True):
        id_number = str(row.get("id_number") or "")
        if not id_number or "*" in id_number:
            continue
        first = seen.setdefault(id_number, number)
        if first != number:
            errors.append(Problem(number, id_col, f"与第{first}行的身份证号相同"))
        _, warning = rv.id_number_messages(id_number, ctx.today)
        if warning:
            warnings.append(Problem(number, id_col, warning))
        sex = check_id_number(id_number, ctx.today).sex
        gender = row.get("gender")
        if sex and gender and {"M": "男", "F": "女"}[sex] != gender:
            warnings.append(Problem(number, match.column_names["gender"], "性别与身份证号不一致（仅提示）"))
    _warn_past(rows, numbers, match, "licence_expiry", ctx.today, "执法证已过期（仅提示）", warnings)


def _warn_past(rows: Sequence[dict[str, object]], numbers: Sequence[int], match: HeaderMatch, key: str,
               today: date, message: str, warnings: list[Problem]) -> None:
    for row, number in zip(rows, numbers, strict=True):
        value = row.get(key)
        if isinstance(value, date) and value < today:
            warnings.append(Problem(number, match.column_names[key], message))
