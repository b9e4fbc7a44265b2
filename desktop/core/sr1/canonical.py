"""SR1 §1 canonical TSV files: build them from rows and parse them back strictly."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from desktop.core.errors import DomainError

TARGETS_HEADER = ("id", "name", "stratum", "category", "draws", "passed", "exempt")
INSPECTORS_HEADER = ("id", "name", "dept", "quals", "leader")
CONFLICTS_HEADER = ("inspector_id", "target_id")
RULES_HEADER = ("key", "value")

_INT_RE = re.compile(r"0|[1-9][0-9]*")
# C0, DEL, C1 (U+0085 included), line/paragraph separators and the BOM may never appear in a field.
_FORBIDDEN_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
# The same, less the TAB and LF that structure a file: one scan of the whole text finds any other.
_FORBIDDEN_IN_FILE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
# Whitespace (other than the TAB/LF separators) at the start or end of any field; re's \s is str.isspace.
# (The header line is fixed, so the text never starts with whitespace: a separator always precedes.)
_LEADING_SPACE_RE = re.compile(r"[\t\n][^\S\t\n]")
_TRAILING_SPACE_RE = re.compile(r"[^\S\t\n][\t\n]")
_SMALL_INTS = {str(i): i for i in range(1000)}  # the common case of parse_int, without a regex

Row = TypeVar("Row")
Parsed = TypeVar("Parsed")


@dataclass(frozen=True)
class TargetRow:
    """One target in the task's scope (a line of targets.tsv)."""

    id: str
    name: str
    stratum: str
    category: str
    draws: int
    passed: bool
    exempt: bool


@dataclass(frozen=True)
class InspectorRow:
    """One usable inspector (a line of inspectors.tsv); quals `("*",)` means qualified for all."""

    id: str
    name: str
    dept: str
    quals: tuple[str, ...]
    leader: bool


@dataclass(frozen=True)
class ConflictRow:
    """A (inspector, target) pair that may never be put together (a line of conflicts.tsv)."""

    inspector_id: str
    target_id: str


def reject(file: str, line: int, reason: str, detail: str = "") -> DomainError:
    """The one error every canonical-form violation raises; `line` is 1-based (0 = whole file)."""
    return DomainError("sr1_not_canonical", file=file, line=line, reason=reason, detail=detail)


# ---------------------------------------------------------------- fields


def has_forbidden_char(text: str) -> bool:
    """True if `text` holds a control character, DEL, U+2028/U+2029 or U+FEFF."""
    return _FORBIDDEN_RE.search(text) is not None


def is_canonical_text(text: str) -> bool:
    """True if `text == NFC(text).strip()` (fast path when already NFC)."""
    if unicodedata.is_normalized("NFC", text):
        return text.strip() == text
    return unicodedata.normalize("NFC", text).strip() == text


def clean_field(value: object) -> str:
    """NFC(str(v)).strip(): what every written field goes through (join_tsv rejects control chars)."""
    return unicodedata.normalize("NFC", str(value)).strip()


def render_list(items: Iterable[str], file: str, field: str) -> str:
    """Sort, de-duplicate and join a list field (empty items dropped); `*` must stand alone."""
    cleaned = {clean_field(item) for item in items} - {""}
    if any("," in item for item in cleaned):
        raise reject(file, 0, "bad_list", f"{field}: element contains ','")
    if "*" in cleaned and len(cleaned) > 1:
        raise reject(file, 0, "bad_list", f"{field}: '*' must stand alone")
    return ",".join(sorted(cleaned))


def parse_list(text: str, file: str, line: int, field: str, allow_empty: bool) -> tuple[str, ...]:
    """A list field: `*` alone, or strictly ascending non-empty stripped items without `*`."""
    if text == "*":
        return ("*",)
    if text == "":
        if allow_empty:
            return ()
        raise reject(file, line, "bad_list", f"{field} is empty")
    items = tuple(text.split(","))
    for item in items:
        if item == "" or item == "*" or item.strip() != item:
            raise reject(file, line, "bad_list", f"{field}={text!r}")
    if any(a >= b for a, b in zip(items, items[1:], strict=False)):
        raise reject(file, line, "bad_list", f"{field} not sorted/de-duplicated: {text!r}")
    return items


def parse_int(text: str, file: str, line: int, field: str) -> int:
    """ASCII decimal, no sign, no leading zeros."""
    small = _SMALL_INTS.get(text)
    if small is not None:
        return small
    if not _INT_RE.fullmatch(text):
        raise reject(file, line, "bad_int", f"{field}={text!r}")
    return int(text)


