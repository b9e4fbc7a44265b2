"""Deterministic demo data: a SHA-256 dice, names, 统一社会信用代码, 身份证号 and phone numbers."""

from __future__ import annotations

import bisect
import hashlib
import struct
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

from desktop.core.identifiers import USCC_ALPHABET, check_id_number, id_check_char, uscc_check_char

__all__ = [
    "Dice",
    "IdNumbers",
    "NameBook",
    "Weighted",
    "at",
    "chance",
    "enterprise_name",
    "make_id_number",
    "make_uscc",
    "mobile",
    "org_code_check_char",
    "positions",
    "town_short",
]

T = TypeVar("T")

_BLOCKS = 256  # SHA-256 blocks per refill: 1,024 words, unpacked in one call
_WORDS = struct.Struct(f">{4 * _BLOCKS}Q")


class Dice:
    """Reproducible pseudo-random choices: 64-bit words of SHA-256(seed ‖ counter).

    Demo data must look random yet be identical on every machine and run, and the app never
    imports `random` (a draw must not be able to depend on it), so this is the demo's only
    source of chance. Words are buffered because the large demo needs millions of them.
    """

    __slots__ = ("_counter", "_next", "_prefix", "_words")

    def __init__(self, seed: str) -> None:
        self._prefix = hashlib.sha256(("demo\0" + seed).encode("utf-8")).digest()
        self._counter = 0
        self._words: tuple[int, ...] = ()
        self._next = 0

    def _refill(self) -> None:
        sha256, prefix, first = hashlib.sha256, self._prefix, self._counter
        data = b"".join(sha256(prefix + (first + k).to_bytes(8, "big")).digest() for k in range(_BLOCKS))
        self._counter = first + _BLOCKS
        self._words = _WORDS.unpack(data)
        self._next = 0

    def _take(self) -> int:
        if self._next == len(self._words):
            self._refill()
        self._next += 1
        return self._words[self._next - 1]

    def units(self, n: int) -> list[int]:
        """n numbers in [0, 65536), four per word: cheap fractions for bulk rows (see `at`)."""
        out: list[int] = []
        while len(out) < n:
            w = self._take()
            out += (w >> 48, (w >> 32) & 0xFFFF, (w >> 16) & 0xFFFF, w & 0xFFFF)
        return out[:n]

    def below(self, n: int) -> int:
        """A number in [0, n); the modulo bias (below n / 2^64) does not matter for demo data."""
        i = self._next
        if i == len(self._words):
            self._refill()
            i = 0
        self._next = i + 1
        return self._words[i] % n

    def percent(self, p: float) -> bool:
        """True with probability p %."""
        return self.below(1_000_000) < p * 10_000

    def pick(self, seq: Sequence[T]) -> T:
        """One element of a non-empty sequence."""
        return seq[self.below(len(seq))]

    def sample(self, seq: Sequence[T], k: int) -> list[T]:
        """Up to k distinct elements, in drawn order."""
        pool = list(seq)
        return [pool.pop(self.below(len(pool))) for _ in range(min(k, len(pool)))]

    def day(self, first: date, last: date) -> date:
        """A day in [first, last]."""
        return first + timedelta(days=self.below((last - first).days + 1))


class Weighted(Generic[T]):
    """A fixed weighted choice; cumulative weights make each pick one bisection."""

    def __init__(self, pairs: Sequence[tuple[T, int]]) -> None:
        kept = [(v, w) for v, w in pairs if w > 0]
        if not kept:
            raise ValueError("Weighted needs at least one positive weight")
        self._values = [v for v, _ in kept]
        self._cumulative = list(accumulate(w for _, w in kept))

    def at(self, unit: int) -> T:
        """The value a 16-bit unit from `Dice.units` falls on."""
        return self._values[bisect.bisect_right(self._cumulative, unit * self._cumulative[-1] >> 16)]


def at(seq: Sequence[T], unit: int) -> T:
    """The element a 16-bit unit from `Dice.units` falls on (uniform up to 1/65536)."""
    return seq[unit * len(seq) >> 16]


def chance(unit: int, p: float) -> bool:
    """True for p % of the 16-bit units."""
    return unit < p * 655.36


# --- identifiers -----------------------------------------------------------------------------

