"""Pure normalisers of single roster cells: text, codes, dates and enumerations.

Each parser takes the cell text and returns the stored value or raises `BadValue` with a
Chinese message. Free text keeps its Chinese punctuation (，（）：) and only folds full-width
letters, digits and spaces; codes, numbers, dates and enumerations are NFKC-normalised.

Targets' unique codes: an 18-character code must be a valid 统一社会信用代码 (GB 32100 check
character); any other length is accepted as "another unique code" (注册号, 组织机构代码 without
the hyphen, a bureau's own number) only when it is 6–40 ASCII letters or digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from operator import mul

from desktop.core.identifiers import (
    check_id_number,
    check_uscc,
    id_check_char,
    nfkc_clean,
    normalize_code,
    uscc_check_char,
)

__all__ = [
    "BadValue",
    "shown",
    "clean_code",
    "clean_multiline",
    "clean_code_column",
    "clean_text",
    "clean_text_column",
    "id_number_messages",
    "parse_bool",
    "parse_date",
    "parse_gender",
    "parse_item_kind",
    "parse_points",
    "parse_qualifications",
    "parse_risk",
    "parse_target_code",
    "parse_target_codes",
    "risk_lookup",
]

# Full-width ASCII letters and digits, the ideographic space and NBSP fold to ASCII; punctuation stays.
_FOLD: dict[int, int] = {0x3000: 0x20, 0xA0: 0x20}
for _lo, _hi in ((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)):
    for _cp in range(_lo, _hi + 1):
        _FOLD[_cp + 0xFEE0] = _cp
# Control (Cc), format (Cf) and surrogate (Cs) characters that are not whitespace: dropped, because
# they are invisible, break lookups and cannot be stored (lone surrogates, NUL on PostgreSQL).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]"
)
_FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_USCC_SHAPE = re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}")
_USCC_INDEX = {c: i for i, c in enumerate("0123456789ABCDEFGHJKLMNPQRTUWXY")}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
_POINT_SPLIT = re.compile(r"[;；]")
_QUAL_SPLIT = re.compile(r"[,，、;；\n]+")
_OTHER_CODE = re.compile(r"[0-9A-Z]{6,40}")
_DATE_PARTS = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?)?"
)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SERIAL = re.compile(r"(\d{1,7})(?:\.0+)?")
_LONG_TERM = frozenset({"长期", "长期有效", "永久", "永久有效", "无期限", "无固定期限"})
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 after Excel's 1900 leap-year bug
_MIN_SERIAL = 10_000  # 1927-05-18: a smaller number ("2026") is not taken for a date
_MAX_SERIAL = 2_958_465  # 9999-12-31
_NO_EXPIRY_YEAR = 9999  # the platform writes 9999-09-09 for 长期

_TRUE = frozenset({"是", "Y", "YES", "TRUE", "1", "√", "✓", "✔", "对", "可", "可以"})
_FALSE = frozenset({"", "否", "N", "NO", "FALSE", "0", "×", "✗", "✘", "不", "不可"})
_GENDERS = {"男": "男", "男性": "男", "M": "男", "MALE": "男", "女": "女", "女性": "女", "F": "女", "FEMALE": "女"}
_ITEM_KINDS = {
    "重点": "key", "重点事项": "key", "重点检查事项": "key", "KEY": "key",
    "一般": "general", "一般事项": "general", "一般检查事项": "general", "GENERAL": "general", "": "general",
}  # fmt: skip
_DEFAULT_RISK = (("A", "低风险"), ("B", "一般风险"), ("C", "较高风险"), ("D", "高风险"))


class BadValue(ValueError):
    """A cell that cannot be read; `message` is the Chinese text shown after the row and column."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def clean_text(value: str) -> str:
    """One-line text: fold full-width letters/digits/spaces, drop invisible characters, collapse blanks."""
    # Fast path: str.isprintable() is False for every control, format, surrogate and blank
    # character except the ASCII space, so a printable value only needs its spaces looked at.
    if value.isprintable() and (value.isascii() or not _FULL_WIDTH_ALNUM.search(value)):
        if "  " not in value and value[:1] != " " and value[-1:] != " ":
            return value
        return " ".join(value.split())
    return " ".join(_INVISIBLE.sub("", value.translate(_FOLD)).split())


