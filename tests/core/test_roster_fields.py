"""Roster import rules: cell normalisers, header matching and row validation (pure core)."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import roster_fields as rf
from desktop.core import roster_rows as rr
from desktop.core import roster_values as rv
from desktop.core.errors import DomainError
from desktop.core.identifiers import id_check_char, uscc_check_char
from desktop.core.roster_edit import coerce_field, display_value

TODAY = date(2026, 3, 1)
XN_REQUIRED = rf.required_keys("targets", ("管辖机关", "名称", "唯一编码", "风险分类等级"))


def uscc(first17: str = "91421200MA4F0XXX1") -> str:
    return first17 + uscc_check_char(first17)


def id_no(first17: str = "11010119900101123") -> str:
    return first17 + id_check_char(first17)


def _bad(fn, *args) -> str:
    with pytest.raises(rv.BadValue) as exc:
        fn(*args)
    return exc.value.message


# --- text ------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw, clean", [
    ("  咸宁  商贸\t公司 ", "咸宁 商贸 公司"),
    ("ＡＢＣ１２３", "ABC123"),
    ("咸宁（某区）有限公司，", "咸宁（某区）有限公司，"),  # Chinese punctuation is kept
    ("a\u200bb\ufeffc\x00d", "abcd"),
    ("甲\u3000乙\xa0丙", "甲 乙 丙"),
    ("", ""),
])
def test_clean_text(raw: str, clean: str) -> None:
    assert rv.clean_text(raw) == clean
    assert rv.clean_text_column([raw, "x"]) == [clean, "x"]


def _slow_clean(value: str) -> str:
    return " ".join(rv._INVISIBLE.sub("", value.translate(rv._FOLD)).split())


@given(st.text())
def test_clean_text_fast_paths_agree_with_the_slow_path(value: str) -> None:
    assert rv.clean_text(value) == _slow_clean(value)
    assert rv.clean_text_column([value, value + " x"]) == [_slow_clean(value), _slow_clean(value + " x")]
    assert rv.clean_code_column([value]) == [rv.clean_code(value)]


@given(st.text())
def test_clean_text_leaves_no_control_or_surrogate_characters(value: str) -> None:
    out = rv.clean_text(value)
    assert out == out.strip() and "  " not in out
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in out)


def test_clean_multiline_keeps_lines() -> None:
    assert rv.clean_multiline(" 第一条 \r\n\r\n第二条\n") == "第一条\n第二条"


def test_codes_are_text_and_full_width_is_folded() -> None:
    assert rv.clean_code(" ００１２３ ") == "00123"
    assert rv.clean_code("ab 12") == "AB12"


# --- unique codes ----------------------------------------------------------------------------


def test_uscc_valid_lower_case_and_full_width() -> None:
    code = uscc()
    assert rv.parse_target_code(code) == code
    assert rv.parse_target_code(code.lower()) == code
    full = "".join(chr(ord(c) + 0xFEE0) for c in code)
    assert rv.parse_target_code(full) == code


def test_uscc_bad_check_digit_names_the_expected_character() -> None:
    code = uscc()
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    message = _bad(rv.parse_target_code, wrong)
    assert message.startswith("校验位错误") and f"应为「{code[17]}」" in message


def test_uscc_charset_and_region() -> None:
    assert "不使用的字符" in _bad(rv.parse_target_code, "91421200MA4F0XXXI1")
    assert "行政区划码" in _bad(rv.parse_target_code, "91AB1200MA4F0XXX11")


@pytest.mark.parametrize("code", ["420000000012345", "ABC123", "A" * 40, "00123456"])
def test_other_unique_codes_accepted(code: str) -> None:
    assert rv.parse_target_code(code) == code


@pytest.mark.parametrize("code", ["12345", "A" * 41, "12345678-9", "咸宁001"])
def test_other_unique_codes_rejected(code: str) -> None:
    assert "6–40位" in _bad(rv.parse_target_code, code)


def test_target_code_column_matches_single_values() -> None:
    raw = [uscc(), uscc().lower(), "ABC123", "", "12345", uscc()[:17] + "0" if uscc()[17] != "0" else uscc()[:17] + "1"]
    values, bad = rv.parse_target_codes(raw)
    assert values[:4] == [uscc(), uscc(), "ABC123", ""] and values[4:] == [None, None]
    assert [i for i, _ in bad] == [4, 5] and bad[1][1] == _bad(rv.parse_target_code, raw[5])


# --- 身份证号 --------------------------------------------------------------------------------


def test_id_number_errors_and_unknown_area_warning() -> None:
    good = id_no()
    assert rv.id_number_messages(good, TODAY) == (None, None)
    assert "校验位错误" in (rv.id_number_messages(good[:17] + ("0" if good[17] != "0" else "1"), TODAY)[0] or "")
    assert "出生日期无效" in (rv.id_number_messages(id_no("11010119901301123"), TODAY)[0] or "")
    assert "晚于今天" in (rv.id_number_messages(id_no("11010120990101123"), TODAY)[0] or "")
    assert "18位" in (rv.id_number_messages("1101011990", TODAY)[0] or "")
    error, warning = rv.id_number_messages(id_no("99000019900101123"), TODAY)
    assert error is None and warning is not None and "990000" in warning


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["2026-01-05", "2026/1/5", "2026.1.5", "2026年1月5日", "20260105", "46027",
                                 "46027.0", "2026-01-05 00:00:00", "２０２６－０１－０５", " 2026 年 1 月 5 日 "])
def test_dates(raw: str) -> None:
    assert rv.parse_date(raw) == date(2026, 1, 5)


@pytest.mark.parametrize("raw", ["", "长期", "长期有效", "9999-09-09", "9999-12-31"])
def test_no_expiry(raw: str) -> None:
    assert rv.parse_date(raw) is None


@pytest.mark.parametrize("raw", ["2026-02-30", "明年", "1899-01-01", "2026-13-01", "99999999", "2026", "1"])
def test_bad_dates(raw: str) -> None:
    _bad(rv.parse_date, raw)


# --- enumerations ----------------------------------------------------------------------------


@pytest.mark.parametrize("raw, code", [("A", "A"), ("a", "A"), ("低风险", "A"), ("低", "A"), ("一般风险", "B"),
                                       ("一般", "B"), ("较高", "C"), ("高风险", "D"), ("高", "D"), ("Ｄ", "D"),
                                       ("C级", "C"), ("", None)])
def test_risk(raw: str, code: str | None) -> None:
    assert rv.parse_risk(raw, rv.risk_lookup()) == code


def test_risk_unknown_and_custom_labels() -> None:
    assert "无法识别" in _bad(rv.parse_risk, "E", rv.risk_lookup())
    custom = rv.risk_lookup((("A", "低"), ("B", "中"), ("C", "高")))
    assert rv.parse_risk("中", custom) == "B" and rv.parse_risk("高", custom) == "C"
    assert rv.parse_risk("较高风险", rv.risk_lookup()) == "C"


def test_gender_bool_kind() -> None:
    assert rv.parse_gender("男") == "男" and rv.parse_gender("女性") == "女" and rv.parse_gender("") == ""
    assert "男" in _bad(rv.parse_gender, "未知")
    assert rv.parse_bool("是") is True and rv.parse_bool("否") is False and rv.parse_bool("") is False
    assert rv.parse_bool("TRUE") is True and rv.parse_bool("√") is True
    _bad(rv.parse_bool, "也许")
    assert rv.parse_item_kind("重点") == "key" and rv.parse_item_kind("") == "general"
    _bad(rv.parse_item_kind, "次要")


def test_qualifications_and_points() -> None:
    assert rv.parse_qualifications("治安、消防，治安;") == ",".join(sorted(["治安", "消防"]))
    assert rv.parse_points("查台账\n 查现场 \n\n") == ("查台账", "查现场")
    assert rv.parse_points("查台账；查现场") == ("查台账", "查现场")
    assert rv.parse_points("查台账；核对\n查现场") == ("查台账；核对", "查现场")


# --- headers ---------------------------------------------------------------------------------


def test_template_headers_and_aliases_match() -> None:
    headers = ["管辖机关", "企业名称", "统一社会信用代码/注册号", "风险分类等级", "地址", "备注栏"]
    m = rf.match_headers("targets", headers, XN_REQUIRED)
    assert m.columns == {"jurisdiction": 0, "name": 1, "code": 2, "risk_class": 3, "address": 4}
    assert m.ignored == ("备注栏",) and m.problems == ()


def test_missing_required_column_and_duplicate_column() -> None:
    m = rf.match_headers("targets", ["检查对象名称", "企业名称", "统一社会信用代码"], XN_REQUIRED)
    texts = [p.text() for p in m.problems]
    assert "第1行「企业名称」：与「检查对象名称」是同一字段，只能保留一列" in texts
    assert any("「管辖机关」：缺少此必填列" in t for t in texts)
    assert any("「风险分类等级」：缺少此必填列" in t for t in texts)


def test_hand_mapping_and_header_noise() -> None:
    m = rf.match_headers("targets", ["*单位名称", "单位代码（必填）"], rf.required_keys("targets"),
                         {"*单位名称": "检查对象名称", "单位代码（必填）": "code"})
    assert m.columns == {"name": 0, "code": 1} and not m.problems
    bad = rf.match_headers("targets", ["x"], frozenset(), {"x": "不存在的字段"})
    assert bad.problems[0].message == "对应关系中指定的字段不存在"
    assert rf.match_headers("inspectors", ["＊姓名", "警 号"], frozenset()).columns == {"name": 0, "staff_no": 1}


def test_find_header_row_below_a_title() -> None:
    rows = [["检查对象名录"], [], ["统一社会信用代码", "检查对象名称"], ["x", "y"]]
    assert rf.find_header_row("targets", rows) == 2


# --- rows ------------------------------------------------------------------------------------


def _check(kind: str, rows: list[list[str]], required: frozenset[str] | None = None) -> rr.RowCheck:
    required = rf.required_keys(kind) if required is None else required
    m = rf.match_headers(kind, rows[0], required)
    return rr.check_rows(kind, rows, 0, m, rr.CheckContext(today=TODAY, required=required))


def test_rows_are_numbered_as_in_the_sheet_and_blank_rows_skipped() -> None:
    code = uscc()
    r = _check("targets", [["检查对象名称", "统一社会信用代码"], ["甲", code], ["", " "], ["乙", code[:17] + "0"]])
    assert r.row_numbers == [2, 4]
    assert r.rows[0] == {"name": "甲", "code": code}
    assert len(r.errors) == 1 and r.errors[0].text().startswith("第4行「统一社会信用代码」：校验位错误（第18位应为「")


def test_required_empty_and_duplicates() -> None:
    code = uscc()
    r = _check("targets", [["管辖机关", "检查对象名称", "统一社会信用代码", "风险分类等级"],
                           ["咸宁市公安局", "甲", code, "A"], ["", "乙", code.lower(), ""]], XN_REQUIRED)
    assert [p.text() for p in r.errors] == [
        "第3行「管辖机关」：必填项为空", "第3行「统一社会信用代码」：与第2行重复", "第3行「风险分类等级」：必填项为空"]


def test_empty_risk_is_left_out_when_optional() -> None:
    r = _check("targets", [["检查对象名称", "统一社会信用代码", "风险分类等级"], ["甲", uscc(), ""]])
    assert not r.errors and "risk_class" not in r.rows[0]


def test_inspector_rows_warn_but_do_not_reject() -> None:
    unknown_area = id_no("99000019900101123")
    female_id = id_no("11010119900101124")
    r = _check("inspectors", [["姓名", "警号", "身份证号", "性别", "执法证有效期至", "可任组长"],
                              ["张三", "001", unknown_area, "男", "长期", "是"],
                              ["李四", "002", female_id, "男", "2020-01-01", "否"],
                              ["王五", "003", female_id, "", "", ""]])
    assert r.rows[0] == {"name": "张三", "staff_no": "001", "id_number": unknown_area, "gender": "男",
                         "licence_expiry": None, "leader_capable": True}
    assert [p.text() for p in r.errors] == ["第4行「身份证号」：与第3行的身份证号相同"]
    warnings = [p.text() for p in r.warnings]
    assert any(w.startswith("第2行「身份证号」：地区码 990000") for w in warnings)
    assert "第3行「性别」：性别与身份证号不一致（仅提示）" in warnings
    assert "第3行「执法证有效期至」：执法证已过期（仅提示）" in warnings


def test_too_long_values_are_errors() -> None:
    r = _check("inspectors", [["姓名", "警号"], ["张" * 81, "1" * 41]])
    assert [p.message for p in r.errors] == ["超过80个字符（81个）", "超过40个字符（41个）"]


def test_items_and_conflicts_rows() -> None:
    r = _check("items", [["编号", "事项名称", "事项类别", "检查要点"], ["01", "旅馆业检查", "重点", "查登记；查消防"]])
    assert r.rows == [{"code": "01", "name": "旅馆业检查", "kind": "key", "check_points": ("查登记", "查消防")}]
    c = _check("conflicts", [["警号", "统一社会信用代码", "截止日期"], ["001", uscc(), "2020-01-01"],
                             ["001", uscc(), ""]])
    assert [p.message for p in c.errors] == ["与第2行重复"]
    assert c.warnings[0].message.startswith("截止日期已过")


# --- editing and display ---------------------------------------------------------------------


def test_coerce_field_parses_strings_and_checks_types() -> None:
    assert coerce_field("targets", "risk_class", "较高风险") == "C"
    assert coerce_field("inspectors", "licence_expiry", "2026年1月5日") == date(2026, 1, 5)
    assert coerce_field("inspectors", "leader_capable", True) is True
    assert coerce_field("items", "check_points", ["a", " b "]) == ("a", "b")
    with pytest.raises(DomainError) as exc:
        coerce_field("targets", "code", "123")
    assert exc.value.code == "roster_invalid"
    with pytest.raises(DomainError):
        coerce_field("targets", "name", "")
    with pytest.raises(DomainError):
        coerce_field("inspectors", "leader_capable", "maybe")
    with pytest.raises(DomainError):
        coerce_field("inspectors", "id_number", "110***********1237")
    with pytest.raises(DomainError):
        coerce_field("targets", "nonexistent", "x")


def test_display_value() -> None:
    labels = (("A", "低风险"), ("B", "一般风险"))
    assert display_value("targets", "risk_class", "A", labels) == "低风险"
    assert display_value("targets", "key_area", True) == "是"
    assert display_value("targets", "active", False) == "停用"
    assert display_value("items", "kind", "key") == "重点"
    assert display_value("inspectors", "licence_expiry", date(2026, 1, 5)) == "2026-01-05"
    assert display_value("inspectors", "qualifications", "消防,治安") == "消防、治安"
