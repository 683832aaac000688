"""Tests for unified social credit codes (GB 32100-2015)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from complaintdesk.domain.arrears import DebtorKind
from complaintdesk.domain.uscc import (
    CHARSET,
    is_valid_uscc,
    normalize_uscc,
    suggest_debtor_kind,
    uscc_check_char,
    uscc_problem,
)

VALID = ("91110000600037341L", "914403001922038216")


@pytest.mark.parametrize("code", VALID)
def test_public_test_codes_are_valid(code):
    assert is_valid_uscc(code)
    assert uscc_problem(code) is None


def test_public_invalid_code():
    assert not is_valid_uscc("914403001922038217")
    assert uscc_problem("914403001922038217").zh == "校验位应为“6”（现为“7”），请核对代码。"


def test_check_char_by_hand():
    # 9,1,1,1,0,0,0,0,6,0,0,0,3,7,3,4,1 weighted: 9+3+9+27+0+0+0+0+120+0+0+0+24+168+30+120+28 = 538;
    # 538 mod 31 = 11; 31 - 11 = 20 -> CHARSET[20] = "L".
    assert uscc_check_char("91110000600037341") == "L"
    assert uscc_check_char("91440300192203821") == "6"


@pytest.mark.parametrize(
    "first17",
    ["9111000060003734", "911100006000373410", "9111000060003734I", "9111000060003734l", 91110000600037341],
)
def test_check_char_rejects_bad_input(first17):
    with pytest.raises(ValueError):
        uscc_check_char(first17)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  91110000600037341L ", "91110000600037341L"),
        ("9111 0000 6000 3734 1l", "91110000600037341L"),
        ("9111\u30000000\t600037341L", "91110000600037341L"),
        ("９１１１００００６０００３７３４１Ｌ", "91110000600037341L"),
        ("ｌ", "L"),
        ("", ""),
    ],
)
def test_normalize(raw, expected):
    assert normalize_uscc(raw) == expected


def test_normalised_forms_are_valid():
    assert is_valid_uscc(" ９１１１００００６０００３７３４１ｌ ")


def test_normalize_rejects_non_strings():
    with pytest.raises(TypeError):
        normalize_uscc(None)


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("", "统一社会信用代码为空。"),
        ("   ", "统一社会信用代码为空。"),
        ("9111000060003734", "统一社会信用代码长度应为18位（现为16位）。"),
        ("91110000600037341LL", "统一社会信用代码长度应为18位（现为19位）。"),
        ("91110000600O37341L", "含非法字符“O”（第12位）；代码不使用字母I、O、S、V、Z。"),
        ("9111000060003734IL", "含非法字符“I”（第17位）；代码不使用字母I、O、S、V、Z。"),
        ("91110000600037341X", "校验位应为“L”（现为“X”），请核对代码。"),
        (None, "统一社会信用代码应为文本。"),
    ],
)
def test_problem_messages(code, problem):
    assert uscc_problem(code).zh == problem


@pytest.mark.parametrize("value", [None, 91110000600037341, b"91110000600037341L", ["91110000600037341L"]])
def test_non_strings_are_invalid_without_raising(value):
    assert is_valid_uscc(value) is False


def _with_check(first17: str) -> str:
    return first17 + uscc_check_char(first17)


@pytest.mark.parametrize(
    ("first17", "kind"),
    [
        ("11110000000000001", DebtorKind.STATE_ORGAN),
        ("12152500MB1234567", DebtorKind.PUBLIC_INSTITUTION),
        ("91152500MA0N12345", None),
        ("52152500MJ0000001", None),
    ],
)
def test_suggest_debtor_kind(first17, kind):
    assert suggest_debtor_kind(_with_check(first17)) is kind


def test_suggest_debtor_kind_is_none_for_invalid_codes():
    code = _with_check("11110000000000001")
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert suggest_debtor_kind(wrong) is None
    assert suggest_debtor_kind(None) is None


_first17 = st.text(alphabet=CHARSET, min_size=17, max_size=17)


@given(_first17)
def test_any_17_valid_chars_with_their_check_char_are_valid(first17):
    assert is_valid_uscc(_with_check(first17))


@given(_first17, st.integers(min_value=0, max_value=17), st.sampled_from(CHARSET))
def test_changing_any_single_character_invalidates(first17, position, replacement):
    code = _with_check(first17)
    if code[position] == replacement:
        replacement = CHARSET[(CHARSET.index(replacement) + 1) % len(CHARSET)]
    changed = code[:position] + replacement + code[position + 1 :]
    assert not is_valid_uscc(changed)
    assert uscc_problem(changed) is not None


@given(st.text())
def test_normalize_is_idempotent_and_checking_never_raises(text):
    once = normalize_uscc(text)
    assert normalize_uscc(once) == once
    assert is_valid_uscc(text) == (uscc_problem(text) is None)
