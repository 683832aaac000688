"""The officer's desk through the service layer: registration, lifecycle, claims, payments, evidence, history."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from complaintdesk.domain.deadlines import default_procedures
from complaintdesk.domain.workflow import Action
from complaintdesk.services import history
from complaintdesk.services.case_actions import HANDLERS
from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    PaymentInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.services.errors import ActionRefused, ConflictError, DuplicateCases
from complaintdesk.services.validation import ValidationError
from complaintdesk.store.models import Event
from tests.dates import TODAY

D = Decimal


def _registration(**kw) -> RegistrationInput:
    values = dict(
        channel="transferred_in", procedure="payment_complaint", category="arrears",
        summary="县教育局拖欠我公司货款", received_on=TODAY - timedelta(days=10),
        complainant=EnterpriseInput(name="乌兰恒达建材有限公司", uscc="91110000600037341L", industry="industry",
                                    employees=45, revenue_wan=D("900")),
        respondent=RespondentInput(name="县教育局", kind="state_organ"),
    )
    values.update(kw)
    return RegistrationInput(**values)


def _fields(exc: ValidationError) -> set[str]:
    return {p.field for p in exc.problems}


def test_registration_opens_the_statutory_clock_and_records_it(office):
    case = office.registration.register(_registration())
    assert case.status == "registered" and case.case_no == f"{case.received_on.year}-0001"
    rule = default_procedures()["payment_complaint"].step("reply")
    assert case.deadlines[0].step == "reply" and case.deadlines[0].length == rule.length
    assert case.next_due_on == office.calendar().add_days(case.received_on, 30)
    assert case.complainant.size_class == "small" and case.complainant.size_basis
    assert [e.action for e in case.events] == ["registered"]
    assert case.events[0].changes["status"] == [None, "registered"]
    assert office.cases.count() == 1


@pytest.mark.parametrize("change, fields", [
    (dict(summary="  "), {"summary"}),
    (dict(received_on=TODAY + timedelta(days=1)), {"received_on"}),
    (dict(channel="pigeon", category="?"), {"channel", "category"}),
    (dict(procedure="nope"), {"procedure"}),
    (dict(complainant=EnterpriseInput(name="", uscc="914403001922038217")), {"complainant.name", "complainant.uscc"}),
    (dict(complainant=EnterpriseInput(name="x", employees=-1, revenue_wan=D("NaN"))),
     {"complainant.employees", "complainant.revenue_wan"}),
    (dict(complainant=EnterpriseInput(name="x" * 201)), {"complainant.name"}),
    (dict(complainant=EnterpriseInput(name="a\x00b")), {"complainant.name"}),
    (dict(respondent=RespondentInput(name="县局", kind="alien", uscc="123")), {"respondent.kind", "respondent.uscc"}),
    (dict(complainant=None, complainant_id=None), {"complainant.name"}),
])
def test_registration_reports_every_bad_field_and_saves_nothing(office, change, fields):
    with pytest.raises(ValidationError) as err:
        office.registration.register(_registration(**change))
    assert fields <= _fields(err.value)
    assert all(p.zh and p.en for p in err.value.problems)
    assert office.cases.count() == 0


def test_duplicate_credit_code_and_duplicate_case(office):
    first = office.registration.register(_registration())
    with pytest.raises(ValidationError) as err:
        office.registration.register(_registration())  # same credit code typed as a new enterprise
    assert "complainant.uscc" in _fields(err.value) and "乌兰恒达" in err.value.for_field("complainant.uscc").zh
    again = _registration(complainant=None, complainant_id=first.complainant.id, respondent=None,
                          respondent_id=first.respondent.id)
    assert [r.case_no for r in office.registration.possible_duplicates(again)] == [first.case_no]
    with pytest.raises(DuplicateCases) as dup:
        office.registration.register(again)
    assert [r.case_no for r in dup.value.cases] == [first.case_no]
    second = office.registration.register(RegistrationInput(**{**again.__dict__, "confirm_duplicates": True}))
    assert second.case_no.endswith("-0002")


def _accepted_case(office):
    case = office.registration.register(_registration())
    case = office.actions.act(case.id, "accept", ActionInput(on=case.received_on + timedelta(days=1)), case.version)
    return office.actions.act(case.id, "start_handling", ActionInput(on=case.received_on + timedelta(days=1)),
                           case.version)


def test_stop_restart_and_extension_move_the_deadline(office):
    case = _accepted_case(office)
    due = case.next_due_on
    stop_on = case.received_on + timedelta(days=2)
    case = office.actions.act(case.id, "stop_clock", ActionInput(on=stop_on, reason="补正合同"), case.version)
    assert case.clock_stopped and case.next_due_on is None and case.deadlines[0].stopped
    with pytest.raises(ActionRefused, match="计时已中止"):
        office.actions.act(case.id, "reply", ActionInput(on=TODAY, note="x"), case.version)
    restart_on = stop_on + timedelta(days=5)
    case = office.actions.act(case.id, "restart_clock", ActionInput(on=restart_on), case.version)
    cal = office.calendar()
    assert case.next_due_on == cal.add_days(case.received_on, 30 + 5)
    assert case.next_due_on > due and any("中止" in line for line in case.deadlines[0].explanation)

    case = office.actions.act(case.id, "request_extension", ActionInput(on=TODAY, days=30, reason="情况复杂"), case.version)
    assert case.next_due_on == cal.add_days(case.received_on, 35)  # requested, not yet approved
    with pytest.raises(ValidationError) as err:
        office.actions.act(case.id, "request_extension", ActionInput(on=TODAY, days=31, reason="再延"), case.version)
    assert _fields(err.value) == {"days"}  # 30 + 31 > the 60-day cap
    case = office.actions.act(case.id, "approve_extension", ActionInput(on=TODAY, reason="同意"), case.version)
    assert case.next_due_on == cal.add_days(case.received_on, 65)
    assert case.extensions[0].status == "approved" and case.deadlines[0].extension_days == 30
    actions = [e.action for e in case.events]
    assert actions[-5:] == ["start_handling", "stop_clock", "restart_clock", "request_extension", "approve_extension"]
    moved = case.events[-1].changes["next_due_on"]
    assert moved == [cal.add_days(case.received_on, 35).isoformat(), case.next_due_on.isoformat()]


def test_reply_close_reopen_follow_up(office):
    case = _accepted_case(office)
    case = office.actions.act(case.id, "reply", ActionInput(on=TODAY, note="已督促付款"), case.version)
    assert case.status == "replied" and case.deadlines[0].met_on == TODAY and case.next_due_on is None
    with pytest.raises(ValidationError):
        office.actions.act(case.id, "close", ActionInput(on=TODAY, outcome="maybe"), case.version)
    case = office.actions.act(case.id, "close", ActionInput(on=TODAY, outcome="resolved"), case.version)
    assert case.status == "closed" and case.outcome == "resolved"
    case = office.actions.act(case.id, "follow_up", ActionInput(on=TODAY, satisfaction="satisfied"), case.version)
    assert case.follow_ups[0].satisfaction == "satisfied" and case.status == "closed"
    case = office.actions.act(case.id, "reopen", ActionInput(on=TODAY, reason="企业反映仍未付款"), case.version)
    assert case.status == "in_handling" and case.outcome is None
    assert case.next_due_on == office.calendar().add_days(TODAY, 30)


def test_refusal_needs_a_reason_and_stops_the_clocks(office):
    case = office.registration.register(_registration())
    with pytest.raises(ValidationError) as err:
        office.actions.act(case.id, "refuse", ActionInput(on=TODAY), case.version)
    assert _fields(err.value) == {"reason"} and "理由" in err.value.for_field("reason").zh
    case = office.actions.act(case.id, "refuse", ActionInput(on=TODAY, reason="不属于本部门职责"), case.version)
    assert case.status == "not_accepted" and case.refusal_reason and case.next_due_on is None
    assert all(d.met_on == TODAY for d in case.deadlines)


def test_action_dates_cannot_be_in_the_future_or_before_receipt(office):
    case = office.registration.register(_registration())
    for on in (TODAY + timedelta(days=1), case.received_on - timedelta(days=1)):
        with pytest.raises(ValidationError) as err:
            office.actions.act(case.id, "accept", ActionInput(on=on), case.version)
        assert _fields(err.value) == {"on"}


def test_petition_acceptance_meets_the_notice_and_starts_the_reply_clock(office):
    case = office.registration.register(_registration(procedure="petition", channel="letter"))
    assert [d.step for d in case.deadlines] == ["notice"]
    on = case.received_on + timedelta(days=3)
    case = office.actions.act(case.id, "accept", ActionInput(on=on), case.version)
    steps = {d.step: d for d in case.deadlines}
    assert steps["notice"].met_on == on
    assert steps["reply"].due_on == office.calendar().add_days(on, 60)


def test_claims_payments_totals_and_interest(office):
    case = _accepted_case(office)
    signed, delivered = date(2025, 7, 1), date(2025, 9, 1)
    case = office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("120000.00"), subject="goods",
                                                     contract_no="HT-1", contract_signed_on=signed,
                                                     delivered_on=delivered))
    claim = case.claims[0]
    assert claim.due_on == date(2025, 10, 9)  # 30 days → 10/1, National Day → first working day
    before = claim.interest
    assert before == (D("120000") * D("0.0005") * (TODAY - claim.due_on).days).quantize(D("0.01"))
    case = office.claims.add_payment(claim.id, PaymentInput(paid_on=date(2026, 3, 1), amount=D("20000.00")))
    claim = case.claims[0]
    assert claim.amount_paid == D("20000.00") and claim.outstanding == D("100000.00")
    assert claim.interest < before and case.totals.outstanding == D("100000.00")
    case = office.claims.add_payment(claim.id, PaymentInput(paid_on=TODAY, amount=D("100000.00")))
    assert case.claims[0].cleared_on == TODAY and case.totals.outstanding == 0
    assert [e.action for e in case.events if e.entity in ("claim", "payment")] == [
        "claim_added", "payment_recorded", "payment_recorded"]


@pytest.mark.parametrize("claim, fields", [
    (dict(amount_claimed=D("0")), {"amount_claimed"}),
    (dict(amount_claimed=D("-5")), {"amount_claimed"}),
    (dict(amount_claimed=D("20000000000")), {"amount_claimed"}),
    (dict(amount_claimed=D("1.005")), {"amount_claimed"}),
    (dict(subject="bananas"), {"subject"}),
    (dict(delivered_on=TODAY + timedelta(days=3)), {"delivered_on"}),
    (dict(delivered_on=date(2025, 9, 1), acceptance_passed_on=date(2025, 8, 1)), {"acceptance_passed_on"}),
    (dict(contract_signed_on=date(2025, 7, 1), settlement_confirmed_on=date(2025, 6, 1)), {"settlement_confirmed_on"}),
    (dict(agreed_term_days=-1), {"agreed_term_days"}),
    (dict(agreed_annual_rate=D("3.6")), {"agreed_annual_rate"}),
    (dict(amount_confirmed=D("600"), amount_disputed=D("600")), {"amount_disputed"}),
])
def test_bad_claims_are_refused_per_field(office, claim, fields):
    case = _accepted_case(office)
    values = dict(amount_claimed=D("1000.00"), subject="goods")
    values.update(claim)
    with pytest.raises(ValidationError) as err:
        office.claims.add_claim(case.id, ClaimInput(**values))
    assert _fields(err.value) == fields
    assert office.lookup.detail(case.id).claims == ()


def test_payment_rules(office):
    case = _accepted_case(office)
    case = office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("1000.00"), subject="works",
                                                     contract_signed_on=date(2025, 1, 2), delivered_on=date(2025, 3, 1)))
    claim_id = case.claims[0].id
    for bad, field in ((PaymentInput(date(2025, 2, 1), D("10")), "paid_on"),  # paid before delivery
                       (PaymentInput(TODAY + timedelta(days=1), D("10")), "paid_on"),
                       (PaymentInput(TODAY, D("1000.01")), "amount"),
                       (PaymentInput(TODAY, D("0")), "amount")):
        with pytest.raises(ValidationError) as err:
            office.claims.add_payment(claim_id, bad)
        assert _fields(err.value) == {field}
    case = office.claims.set_instalments(claim_id, [(TODAY + timedelta(days=30), D("500")),
                                                   (TODAY + timedelta(days=60), D("500"))])
    assert len(case.claims[0].instalments) == 2
    with pytest.raises(ValidationError):
        office.claims.set_instalments(claim_id, [(TODAY, D("1500"))])


def test_concurrent_edit_is_detected_not_overwritten(office):
    case = office.registration.register(_registration())
    # Another officer records a claim meanwhile: the case this one sees is stale.
    other = office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("800.00"), subject="goods"))
    assert other.version != case.version
    with pytest.raises(ConflictError, match="重新载入") as err:
        office.actions.act(case.id, "accept", ActionInput(on=TODAY), case.version)
    assert case.case_no in err.value.text.zh and "reload" in err.value.text.en
    assert [c.amount_claimed for c in office.lookup.detail(case.id).claims] == [D("800.00")]
    assert office.lookup.detail(case.id).status == "registered"


def test_attachments_are_stored_by_hash_and_names_cannot_escape(office, tmp_path):
    case = office.registration.register(_registration())
    pdf = tmp_path / "合同 <1>.pdf"
    pdf.write_bytes(b"%PDF-1.4 test contract")
    case = office.attachments.add_attachment(case.id, pdf, "contract", "购销合同")
    att = case.attachments[0]
    assert att.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest() and att.size_bytes == pdf.stat().st_size
    pdf.unlink()  # the original is never needed again
    name, data = office.attachments.attachment_content(att.id)
    assert data == b"%PDF-1.4 test contract" and "/" not in name
    out = office.attachments.export_attachment(att.id, tmp_path / "out")
    assert out.parent == tmp_path / "out" and out.read_bytes() == data
    for content, suffix, message in ((b"MZ\x90\x00", ".exe", "不支持"), (b"not a pdf", ".pdf", "不符"), (b"", ".txt", "空")):
        bad = tmp_path / f"bad{suffix}"
        bad.write_bytes(content)
        with pytest.raises(ValidationError, match=message):
            office.attachments.add_attachment(case.id, bad, "other", None)
    with pytest.raises(ValidationError, match="无法读取"):
        office.attachments.add_attachment(case.id, tmp_path / "missing.pdf", "other", None)


def test_every_change_is_in_the_chained_history(office, tmp_path):
    case = _accepted_case(office)
    case = office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("500.00"), subject="services"))
    with office.db.read() as s:
        checked, broken = history.verify_chain(s)
        case_events = s.execute(select(Event).where(Event.case_id == case.id)).scalars().all()
    assert broken is None and checked >= len(case_events) >= 4
    assert all(e.actor_name == office.actor.display_name for e in case_events)


def test_a_handler_reads_in_the_timeline_by_name_and_is_stored_by_id(demo_office):
    staff = {u.id: u.display_name for u in demo_office.lookup.staff()}
    new_handler = next(uid for uid in staff if uid != demo_office.actor.user_id)
    case = demo_office.registration.register(_registration(
        handler_id=new_handler, confirm_duplicates=True,
        complainant=EnterpriseInput(name="交接测试企业有限公司", industry="industry", employees=12)))
    detail = demo_office.lookup.detail(case.id)
    assert detail.events[-1].changes["handler_id"] == [None, staff[new_handler]]
    with demo_office.db.read() as s:
        stored = s.execute(select(Event.changes).where(Event.case_id == case.id).order_by(Event.id.desc())).scalar()
    assert f"{new_handler}" in stored and staff[new_handler] not in stored  # the record keeps the id


def test_a_repayment_plan_over_a_claim_changed_elsewhere_is_a_conflict(office):
    case = _accepted_case(office)
    case = office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("1000.00"), subject="goods"))
    shown = case.claims[0]
    # Another desk records a payment meanwhile: the claim the first officer sees is stale.
    office.claims.add_payment(shown.id, PaymentInput(paid_on=TODAY, amount=D("400.00")))

    with pytest.raises(ConflictError, match="重新载入"):
        office.claims.set_instalments(shown.id, [(TODAY + timedelta(days=30), D("1000.00"))], shown.version)
    assert office.lookup.detail(case.id).claims[0].instalments == ()

    fresh = office.lookup.detail(case.id).claims[0]
    after = office.claims.set_instalments(fresh.id, [(TODAY + timedelta(days=30), D("600.00"))], fresh.version)
    assert len(after.claims[0].instalments) == 1 and after.claims[0].version > fresh.version


def test_every_lifecycle_action_has_exactly_one_handler():
    assert set(HANDLERS) == set(Action)
