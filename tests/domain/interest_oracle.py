"""The reference oracle for overdue interest: every overdue day accrued one by one, in exact integer arithmetic.

The package computes interest in closed form, one (rate period × balance period) segment at a time
(``domain.arrears.overdue_interest``). This is the slow, obvious reading of DOMAIN.md §4 it is checked
against, kept here and not in the package: for each day from the day after the due date through
``as_of``, the principal still unpaid that day (a payment stops interest after its own day; payments on
or before the due date lower the principal from the start) times the daily rate; the exact sum is
rounded to the fen, half up, once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

DAILY_DEFAULT = Fraction(5, 10000)  # 0.05 % a day when the contract agrees no rate


def daily_rate(agreed_annual_rate: Decimal | None = None, lpr_at_signing: Decimal | None = None) -> Fraction:
    """Interest per yuan per day: 0.05 % without an agreed rate, else the agreed annual rate (raised to the
    LPR at signing when below it) ÷ 360."""
    if agreed_annual_rate is None:
        return DAILY_DEFAULT
    annual = Fraction(agreed_annual_rate)
    if lpr_at_signing is not None:
        annual = max(annual, Fraction(lpr_at_signing))
    return annual / 360


@dataclass(frozen=True)
class DailyInterest:
    total: Decimal  # rounded half up to the fen, once
    exact: Fraction  # the unrounded sum of the days' interest, in yuan
    principal_days: int  # Σ over the overdue days of the principal owed that day, in fen


def _fen(amount: Decimal | str | int) -> int:
    fen = Decimal(amount) * 100
    assert fen == fen.to_integral_value(), amount
    return int(fen)


def day_by_day(
    principal: Decimal | str | int,
    due_on: date,
    as_of: date,
    payments: Iterable[tuple[date, Decimal | str | int]] = (),
    rate: Fraction = DAILY_DEFAULT,
) -> DailyInterest:
    """Interest summed day by day. Payments beyond the principal simply clear it (the claim view caps
    them); payments after ``as_of`` never fall before a day counted, so they are left out by themselves."""
    owed_at_start = _fen(principal)
    paid = sorted((day, _fen(amount)) for day, amount in payments)
    principal_days = 0
    day = due_on + timedelta(days=1)
    while day <= as_of:
        paid_before = sum(amount for paid_on, amount in paid if paid_on < day)
        principal_days += max(owed_at_start - paid_before, 0)
        day += timedelta(days=1)
    # Each day's interest is owed × rate; summing them exactly is the same as rate × Σ owed.
    exact = Fraction(principal_days, 100) * rate
    return DailyInterest(_round_half_up(exact), exact, principal_days)


def undisputed_base(claimed: Decimal, confirmed: Decimal | None, disputed: Decimal | None) -> Decimal | None:
    """What the debtor does not dispute: what it confirmed (at most the claim), else the claim less the
    dispute; None when it said neither."""
    if confirmed is not None:
        return min(confirmed, claimed)
    if disputed is not None:
        return max(claimed - disputed, Decimal("0.00"))
    return None


def _round_half_up(exact: Fraction) -> Decimal:
    fen = exact * 100
    whole = fen.numerator // fen.denominator
    if fen - whole >= Fraction(1, 2):
        whole += 1
    return Decimal(whole).scaleb(-2)
