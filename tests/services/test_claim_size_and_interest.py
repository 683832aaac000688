"""Issue 16 through the services: the complainant's size per claim as of signing (art. 3(2)), and overdue
interest on the unpaid principal as claimed with the undisputed part's beside it (art. 15, art. 17)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    PaymentInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.services.letter_mappers import build_letter_data
from complaintdesk.services.validation import ValidationError
from tests.dates import TODAY

D = Decimal
SIGNED, DELIVERED = date(2025, 7, 1), date(2025, 9, 1)
DUE = date(2025, 10, 9)  # 30 days from delivery → 10/1, National Day holidays → first working day 10/9
THIRTY_DAYS_LATE = date(2025, 11, 8)  # 10/10–10/31 = 22 days, 11/1–11/8 = 8 days


def _case(office, industry: str | None = "industry"):
    # Today the complainant is small: industry, 45 employees (≥ 20) and 900 (10,000 yuan) revenue (≥ 300).
    case = office.registration.register(RegistrationInput(
        channel="transferred_in", procedure="payment_complaint", category="arrears",
        summary="县教育局拖欠我公司货款", received_on=TODAY - timedelta(days=10),
        complainant=EnterpriseInput(name="乌兰恒达建材有限公司", uscc="91110000600037341L", industry=industry,
                                    employees=45, revenue_wan=D("900")),
        respondent=RespondentInput(name="县教育局", kind="state_organ")))
    return office.actions.act(case.id, "accept", ActionInput(on=case.received_on + timedelta(days=1)), case.version)


def _claim(**kw) -> ClaimInput:
    values = dict(amount_claimed=D("100000.00"), subject="goods", contract_no="HT-1", contract_signed_on=SIGNED,
                  delivered_on=DELIVERED)
    return ClaimInput(**{**values, **kw})


def _letter(office, detail, kind: str):
    data, _warnings = build_letter_data(detail, kind, {}, issued_on=detail.as_of, calendar=office.calendar())
    return data


# --- rule 9: interest on the claimed principal, the undisputed part's beside it ----------------------------


def test_interest_runs_on_the_claimed_principal_not_on_the_confirmed_part(office):
    case = _case(office)
    office.claims.add_claim(case.id, _claim(amount_confirmed=D("40000.00")))
    detail = office.lookup.detail(case.id, as_of=THIRTY_DAYS_LATE)
    claim = detail.claims[0]
    assert claim.due_on == DUE and claim.days_overdue == 30
    # claimed:    100,000.00 × 0.05 % a day × 30 days = 1,500.00 (the code before issue 16 printed 600.00)
    # undisputed:  40,000.00 × 0.05 % a day × 30 days =   600.00, shown beside it
    assert claim.interest == D("1500.00")
    assert (claim.undisputed_principal, claim.interest_undisputed) == (D("40000.00"), D("600.00"))
    assert (detail.totals.interest, detail.totals.interest_undisputed) == (D("1500.00"), D("600.00"))
    lines = "\n".join(claim.interest_explanation)
    assert "100,000.00" in lines and "合计逾期利息：1,500.00 元" in lines and "无争议部分逾期利息：600.00 元" in lines


def test_the_letters_claims_table_and_text_carry_both_figures(office):
    case = _case(office)
    office.claims.add_claim(case.id, _claim(amount_confirmed=D("40000.00")))
    data = _letter(office, office.lookup.detail(case.id, as_of=THIRTY_DAYS_LATE), "supervision")
    line = data.claims[0]
    assert (line.interest, line.interest_undisputed) == (D("1500.00"), D("600.00"))
    assert data.total_interest == D("1500.00") and data.total_interest_undisputed == D("600.00")
    from complaintdesk.documents.render import undisputed_interest_note
    from complaintdesk.documents.templates import placeholder_values

    assert "无争议部分的逾期利息合计600.00元" in undisputed_interest_note(data)
    values = placeholder_values(data)
    assert "1,500.00" in values["total_interest"] and "600.00" in values["total_interest_undisputed"]


def test_a_payment_counts_first_against_the_undisputed_part(office):
    case = _case(office)
    case = office.claims.add_claim(case.id, _claim(amount_disputed=D("70000.00")))
    office.claims.add_payment(case.claims[0].id, PaymentInput(paid_on=date(2025, 10, 19), amount=D("50000.00")))
    claim = office.lookup.detail(case.id, as_of=THIRTY_DAYS_LATE).claims[0]
    # claimed:    10/10–10/19 10 d × 100,000 × 0.0005 = 500.00; 10/20–11/8 20 d × 50,000 × 0.0005 = 500.00
    # undisputed: 100,000 − 70,000 disputed = 30,000; 10 d × 30,000 × 0.0005 = 150.00, then paid off
    assert (claim.interest, claim.undisputed_principal, claim.interest_undisputed) == (
        D("1000.00"), D("30000.00"), D("150.00"))


def test_the_ledger_shows_the_undisputed_interest_beside_the_interest(office):
    case = _case(office)
    office.claims.add_claim(case.id, _claim(amount_confirmed=D("40000.00")))
    (row,) = list(office.reports.ledger_rows(case.received_on, TODAY))
    # 2025-10-10 … 2026-12-02: 83 days of 2025 + 334 (Jan–Nov 2026) + 2 = 419 days overdue
    # 100,000 × 0.0005 × 419 = 20,950.00; 40,000 × 0.0005 × 419 = 8,380.00
    assert (row.days_overdue, row.interest, row.interest_undisputed) == (419, D("20950.00"), D("8380.00"))
    table = office.reports.build("ledger", case.received_on, TODAY).sections[0]
    headings = [c.title for c in table.columns]
    at = headings.index("无争议部分利息（元）")
    assert headings[at - 1] == "逾期利息（元）"
    (cells,) = list(table.rows)
    assert (cells[at - 1], cells[at]) == (D("20950.00"), D("8380.00"))


def test_a_claim_the_debtor_said_nothing_about_has_no_undisputed_figure(office):
    case = _case(office)
    office.claims.add_claim(case.id, _claim())
    detail = office.lookup.detail(case.id, as_of=THIRTY_DAYS_LATE)
    assert detail.claims[0].interest == D("1500.00") and detail.claims[0].interest_undisputed is None
    assert _letter(office, detail, "supervision").total_interest_undisputed is None


# --- rule 7: the size per claim, at signing ---------------------------------------------------------------


def test_a_claim_without_figures_at_signing_says_its_size_is_inferred(office):
    case = _case(office)
    claim = office.claims.add_claim(case.id, _claim()).claims[0]
    assert (claim.size_at_signing, claim.size_source, claim.size_figures_on) == ("small", "inferred", case.received_on)
    assert (claim.size_employees, claim.size_revenue_wan) == (45, D("900"))
    assert "以投诉时规模推定" in claim.size_note and "以投诉时规模推定" in claim.size_basis[0]
    # The size-determination letter states the size as of the day its figures describe, not the signing day.
    data = _letter(office, office.lookup.detail(case.id), "size_determination")
    assert data.size_class == "小型" and data.size_as_of == case.received_on != SIGNED
    assert "以投诉时规模推定" in data.size_basis[0]


def test_figures_at_signing_fix_the_size_for_that_claim(office):
    case = _case(office)
    # At signing the complainant had 350 employees and 2,500 (10,000 yuan) revenue: medium (≥ 300 & ≥ 2,000),
    # though it is small today.
    case = office.claims.add_claim(case.id, _claim(size_employees=350, size_revenue_wan=D("2500")))
    claim = case.claims[0]
    assert (claim.size_at_signing, claim.size_source, claim.size_figures_on) == ("medium", "signing", SIGNED)
    assert case.complainant.size_class == "small"
    assert claim.size_note == "签订合同时规模：中型企业（2025年7月1日数据）"
    added = next(e for e in case.events if e.action == "claim_added")
    assert added.changes["size_at_signing"] == [None, "medium"] and added.changes["size_source"] == [None, "signing"]
    data = _letter(office, office.lookup.detail(case.id), "size_determination")
    assert (data.size_class, data.size_as_of) == ("中型", SIGNED)

    # Correcting the claim without the figures: the complaint-time size stands in again, and says so.
    case = office.claims.update_claim(claim.id, _claim(), claim.version)
    claim = case.claims[0]
    assert (claim.size_at_signing, claim.size_source, claim.size_figures_on) == ("small", "inferred", case.received_on)
    updated = next(e for e in case.events if e.action == "claim_updated")
    assert updated.changes["size_source"] == ["signing", "inferred"]


def test_a_complainant_that_was_no_sme_at_signing_is_recorded_with_a_warning(office):
    case = _case(office)
    # 1,200 employees and 50,000 revenue reach both industry ceilings (1,000 / 40,000): large
    case = office.claims.add_claim(case.id, _claim(size_employees=1200, size_revenue_wan=D("50000")))
    claim = case.claims[0]
    assert claim.size_at_signing == "large"
    assert "不属于中小企业" in claim.size_warning and claim.size_warning in claim.term_warnings


@pytest.mark.parametrize("figures, fields", [
    (dict(size_employees=350), {"size_revenue_wan"}),  # the industry needs revenue too
    (dict(size_employees=350, size_revenue_wan=D("2500"), contract_signed_on=None, delivered_on=None),
     {"contract_signed_on"}),
    (dict(size_employees=-1, size_revenue_wan=D("1.005")), {"size_employees", "size_revenue_wan"}),
])
def test_figures_at_signing_are_checked_per_field(office, figures, fields):
    case = _case(office)
    with pytest.raises(ValidationError) as err:
        office.claims.add_claim(case.id, _claim(**figures))
    assert {p.field for p in err.value.problems} == fields
    assert office.lookup.detail(case.id).claims == ()


def test_figures_at_signing_need_the_complainants_industry(office):
    case = _case(office, industry=None)
    with pytest.raises(ValidationError) as err:
        office.claims.add_claim(case.id, _claim(size_employees=350, size_revenue_wan=D("2500")))
    assert {p.field for p in err.value.problems} == {"size_employees"}
    assert "行业" in err.value.problems[0].zh
