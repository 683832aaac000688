"""Interest in closed form (one segment per balance period) equals interest accrued day by day, to the fen.

The oracle (``tests.domain.interest_oracle``) walks every overdue day; the package multiplies each
segment's principal by its days. They must agree on every hand-worked case of the other interest tests
and on thousands of generated claims: random payments (before the due date, on it, several on one day,
after ``as_of``, beyond the principal), leap years, 0-day and same-day spans, every kind of rate.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from complaintdesk.domain.arrears import claim_interest, claim_interest_totals, overdue_interest
from tests.domain.interest_oracle import daily_rate, day_by_day, undisputed_base

D = Decimal

# The inputs of every hand-worked case in test_interest.py, test_claim_interest.py and test_lpr.py:
# (principal, due_on, as_of, payments, agreed_annual_rate, lpr_at_signing).
HAND_WORKED = [
    (D("100000.00"), date(2025, 3, 31), date(2025, 6, 30),
     [(date(2025, 5, 20), D("30000")), (date(2025, 4, 15), D("20000.00"))], None, None),
    (D("123456.78"), date(2025, 1, 10), date(2025, 2, 10), [], D("0.036"), D("0.0310")),
    (D("360000"), date(2024, 1, 31), date(2024, 3, 1), [], D("0.02"), D("0.0345")),
    (D("360000"), date(2024, 1, 31), date(2024, 3, 1), [], D("0.0345"), D("0.0345")),
    (D("36000"), date(2025, 1, 1), date(2025, 1, 11), [], D("0.01"), None),
    (D("10"), date(2025, 3, 31), date(2025, 4, 1), [], None, None),
    (D("24"), date(2025, 3, 31), date(2025, 4, 3), [(date(2025, 4, 1), D("8")), (date(2025, 4, 2), D("8"))], None, None),
    (D("8"), date(2025, 3, 31), date(2025, 4, 3), [], D("0.18"), D("0.03")),
    (D("10000"), date(2025, 1, 1), date(2025, 1, 11), [(date(2025, 1, 1), D("4000"))], None, None),
    (D("10000"), date(2025, 1, 1), date(2025, 1, 11), [(date(2024, 12, 20), D("10000"))], None, None),
    (D("10000"), date(2025, 1, 1), date(2025, 1, 31), [(date(2025, 1, 3), D("10000"))], None, None),
    (D("10000"), date(2025, 1, 1), date(2025, 1, 5), [(date(2025, 1, 3), D("2000")), (date(2025, 1, 3), D("3000"))],
     None, None),
    (D("10000"), date(2025, 1, 1), date(2025, 1, 11), [(date(2025, 2, 1), D("10000"))], None, None),
    (D("10000"), date(2025, 3, 31), date(2025, 3, 31), [], None, None),
    (D("10000"), date(2025, 3, 31), date(2025, 3, 30), [], None, None),
    (D("10000"), date(2025, 3, 31), date(2020, 1, 1), [], None, None),
    (D("10000"), date(2025, 3, 31), date(2025, 4, 1), [], None, None),
    (D("36000"), date(2025, 1, 1), date(2025, 1, 11), [], D("0.02"), D("0.0335")),
]
# (claimed, due_on, as_of, confirmed, disputed, payments, agreed_annual_rate, lpr_at_signing)
HAND_WORKED_CLAIMS = [
    (D("100000.00"), date(2025, 10, 9), date(2025, 11, 8), D("40000.00"), None, [], None, None),
    (D("100000.00"), date(2025, 10, 9), date(2025, 11, 8), None, D("70000.00"), [(date(2025, 10, 19), D("50000.00"))],
     None, None),
    (D("360000.00"), date(2025, 10, 9), date(2025, 11, 8), D("120000.00"), None, [], D("0.036"), D("0.03")),
    (D("100.10"), date(2025, 10, 9), date(2025, 10, 10), D("100.10"), None, [], None, None),
    (D("110.00"), date(2025, 10, 9), date(2025, 10, 10), None, None, [], None, None),
    (D("100000.00"), date(2025, 10, 9), date(2025, 11, 8), None, None, [], None, None),
    (D("1000.00"), date(2025, 10, 9), date(2025, 11, 8), D("400.00"), None, [(date(2025, 10, 20), D("1200.00"))],
     None, None),
]


def _check_overdue_interest(principal, due_on, as_of, payments, agreed, lpr):
    result = overdue_interest(principal, due_on, as_of, payments=payments, agreed_annual_rate=agreed,
                              lpr_at_signing=lpr)
    oracle = day_by_day(principal, due_on, as_of, [p for p in payments if p[0] <= as_of], daily_rate(agreed, lpr))
    assert result.total == oracle.total
    # The breakdown covers exactly the owed days: Σ principal × days of the segments, in fen.
    assert sum(int(p.principal * 100) * p.days for p in result.periods) == oracle.principal_days
    return result


def _check_claim_interest(claimed, due_on, as_of, confirmed, disputed, payments, agreed, lpr):
    result = claim_interest(claimed, due_on, as_of, confirmed=confirmed, disputed=disputed, payments=payments,
                            agreed_annual_rate=agreed, lpr_at_signing=lpr)
    rate = daily_rate(agreed, lpr)
    counted = [p for p in payments if p[0] <= as_of]
    oracle = day_by_day(claimed, due_on, as_of, counted, rate)
    assert result.claimed.total == oracle.total
    assert sum(int(p.principal * 100) * p.days for p in result.claimed.periods) == oracle.principal_days
    base = undisputed_base(claimed, confirmed, disputed)
    assert result.undisputed_principal == base
    if base is None:
        assert result.undisputed is None
    else:
        assert result.undisputed.total == day_by_day(base, due_on, as_of, counted, rate).total
    # The ledger's totals-only path gives the same figures.
    totals = claim_interest_totals(claimed, due_on, as_of, confirmed=confirmed, disputed=disputed,
                                   payments=payments, agreed_annual_rate=agreed, lpr_at_signing=lpr)
    assert (totals.claimed, totals.undisputed_principal, totals.undisputed) == (
        result.claimed.total, base, None if base is None else result.undisputed.total)
    return result


@pytest.mark.parametrize("case", HAND_WORKED)
def test_every_hand_worked_case_agrees_with_the_day_by_day_oracle(case):
    _check_overdue_interest(*case)


@pytest.mark.parametrize("case", HAND_WORKED_CLAIMS)
def test_every_hand_worked_claim_agrees_with_the_day_by_day_oracle(case):
    _check_claim_interest(*case)


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"claimed": D("-1")}, ValueError),
    ({"claimed": 1.5}, TypeError),
    ({"payments": [(date(2025, 4, 1), D("-1"))]}, ValueError),
    ({"payments": [("2025-04-01", D("1"))]}, TypeError),
    ({"agreed_annual_rate": 0.036}, TypeError),
    ({"agreed_annual_rate": D("3.6")}, ValueError),
    ({"agreed_annual_rate": D("0.03"), "lpr_at_signing": D("NaN")}, ValueError),
    ({"confirmed": D("-5")}, ValueError),
    ({"due_on": "2025-03-31"}, TypeError),
])
def test_the_totals_path_refuses_what_the_full_path_refuses(kwargs, error):
    given = {"claimed": D("100"), "due_on": date(2025, 3, 31), "as_of": date(2025, 6, 1), **kwargs}
    claimed, due_on, as_of = given.pop("claimed"), given.pop("due_on"), given.pop("as_of")
    for compute in (claim_interest, claim_interest_totals):
        with pytest.raises(error):
            compute(claimed, due_on, as_of, **given)


def test_the_oracle_is_not_the_closed_form_by_another_name():
    # Hand-worked: 4/1–4/15 at 100,000, 4/16–5/20 at 80,000, 5/21–6/30 at 50,000; 0.05 % a day.
    oracle = day_by_day(D("100000.00"), date(2025, 3, 31), date(2025, 6, 30),
                        [(date(2025, 4, 15), D("20000.00")), (date(2025, 5, 20), D("30000.00"))])
    assert oracle.principal_days == (15 * 100_000 + 35 * 80_000 + 41 * 50_000) * 100
    assert oracle.total == D("3175.00")
    # Half up, not half even: 1 day × 10.00 × 0.0005 = 0.005 → 0.01; 1 day × 1.00 × 0.0005 = 0.0005 → 0.00.
    assert day_by_day(D("10.00"), date(2025, 1, 1), date(2025, 1, 2)).total == D("0.01")
    assert day_by_day(D("1.00"), date(2025, 1, 1), date(2025, 1, 2)).total == D("0.00")
    # A leap day is a day: 2/28–3/1 of 2024 is 3 days, of 2025 two.
    assert day_by_day(D("100"), date(2024, 2, 27), date(2024, 3, 1)).principal_days == 3 * 10_000
    assert day_by_day(D("100"), date(2025, 2, 27), date(2025, 3, 1)).principal_days == 2 * 10_000


# --- generated claims ------------------------------------------------------------------------------

_fen = st.integers(min_value=1, max_value=10**12)  # up to 10,000,000,000.00 yuan
_annual = st.integers(min_value=0, max_value=2400).map(lambda r: D(r).scaleb(-4))  # 0 – 24 % a year
_lpr = st.sampled_from([None, D("0.0310"), D("0.0345"), D("0.0385"), D("0.0425"), D("0.0300")])
_rates = st.one_of(st.tuples(st.none(), st.none()), st.tuples(_annual, _lpr))
# 2019–2031 holds the leap days of 2020, 2024 and 2028.
_due = st.dates(min_value=date(2019, 1, 1), max_value=date(2031, 12, 31))


@st.composite
def _claims(draw):
    claimed = D(draw(_fen)).scaleb(-2)
    due_on = draw(_due)
    # as_of: before the due date, on it, the day after, or up to four years later.
    as_of = due_on + timedelta(days=draw(st.one_of(st.integers(-5, 1), st.integers(2, 1500))))
    payments = []
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        # Before the due date, on it, shortly after, or after as_of; sometimes on the day of the last one.
        if payments and draw(st.booleans()):
            day = payments[-1][0]
        else:
            day = due_on + timedelta(days=draw(st.integers(min_value=-40, max_value=1600)))
        # Mostly parts of the claim; now and then more than is left (the claim view caps it).
        cap = int(claimed * 100) * (2 if draw(st.integers(0, 9)) == 0 else 1)
        payments.append((day, D(draw(st.integers(min_value=1, max_value=max(1, cap // 2)))).scaleb(-2)))
    said = draw(st.sampled_from(["nothing", "confirmed", "disputed"]))
    part = D(draw(st.integers(min_value=0, max_value=int(claimed * 100) + 100))).scaleb(-2)
    confirmed = part if said == "confirmed" else None
    disputed = part if said == "disputed" else None
    agreed, lpr = draw(_rates)
    return claimed, due_on, as_of, confirmed, disputed, payments, agreed, lpr


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_claims())
@example((D("1000.00"), date(2024, 2, 28), date(2024, 3, 1), None, None, [(date(2024, 2, 29), D("500.00"))],
          None, None))  # across a leap day, paid on it
@example((D("1000.00"), date(2024, 2, 28), date(2024, 2, 28), D("10.00"), None, [], D("0.036"), None))  # 0 days
@example((D("1000.00"), date(2025, 1, 1), date(2025, 1, 2), None, D("1000.00"),
          [(date(2025, 1, 2), D("1.00")), (date(2025, 1, 2), D("999.00"))], None, None))  # one day, paid twice on it
@example((D("0.01"), date(2025, 1, 1), date(2029, 1, 1), D("0.01"), None, [], D("0.0001"), D("0.0385")))
def test_generated_claims_agree_with_the_day_by_day_oracle(claim):
    _check_claim_interest(*claim)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_claims())
def test_generated_payment_schedules_agree_without_capping(claim):
    """``overdue_interest`` itself (payments within the principal, late ones warned about and left out)."""
    principal, due_on, as_of, _confirmed, _disputed, payments, agreed, lpr = claim
    within, left = [], principal
    for day, amount in payments:
        if amount <= left:
            within.append((day, amount))
            left -= amount
    _check_overdue_interest(principal, due_on, as_of, within, agreed, lpr)
