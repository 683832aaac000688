"""Tests for the one-year LPR table shipped in resources/lpr_1y.csv and its database-row loader."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from complaintdesk.domain.arrears import LprEntry, LprTable, load_lpr_table, lpr_on, overdue_interest
from complaintdesk.resources import resource_path

# DOMAIN.md §4, in percent.
DOMAIN_HISTORY = [
    (date(2019, 8, 20), "4.25"),
    (date(2019, 9, 20), "4.20"),
    (date(2019, 11, 20), "4.15"),
    (date(2020, 2, 20), "4.05"),
    (date(2020, 4, 20), "3.85"),
    (date(2021, 12, 20), "3.80"),
    (date(2022, 1, 20), "3.70"),
    (date(2022, 8, 22), "3.65"),
    (date(2023, 6, 20), "3.55"),
    (date(2023, 8, 21), "3.45"),
    (date(2024, 7, 22), "3.35"),
    (date(2024, 10, 21), "3.10"),
    (date(2025, 5, 20), "3.00"),
]


def test_shipped_table_is_exactly_the_domain_history():
    table = load_lpr_table()
    assert [(e.effective_on, e.rate) for e in table.entries] == [
        (day, Decimal(percent) / 100) for day, percent in DOMAIN_HISTORY
    ]


def test_shipped_file_names_its_source():
    text = resource_path("lpr_1y.csv").read_text(encoding="utf-8")
    comments = "".join(line for line in text.splitlines() if line.startswith("#"))
    assert "全国银行间同业拆借中心" in comments and "中国人民银行" in comments
    assert "effective_on,rate_percent" in text


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2019, 8, 20), "0.0425"),
        (date(2019, 9, 19), "0.0425"),
        (date(2019, 9, 20), "0.0420"),
        (date(2022, 8, 21), "0.0370"),
        (date(2022, 8, 22), "0.0365"),
        (date(2025, 5, 19), "0.0310"),
        (date(2025, 5, 20), "0.0300"),
        (date(2030, 1, 1), "0.0300"),
    ],
)
def test_rate_on_returns_the_fraction_in_force(day, expected):
    assert str(lpr_on(day)) == expected


def test_no_lpr_before_2019_08_20():
    with pytest.raises(ValueError, match="2019年8月20日"):
        lpr_on(date(2019, 8, 19))


def test_from_rows_accepts_pairs_and_mappings_like_the_database_copy():
    rows = [
        (date(2025, 5, 20), Decimal("3.00")),
        {"effective_on": "2026-01-20", "rate_percent": "2.90"},
        (" 2019-08-20", 4),
    ]
    table = load_lpr_table(rows)
    assert table.rate_on(date(2026, 1, 19)) == Decimal("0.0300")
    assert table.rate_on(date(2026, 1, 20)) == Decimal("0.0290")
    assert table.rate_on(date(2020, 1, 1)) == Decimal("0.04")
    assert LprTable.from_rows(rows).entries == table.entries


def test_entries_are_sorted_whatever_the_input_order():
    table = LprTable(
        [LprEntry(date(2024, 1, 1), Decimal("0.03")), LprEntry(date(2020, 1, 1), Decimal("0.04"))]
    )
    assert [e.effective_on for e in table.entries] == [date(2020, 1, 1), date(2024, 1, 1)]


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [(date(2025, 1, 1), "3"), (date(2025, 1, 1), "3.1")],
        [("2025/01/01", "3")],
        [(date(2025, 1, 1), "abc")],
        [(date(2025, 1, 1), "0")],
        [(date(2025, 1, 1), "100")],
        [(date(2025, 1, 1), "NaN")],
    ],
)
def test_bad_rows_raise_value_error(rows):
    with pytest.raises(ValueError):
        LprTable.from_rows(rows)


def test_float_rates_are_refused():
    with pytest.raises(TypeError):
        LprTable.from_rows([(date(2025, 1, 1), 3.0)])


def test_lpr_feeds_the_interest_floor():
    signed = date(2024, 8, 1)
    result = overdue_interest(
        Decimal("36000"),
        date(2025, 1, 1),
        date(2025, 1, 11),
        agreed_annual_rate=Decimal("0.02"),
        lpr_at_signing=lpr_on(signed),
    )
    # LPR on 2024-08-01 is 3.35 %; 10 days x 36,000 x 0.0335 / 360 = 33.50
    assert result.total == Decimal("33.50")
