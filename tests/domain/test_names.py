"""Names in one form: NFKC, no bidirectional controls or zero-width characters, single spaces."""

from __future__ import annotations

import pytest

from complaintdesk.domain.names import INVISIBLE, normalize_name


@pytest.mark.parametrize("typed, kept", [
    ("乌兰恒达建材有限公司", "乌兰恒达建材有限公司"),
    ("\u202e司公限有材建达恒兰乌", "司公限有材建达恒兰乌"),  # RLO: would display reversed
    ("乌兰\u200b恒达\u200c建材\u200d有限公司\ufeff", "乌兰恒达建材有限公司"),
    ("\u2066县\u2067教\u2068育\u2069局\u2060", "县教育局"),
    ("\u202a\u202b\u202c\u202d县\u200e局\u200f\u061c", "县局"),
    ("ＡＢＣ（北京）有限公司", "ABC(北京)有限公司"),  # full-width letters and brackets folded
    ("  张  建军 \t", "张 建军"),
    ("a\u200b \u200bb", "a b"),
])
def test_names_are_folded_to_one_form(typed, kept):
    assert normalize_name(typed) == kept


def test_every_listed_control_is_removed_and_nothing_else():
    assert normalize_name("".join(sorted(INVISIBLE))) == ""
    assert {f"{ord(c):04X}" for c in INVISIBLE} >= {"202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068",
                                                     "2069", "200B", "200C", "200D", "2060", "FEFF"}
    assert normalize_name("O'Brien & 李-王 №1") == "O'Brien & 李-王 No1"


@pytest.mark.parametrize("empty", [None, "", "   ", "\u202e", "\u200b\u200d\ufeff"])
def test_a_name_of_nothing_but_controls_is_empty(empty):
    assert normalize_name(empty) == ""