def clean_text_column(values: list[str]) -> list[str]:
    """clean_text of every value; an already clean column is recognised by a few scans in C."""
    joined = "\t".join(values)
    if ("".join(values).isprintable() and (joined.isascii() or not _FULL_WIDTH_ALNUM.search(joined))
            and "  " not in joined and " \t" not in joined and "\t " not in joined
            and joined[:1] != " " and joined[-1:] != " "):
        return list(values)
    return [clean_text(v) for v in values]


def clean_code_column(values: list[str]) -> list[str]:
    """clean_code of every value; a column of plain ASCII letters and digits is only upper-cased."""
    joined = "".join(values)
    if joined.isascii() and joined.isalnum():
        return list(map(str.upper, values))
    return [clean_code(v) for v in values]


def clean_multiline(value: str) -> str:
    """Text that keeps its line breaks (检查依据, 备注): each line cleaned, empty lines dropped."""
    lines = (clean_text(line) for line in _LINE_BREAK.split(value))
    return "\n".join(line for line in lines if line)


def clean_code(value: str) -> str:
    """A code as stored: NFKC, no blanks or invisible characters, upper case."""
    if value.isascii() and value.isalnum():
        return value.upper()
    return normalize_code(_INVISIBLE.sub("", value)) if value else ""


def shown(text: str, limit: int = 30) -> str:
    """A value quoted in a message, shortened so a huge cell cannot flood the report."""
    return text if len(text) <= limit else text[:limit] + "…"


def _key(value: str) -> str:
    return nfkc_clean(_INVISIBLE.sub("", value)).replace(" ", "").upper()


def parse_target_code(value: str) -> str:
    """统一社会信用代码 (18 characters, check character verified) or another unique code; empty → ""."""
    code = clean_code(value)
    if not code:
        return ""
    if len(code) == 18:
        if _USCC_SHAPE.fullmatch(code) and _uscc_check_ok(code):
            return code
        error = check_uscc(code)
        if error is None:
            return code
        if error == "uscc_check_digit":
            raise BadValue(f"校验位错误（第18位应为「{uscc_check_char(code[:17])}」，实为「{code[17]}」）")
        if error == "uscc_region":
            raise BadValue("第3–8位（登记管理机关行政区划码）应为数字")
        raise BadValue("含有统一社会信用代码不使用的字符（只能是数字和除 I、O、Z、S、V 以外的大写字母）")
    if _OTHER_CODE.fullmatch(code):
        return code
    raise BadValue("不是18位统一社会信用代码；其他唯一编码须为6–40位字母或数字")


def parse_target_codes(values: list[str]) -> tuple[list[object], list[tuple[int, str]]]:
    """parse_target_code of a whole column: (values with None where bad, [(index, message)])."""
    codes: list[object] = list(clean_code_column(values))
    bad: list[tuple[int, str]] = []
    shape = _USCC_SHAPE.fullmatch
    for i, code in enumerate(codes):
        text = str(code)
        if len(text) == 18 and shape(text) and _uscc_check_ok(text):  # the common case, inline
            continue
        try:
            codes[i] = parse_target_code(text)
        except BadValue as exc:
            bad.append((i, exc.message))
            codes[i] = None
    return codes, bad


def _uscc_check_ok(code: str) -> bool:
    """GB 32100 check character of a code already known to have the right shape (fast path)."""
    total = sum(map(mul, map(_USCC_INDEX.__getitem__, code[:17]), _USCC_WEIGHTS))
    return code[17] == "0123456789ABCDEFGHJKLMNPQRTUWXY"[-total % 31]


def id_number_messages(number: str, today: date) -> tuple[str | None, str | None]:
    """(error, warning) texts for a normalised 身份证号; an unknown area code is only a warning."""
    result = check_id_number(number, today)
    if result.error == "id_length":
        return f"应为18位（当前{len(number)}位）", None
    if result.error == "id_charset":
        return "前17位应为数字，最后一位为数字或 X", None
    if result.error == "id_birth_date":
        return f"出生日期无效（{number[6:14]}）", None
    if result.error == "id_birth_future":
        return f"出生日期晚于今天（{number[6:14]}）", None
    if result.error == "id_check_digit":
        return f"校验位错误（第18位应为「{id_check_char(number[:17])}」，实为「{number[17]}」）", None
    if result.warning == "id_area_unknown":
        return None, f"地区码 {number[:6]} 不在行政区划表中（仅提示，仍可导入）"
    return None, None


