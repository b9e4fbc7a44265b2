"""SR1 §1 rules.tsv: the closed set of rule keys, their strict formats, and the Rules value."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.core.sr1.canonical import (
    RULES_HEADER,
    clean_field,
    join_tsv,
    parse_int,
    parse_list,
    reject,
    render_list,
    split_tsv,
)

FILE = "rules.tsv"
REQUIRED_KEYS = (
    "categories", "initiating_dept", "joint_depts", "max_draws_per_year",
    "max_load", "quota_base", "task_id", "team_size",
)
OPTIONAL_KEYS = ("rounding",)
_RATIO_RE = re.compile(r"(0|[1-9][0-9]*)/([1-9][0-9]*)")

RuleValue = str | int | tuple[int, int] | Sequence[str]


@dataclass(frozen=True)
class Rules:
    """Parsed rules.tsv; `None` stands for `*` ("all" / "not joint")."""

    raw: dict[str, str]  # every key as written, in file (= sorted) order
    task_id: str
    categories: tuple[str, ...] | None
    initiating_dept: str | None
    joint_depts: tuple[str, ...] | None
    team_size: int
    max_draws_per_year: int
    max_load: int
    quota_base: str
    rounding: str
    ratios: dict[str, tuple[int, int]]
    counts: dict[str, int]

    @property
    def strata(self) -> tuple[str, ...]:
        """The strata taking part in the task (those with a ratio. or count. key), sorted."""
        return tuple(sorted({*self.ratios, *self.counts}))

    def quota_text(self, stratum: str) -> str:
        """The stratum's rule as written: `num/den` for a ratio, the number for a count."""
        if stratum in self.ratios:
            num, den = self.ratios[stratum]
            return f"{num}/{den}"
        return str(self.counts[stratum])

    def category_in_scope(self, category: str) -> bool:
        """The directed `categories` filter."""
        return self.categories is None or category in self.categories

    def extra_depts(self) -> tuple[str, ...]:
        """Joint departments other than the initiating one, in sorted order (the dept:<d> roles)."""
        if self.joint_depts is None:
            return ()
        return tuple(d for d in self.joint_depts if d != self.initiating_dept)


def build_rules(values: Mapping[str, RuleValue]) -> tuple[bytes, Rules]:
    """Canonical rules.tsv bytes and their parse; lists are sorted/de-duplicated, ratios may be (num, den)."""
    rows: list[tuple[str, ...]] = []
    for key, value in values.items():
        rows.append((clean_field(key), _render_value(key, value)))
    data = join_tsv(RULES_HEADER, rows, FILE, 1)
    return data, parse_rules(data)  # what we write must be exactly what we accept


def render_rules(values: Mapping[str, RuleValue]) -> bytes:
    """Canonical rules.tsv bytes."""
    return build_rules(values)[0]


def _render_value(key: str, value: RuleValue) -> str:
    """A rule value as text: lists sorted and de-duplicated, a (num, den) ratio as `num/den`."""
    if isinstance(value, bool):
        raise reject(FILE, 0, "bad_rule_value", f"{key}: a boolean is not a rule value")
    if key in ("categories", "joint_depts") and not isinstance(value, str | int):
        return render_list([str(v) for v in value], FILE, key)
    if key.startswith("ratio.") and isinstance(value, tuple) and len(value) == 2:
        return f"{int(value[0])}/{int(value[1])}"
    return clean_field(value)


