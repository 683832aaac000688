"""Rule 8 in the case view: a claim's due date in a year without an official schedule is shown as 暂定."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt

from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.ui.case_view_models import ClaimColumn, ClaimTableModel
from tests.dates import TODAY


def _claims(office):
    case = office.registration.register(RegistrationInput(
        channel="transferred_in", procedure="payment_complaint", category="arrears",
        summary="县教育局拖欠我公司货款", received_on=TODAY - timedelta(days=10),
        complainant=EnterpriseInput(name="乌兰恒达建材有限公司", uscc="91110000600037341L"),
        respondent=RespondentInput(name="县教育局", kind="state_organ")))
    case = office.actions.act(case.id, "accept", ActionInput(on=case.received_on + timedelta(days=1)), case.version)
    common = dict(amount_claimed=Decimal("50000.00"), subject="goods", contract_signed_on=date(2026, 6, 1))
    # Delivered 2026-10-15: + 30 days = Sat 11/14 → Mon 2026-11-16 (2026 has its official schedule).
    office.claims.add_claim(case.id, ClaimInput(contract_no="HT-A", delivered_on=date(2026, 10, 15), **common))
    # Inspection period ending 2027-01-12 left to lapse: + 30 days = Thu 2027-02-11, a year still provisional.
    return office.claims.add_claim(case.id, ClaimInput(contract_no="HT-B", delivered_on=date(2026, 11, 20),
                                                       acceptance_period_ends_on=date(2027, 1, 12), **common)).claims


def test_a_provisional_claim_due_date_says_so(qapp, office):
    claims = _claims(office)
    model = ClaimTableModel()
    model.set_rows(claims)
    by_contract = {c.contract_no: i for i, c in enumerate(claims)}
    final = model.index(by_contract["HT-A"], ClaimColumn.DUE)
    provisional = model.index(by_contract["HT-B"], ClaimColumn.DUE)

    assert final.data() == "2026-11-16"
    suffix = QCoreApplication.translate("ClaimTableModel", " (provisional)")
    assert provisional.data() == "2027-02-11" + suffix and suffix.strip()
    assert provisional.data(Qt.ItemDataRole.FontRole).italic()
    assert final.data(Qt.ItemDataRole.FontRole) is None or not final.data(Qt.ItemDataRole.FontRole).italic()
    assert any("2027年节假日安排尚未录入" in line for line in claims[by_contract["HT-B"]].term_explanation)
