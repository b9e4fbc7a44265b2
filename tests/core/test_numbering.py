"""Tests for document numbers (文号)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import DomainError
from desktop.core.numbering import DocNumber, format_doc_number, parse_doc_number


def test_format_examples() -> None:
    assert format_doc_number("咸公（治）", "责改字", 2026, 3) == "咸公（治）责改字〔2026〕3号"
    assert format_doc_number("咸公", "抽查", 2026, 3) == "咸公抽查〔2026〕3号"
    assert format_doc_number("浙公禁毒", "抽查", 2017, 1) == "浙公禁毒抽查〔2017〕1号"
    assert format_doc_number("阳公通字", "", 2023, 2) == "阳公通字〔2023〕2号"


def test_padding_only_when_asked() -> None:
    assert format_doc_number("咸公（治）", "行罚决字", 2024, 1, pad=3) == "咸公（治）行罚决字〔2024〕001号"
    assert format_doc_number("X", "", 2024, 1234, pad=3) == "X〔2024〕1234号"  # never truncated
    assert format_doc_number("X", "", 2024, 7, pad=0) == "X〔2024〕7号"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("", "抽查", 2026, 1, 0), "org_code"),
        ((" 咸公", "抽查", 2026, 1, 0), "org_code"),
        (("咸 公", "抽查", 2026, 1, 0), "org_code"),
        (("咸公〔", "抽查", 2026, 1, 0), "org_code"),
        (("咸公", "抽[查", 2026, 1, 0), "kind_code"),
        (("咸公", "抽查", 26, 1, 0), "year"),
        (("咸公", "抽查", 2026, 0, 0), "n"),
        (("咸公", "抽查", 2026, -1, 0), "n"),
        (("咸公", "抽查", 2026, 1, -1), "pad"),
        (("咸公", "抽查", 2026, 1, 11), "pad"),
    ],
)
def test_format_rejects(args: tuple[str, str, int, int, int], field: str) -> None:
    with pytest.raises(DomainError) as info:
        format_doc_number(*args)
    assert info.value.code == "doc_number_invalid"
    assert info.value.params["field"] == field


def test_parse_basic() -> None:
    parsed = parse_doc_number("咸公抽查〔2026〕3号")
    assert parsed == DocNumber("咸公抽查", "", 2026, 3, 0)
    assert parse_doc_number("咸公抽查〔2026〕3号", org_code="咸公") == DocNumber("咸公", "抽查", 2026, 3, 0)
    assert str(parse_doc_number("咸公（治）责改字〔2026〕12号")) == "咸公（治）责改字〔2026〕12号"


def test_parse_tolerates_common_typing() -> None:
    assert parse_doc_number(" 浙工商抽查[2017]1号 ") == DocNumber("浙工商抽查", "", 2017, 1)
    assert parse_doc_number("沪建管责改字【2024】５号").n == 5
    padded = parse_doc_number("咸公（治）行罚决字〔2024〕001号")
    assert (padded.n, padded.pad) == (1, 3)
    assert str(padded) == "咸公（治）行罚决字〔2024〕001号"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "咸公抽查2026 3号",
        "〔2026〕3号",
        "咸公抽查〔26〕3号",
        "咸公抽查〔2026〕号",
        "咸公抽查〔2026〕0号",
        "咸公抽查〔2026〕3",
        "咸公〔2025〕抽查〔2026〕3号",
        "咸公抽查〔0999〕1号",
    ],
)
def test_parse_rejects(text: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_doc_number(text)
    assert info.value.code == "doc_number_unparsable"


def test_parse_with_wrong_org_code() -> None:
    with pytest.raises(DomainError):
        parse_doc_number("咸公抽查〔2026〕3号", org_code="鄂公")


codes = st.text(alphabet=st.sampled_from("咸宁公安治（）责改字抽查行罚决禁毒XYZ"), min_size=1, max_size=8)


@given(
    codes,
    st.text(alphabet=st.sampled_from("抽查责改字"), max_size=4),
    st.integers(1900, 2999),
    st.integers(1, 10**6),
    st.integers(0, 6),
)
def test_round_trip(org: str, kind: str, year: int, n: int, pad: int) -> None:
    text = format_doc_number(org, kind, year, n, pad)
    assert "〔" in text and "〕" in text and text.endswith("号")
    parsed = parse_doc_number(text, org_code=org)
    assert (parsed.org_code, parsed.kind_code, parsed.year, parsed.n) == (org, kind, year, n)
    assert str(parsed) == text
