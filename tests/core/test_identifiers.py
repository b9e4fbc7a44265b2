"""Tests for identifier checks, masking and name cleaning."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric, uscc

from desktop.core.identifiers import (
    USCC_ALPHABET,
    check_id_number,
    check_uscc,
    id_check_char,
    mask_id_number,
    mask_person_name,
    mask_phone,
    nfkc_clean,
    normalize_code,
    uscc_check_char,
)

TODAY = date(2026, 3, 1)

uscc_body = st.builds(
    lambda head, region, org: head + region + org,
    st.text(USCC_ALPHABET, min_size=2, max_size=2),
    st.text("0123456789", min_size=6, max_size=6),
    st.text(USCC_ALPHABET, min_size=9, max_size=9),
)


def valid_uscc(first17: str) -> str:
    return first17 + uscc_check_char(first17)


# --- USCC -----------------------------------------------------------------------------------


def test_uscc_known_valid() -> None:
    assert check_uscc("91110000600037341L") is None
    assert check_uscc("91350100M000100Y43") is None


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("", "uscc_length"),
        ("91110000600037341", "uscc_length"),
        ("91110000600037341LX", "uscc_length"),
        ("91110000600037341l", "uscc_charset"),  # lower case: normalize first
        ("9111000060003734IL", "uscc_charset"),  # I is not in the alphabet
        ("91110000600037341O", "uscc_charset"),
        ("９1110000600037341L", "uscc_charset"),  # full-width digit
        ("911A0000600037341L", "uscc_region"),
        ("91110000600037341K", "uscc_check_digit"),
    ],
)
def test_uscc_errors(code: str, error: str) -> None:
    assert check_uscc(code) == error


def test_uscc_normalize_then_check() -> None:
    assert check_uscc(normalize_code(" ９１１１００００６０００３７３４１ｌ ")) is None


def test_uscc_authority_letters_allowed() -> None:
    # GB 32100 authority codes include letters (e.g. N 农业) that stdnum rejects.
    code = valid_uscc("N2110000600037341")
    assert check_uscc(code) is None


@given(uscc_body)
def test_uscc_generated_codes_pass_and_agree_with_stdnum(first17: str) -> None:
    code = valid_uscc(first17)
    assert check_uscc(code) is None
    assert uscc.calc_check_digit(first17) == code[17]


@given(uscc_body, st.integers(min_value=0, max_value=17), st.sampled_from(USCC_ALPHABET))
def test_uscc_any_single_change_fails(first17: str, pos: int, char: str) -> None:
    code = valid_uscc(first17)
    if code[pos] == char:
        char = USCC_ALPHABET[(USCC_ALPHABET.index(char) + 1) % len(USCC_ALPHABET)]
    changed = code[:pos] + char + code[pos + 1 :]
    assert check_uscc(changed) is not None


@given(uscc_body, st.integers(min_value=0, max_value=16))
def test_uscc_adjacent_swap_mostly_detected(first17: str, pos: int) -> None:
    code = valid_uscc(first17)
    swapped = code[:pos] + code[pos + 1] + code[pos] + code[pos + 2 :]
    if swapped != code:
        # weights differ mod 31 for neighbours, so a transposition changes the sum
        assert check_uscc(swapped) is not None


def test_uscc_check_char_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        uscc_check_char("123")
    with pytest.raises(ValueError):
        uscc_check_char("9111000060003734I")


# --- 身份证号 ---------------------------------------------------------------------------------


def test_id_known_valid() -> None:
    result = check_id_number("11010519491231002X", TODAY)
    assert result.ok and result.error is None
    assert result.birth_date == date(1949, 12, 31)
    assert result.sex == "F"
    assert result.area_code == "110105"
    assert result.area_name and "北京" in result.area_name
    assert result.warning is None
    male = check_id_number("360426199101010071", TODAY)
    assert male.ok and male.sex == "M"


def test_id_unknown_area_is_only_a_warning() -> None:
    first17 = "990101" + "19900307" + "123"
    result = check_id_number(first17 + id_check_char(first17), TODAY)
    assert result.ok
    assert result.warning == "id_area_unknown"
    assert not ric.is_valid(first17 + id_check_char(first17))  # stdnum would have rejected it


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("", "id_length"),
        ("11010519491231002", "id_length"),
        ("110105194912310021X", "id_length"),
        ("11010519491231002x", "id_charset"),  # normalize first
        ("1101051949123100AX", "id_charset"),
        ("11010519491231002Y", "id_charset"),
        ("110105194913310021", "id_birth_date"),
        ("110105194902300021", "id_birth_date"),
        ("110105189912310021", "id_birth_date"),
        ("110105194912310021", "id_check_digit"),
    ],
)
def test_id_errors(number: str, error: str) -> None:
    result = check_id_number(number, TODAY)
    assert result.error == error
    assert not result.ok


def test_id_birth_in_future() -> None:
    first17 = "110105" + "20260302" + "001"
    number = first17 + id_check_char(first17)
    assert check_id_number(number, TODAY).error == "id_birth_future"
    assert check_id_number(number, date(2026, 3, 2)).ok


def test_id_lowercase_x_after_normalize() -> None:
    assert check_id_number(normalize_code("11010519491231002x"), TODAY).ok


id_body = st.builds(
    lambda area, birth, seq: area + birth.strftime("%Y%m%d") + f"{seq:03d}",
    st.sampled_from(["110105", "360426", "420102", "421202", "990101"]),
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    st.integers(min_value=0, max_value=999),
)


@given(id_body)
def test_id_generated_numbers_pass_and_agree_with_stdnum(first17: str) -> None:
    number = first17 + id_check_char(first17)
    assert check_id_number(number, TODAY).ok
    assert ric.calc_check_digit(number) == number[17]


@given(id_body, st.integers(min_value=0, max_value=17), st.sampled_from("0123456789X"))
def test_id_single_change_never_passes_silently(first17: str, pos: int, char: str) -> None:
    number = first17 + id_check_char(first17)
    if number[pos] == char:
        return
    changed = number[:pos] + char + number[pos + 1 :]
    assert check_id_number(changed, TODAY).error is not None


# --- masking ---------------------------------------------------------------------------------


def test_mask_id_number() -> None:
    assert mask_id_number("11010519491231002X") == "110***********002X"
    assert mask_id_number("110105491231002") == "110********1002"
    assert mask_id_number("1234567") == "*******"
    assert mask_id_number("") == ""


@given(st.text(max_size=40))
def test_mask_id_never_reveals_more_than_seven(s: str) -> None:
    masked = mask_id_number(s)
    shown = [c for c in masked if c != "*"]
    assert len(shown) <= 7
    compact = "".join(s.split())
    if compact:
        assert masked != compact or set(compact) == {"*"}


@given(id_body)
def test_mask_id_real_numbers(first17: str) -> None:
    number = first17 + id_check_char(first17)
    masked = mask_id_number(number)
    assert len(masked) == 18
    assert masked[:3] == number[:3] and masked[-4:] == number[-4:]
    assert masked[3:14] == "*" * 11


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("+86 138-1234-5678", "138****5678"),
        ("07158123456", "071****3456"),
        ("8123456", "*****56"),
        ("12345", "*****"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mask_phone_mobile_hides_middle(phone: str) -> None:
    masked = mask_phone(phone)
    assert masked == phone[:3] + "****" + phone[-4:]


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("张三丰", "张**"),
        ("欧阳娜娜", "欧阳**"),
        ("欧阳修", "欧阳*"),
        ("欧阳", "欧*"),
        ("司马相如", "司马**"),
        ("王", "*"),
        ("", ""),
        ("  李　四 ", "李 *"),  # cleaned first: "李 四" keeps its separator
        ("买买提·艾力", "买**·**"),
    ],
)
def test_mask_person_name(name: str, masked: str) -> None:
    assert mask_person_name(name) == masked


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=2, max_size=6))
def test_mask_name_hides_given_name(name: str) -> None:
    masked = mask_person_name(name)
    assert masked != name
    assert masked.count("*") >= len(name) - 2


def test_nfkc_clean() -> None:
    assert nfkc_clean("  张\u3000 三\t\n丰  ") == "张 三 丰"
    assert nfkc_clean("ＡＢＣ１２３") == "ABC123"
    assert nfkc_clean("李\u200b四\ufeff") == "李四"
    assert nfkc_clean("") == ""


def test_id_check_char_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        id_check_char("12345")
    with pytest.raises(ValueError):
        id_check_char("1101051949123100A")


def test_birth_boundaries() -> None:
    for offset in (0, 1):
        d = TODAY - timedelta(days=offset)
        first17 = "110105" + d.strftime("%Y%m%d") + "010"
        assert check_id_number(first17 + id_check_char(first17), TODAY).ok
