"""Tests for mainland resident ID numbers (GB 11643-1999)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from complaintdesk.domain.idcard import is_valid_id_number

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def with_check(first17: str) -> str:
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def test_standard_sample_number():
    # The worked example of GB 11643-1999: check sum 167, 167 mod 11 = 2 -> "X".
    assert is_valid_id_number("11010519491231002X")


def test_lower_case_x_spaces_and_full_width_digits_are_accepted():
    assert is_valid_id_number(" 11010519491231002x ")
    assert is_valid_id_number("１１０１０５１９４９１２３１００２Ｘ")


@pytest.mark.parametrize(
    "number",
    [
        "110105194912310021",  # wrong check digit
        "11010519491231002",  # 17 characters
        "11010519491231002X1",  # 19 characters
        "1101051949123100AX",  # letter in the body
        "11010519491231002Y",
        "",
    ],
)
def test_invalid_numbers(number):
    assert not is_valid_id_number(number)


@pytest.mark.parametrize("birth", ["19490230", "19491301", "20230229", "00000101", "19490100"])
def test_impossible_birth_dates_fail_even_with_a_right_check_digit(birth):
    assert not is_valid_id_number(with_check("110105" + birth + "002"))


def test_leap_day_birth_date_is_fine():
    assert is_valid_id_number(with_check("110105" + "20000229" + "123"))


def test_arabic_indic_digits_are_not_digits_here():
    number = with_check("110105" + "19491231" + "002")
    assert not is_valid_id_number(number[:5] + "\u0661" + number[6:])


@pytest.mark.parametrize("value", [None, 11010519491231002, b"11010519491231002X"])
def test_non_strings_are_invalid(value):
    assert is_valid_id_number(value) is False


@given(
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    st.text(alphabet="0123456789", min_size=3, max_size=3),
)
def test_built_numbers_are_valid_and_a_changed_check_char_is_not(area, birth, sequence):
    number = with_check(area + birth.strftime("%Y%m%d") + sequence)
    assert is_valid_id_number(number)
    for other in "0123456789X":
        if other != number[-1]:
            assert not is_valid_id_number(number[:-1] + other)


@given(st.text())
def test_never_raises(text):
    assert is_valid_id_number(text) in (True, False)
