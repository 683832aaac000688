"""Every claim of the office's ledger carries the interest the day-by-day oracle gives, to the fen.

The demo office's claims, and beside them claims made to reach every branch the demo does not: agreed
rates above and below the LPR at signing, debts confirmed and disputed, payments before the due date,
on it, twice on one day, beyond the undisputed part, across a leap day, and after the ledger's date.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from complaintdesk.domain.arrears import lpr_on
from complaintdesk.domain.vocabulary import CaseStatus
from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    PaymentInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.store.models import ArrearsClaim, Case, Payment
from tests.dates import TODAY
from tests.domain.interest_oracle import daily_rate, day_by_day, undisputed_base

D = Decimal
EVER = date(2000, 1, 1)
LPR_FIRST_DAY = date(2019, 8, 20)


def _add_varied_claims(office) -> None:
    case = office.registration.register(RegistrationInput(
        channel="online", procedure="payment_complaint", category="arrears", summary="拖欠货款",
        received_on=TODAY - timedelta(days=20),
        complainant=EnterpriseInput(name="乌兰恒达建材有限公司", uscc="91110000600037341L"),
        respondent=RespondentInput(name="县教育局", kind="state_organ")))
    office.actions.act(case.id, "accept", ActionInput(on=case.received_on + timedelta(days=1)), case.version)
    claims = [  # (claim, payments)
        (ClaimInput(D("360000.00"), "goods", "R-above", date(2023, 3, 1), delivered_on=date(2024, 1, 15),
                    agreed_annual_rate=D("0.06"), amount_confirmed=D("120000.00")),
         [date(2024, 2, 29), date(2024, 2, 29), date(2024, 6, 3)]),  # twice on the leap day
        (ClaimInput(D("98765.43"), "works", "R-below", date(2024, 8, 1), delivered_on=date(2024, 9, 2),
                    agreed_annual_rate=D("0.01"), amount_disputed=D("50000.00")),
         [date(2024, 9, 20), date(2024, 10, 8), date(2025, 1, 6)]),  # before, on/after the due date
        (ClaimInput(D("0.99"), "services", "R-tiny", date(2025, 7, 1), delivered_on=date(2025, 7, 2)), []),
        (ClaimInput(D("1000000.00"), "goods", "R-late", date(2025, 6, 3), delivered_on=date(2025, 6, 30),
                    amount_confirmed=D("400000.00")),
         [date(2025, 8, 15), date(2026, 3, 2), date(2026, 11, 30)]),
    ]
    for inp, paid_on in claims:
        detail = office.claims.add_claim(case.id, inp)
        claim = next(c for c in detail.claims if c.contract_no == inp.contract_no)
        for i, day in enumerate(paid_on):
            office.claims.add_payment(claim.id, PaymentInput(paid_on=day, amount=_part(inp.amount_claimed, i)))


def _part(amount: Decimal, i: int) -> Decimal:
    """A fen-exact part of ``amount``: an eighth, a quarter, three eighths (at least a fen)."""
    return max((amount * (i + 1) / 8).quantize(D("0.01")), D("0.01"))


def _claims_in_ledger_order(office, as_of: date):
    with office.db.read() as s:
        claims = s.execute(select(ArrearsClaim, Case.case_no).join(Case, Case.id == ArrearsClaim.case_id)
                           .where(Case.status != CaseStatus.NOT_ACCEPTED.value)
                           .order_by(Case.year, Case.seq, ArrearsClaim.id)).all()
        payments: dict[int, list[tuple[date, Decimal]]] = {c.id: [] for c, _no in claims}
        for p in s.execute(select(Payment).where(Payment.paid_on <= as_of)).scalars():
            payments[p.claim_id].append((p.paid_on, p.amount))
    return [(c, case_no, payments[c.id]) for c, case_no in claims]


def _expected(claim, paid, due_on: date | None, as_of: date) -> tuple[Decimal, Decimal | None]:
    base = undisputed_base(claim.amount_claimed, claim.amount_confirmed, claim.amount_disputed)
    if due_on is None or as_of <= due_on:
        return D("0.00"), None if base is None else D("0.00")
    lpr = None
    if claim.agreed_annual_rate is not None and claim.contract_signed_on >= LPR_FIRST_DAY:
        lpr = lpr_on(claim.contract_signed_on)
    rate = daily_rate(claim.agreed_annual_rate, lpr)
    on_claim = day_by_day(claim.amount_claimed, due_on, as_of, paid, rate).total
    return on_claim, None if base is None else day_by_day(base, due_on, as_of, paid, rate).total


@pytest.mark.parametrize("as_of", [TODAY, date(2026, 3, 1), date(2025, 1, 1)])
def test_every_ledger_row_has_the_day_by_day_interest(demo_office, as_of):
    _add_varied_claims(demo_office)
    rows = list(demo_office.reports.ledger_rows(EVER, TODAY, as_of=as_of))
    claims = _claims_in_ledger_order(demo_office, as_of)
    assert len(rows) == len(claims) > 500
    overdue = with_rate = undisputed = paid_while_overdue = 0
    for row, (claim, case_no, paid) in zip(rows, claims, strict=True):
        assert (row.case_no, row.contract_no) == (case_no, claim.contract_no)
        assert (row.interest, row.interest_undisputed) == _expected(claim, paid, row.due_on, as_of), row
        overdue += row.interest > 0
        with_rate += row.interest > 0 and claim.agreed_annual_rate is not None
        undisputed += bool(row.interest_undisputed)
        paid_while_overdue += any(row.due_on < day <= as_of for day, _ in paid) if row.due_on else 0
    # The comparison covered what it is about, not only claims with nothing to compute.
    assert overdue > 100 and undisputed > 20 and paid_while_overdue > 5
    assert with_rate >= (2 if as_of >= date(2026, 3, 1) else 1)


def test_every_ledger_row_has_the_case_views_due_date_and_figures(demo_office):
    """The ledger works out each distinct due date once (``arrears.due_date_key``): every row still
    shows what the case view computes for that claim alone."""
    _add_varied_claims(demo_office)
    rows = list(demo_office.reports.ledger_rows(EVER, TODAY))
    details = {}
    for row in rows:
        if row.case_id not in details:
            details[row.case_id] = {c.contract_no: c for c in demo_office.lookup.detail(row.case_id).claims}
        view = details[row.case_id][row.contract_no]
        assert (row.due_on, row.due_provisional, row.days_overdue, row.interest, row.interest_undisputed,
                row.amount_paid, row.outstanding) == (
            view.due_on, view.due_provisional, view.days_overdue, view.interest, view.interest_undisputed,
            view.amount_paid, view.outstanding), row.case_no
    assert len(details) > 200