# Serial -> code body is an affine bijection, so distinct serials never collide while the
# bodies still look scattered rather than counting up.
_MA_SPACE = 31**5
_MA_STEP = 7_368_787  # not a multiple of 31
_DIGIT_SPACE = 10**8
_DIGIT_STEP = 7_919_263  # coprime to 10
_BASE36 = {c: int(c, 36) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def org_code_check_char(body: str) -> str:
    """The GB 11714 check character of an 8-character 组织机构代码 body (digits, capitals)."""
    v = _BASE36
    total = (3 * v[body[0]] + 7 * v[body[1]] + 9 * v[body[2]] + 10 * v[body[3]] + 5 * v[body[4]]
             + 8 * v[body[5]] + 4 * v[body[6]] + 2 * v[body[7]])
    value = 11 - total % 11
    return "X" if value == 10 else "0" if value == 11 else str(value)


def make_uscc(entity: str, area: str, serial: int, ma_char: str, modern: bool) -> str:
    """A valid 统一社会信用代码 (GB 32100); distinct serials (< 10^7) give distinct codes.

    `entity` is the registering authority and type ("91" enterprise, "92" 个体工商户, "51"
    社会团体, "52" 民办非企业单位); `area` the 6-digit division code. `modern` bodies take the
    post-2015 form "MA" + a regional character; older registrations keep an 8-digit body.
    """
    if modern:
        n = (serial * _MA_STEP + 1_234_567) % _MA_SPACE
        a = USCC_ALPHABET
        body = (f"MA{ma_char}{a[n % 31]}{a[n // 31 % 31]}{a[n // 961 % 31]}"
                f"{a[n // 29791 % 31]}{a[n // 923521]}")
    else:
        body = f"{(serial * _DIGIT_STEP + 31_415_926) % _DIGIT_SPACE:08d}"
    first17 = entity + area + body + org_code_check_char(body)
    return first17 + uscc_check_char(first17)


def make_id_number(area: str, birth: date, order: int) -> str:
    """A valid 身份证号 (GB 11643); `order` is the 3-digit order code (odd = male)."""
    first17 = f"{area}{birth:%Y%m%d}{order:03d}"
    return first17 + id_check_char(first17)


class IdNumbers:
    """Unique 身份证号 whose area code existed in the birth year when the bureau's list has one.

    Numbers issued before a division was renamed keep the old code; preferring such a code
    keeps the roster free of "unknown area" warnings where the division table allows it.
    """

    def __init__(self, areas: Sequence[str], today: date) -> None:
        self._areas = list(areas)
        self._today = today
        self._valid: dict[tuple[str, int], bool] = {}
        self._taken: set[str] = set()

    def _known(self, area: str, year: int) -> bool:
        key = (area, year)
        if key not in self._valid:
            probe = make_id_number(area, date(year, 1, 1), 1)
            self._valid[key] = check_id_number(probe, self._today).warning is None
        return self._valid[key]

    def make(self, dice: Dice, birth: date, male: bool) -> str:
        """A new number for a person born on `birth`."""
        start = dice.below(len(self._areas))
        rotated = self._areas[start:] + self._areas[:start]
        area = next((a for a in rotated if self._known(a, birth.year)), rotated[0])
        while True:
            order = 2 * (1 + dice.below(499)) - (1 if male else 0)
            number = make_id_number(area, birth, order)
            if number not in self._taken:
                self._taken.add(number)
                return number


_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
    "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186",
    "187", "188", "189", "191", "198", "199",
)  # fmt: skip


def mobile(dice: Dice) -> str:
    """An 11-digit mainland mobile number."""
    n = dice.below(len(_MOBILE_PREFIXES) * 10**8)
    return f"{_MOBILE_PREFIXES[n // 10**8]}{n % 10**8:08d}"


# --- names -----------------------------------------------------------------------------------


class NameBook:
    """Person names and shop names (字号) from the demo word lists."""

    def __init__(self, surnames: Sequence[tuple[str, int]], male: str, female: str,
                 trade_words: Sequence[str], trade_first: str, trade_second: str) -> None:
        self._surnames = Weighted(surnames)
        self._male = male
        self._female = female
        self._trade_words = list(trade_words)
        self._first = trade_first
        self._second = trade_second

    def person(self, dice: Dice, female: bool) -> str:
        """A full name; most given names have two different characters."""
        chars = self._female if female else self._male
        u = dice.units(4)
        first = u[1] * len(chars) >> 16
        given = chars[first]
        if chance(u[2], 72):
            second = u[3] * len(chars) >> 16
            given += chars[second if second != first else (first + 1) % len(chars)]
        return self._surnames.at(u[0]) + given

    def trade(self, dice: Dice, local_words: Sequence[str]) -> str:
        """A 字号: a common word, a local place word, or a two-character compound."""
        u = dice.units(4)
        if chance(u[0], 35):
            return at(self._trade_words, u[1])
        if chance(u[0], 45) and local_words:
            return at(local_words, u[1])
        first = at(self._first, u[2])
        second = u[3] * len(self._second) >> 16
        if self._second[second] == first:
            second = (second + 1) % len(self._second)
        return first + self._second[second]


def town_short(town: str) -> str:
    """A town's name without 街道 / 镇 / 乡 / 办事处, as it appears inside enterprise names."""
    for suffix in ("办事处", "街道", "镇", "乡"):
        if town.endswith(suffix) and len(town) > len(suffix) + 1:
            return town[: -len(suffix)]
    return town


def enterprise_name(dice: Dice, *, city: str, district: str, town: str, road: str, trade: str,
                    suffix: str) -> str:
    """An enterprise name in one of the usual registered forms (行政区划 + 字号 + 行业 + 组织形式)."""
    k = dice.below(100)
    if k < 45:
        return f"{district}{trade}{suffix}"
    if k < 65:
        return f"{city}{trade}{suffix}"
    if k < 82:
        return f"{district}{road}{suffix}"
    return f"{district}{town_short(town)}{trade}{suffix}"


def positions(department: str, *, external: bool, police: bool) -> tuple[str, str, str]:
    """(head, deputy, member) titles in a department; police members are 民警, never 辅警."""
    if external:
        return ("科长", "副科长", "执法人员")
    if department.endswith("派出所"):
        return ("所长", "副所长", "民警")
    if department.endswith("支队"):
        return ("支队长", "副支队长", "民警")
    if department.endswith("大队"):
        return ("大队长", "副大队长", "民警" if police else "监察员")
    return ("科长", "副科长", "科员")
