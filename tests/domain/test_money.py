"""Tests for yuan parsing, display and the Chinese capital form."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from complaintdesk.domain.money import format_yuan, round_cents, to_money, yuan_to_chinese_capital


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.5", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1,234,567", "1234567.00"),
        ("  88 ", "88.00"),
        ("１，２３４．５０", "1234.50"),
        ("￥1,234.50", "1234.50"),
        ("¥ 0.3", "0.30"),
        ("1.500", "1.50"),
        ("0", "0.00"),
        ("+5", "5.00"),
    ],
)
def test_to_money_parses_strings(text, expected):
    assert to_money(text) == Decimal(expected)
    assert str(to_money(text)) == expected


def test_to_money_accepts_int_and_decimal_and_always_has_two_places():
    assert str(to_money(5)) == "5.00"
    assert str(to_money(Decimal("7.1"))) == "7.10"
    assert str(to_money(Decimal("-0"))) == "0.00"


@pytest.mark.parametrize("value", ["1.005", Decimal("0.001"), "12.345"])
def test_to_money_refuses_to_round_fractions_of_a_fen(value):
    with pytest.raises(ValueError, match="两位小数"):
        to_money(value)


@pytest.mark.parametrize("value", ["-1", "-0.01", Decimal("-3"), -2])
def test_to_money_rejects_negative(value):
    with pytest.raises(ValueError, match="负数"):
        to_money(value)


@pytest.mark.parametrize(
    "value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), "nan", "inf", "-Infinity"]
)
def test_to_money_rejects_non_finite(value):
    with pytest.raises(ValueError, match="有限"):
        to_money(value)


@pytest.mark.parametrize("value", ["", "abc", "12,34", "1,2345.00", "1.2.3", "1e3", "12元", "--1", "١٢"])
def test_to_money_rejects_malformed_text(value):
    with pytest.raises(ValueError, match="有效的金额"):
        to_money(value)


@pytest.mark.parametrize("value", [1.5, True, None, [1]])
def test_to_money_rejects_floats_and_other_types(value):
    with pytest.raises(TypeError):
        to_money(value)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("1234.5"), "1,234.50"),
        (Decimal("0"), "0.00"),
        (1000000, "1,000,000.00"),
        (Decimal("1234567.891"), "1,234,567.89"),
        # Half up, not Decimal's default half-even.
        (Decimal("0.005"), "0.01"),
        (Decimal("2.125"), "2.13"),
    ],
)
def test_format_yuan(amount, expected):
    assert format_yuan(amount) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [("0.005", "0.01"), ("0.0049999", "0.00"), ("2.675", "2.68"), ("382.716018", "382.72"), ("7", "7.00")],
)
def test_round_cents_rounds_half_up(amount, expected):
    assert str(round_cents(Decimal(amount))) == expected


def test_huge_amounts_keep_every_digit():
    huge = "1" * 30 + ".25"
    assert str(to_money(huge)) == huge
    assert format_yuan(Decimal("1E+30")) == "1," + ",".join(["000"] * 10) + ".00"


@given(st.text())
def test_to_money_accepts_or_raises_value_error_for_any_text(text):
    try:
        amount = to_money(text)
    except ValueError:
        return
    assert amount >= 0 and amount.as_tuple().exponent == -2


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=0, places=2))
def test_to_money_round_trips_its_display_form(amount):
    assert to_money(format_yuan(amount)) == amount


def test_format_yuan_rejects_floats():
    with pytest.raises(TypeError):
        format_yuan(1.5)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        # The worked examples of the PBoC bill-writing rules (《支付结算办法》附件一).
        ("1409.50", "壹仟肆佰零玖元伍角"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
        ("107000.53", "壹拾万柒仟元零伍角叁分"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        # Further hand-written cases.
        ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
        ("1005.00", "壹仟零伍元整"),
        ("100000.10", "壹拾万元零壹角"),
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角"),
        ("0.56", "伍角陆分"),
        ("1", "壹元整"),
        ("10", "壹拾元整"),
        ("15", "壹拾伍元整"),
        ("110", "壹佰壹拾元整"),
        ("1010", "壹仟零壹拾元整"),
        ("1001", "壹仟零壹元整"),
        ("10000", "壹万元整"),
        ("10010", "壹万零壹拾元整"),
        ("100100", "壹拾万零壹佰元整"),
        ("1000001", "壹佰万零壹元整"),
        ("1200000", "壹佰贰拾万元整"),
        ("30000000.30", "叁仟万元零叁角"),
        ("100000000", "壹亿元整"),
        ("100000001", "壹亿零壹元整"),
        ("101000000", "壹亿零壹佰万元整"),
        ("110000000", "壹亿壹仟万元整"),
        ("100100100.01", "壹亿零壹拾万零壹佰元零壹分"),
        ("1000000000000", "壹万亿元整"),
        ("1000100000000", "壹万零壹亿元整"),
        ("20.20", "贰拾元零贰角"),
        ("21.20", "贰拾壹元贰角"),
        ("21.02", "贰拾壹元零贰分"),
    ],
)
def test_yuan_to_chinese_capital(amount, expected):
    assert yuan_to_chinese_capital(Decimal(amount)) == expected


def test_yuan_to_chinese_capital_limits():
    assert yuan_to_chinese_capital("9999999999999999.99").startswith("玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿")
    with pytest.raises(ValueError, match="过大"):
        yuan_to_chinese_capital(Decimal(10) ** 16)
    with pytest.raises(ValueError):
        yuan_to_chinese_capital("-1")
    with pytest.raises(ValueError):
        yuan_to_chinese_capital("1.001")


_DIGIT_VALUES = {char: value for value, char in enumerate("零壹贰叁肆伍陆柒捌玖")}
_PLACES = {"拾": 10, "佰": 100, "仟": 1000}


def _parse_capital_fen(text: str) -> int:
    """An independent reader of capital amounts, in fen, used to check the writer round-trips."""
    yuan_text, _, fraction = text.removesuffix("整").rpartition("元")
    total = section = number = 0
    for char in yuan_text:
        if char in _DIGIT_VALUES:
            number = _DIGIT_VALUES[char]
        elif char in _PLACES:
            section += number * _PLACES[char]
            number = 0
        elif char == "万":
            total += (section + number) * 10**4
            section = number = 0
        elif char == "亿":
            total = (total + section + number) * 10**8
            section = number = 0
    yuan = total + section + number
    jiao = _DIGIT_VALUES[fraction[fraction.index("角") - 1]] if "角" in fraction else 0
    fen = _DIGIT_VALUES[fraction[fraction.index("分") - 1]] if "分" in fraction else 0
    return yuan * 100 + jiao * 10 + fen


@given(st.integers(min_value=0, max_value=10**14))
def test_yuan_to_chinese_capital_round_trips_and_writes_zeros_properly(fen):
    text = yuan_to_chinese_capital(Decimal(fen) / 100)
    assert _parse_capital_fen(text) == fen
    assert text.endswith("整") == (fen % 100 == 0)
    assert "零零" not in text
    if fen:
        assert not text.startswith("零")
        for unit in "拾佰仟万亿元角分整":
            assert "零" + unit not in text
