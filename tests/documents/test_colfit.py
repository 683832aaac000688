"""Column widths of ruled tables: unbreakable tokens, minimums kept, free width to the wrapping columns."""

from __future__ import annotations

import pytest

from complaintdesk.documents.colfit import (
    Need,
    fill_evenly,
    fit_columns,
    header_need,
    share,
    text_need,
    tokens,
)


def width(text: str) -> float:
    """A toy font at 1 pt: Chinese characters and full-width marks 1, everything else 0.5."""
    return sum(1.0 if ord(char) > 0x2E80 else 0.5 for char in text)


def test_tokens_keep_numbers_codes_and_their_punctuation_whole():
    assert tokens("欠款1,234,567.89元（合同HT-2025-0712）。") == [
        "欠", "款", "1,234,567.89元", "（合", "同", "HT-2025-0712）。"]
    assert tokens("2026-01-05 12:30") == ["2026-01-05", "12:30"]
    assert tokens("") == []


def test_a_text_column_is_never_narrower_than_its_longest_code_or_a_few_characters():
    least, natural = text_need(["某某县第一中学附属幼儿园", "合同HT-2025-0712-01"], width, 1.0, 4)
    assert least == width("HT-2025-0712-01") and natural == width("某某县第一中学附属幼儿园")
    assert text_need(["某某县第一中学附属幼儿园"], width, 1.0, 4) == (4.0, 12.0)
    assert text_need(["机关", "事业单位"], width, 1.0, 5) == (4.0, 4.0)  # short text: its own width
    assert text_need(["x" * 200], width, 1.0, 4)[0] == 12.0  # a pathological token may break


def test_a_header_may_wrap_to_three_lines_but_never_inside_a_token():
    least, natural = header_need("约定付款期限（日）", width, 1.0)
    assert natural == 9.0 and least == 3.0
    assert header_need("比率", width, 1.0) == (2.0, 2.0)
    assert header_need("合同金额（元）", width, 1.0, lines=2)[1] == pytest.approx(4.0)


def test_every_column_gets_its_minimum_and_the_text_columns_the_rest():
    needs = [Need(10, 10, False), Need(4, 40, True), Need(4, 20, True), Need(8, 9, False)]
    fit = fit_columns(needs, (2.0, 1.0), 100.0, 3.0)
    assert fit.size == 2.0 and fit.minimums_fit
    assert sum(fit.widths) == pytest.approx(100.0)
    assert fit.widths[0] == pytest.approx(26.0) and fit.widths[3] == pytest.approx(22.0)
    # Both text columns get the same fraction of their natural width (padding included).
    assert fit.widths[1] / 86 == pytest.approx(fit.widths[2] / 46) and fit.widths[1] < 86


def test_a_smaller_size_when_the_minimums_do_not_fit_and_a_share_in_proportion_below_the_floor():
    needs = [Need(30, 30, False), Need(30, 30, False), Need(10, 50, True)]
    assert fit_columns(needs, (2.0, 1.5, 1.0), 100.0, 1.0).size == 1.0
    squeezed = fit_columns(needs, (2.0, 1.5), 100.0, 1.0)
    assert not squeezed.minimums_fit and sum(squeezed.widths) == pytest.approx(100.0)
    assert squeezed.widths[0] == pytest.approx(squeezed.widths[1])
    assert squeezed.widths[0] > squeezed.widths[2]


def test_an_unbroken_smaller_size_is_preferred_where_asked():
    needs = [Need(10, 10, False), Need(5, 30, True)]
    assert fit_columns(needs, (2.0, 1.0), 50.0, 0.0).size == 2.0  # wraps the text column
    assert fit_columns(needs, (2.0, 1.0), 50.0, 0.0, unbroken=(2.0, 1.0)).size == 1.0


def test_when_everything_fits_the_spare_width_is_shared_in_proportion():
    widths = share([Need(10, 10, False), Need(5, 30, True)], 1.0, 80.0, 0.0)
    assert widths == pytest.approx([20.0, 60.0])


def test_fill_evenly_stays_between_minimum_and_natural():
    # t = 0.35: 3.5 → its minimum 5, 35, 2.1 → its minimum 5.
    assert fill_evenly([5.0, 5.0, 5.0], [10.0, 100.0, 6.0], 30.0) == pytest.approx([5.0, 35.0, 5.0])
    assert fill_evenly([5.0, 5.0], [10.0, 20.0], 30.0) == [10.0, 20.0]  # room for all: natural widths
    assert fill_evenly([], [], 10.0) == []


def test_below_the_floor_every_column_keeps_room_for_one_character():
    needs = [Need(2, 2, True)] + [Need(40, 40, False)] * 5
    fit = fit_columns(needs, (1.0,), 100.0, 3.0)
    assert not fit.minimums_fit and sum(fit.widths) == pytest.approx(100.0)
    assert fit.widths[0] >= 1.0 + 2 * 3.0


def test_a_report_gives_the_spare_width_to_its_text_columns():
    needs = [Need(10, 10, False), Need(5, 30, True)]
    assert share(needs, 1.0, 80.0, 0.0, spare_to_text=True) == pytest.approx([10.0, 70.0])
    numbers = [Need(10, 10, False), Need(30, 30, False)]
    assert share(numbers, 1.0, 80.0, 0.0, spare_to_text=True) == pytest.approx([20.0, 60.0])  # no text: all