def parse_bool(text: str, file: str, line: int, field: str) -> bool:
    """`0` or `1` only."""
    if text not in ("0", "1"):
        raise reject(file, line, "bad_bool", f"{field}={text!r}")
    return text == "1"


def check_id(text: str, file: str, line: int, field: str) -> str:
    """Ids are non-empty printable ASCII (a credit code or staff number, never free text)."""
    if text == "" or not text.isascii() or not text.isprintable():
        raise reject(file, line, "bad_id", f"{field}={text!r}")
    return text


def _bool_text(value: bool) -> str:
    return "1" if value else "0"


# ---------------------------------------------------------------- generic TSV layer


def split_tsv(data: bytes, file: str, header: Sequence[str]) -> list[list[str]]:
    """Check the byte-level form (UTF-8, no BOM, LF, final LF, header) and split into fields."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise reject(file, 1, "bom")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise reject(file, 0, "bad_utf8", str(exc)) from None
    if "\r" in text:
        raise reject(file, text[: text.index("\r")].count("\n") + 1, "crlf")
    if not text.endswith("\n"):
        raise reject(file, text.count("\n") + 1, "no_final_lf")
    bad = _FORBIDDEN_IN_FILE_RE.search(text)
    if bad is not None:
        raise reject(file, text.count("\n", 0, bad.start()) + 1, "control_char", f"U+{ord(bad.group()):04X}")
    lines = text[:-1].split("\n")
    if lines[0] != "\t".join(header):
        raise reject(file, 1, "header", f"expected {chr(9).join(header)!r}, got {lines[0]!r}")
    # TAB and LF never compose or reorder with their neighbours, so a whole text that is NFC with no
    # whitespace at field edges has only canonical fields; otherwise look field by field for the culprit.
    per_field = (not unicodedata.is_normalized("NFC", text) or _LEADING_SPACE_RE.search(text) is not None
                 or _TRAILING_SPACE_RE.search(text) is not None)
    width = len(header)
    rows = [line.split("\t") for line in lines[1:]]
    for number, fields in enumerate(rows, start=2):
        if len(fields) != width:
            raise reject(file, number, "field_count", f"expected {width}, got {len(fields)}")
        if per_field:
            for name, value in zip(header, fields, strict=True):
                if not is_canonical_text(value):
                    raise reject(file, number, "not_nfc_stripped", f"{name}={value!r}")
    return rows


def check_order(keys: Sequence[tuple[str, ...]], file: str) -> None:
    """Rows strictly ascending by key in code-point order: sorted and unique."""
    for index in range(1, len(keys)):
        previous, current = keys[index - 1], keys[index]
        if current == previous:
            raise reject(file, index + 2, "duplicate_key", "\t".join(current))
        if current < previous:
            raise reject(file, index + 2, "unsorted", "\t".join(current))


def join_tsv(header: Sequence[str], rows: list[tuple[str, ...]], file: str, key_len: int) -> bytes:
    """Sort rows by key, reject duplicate keys, and join them into canonical bytes."""
    rows.sort(key=lambda row: row[:key_len])
    check_order([row[:key_len] for row in rows], file)
    text = "\n".join(["\t".join(header), *("\t".join(row) for row in rows)]) + "\n"
    # One scan of the joined text instead of one per field: a TAB or LF inside a field shows up as
    # extra separators, anything else as a forbidden character. Only on a hit do we look for the field.
    separators_ok = text.count("\n") == len(rows) + 1 and text.count("\t") == (len(rows) + 1) * (len(header) - 1)
    if not separators_ok or _FORBIDDEN_IN_FILE_RE.search(text) is not None:
        for row in rows:
            for name, value in zip(header, row, strict=True):
                if has_forbidden_char(value):
                    raise reject(file, 0, "control_char", f"{name}={value!r}")
        raise reject(file, 0, "control_char")  # unreachable: the scan above names the field
    return text.encode("utf-8")


def _build(
    rows: Iterable[Row], file: str, header: Sequence[str], key_len: int,
    fields: Callable[[Row], tuple[str, ...]],
    parse: Callable[[bytes], Parsed],
) -> tuple[bytes, Parsed]:
    data = join_tsv(header, [fields(row) for row in rows], file, key_len)
    return data, parse(data)  # what we write must be exactly what we accept


# ---------------------------------------------------------------- targets


def build_targets(rows: Iterable[TargetRow]) -> tuple[bytes, tuple[TargetRow, ...]]:
    """Canonical targets.tsv bytes for `rows` (any order), with the rows as parsed back."""

    def fields(row: TargetRow) -> tuple[str, ...]:
        return (clean_field(row.id), clean_field(row.name),
                clean_field(row.stratum), clean_field(row.category),
                str(int(row.draws)), _bool_text(row.passed), _bool_text(row.exempt))

    return _build(rows, "targets.tsv", TARGETS_HEADER, 1, fields, parse_targets)


def render_targets(rows: Iterable[TargetRow]) -> bytes:
    """Canonical targets.tsv bytes for `rows` (any order)."""
    return build_targets(rows)[0]


def parse_targets(data: bytes) -> tuple[TargetRow, ...]:
    """Strictly parse canonical targets.tsv bytes."""
    f = "targets.tsv"
    out: list[TargetRow] = []
    for n, (tid, name, stratum, category, draws, passed, exempt) in enumerate(
        split_tsv(data, f, TARGETS_HEADER), start=2
    ):
        if stratum == "":
            raise reject(f, n, "empty_field", "stratum")
        out.append(TargetRow(check_id(tid, f, n, "id"), name, stratum, category,
                             parse_int(draws, f, n, "draws"), parse_bool(passed, f, n, "passed"),
                             parse_bool(exempt, f, n, "exempt")))
    check_order([(row.id,) for row in out], f)
    return tuple(out)


# ---------------------------------------------------------------- inspectors


def build_inspectors(rows: Iterable[InspectorRow]) -> tuple[bytes, tuple[InspectorRow, ...]]:
    """Canonical inspectors.tsv bytes (quals sorted, de-duplicated), with the rows as parsed back."""

    def fields(row: InspectorRow) -> tuple[str, ...]:
        f = "inspectors.tsv"
        return (clean_field(row.id), clean_field(row.name),
                clean_field(row.dept), render_list(row.quals, f, "quals"),
                _bool_text(row.leader))

    return _build(rows, "inspectors.tsv", INSPECTORS_HEADER, 1, fields, parse_inspectors)


def render_inspectors(rows: Iterable[InspectorRow]) -> bytes:
    """Canonical inspectors.tsv bytes for `rows` (any order)."""
    return build_inspectors(rows)[0]


def parse_inspectors(data: bytes) -> tuple[InspectorRow, ...]:
    """Strictly parse canonical inspectors.tsv bytes (an empty quals field means no quals)."""
    f = "inspectors.tsv"
    out: list[InspectorRow] = []
    for n, (iid, name, dept, quals, leader) in enumerate(split_tsv(data, f, INSPECTORS_HEADER), start=2):
        if dept == "":
            raise reject(f, n, "empty_field", "dept")
        out.append(InspectorRow(check_id(iid, f, n, "id"), name, dept,
                                parse_list(quals, f, n, "quals", allow_empty=True),
                                parse_bool(leader, f, n, "leader")))
    check_order([(row.id,) for row in out], f)
    return tuple(out)


# ---------------------------------------------------------------- conflicts


def build_conflicts(rows: Iterable[ConflictRow]) -> tuple[bytes, tuple[ConflictRow, ...]]:
    """Canonical conflicts.tsv bytes for `rows` (any order), with the rows as parsed back."""

    def fields(row: ConflictRow) -> tuple[str, ...]:
        return (clean_field(row.inspector_id), clean_field(row.target_id))

    return _build(rows, "conflicts.tsv", CONFLICTS_HEADER, 2, fields, parse_conflicts)


def render_conflicts(rows: Iterable[ConflictRow]) -> bytes:
    """Canonical conflicts.tsv bytes for `rows` (any order)."""
    return build_conflicts(rows)[0]


def parse_conflicts(data: bytes) -> tuple[ConflictRow, ...]:
    """Strictly parse canonical conflicts.tsv bytes."""
    f = "conflicts.tsv"
    out = [
        ConflictRow(check_id(i, f, n, "inspector_id"), check_id(t, f, n, "target_id"))
        for n, (i, t) in enumerate(split_tsv(data, f, CONFLICTS_HEADER), start=2)
    ]
    check_order([(row.inspector_id, row.target_id) for row in out], f)
    return tuple(out)