def parse_rules(data: bytes) -> Rules:
    """Strictly parse canonical rules.tsv bytes: no unknown, missing or malformed keys."""
    raw: dict[str, str] = {}
    lines: dict[str, int] = {}
    for number, (key, value) in enumerate(split_tsv(data, FILE, RULES_HEADER), start=2):
        if key in raw:
            raise reject(FILE, number, "duplicate_key", key)
        if raw and key < next(reversed(raw)):
            raise reject(FILE, number, "unsorted", key)
        raw[key] = value
        lines[key] = number
    ratios, counts = _quotas(raw, lines)
    allowed = {*REQUIRED_KEYS, *OPTIONAL_KEYS, *quota_keys(raw)}
    for key in raw:
        if key not in allowed:
            raise reject(FILE, lines[key], "unknown_rule", key)
    for key in REQUIRED_KEYS:
        if key not in raw:
            raise reject(FILE, 0, "missing_rule", key)
    rules = Rules(
        raw=raw,
        task_id=_non_empty(raw, lines, "task_id"),
        categories=_star_list(raw, lines, "categories"),
        initiating_dept=_star_or(raw["initiating_dept"], lines["initiating_dept"]),
        joint_depts=_star_list(raw, lines, "joint_depts"),
        team_size=parse_int(raw["team_size"], FILE, lines["team_size"], "team_size"),
        max_draws_per_year=parse_int(raw["max_draws_per_year"], FILE, lines["max_draws_per_year"],
                                     "max_draws_per_year"),
        max_load=parse_int(raw["max_load"], FILE, lines["max_load"], "max_load"),
        quota_base=_choice(raw, lines, "quota_base", ("all", "eligible"), None),
        rounding=_choice(raw, lines, "rounding", ("ceil", "half_up"), "ceil"),
        ratios=ratios,
        counts=counts,
    )
    _check_joint(rules, lines)
    return rules


def quota_keys(raw: Mapping[str, str]) -> set[str]:
    """The ratio.<s> / count.<s> keys (with a non-empty stratum) present in `raw`."""
    return {k for k in raw if (k.startswith("ratio.") or k.startswith("count.")) and len(k) > 6}


def _quotas(raw: Mapping[str, str], lines: Mapping[str, int]) -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
    ratios: dict[str, tuple[int, int]] = {}
    counts: dict[str, int] = {}
    for key in sorted(quota_keys(raw)):
        stratum, value = key[6:], raw[key]
        if key.startswith("ratio."):
            match = _RATIO_RE.fullmatch(value)
            if match is None:
                raise reject(FILE, lines[key], "bad_ratio", f"{key}={value!r}")
            ratios[stratum] = (int(match.group(1)), int(match.group(2)))
        else:
            counts[stratum] = parse_int(value, FILE, lines[key], key)
    both = sorted(set(ratios) & set(counts))
    if both:
        raise reject(FILE, lines["ratio." + both[0]], "ratio_and_count", both[0])
    return ratios, counts


def _non_empty(raw: Mapping[str, str], lines: Mapping[str, int], key: str) -> str:
    if raw[key] == "":
        raise reject(FILE, lines[key], "bad_rule_value", f"{key} is empty")
    return raw[key]


def _star_or(value: str, line: int) -> str | None:
    if value == "":
        raise reject(FILE, line, "bad_rule_value", "initiating_dept is empty")
    return None if value == "*" else value


def _star_list(raw: Mapping[str, str], lines: Mapping[str, int], key: str) -> tuple[str, ...] | None:
    items = parse_list(raw[key], FILE, lines[key], key, allow_empty=False)
    return None if items == ("*",) else items


def _choice(raw: Mapping[str, str], lines: Mapping[str, int], key: str,
            allowed: tuple[str, ...], default: str | None) -> str:
    if key not in raw and default is not None:
        return default
    if raw[key] not in allowed:
        raise reject(FILE, lines[key], "bad_rule_value", f"{key}={raw[key]!r}")
    return raw[key]


def _check_joint(rules: Rules, lines: Mapping[str, int]) -> None:
    """The initiating department belongs to a joint task, and the team has a seat per department."""
    joint, initiating = rules.joint_depts, rules.initiating_dept
    if joint is not None and initiating is not None and initiating not in joint:
        raise reject(FILE, lines["initiating_dept"], "bad_rule_value", "initiating_dept not in joint_depts")
    needed = 1 + len(rules.extra_depts())
    if rules.team_size < needed:
        raise reject(FILE, lines["team_size"], "bad_rule_value", f"team_size < {needed}")
