"""``due_date_key`` names everything a statutory due date depends on: equal keys, equal due dates.

The whole-office ledger works out each distinct key's due date once; this holds the key honest. Two
contracts that differ only in their signing day within one text of the Regulation get the same due
date and the same provisional flag, however the rest of the inputs go.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from complaintdesk.domain.arrears import (
    REGULATION_2025_IN_FORCE,
    DebtorKind,
    due_date_key,
    payment_due_date,
    regulation_of,
)
from complaintdesk.domain.calendar import WorkCalendar

CALENDAR = WorkCalendar.official()
_kinds = st.sampled_from([k for k in DebtorKind if k is not DebtorKind.OTHER])
_days = st.dates(min_value=date(2018, 1, 1), max_value=date(2029, 12, 31))


@st.composite
def _contracts(draw):
    delivered = draw(_days)
    later = st.integers(min_value=0, max_value=200).map(lambda n: delivered + timedelta(days=n))
    return {
        "delivered_on": delivered,
        "agreed_term_days": draw(st.one_of(st.none(), st.integers(min_value=0, max_value=120))),
        "acceptance_passed_on": draw(st.one_of(st.none(), later)),
        "acceptance_period_ends_on": draw(st.one_of(st.none(), later)),
        "settlement_confirmed_on": draw(st.one_of(st.none(), later)),
    }


def _result(kind, signed, contract):
    term = payment_due_date(kind, contract_signed_on=signed, calendar=CALENDAR, **contract)
    return term.due_on, term.provisional


@settings(max_examples=300, deadline=None)
@given(_kinds, _contracts(), _days, st.data())
def test_a_contract_signed_on_another_day_under_the_same_text_has_the_same_key_and_due_date(
        kind, contract, signed, data):
    if regulation_of(signed) == "2025":
        other = data.draw(st.dates(min_value=REGULATION_2025_IN_FORCE, max_value=date(2029, 12, 31)))
    else:
        other = data.draw(st.dates(min_value=date(2018, 1, 1), max_value=REGULATION_2025_IN_FORCE - timedelta(days=1)))
    assert due_date_key(kind, contract_signed_on=signed, **contract) == due_date_key(
        kind.value, contract_signed_on=other, **contract)
    assert _result(kind, signed, contract) == _result(kind, other, contract)


@settings(max_examples=1000, deadline=None)
@given(_kinds, _contracts(), _days, st.data())
def test_contracts_with_equal_keys_have_equal_due_dates(kind, contract, signed, data):
    """A second contract with some inputs drawn again: whenever the keys are equal, so are the due dates
    (a key that left out an input the due date depends on would fail here)."""
    changed = data.draw(st.lists(st.sampled_from(["kind", "signed", *contract]), max_size=2, unique=True))
    fresh = data.draw(_contracts())
    other_contract = {name: fresh[name] if name in changed else value for name, value in contract.items()}
    # A re-drawn acceptance day must still follow the delivery it belongs to.
    for name in ("acceptance_passed_on", "acceptance_period_ends_on"):
        if other_contract[name] is not None and other_contract[name] < other_contract["delivered_on"]:
            other_contract[name] = other_contract["delivered_on"]
    other_kind = data.draw(_kinds) if "kind" in changed else kind
    other_signed = data.draw(_days) if "signed" in changed else signed
    if due_date_key(kind, contract_signed_on=signed, **contract) == due_date_key(
            other_kind, contract_signed_on=other_signed, **other_contract):
        assert _result(kind, signed, contract) == _result(other_kind, other_signed, other_contract)


def test_the_text_in_force_is_part_of_the_key():
    contract = {"delivered_on": date(2025, 7, 1)}
    before = due_date_key(DebtorKind.LARGE_ENTERPRISE, contract_signed_on=date(2025, 5, 31), **contract)
    after = due_date_key(DebtorKind.LARGE_ENTERPRISE, contract_signed_on=date(2025, 6, 1), **contract)
    assert before != after
    # …and it matters: the 2020 text sets no default term for a large enterprise, the 2025 text 60 days.
    assert payment_due_date(DebtorKind.LARGE_ENTERPRISE, contract_signed_on=date(2025, 5, 31), **contract).due_on is None
    assert payment_due_date(DebtorKind.LARGE_ENTERPRISE, contract_signed_on=date(2025, 6, 1), **contract).due_on
