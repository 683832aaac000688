"""Overdue interest on a claim (DOMAIN.md §4): on the unpaid principal as claimed, and the undisputed part's beside it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from complaintdesk.domain.arrears import claim_interest, undisputed_part

D = Decimal
DUE = date(2025, 10, 9)
AS_OF = date(2025, 11, 8)  # 10/10–10/31 = 22 days, 11/1–11/8 = 8 days: 30 days overdue


def test_a_confirmation_does_not_shrink_the_base():
    result = claim_interest(D("100000.00"), DUE, AS_OF, confirmed=D("40000.00"))
    # claimed:    100,000.00 × 0.05 % × 30 days = 1,500.00
    # undisputed:  40,000.00 × 0.05 % × 30 days =   600.00 (the only figure before: the claim shrank to it)
    assert result.claimed.total == D("1500.00")
    assert result.undisputed_principal == D("40000.00")
    assert result.undisputed is not None and result.undisputed.total == D("600.00")
    assert [(p.days, p.principal) for p in result.claimed.periods] == [(30, D("100000.00"))]


def test_the_undisputed_part_is_the_claim_less_the_dispute_when_nothing_was_confirmed():
    # A payment of 50,000 on 10/19 counts first against the undisputed 30,000.
    result = claim_interest(D("100000.00"), DUE, AS_OF, disputed=D("70000.00"),
                            payments=[(date(2025, 10, 19), D("50000.00"))])
    # claimed:    10/10–10/19  10 d × 100,000 × 0.0005 = 500.00; 10/20–11/8  20 d × 50,000 × 0.0005 = 500.00
    # undisputed: 10/10–10/19  10 d ×  30,000 × 0.0005 = 150.00; then nothing of it is owed
    assert result.claimed.total == D("1000.00")
    assert result.undisputed_principal == D("30000.00")
    assert result.undisputed.total == D("150.00")
    assert [(p.days, p.principal) for p in result.undisputed.periods] == [(10, D("30000.00"))]


def test_an_agreed_rate_applies_to_both_bases_in_closed_form():
    result = claim_interest(D("360000.00"), DUE, AS_OF, confirmed=D("120000.00"),
                            agreed_annual_rate=D("0.036"), lpr_at_signing=D("0.03"))
    # 360,000 × 3.6 % × 30 / 360 = 1,080.00; 120,000 × 3.6 % × 30 / 360 = 360.00
    assert (result.claimed.total, result.undisputed.total) == (D("1080.00"), D("360.00"))


def test_rounding_is_half_up_once_per_base():
    result = claim_interest(D("100.10"), DUE, date(2025, 10, 10), confirmed=D("100.10"))
    # one day: 100.10 × 0.0005 = 0.05005 → 0.05 (half up at the fen)
    assert result.claimed.total == result.undisputed.total == D("0.05")
    result = claim_interest(D("110.00"), DUE, date(2025, 10, 10))
    # one day: 110.00 × 0.0005 = 0.055 → 0.06 half up (0.05 with banker's rounding)
    assert result.claimed.total == D("0.06")


def test_nothing_said_by_the_debtor_means_no_undisputed_figure():
    result = claim_interest(D("100000.00"), DUE, AS_OF)
    assert result.claimed.total == D("1500.00")
    assert result.undisputed is None and result.undisputed_principal is None


def test_payments_beyond_the_claim_are_capped_not_refused():
    result = claim_interest(D("1000.00"), DUE, AS_OF, confirmed=D("400.00"),
                            payments=[(date(2025, 10, 20), D("1200.00"))])
    # 10/10–10/20 = 11 days: 1,000 × 0.0005 × 11 = 5.50; 400 × 0.0005 × 11 = 2.20
    assert (result.claimed.total, result.undisputed.total) == (D("5.50"), D("2.20"))


@pytest.mark.parametrize("confirmed, disputed, expected", [
    (D("40000.00"), None, D("40000.00")),
    (None, D("70000.00"), D("30000.00")),
    (D("40000.00"), D("60000.00"), D("40000.00")),  # what the debtor confirmed is what it accepts
    (D("0.00"), None, D("0.00")),  # confirmed nothing: it disputes all of it
    (None, None, None),
])
def test_the_undisputed_part(confirmed, disputed, expected):
    assert undisputed_part(D("100000.00"), confirmed, disputed) == expected