def parse_date(value: str) -> date | None:
    """A date in the usual Chinese spellings or an Excel serial; empty or 长期 (no expiry) → None."""
    text = nfkc_clean(_INVISIBLE.sub("", value)) if value else ""
    compact = text.replace(" ", "")
    if not compact or compact in _LONG_TERM:
        return None
    match = _DATE_PARTS.fullmatch(text.replace("T", " ")) or _COMPACT_DATE.fullmatch(compact)
    if match:
        try:
            result = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise BadValue(f"不是有效的日期（{shown(text)}）") from None
    else:
        serial = _SERIAL.fullmatch(compact)
        if not serial or not _MIN_SERIAL <= int(serial.group(1)) <= _MAX_SERIAL:
            raise BadValue(f"无法识别的日期（{shown(text)}），请写成 2026-01-05、2026年1月5日 或“长期”")
        result = _EXCEL_EPOCH + timedelta(days=int(serial.group(1)))
    if result.year == _NO_EXPIRY_YEAR:
        return None
    if result.year < 1900:
        raise BadValue(f"日期早于1900年（{shown(text)}）")
    return result


def parse_bool(value: str) -> bool:
    """是/否 (also Y/N, TRUE/FALSE, 1/0, √/×); empty means 否."""
    key = _key(value) if value else ""
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise BadValue(f"应填“是”或“否”（实为「{shown(clean_text(value))}」）")


def parse_gender(value: str) -> str:
    """男 or 女; empty stays empty."""
    key = _key(value) if value else ""
    if not key:
        return ""
    if key in _GENDERS:
        return _GENDERS[key]
    raise BadValue(f"应填“男”或“女”（实为「{shown(clean_text(value))}」）")


def parse_item_kind(value: str) -> str:
    """事项类别: 重点 → key, 一般 (or empty) → general."""
    key = _key(value) if value else ""
    if key in _ITEM_KINDS:
        return _ITEM_KINDS[key]
    raise BadValue(f"应填“重点”或“一般”（实为「{shown(clean_text(value))}」）")


def risk_lookup(risk_labels: Iterable[tuple[str, str]] = _DEFAULT_RISK) -> dict[str, str]:
    """Every accepted spelling of a risk class → its code: A, 低风险, 低, A类, A级 …"""
    table: dict[str, str] = {}
    labels = list(risk_labels)
    codes = {c.upper() for c, _ in labels}
    for code, label in [*[p for p in _DEFAULT_RISK if p[0] in codes], *labels]:
        short = label[:-2] if label.endswith("风险") and len(label) > 2 else label
        for spelling in (code, label, short, code + "类", code + "级", label + "等级"):
            table[_key(spelling)] = code
    return table


def parse_risk(value: str, lookup: Mapping[str, str]) -> str | None:
    """风险分类等级 as a code; empty → None (keep the current class, new rows get the default)."""
    key = _key(value) if value else ""
    if not key:
        return None
    code = lookup.get(key)
    if code is None:
        names = "、".join(sorted({k for k, v in lookup.items() if len(k) == 1}))
        raise BadValue(f"无法识别的风险分类等级「{shown(clean_text(value))}」（可填 {names} 或 低风险/一般风险/较高风险/高风险）")
    return code


def parse_qualifications(value: str) -> str:
    """执法资格: names separated by 、，; (or line breaks) → sorted, de-duplicated, comma-joined."""
    names = {clean_text(part) for part in _QUAL_SPLIT.split(_LINE_BREAK.sub("\n", value))}
    names.discard("")
    if any("," in n for n in names):
        raise BadValue("资格名称中不能含有逗号")
    return ",".join(sorted(names))


def parse_points(value: str) -> tuple[str, ...]:
    """检查要点: one per line; a cell without line breaks may separate them by ；."""
    lines = _LINE_BREAK.split(value)
    parts = (clean_text(p) for p in (lines if len(lines) > 1 else _POINT_SPLIT.split(value)))
    return tuple(p for p in parts if p)
