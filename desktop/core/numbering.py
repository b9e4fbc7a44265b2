"""Document numbers (文号): 机关代字 + 种类字 + 〔YYYY〕 + N + 号, per GB/T 9704-2012."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.errors import DomainError

__all__ = ["DocNumber", "format_doc_number", "parse_doc_number"]

MAX_PAD = 10
# Brackets that must not appear inside a code: they would make the number ambiguous to parse.
_FORBIDDEN_IN_CODE = frozenset("〔〕[]【】［］")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# Parsing accepts the brackets people type by mistake; formatting always writes 〔〕.
_PATTERN = re.compile(r"(?P<prefix>.+)[〔\[【［](?P<year>[0-9]{4})[〕\]】］](?P<num>[0-9]+)号")


@dataclass(frozen=True)
class DocNumber:
    """A parsed document number; `pad` is 0 unless the number was written with leading zeros."""

    org_code: str
    kind_code: str
    year: int
    n: int
    pad: int = 0

    def __str__(self) -> str:
        return format_doc_number(self.org_code, self.kind_code, self.year, self.n, self.pad)


def _check_code(field: str, value: str, *, required: bool) -> None:
    if required and not value:
        raise DomainError("doc_number_invalid", field=field, value=value)
    if value != value.strip() or any(c in _FORBIDDEN_IN_CODE or c.isspace() for c in value):
        raise DomainError("doc_number_invalid", field=field, value=value)


def format_doc_number(org_code: str, kind_code: str, year: int, n: int, pad: int = 0) -> str:
    """Format e.g. ``咸公（治）责改字〔2026〕3号`` or, with kind_code ``抽查``, ``咸公抽查〔2026〕3号``.

    The sequence number has no leading zeros (GB/T 9704: 不编虚位) unless `pad` > 0, in which
    case it is zero-filled to `pad` digits (``001``); a longer number is never truncated.
    """
    _check_code("org_code", org_code, required=True)
    _check_code("kind_code", kind_code, required=False)
    if isinstance(year, bool) or not 1000 <= year <= 9999:
        raise DomainError("doc_number_invalid", field="year", value=year)
    if isinstance(n, bool) or n < 1:
        raise DomainError("doc_number_invalid", field="n", value=n)
    if isinstance(pad, bool) or not 0 <= pad <= MAX_PAD:
        raise DomainError("doc_number_invalid", field="pad", value=pad)
    digits = str(n).zfill(pad) if pad else str(n)
    return f"{org_code}{kind_code}〔{year:04d}〕{digits}号"


def parse_doc_number(text: str, org_code: str | None = None) -> DocNumber:
    """Parse a document number; surrounding whitespace and full-width digits are tolerated.

    Without `org_code` everything before the year is returned as `org_code` and `kind_code` is
    ``""``; with it, the prefix must start with `org_code` and the rest becomes `kind_code`.
    Raises ``DomainError("doc_number_unparsable", text=...)``.
    """
    cleaned = "".join(text.split()).translate(_FULLWIDTH_DIGITS)
    match = _PATTERN.fullmatch(cleaned)
    if match is None:
        raise DomainError("doc_number_unparsable", text=text)
    prefix, digits = match["prefix"], match["num"]
    if any(c in _FORBIDDEN_IN_CODE for c in prefix):
        raise DomainError("doc_number_unparsable", text=text)
    n = int(digits)
    if n < 1 or match["year"].startswith("0"):
        raise DomainError("doc_number_unparsable", text=text)
    pad = len(digits) if digits.startswith("0") else 0
    if org_code is None:
        org, kind = prefix, ""
    elif prefix.startswith(org_code) and org_code:
        org, kind = org_code, prefix[len(org_code) :]
    else:
        raise DomainError("doc_number_unparsable", text=text)
    return DocNumber(org, kind, int(match["year"]), n, pad)
