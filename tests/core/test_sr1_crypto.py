"""SR1 §2/§4 hashing: witness digits, commitment and seed layout, the word stream, randbelow."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.errors import DomainError
from desktop.core.sr1 import Stream, commitment, normalize_witness, randbelow_from, seed, target_key
from desktop.core.sr1.crypto import event_stream, inspect_stream

FH = bytes(range(128))
SECRET = bytes(range(32))
TWO_64 = 1 << 64


# ---------------------------------------------------------------- witness digits


@pytest.mark.parametrize(("typed", "canonical"), [
    ("31415926", "31415926"),
    ("２７１８２８１８", "27182818"),  # full-width digits (NFKC)
    ("1 6 1 8 0 3 3 9", "16180339"),
    (" 12\u300034\t56\n78\u00a0", "12345678"),  # ideographic, tab, newline, no-break space
    ("0000", "0000"),
    ("①②③④", "1234"),  # NFKC folds circled digits too: the spec says NFKC, so they count
    ("9" * 64, "9" * 64),
])
def test_normalize_witness_accepts(typed: str, canonical: str) -> None:
    assert normalize_witness(typed) == canonical


@pytest.mark.parametrize("typed", ["123", "", "    ", "9" * 65, "12a45", "12-345", "١٢٣٤٥", "१२३४", "+1234",
                                   "12.34"])
def test_normalize_witness_rejects(typed: str) -> None:
    with pytest.raises(DomainError) as info:
        normalize_witness(typed)
    assert info.value.code == "sr1_bad_digits"


# ---------------------------------------------------------------- commitment, seed, keys


def test_commitment_layout() -> None:
    assert commitment(FH, SECRET) == hashlib.sha256(b"SR1/commit\x00" + FH + SECRET).digest()
    with pytest.raises(DomainError):
        commitment(FH, SECRET[:31])


def test_seed_layout_with_length_prefixes() -> None:
    expected = hashlib.sha256(
        b"SR1/seed\x00" + FH + SECRET + b"\x00\x00\x00\x041234" + b"\x00\x00\x00\x0556789"
    ).digest()
    assert seed(FH, SECRET, ["1234", "５６７ 89"]) == expected
    # The length prefixes keep witnesses apart: "1234"+"5678" is not "12345678".
    assert seed(FH, SECRET, ["1234", "5678"]) != seed(FH, SECRET, ["12345678"])
    # Seat order matters.
    assert seed(FH, SECRET, ["1234", "5678"]) != seed(FH, SECRET, ["5678", "1234"])


def test_seed_needs_a_witness_and_a_full_secret() -> None:
    with pytest.raises(DomainError):
        seed(FH, SECRET, [])
    with pytest.raises(DomainError):
        seed(FH, b"short", ["1234"])


def test_target_key_layout() -> None:
    s = bytes(32)
    assert target_key(s, "91110000MA01AAAA1X") == hashlib.sha256(b"SR1/target\x00" + s + b"91110000MA01AAAA1X").digest()


# ---------------------------------------------------------------- stream


def test_stream_words_follow_the_spec() -> None:
    prefix = b"SR1/inspect\x00" + bytes(32) + b"\x00\x00\x00\x02T1"
    stream = Stream(prefix)
    for j in range(3):
        digest = hashlib.sha256(prefix + j.to_bytes(8, "big")).digest()
        assert stream.word() == int.from_bytes(digest[:8], "big")
    assert inspect_stream(bytes(32), "T1").word() == Stream(prefix).word()


def test_event_stream_layout() -> None:
    prefix = b"SR1/event\x00" + bytes(32) + (3).to_bytes(4, "big") + b"5772156"
    assert event_stream(bytes(32), 3, "５７７２ 156").word() == Stream(prefix).word()


# ---------------------------------------------------------------- randbelow


def _fake(words: list[int]) -> tuple[Callable[[], int], list[int]]:
    taken: list[int] = []
    source = iter(words)

    def next_word() -> int:
        value = next(source)
        taken.append(value)
        return value

    return next_word, taken


def test_randbelow_rejects_words_at_or_above_limit() -> None:
    n = (1 << 63) + 1  # 2^64 mod n = 2^63 - 1, so limit = 2^64 - (2^63 - 1) = n: half the words are rejected
    limit = TWO_64 - (TWO_64 % n)
    assert limit == n
    next_word, taken = _fake([TWO_64 - 1, limit, limit - 1])
    assert randbelow_from(next_word, n) == (limit - 1) % n
    assert taken == [TWO_64 - 1, limit, limit - 1]  # the first two words were thrown away


def test_randbelow_accepts_first_word_below_limit() -> None:
    n = 3
    limit = TWO_64 - (TWO_64 % n)  # 2^64 mod 3 = 1
    next_word, taken = _fake([limit - 1, 5])
    assert randbelow_from(next_word, n) == (limit - 1) % 3
    assert len(taken) == 1
    next_word, taken = _fake([limit, 5])
    assert randbelow_from(next_word, n) == 2
    assert len(taken) == 2


def test_randbelow_power_of_two_never_rejects() -> None:
    next_word, taken = _fake([TWO_64 - 1])
    assert randbelow_from(next_word, 1 << 10) == 1023
    assert randbelow_from(lambda: TWO_64 - 1, TWO_64) == TWO_64 - 1


def test_randbelow_rejects_bad_n() -> None:
    for n in (0, -1, TWO_64 + 1):
        with pytest.raises(ValueError):
            randbelow_from(lambda: 0, n)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=1, max_value=TWO_64), prefix=st.binary(max_size=40))
def test_randbelow_in_range(n: int, prefix: bytes) -> None:
    stream = Stream(prefix)
    for _ in range(3):
        assert 0 <= stream.randbelow(n) < n


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1, max_value=TWO_64), words=st.lists(st.integers(0, TWO_64 - 1), min_size=1))
def test_randbelow_matches_definition(n: int, words: list[int]) -> None:
    limit = TWO_64 - (TWO_64 % n)
    accepted = [w for w in words if w < limit]
    if not accepted:
        return
    next_word, taken = _fake(words)
    assert randbelow_from(next_word, n) == accepted[0] % n
    assert taken[-1] == accepted[0] and all(w >= limit for w in taken[:-1])
