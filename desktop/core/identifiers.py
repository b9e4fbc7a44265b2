"""Identifier checks (统一社会信用代码, 身份证号), masking for public documents and name cleaning."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum.cn import ric as _ric
from stdnum.exceptions import ValidationError as _StdnumError

__all__ = [
    "USCC_ALPHABET",
    "IdCheck",
    "check_id_number",
    "check_uscc",
    "id_check_char",
    "mask_id_number",
    "mask_person_name",
    "mask_phone",
    "nfkc_clean",
    "normalize_code",
    "uscc_check_char",
]

# GB 32100-2015: digits and capital letters without I, O, Z, S, V (31 characters).
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_INDEX = {c: i for i, c in enumerate(USCC_ALPHABET)}
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

# GB 11643-1999: weights 2^(17-i) mod 11, check value mapped through this table.
_ID_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
_ID_CHECK = "10X98765432"
_ASCII_DIGITS = frozenset("0123456789")

# Compound surnames (复姓) that keep both characters when a name is masked.
_COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 闾丘 "
    "司空 端木 西门 南宫 独孤 澹台 公冶 太史 申屠 濮阳 赫连 呼延 万俟 第五 百里 东郭 拓跋 "
    "左丘 梁丘 公羊 谷梁 司寇 仲孙 淳于 单于 巫马 公西 漆雕 乐正 壤驷 公良 宰父 颛孙 段干 "
    "羊舌 微生 南门 东门 西郭 青阳 子车 亓官".split()
)
# Separators inside transliterated names (e.g. 买买提·艾力); kept visible when masking.
_NAME_SEPARATORS = frozenset("·•・.‧ ")


def _is_ascii_digits(s: str) -> bool:
    return bool(s) and all(c in _ASCII_DIGITS for c in s)


def normalize_code(s: str) -> str:
    """Normalize a typed or imported code: NFKC (full-width → ASCII), drop all whitespace, upper-case.

    The check functions below are strict and expect input already normalized this way.
    """
    return "".join(unicodedata.normalize("NFKC", s).split()).upper()


def nfkc_clean(s: str) -> str:
    """NFKC-normalize, drop invisible format characters, strip and collapse whitespace runs to one space."""
    text = unicodedata.normalize("NFKC", s)
    # Zero-width spaces, BOMs and direction marks come along with text copied from Excel or the web.
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split())


# --- 统一社会信用代码 (GB 32100-2015) -------------------------------------------------------


def uscc_check_char(first17: str) -> str:
    """Return the check character for the first 17 characters of a 统一社会信用代码."""
    if len(first17) != 17 or any(c not in _USCC_INDEX for c in first17):
        raise ValueError("uscc_check_char needs 17 characters from the USCC alphabet")
    total = sum(_USCC_INDEX[c] * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def check_uscc(code: str) -> str | None:
    """Check a normalized 统一社会信用代码; return an error code or None when it is valid.

    Error codes: ``uscc_length`` (not 18 characters), ``uscc_charset`` (a character outside
    digits and A–Y without I O Z S V; lower case counts as outside), ``uscc_region`` (characters
    3–8, the administrative-division code, are not digits), ``uscc_check_digit``.
    Characters 1–2 (registering authority and entity type) are not restricted further because
    new authority codes (e.g. ``N`` for agriculture) keep being added.
    """
    if len(code) != 18:
        return "uscc_length"
    if any(c not in _USCC_INDEX for c in code):
        return "uscc_charset"
    if not _is_ascii_digits(code[2:8]):
        return "uscc_region"
    if uscc_check_char(code[:17]) != code[17]:
        return "uscc_check_digit"
    return None


# --- 公民身份号码 (GB 11643-1999) -----------------------------------------------------------


@dataclass(frozen=True)
class IdCheck:
    """Outcome of checking a 身份证号: an error makes it invalid, a warning does not."""

    error: str | None
    warning: str | None = None
    birth_date: date | None = None
    sex: str | None = None  # "M" or "F" from the parity of the sequence code
    area_code: str | None = None
    area_name: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def id_check_char(first17: str) -> str:
    """Return the check character (0–9 or X) for the first 17 digits of a 身份证号."""
    if len(first17) != 17 or not _is_ascii_digits(first17):
        raise ValueError("id_check_char needs 17 ASCII digits")
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def _area_name(number: str) -> str | None:
    # stdnum's table may lag behind new or renamed divisions: unknown is only a warning here.
    try:
        info = _ric.get_birth_place(number)
    except _StdnumError:
        return None
    parts = [info.get(k, "") for k in ("province", "prefecture", "county")]
    return "".join(p for p in parts if p and not p.startswith("[")) or None


def check_id_number(s: str, today: date) -> IdCheck:
    """Check a normalized 18-character 身份证号 against GB 11643 and `today`.

    Errors: ``id_length``, ``id_charset`` (17 ASCII digits then a digit or capital X),
    ``id_birth_date`` (not a calendar date or before 1900), ``id_birth_future``,
    ``id_check_digit``. Warning: ``id_area_unknown`` when the first six digits are not in
    stdnum's division table for the birth year (the number is still accepted).
    """
    if len(s) != 18:
        return IdCheck(error="id_length")
    if not _is_ascii_digits(s[:17]) or not (s[17] == "X" or s[17] in _ASCII_DIGITS):
        return IdCheck(error="id_charset")
    try:
        birth = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return IdCheck(error="id_birth_date")
    if birth.year < 1900:
        return IdCheck(error="id_birth_date")
    if birth > today:
        return IdCheck(error="id_birth_future", birth_date=birth)
    if id_check_char(s[:17]) != s[17]:
        return IdCheck(error="id_check_digit", birth_date=birth)
    area = _area_name(s)
    return IdCheck(
        error=None,
        warning=None if area else "id_area_unknown",
        birth_date=birth,
        sex="M" if int(s[16]) % 2 else "F",
        area_code=s[:6],
        area_name=area,
    )


# --- masking for public documents -----------------------------------------------------------


def mask_id_number(s: str) -> str:
    """Mask a 身份证号 for print: first 3 and last 4 kept (``110***********123X``).

    Strings shorter than 15 characters (not an 18- or 15-digit number) are masked entirely, so
    at most 7 characters are ever shown and never the whole value.
    """
    text = "".join(s.split())
    n = len(text)
    if n < 15:
        return "*" * n
    return text[:3] + "*" * (n - 7) + text[-4:]


def mask_phone(s: str) -> str:
    """Mask a phone number: 11+ characters keep the first 3 and last 4 (``138****5678``).

    A leading +86/0086 country code is dropped; shorter numbers (landlines without area
    code) keep only the last 2 digits when at least 6 long, else are masked entirely.
    """
    text = "".join(c for c in unicodedata.normalize("NFKC", s) if not c.isspace() and c != "-")
    for prefix in ("+86", "0086"):
        if text.startswith(prefix) and len(text) - len(prefix) >= 11:
            text = text[len(prefix) :]
            break
    n = len(text)
    if n >= 11:
        return text[:3] + "*" * (n - 7) + text[-4:]
    if n >= 6:
        return "*" * (n - 2) + text[-2:]
    return "*" * n


def mask_person_name(name: str) -> str:
    """Mask a natural person's name for public documents: keep the surname (张*, 欧阳**).

    Compound surnames keep both characters when the name is longer than two characters;
    separators in transliterated names stay visible (买买提·艾力 → 买**·**); one-character input is fully masked.
    """
    text = nfkc_clean(name)
    if not text:
        return ""
    if len(text) == 1:
        return "*"
    keep = 2 if len(text) > 2 and text[:2] in _COMPOUND_SURNAMES else 1
    rest = "".join(c if c in _NAME_SEPARATORS else "*" for c in text[keep:])
    return text[:keep] + rest
