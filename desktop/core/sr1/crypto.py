"""SR1 §2 and §4 hashing: file hashes, commitment, witness digits, seed, target keys, word stream."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from desktop.core.errors import DomainError

FILE_NAMES = ("targets.tsv", "inspectors.tsv", "conflicts.tsv", "rules.tsv")
TAG_COMMIT = b"SR1/commit\0"
TAG_SEED = b"SR1/seed\0"
TAG_TARGET = b"SR1/target\0"
TAG_INSPECT = b"SR1/inspect\0"
TAG_EVENT = b"SR1/event\0"
TAG_RESULT = b"SR1/result\0"
SECRET_LEN = 32
_TWO_64 = 1 << 64
_DIGITS_RE = re.compile(r"[0-9]{4,64}")


def len32(data: bytes) -> bytes:
    """4-byte big-endian length prefix."""
    return len(data).to_bytes(4, "big")


def file_hashes(files: Mapping[str, bytes]) -> dict[str, str]:
    """SHA-256 hex of each of the four files, in FH order."""
    return {name: hashlib.sha256(files[name]).hexdigest() for name in FILE_NAMES}


def fh_bytes(files: Mapping[str, bytes]) -> bytes:
    """FH = SHA256(targets) ‖ SHA256(inspectors) ‖ SHA256(conflicts) ‖ SHA256(rules)."""
    return b"".join(hashlib.sha256(files[name]).digest() for name in FILE_NAMES)


def _check_secret(secret: bytes) -> None:
    if len(secret) != SECRET_LEN:
        raise DomainError("sr1_bad_secret", length=len(secret))


def commitment(fh: bytes, secret: bytes) -> bytes:
    """commit = SHA256("SR1/commit\\0" ‖ FH ‖ secret), shown before any witness speaks."""
    _check_secret(secret)
    return hashlib.sha256(TAG_COMMIT + fh + secret).digest()


def normalize_witness(digits: str) -> str:
    """NFKC, drop every whitespace character, then require 4–64 ASCII digits."""
    text = "".join(ch for ch in unicodedata.normalize("NFKC", digits) if not ch.isspace())
    if not _DIGITS_RE.fullmatch(text):
        raise DomainError("sr1_bad_digits", digits=digits)
    return text


def seed(fh: bytes, secret: bytes, witnesses: Sequence[str]) -> bytes:
    """seed = SHA256("SR1/seed\\0" ‖ FH ‖ secret ‖ len32(w_1) ‖ w_1 ‖ …), witnesses in seat order."""
    _check_secret(secret)
    if not witnesses:
        # Without at least one witness the operator alone would fix the seed.
        raise DomainError("sr1_no_witness")
    h = hashlib.sha256(TAG_SEED + fh + secret)
    for typed in witnesses:
        w = normalize_witness(typed).encode("ascii")
        h.update(len32(w) + w)
    return h.digest()


def target_key(seed_bytes: bytes, target_id: str) -> bytes:
    """The 抽签号 of one target."""
    return hashlib.sha256(TAG_TARGET + seed_bytes + target_id.encode("utf-8")).digest()


def result_hash(result_text: str) -> bytes:
    """result_hash = SHA256("SR1/result\\0" ‖ utf8(result text))."""
    return hashlib.sha256(TAG_RESULT + result_text.encode("utf-8")).digest()


def randbelow_from(next_word: Callable[[], int], n: int) -> int:
    """Unbiased integer in [0, n) from 64-bit words: reject words at or above the last full multiple."""
    if not 1 <= n <= _TWO_64:
        raise ValueError(f"randbelow: n out of range: {n}")
    limit = _TWO_64 - (_TWO_64 % n)
    while True:
        x = next_word()
        if x < limit:
            return x % n


class Stream:
    """word_j = first 8 bytes (big-endian) of SHA256(prefix ‖ j as 8-byte big-endian), j = 0, 1, …"""

    def __init__(self, prefix: bytes) -> None:
        self._base = hashlib.sha256(prefix)
        self.used = 0  # words taken so far; also the next j

    def word(self) -> int:
        """The next 64-bit word."""
        h = self._base.copy()
        h.update(self.used.to_bytes(8, "big"))
        self.used += 1
        return int.from_bytes(h.digest()[:8], "big")

    def randbelow(self, n: int) -> int:
        """Unbiased integer in [0, n) (§4)."""
        return randbelow_from(self.word, n)


def inspect_stream(seed_bytes: bytes, target_id: str) -> Stream:
    """The stream that staffs one target: "SR1/inspect\\0" ‖ seed ‖ len32(utf8(t)) ‖ utf8(t)."""
    t = target_id.encode("utf-8")
    return Stream(TAG_INSPECT + seed_bytes + len32(t) + t)


def event_stream(seed_bytes: bytes, index: int, digits: str) -> Stream:
    """The stream of a drawn recusal: "SR1/event\\0" ‖ seed ‖ n (4-byte BE) ‖ canonical digits."""
    w = normalize_witness(digits).encode("ascii")
    return Stream(TAG_EVENT + seed_bytes + index.to_bytes(4, "big") + w)
