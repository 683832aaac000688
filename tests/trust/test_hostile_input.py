"""Random and adversarial input through the services: a validation message or exact storage, never a crash."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from complaintdesk.domain.names import normalize_name
from complaintdesk.domain.uscc import is_valid_uscc, normalize_uscc, uscc_problem
from complaintdesk.services.desk_types import (
    ClaimInput,
    EnterpriseInput,
    PaymentInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.services.errors import DuplicateCases, ServiceError
from complaintdesk.services.office import Office
from complaintdesk.services.validation import ValidationError
from tests.dates import TODAY

NASTY = [
    "<b>粗体</b>", "x<y", "AT&T", '<font size=40>大</font>', '<img src="/etc/passwd"/>', "'; DROP TABLE complaint_case; --",
    "Robert'); DELETE FROM event;--", "\u202e反转", "😀🏭💰", "堃喆昇镕珺𠀀𪚥", "\x00\x01\x1f", "\t\n\r", " " * 50,
    "%_\\", "{case_no}{0}", "A" * 100_000, "中" * 5001,
]
texts = st.one_of(st.sampled_from(NASTY), st.text(max_size=300),
                  st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=50))
amounts = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=2),
    st.sampled_from([Decimal("0"), Decimal("-0.01"), Decimal("1e30"), Decimal("0.001"), Decimal("NaN"),
                     Decimal("sNaN"), Decimal("Infinity")]),
)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                            HealthCheck.too_slow])


@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory):
    """The data folder (history key, anchors) of this module's one office, for all its tests: the office
    outlives each test's own data folder (conftest's ``_private_data_dir``), and a module-scoped fixture
    is set up before it, so the office must not depend on whichever folder the environment names then."""
    return tmp_path_factory.mktemp("hostile-data")


@pytest.fixture(autouse=True)
def _office_data_dir(hostile_data, monkeypatch):
    monkeypatch.setenv("COMPLAINTDESK_DATA_DIR", str(hostile_data))


@pytest.fixture(scope="module")
def hostile_office(tmp_path_factory, hostile_data):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COMPLAINTDESK_DATA_DIR", str(hostile_data))
        office = Office.open(str(tmp_path_factory.mktemp("hostile") / "h.sqlite"), daily_backup=False)
    yield office
    office.close()


@SETTINGS
@given(name=texts, summary=texts, demands=st.one_of(st.none(), texts), uscc=st.one_of(st.none(), texts),
       received=dates, respondent=texts)
def test_registration_never_crashes_and_stores_exactly(hostile_office, name, summary, demands, uscc, received,
                                                       respondent):
    inp = RegistrationInput(channel="letter", procedure="direct", category="other", summary=summary,
                            received_on=received, demands=demands,
                            complainant=EnterpriseInput(name=name, uscc=uscc),
                            respondent=RespondentInput(name=respondent, kind="other"), confirm_duplicates=True)
    try:
        case = hostile_office.registration.register(inp)
    except (ValidationError, DuplicateCases):
        return
    stored = hostile_office.lookup.detail(case.id)
    # Names are kept in one form (domain.names: NFKC, no bidi or zero-width controls, single spaces)
    assert stored.summary == summary.strip() and stored.complainant.name == normalize_name(name)
    assert stored.demands == ((demands or "").strip() or None)
    assert stored.received_on == received <= TODAY


@pytest.fixture(scope="module")
def claim_case(hostile_office):
    return hostile_office.registration.register(RegistrationInput(
        channel="letter", procedure="direct", category="arrears", summary="欠款", received_on=TODAY,
        complainant=EnterpriseInput(name="甲"), respondent=RespondentInput(name="乙", kind="state_organ"),
        confirm_duplicates=True))


@SETTINGS
@given(amount=amounts, confirmed=st.one_of(st.none(), amounts), signed=st.one_of(st.none(), dates),
       delivered=st.one_of(st.none(), dates), term=st.one_of(st.none(), st.integers(-10**6, 10**6)),
       rate=st.one_of(st.none(), amounts), contract_no=st.one_of(st.none(), texts))
def test_claims_never_crash_and_keep_money_exact(hostile_office, claim_case, amount, confirmed, signed, delivered,
                                                 term, rate, contract_no):
    inp = ClaimInput(amount_claimed=amount, subject="goods", contract_no=contract_no, contract_signed_on=signed,
                     delivered_on=delivered, agreed_term_days=term, agreed_annual_rate=rate, amount_confirmed=confirmed)
    try:
        detail = hostile_office.claims.add_claim(claim_case.id, inp)
    except ServiceError:
        return
    claim = detail.claims[-1]
    assert claim.amount_claimed == amount and claim.amount_confirmed == confirmed
    assert claim.interest >= 0 and claim.outstanding == amount
    try:
        after = hostile_office.claims.add_payment(claim.id, PaymentInput(paid_on=TODAY, amount=amount))
    except ValidationError:
        return
    assert next(c for c in after.claims if c.id == claim.id).outstanding == 0


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXYIOSVZ ０１２３ａｂ", max_size=25)))
def test_credit_code_checks_never_raise(code):
    normalized = normalize_uscc(code)
    assert is_valid_uscc(code) == (uscc_problem(normalized) is None)


def test_nothing_hostile_broke_the_database(hostile_office):
    from complaintdesk.services.maintenance import check

    report = check(hostile_office)
    assert report.ok, (report.integrity, report.foreign_keys, report.chain_break)


def test_dates_far_outside_the_schedules_are_still_counted(hostile_office):
    case = hostile_office.registration.register(RegistrationInput(
        channel="letter", procedure="hotline", category="other", summary="旧案", received_on=date(2000, 1, 3),
        complainant=EnterpriseInput(name="丙"), respondent=RespondentInput(name="丁", kind="other"),
        confirm_duplicates=True))
    assert case.next_due_on is not None and case.next_due_on - case.received_on < timedelta(days=40)
