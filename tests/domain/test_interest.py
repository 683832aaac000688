"""Tests for overdue interest (Payment Regulation 2025 art. 17), totals worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from complaintdesk.domain.arrears import overdue_interest

DUE = date(2025, 3, 31)


def test_default_rate_with_two_partial_payments():
    result = overdue_interest(
        Decimal("100000.00"),
        DUE,
        date(2025, 6, 30),
        payments=[(date(2025, 5, 20), Decimal("30000")), (date(2025, 4, 15), "20,000.00")],
    )
    # 4/1-4/15: 15 d x 100,000 x 0.0005 =   750.00
    # 4/16-5/20: 35 d x  80,000 x 0.0005 = 1,400.00
    # 5/21-6/30: 41 d x  50,000 x 0.0005 = 1,025.00
    assert result.total == Decimal("3175.00")
    assert [(p.start, p.end, p.days, p.principal, p.amount_rounded) for p in result.periods] == [
        (date(2025, 4, 1), date(2025, 4, 15), 15, Decimal("100000.00"), Decimal("750.00")),
        (date(2025, 4, 16), date(2025, 5, 20), 35, Decimal("80000.00"), Decimal("1400.00")),
        (date(2025, 5, 21), date(2025, 6, 30), 41, Decimal("50000.00"), Decimal("1025.00")),
    ]
    assert result.daily_rate == Decimal("0.0005")
    assert all(p.daily_rate == Decimal("0.0005") for p in result.periods)
    assert "万分之五" in result.rate_basis
    assert result.warnings == ()


def test_agreed_annual_rate_divided_by_360():
    result = overdue_interest(
        Decimal("123456.78"),
        date(2025, 1, 10),
        date(2025, 2, 10),
        agreed_annual_rate=Decimal("0.036"),
        lpr_at_signing=Decimal("0.0310"),
    )
    # 1/11-2/10 = 31 days; 123,456.78 x 0.036 x 31 / 360 = 123,456.78 x 0.0031 = 382.716018
    assert result.periods[0].days == 31
    assert result.periods[0].amount == Decimal("382.716018")
    assert result.total == Decimal("382.72")
    assert result.daily_rate == Decimal("0.0001")
    assert "3.6%" in result.rate_basis and "360" in result.rate_basis
    assert result.warnings == ()


def test_agreed_rate_below_the_lpr_at_signing_is_raised_to_it():
    result = overdue_interest(
        Decimal("360000"),
        date(2024, 1, 31),
        date(2024, 3, 1),
        agreed_annual_rate=Decimal("0.02"),
        lpr_at_signing=Decimal("0.0345"),
    )
    # 2/1-3/1 in a leap year = 30 days; 360,000 x 0.0345 x 30 / 360 = 1,035.00
    assert result.total == Decimal("1035.00")
    assert result.daily_rate == Decimal("0.0345") / 360
    assert len(result.warnings) == 1 and "LPR" in result.warnings[0] and "2%" in result.warnings[0]
    assert "3.45%" in result.rate_basis


def test_agreed_rate_equal_to_the_lpr_is_kept():
    result = overdue_interest(
        Decimal("360000"),
        date(2024, 1, 31),
        date(2024, 3, 1),
        agreed_annual_rate=Decimal("0.0345"),
        lpr_at_signing=Decimal("0.0345"),
    )
    assert result.total == Decimal("1035.00")
    assert result.warnings == ()


def test_agreed_rate_without_an_lpr_is_used_with_a_warning():
    result = overdue_interest(
        Decimal("36000"), date(2025, 1, 1), date(2025, 1, 11), agreed_annual_rate=Decimal("0.01")
    )
    # 10 days x 36,000 x 0.01 / 360 = 10.00
    assert result.total == Decimal("10.00")
    assert len(result.warnings) == 1 and "LPR" in result.warnings[0]


def test_total_rounds_half_up_once_at_the_end():
    # 1 day x 10.00 x 0.0005 = 0.005 exactly: half up gives 0.01 (half even would give 0.00).
    assert overdue_interest(Decimal("10"), DUE, DUE + timedelta(days=1)).total == Decimal("0.01")
    # Three periods of 0.004 each: rounding each first would give 0.00; the exact total 0.012 gives 0.01.
    result = overdue_interest(
        Decimal("24"),
        DUE,
        DUE + timedelta(days=3),
        payments=[(DUE + timedelta(days=1), Decimal("8")), (DUE + timedelta(days=2), Decimal("8"))],
    )
    assert [p.amount for p in result.periods] == [Decimal("0.0120"), Decimal("0.0080"), Decimal("0.0040")]
    assert result.total == Decimal("0.02")
    assert sum(p.amount_rounded for p in result.periods) == Decimal("0.02")
    result = overdue_interest(
        Decimal("8"),
        DUE,
        DUE + timedelta(days=3),
        agreed_annual_rate=Decimal("0.18"),
        lpr_at_signing=Decimal("0.03"),
    )
    # 8 x 0.18 x 3 / 360 = 0.012
    assert result.total == Decimal("0.01")


def test_payment_on_the_due_day_carries_no_interest():
    result = overdue_interest(
        Decimal("10000"), date(2025, 1, 1), date(2025, 1, 11), payments=[(date(2025, 1, 1), Decimal("4000"))]
    )
    # 1/2-1/11: 10 days x 6,000 x 0.0005 = 30.00
    assert result.total == Decimal("30.00")
    assert [p.principal for p in result.periods] == [Decimal("6000.00")]


def test_payment_before_the_due_day_lowers_the_principal():
    result = overdue_interest(
        Decimal("10000"),
        date(2025, 1, 1),
        date(2025, 1, 11),
        payments=[(date(2024, 12, 20), Decimal("10000"))],
    )
    assert result.total == Decimal("0.00") and result.periods == ()


def test_the_payment_day_itself_accrues_on_the_paid_part():
    result = overdue_interest(
        Decimal("10000"), date(2025, 1, 1), date(2025, 1, 31), payments=[(date(2025, 1, 3), Decimal("10000"))]
    )
    # 1/2 and 1/3: 2 days x 10,000 x 0.0005 = 10.00; nothing afterwards.
    assert result.total == Decimal("10.00")
    assert [(p.start, p.end) for p in result.periods] == [(date(2025, 1, 2), date(2025, 1, 3))]


def test_two_payments_on_the_same_day():
    result = overdue_interest(
        Decimal("10000"),
        date(2025, 1, 1),
        date(2025, 1, 5),
        payments=[(date(2025, 1, 3), Decimal("2000")), (date(2025, 1, 3), Decimal("3000"))],
    )
    # 1/2-1/3: 2 x 10,000 x 0.0005 = 10.00; 1/4-1/5: 2 x 5,000 x 0.0005 = 5.00
    assert result.total == Decimal("15.00")
    assert [p.principal for p in result.periods] == [Decimal("10000.00"), Decimal("5000.00")]


def test_payments_after_as_of_are_left_out_with_a_warning():
    result = overdue_interest(
        Decimal("10000"), date(2025, 1, 1), date(2025, 1, 11), payments=[(date(2025, 2, 1), Decimal("10000"))]
    )
    assert result.total == Decimal("50.00")
    assert len(result.warnings) == 1 and "未计入" in result.warnings[0]


@pytest.mark.parametrize("as_of", [DUE, DUE - timedelta(days=1), date(2020, 1, 1)])
def test_no_interest_on_or_before_the_due_day(as_of):
    result = overdue_interest(Decimal("10000"), DUE, as_of)
    assert result.total == Decimal("0.00") and result.periods == ()


def test_first_overdue_day_is_the_day_after_due():
    result = overdue_interest(Decimal("10000"), DUE, DUE + timedelta(days=1))
    assert result.total == Decimal("5.00")
    assert result.periods[0].start == result.periods[0].end == DUE + timedelta(days=1)


def test_payments_exceeding_the_principal_raise():
    with pytest.raises(ValueError, match="超过本金"):
        overdue_interest(
            Decimal("100"),
            DUE,
            date(2025, 6, 1),
            payments=[(date(2025, 4, 1), Decimal("60")), (date(2025, 5, 1), Decimal("40.01"))],
        )


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"agreed_annual_rate": 0.036}, TypeError),
        ({"agreed_annual_rate": Decimal("3.6")}, ValueError),
        ({"agreed_annual_rate": Decimal("-0.01")}, ValueError),
        ({"agreed_annual_rate": Decimal("0.03"), "lpr_at_signing": Decimal("NaN")}, ValueError),
        ({"payments": [(date(2025, 4, 1), Decimal("-1"))]}, ValueError),
        ({"payments": [(date(2025, 4, 1), Decimal("0"))]}, ValueError),
        ({"payments": [(date(2025, 4, 1), 1.5)]}, TypeError),
        ({"payments": [("2025-04-01", Decimal("1"))]}, TypeError),
    ],
)
def test_bad_rates_and_payments(kwargs, error):
    with pytest.raises(error):
        overdue_interest(Decimal("100"), DUE, date(2025, 6, 1), **kwargs)


def test_principal_must_be_money():
    with pytest.raises(TypeError):
        overdue_interest(100.0, DUE, date(2025, 6, 1))
    with pytest.raises(ValueError):
        overdue_interest(Decimal("-1"), DUE, date(2025, 6, 1))


_cents = st.integers(min_value=0, max_value=10**11).map(lambda c: Decimal(c) / 100)
_rates = st.one_of(st.none(), st.integers(min_value=0, max_value=2000).map(lambda r: Decimal(r) / 10000))


@st.composite
def _claims(draw):
    principal = draw(_cents)
    due_on = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
    payments = []
    left = principal
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        if left == 0:
            break
        amount = Decimal(draw(st.integers(min_value=1, max_value=int(left * 100)))) / 100
        day = due_on + timedelta(days=draw(st.integers(min_value=-30, max_value=800)))
        payments.append((day, amount))
        left -= amount
    return principal, due_on, payments


@given(
    _claims(),
    st.integers(min_value=-10, max_value=1000),
    st.integers(min_value=0, max_value=400),
    _rates,
)
def test_interest_is_never_negative_and_grows_with_as_of(claim, offset, extra_days, rate):
    principal, due_on, payments = claim
    as_of = due_on + timedelta(days=offset)
    rates = {"agreed_annual_rate": rate, "lpr_at_signing": Decimal("0.03") if rate is not None else None}
    earlier = overdue_interest(principal, due_on, as_of, payments=payments, **rates)
    later = overdue_interest(
        principal, due_on, as_of + timedelta(days=extra_days), payments=payments, **rates
    )
    assert Decimal(0) <= earlier.total <= later.total
    assert earlier.total == earlier.total.quantize(Decimal("0.01"))
    # The periods tile the overdue days without overlap and cover at most the principal.
    for before, after in zip(earlier.periods, earlier.periods[1:], strict=False):
        assert after.start > before.end
        assert after.principal < before.principal
    assert all(0 < p.principal <= principal and p.days == (p.end - p.start).days + 1 for p in earlier.periods)
    # Unpaid interest never beats the same claim with nothing paid.
    unpaid = overdue_interest(principal, due_on, as_of, **rates)
    assert earlier.total <= unpaid.total
