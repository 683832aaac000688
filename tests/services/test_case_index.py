"""The cases' copied columns (list and dashboard) never drift from what they copy.

The invariant: ``case_index.stale_cases`` — every copied column compared with a fresh computation
from the claims, payments, deadlines, follow-ups and parties — is empty after any write.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from complaintdesk.services import case_index, history
from complaintdesk.services.demo import generate
from complaintdesk.services.desk_types import (
    ActionInput,
    ClaimInput,
    EnterpriseInput,
    PaymentInput,
    RegistrationInput,
    RespondentInput,
)
from complaintdesk.store import migrate
from complaintdesk.store.models import Case, Enterprise, Payment, Respondent, User
from tests.dates import TODAY

D = Decimal


def _stale(office) -> list[int]:
    with office.db.read() as s:
        return case_index.stale_cases(s)


def _case(office, case_id: int) -> Case:
    with office.db.read() as s:
        return s.get(Case, case_id)


def test_every_desk_step_keeps_the_copied_columns_in_step(office):
    received = TODAY - timedelta(days=90)
    case = office.registration.register(RegistrationInput(
        channel="visit", procedure="payment_complaint", category="arrears", summary="县卫健委拖欠货款",
        received_on=received, complainant=EnterpriseInput(name="恒达商贸有限公司", township="城关镇"),
        respondent=RespondentInput(name="县卫健委", kind="public_institution")))
    row = _case(office, case.id)
    assert (row.complainant_township, row.respondent_kind, row.claim_count, row.claimed_fen) == (
        "城关镇", "public_institution", 0, 0)

    case = office.actions.act(case.id, "accept", ActionInput(on=received), case.version)
    case = office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("1200.50"), subject="goods",
                                                     amount_confirmed=D("1000.00"), delivered_on=received))
    case = office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("300.00"), subject="services"))
    office.claims.add_payment(case.claims[0].id, PaymentInput(paid_on=TODAY - timedelta(days=3), amount=D("200.25")))
    row = _case(office, case.id)
    assert (row.claim_count, row.claimed_fen, row.confirmed_fen, row.paid_fen) == (2, 150050, 100000, 20025)
    with office.db.read() as s:
        assert s.execute(select(Payment.respondent_kind, Payment.case_counted)).one() == ("public_institution", True)
    assert _stale(office) == []

    # The reply comes after its due date (received 90 days ago, 30-day clock): a late reply.
    case = office.lookup.detail(case.id)
    case = office.actions.act(case.id, "start_handling", ActionInput(on=received), case.version)
    case = office.actions.act(case.id, "reply", ActionInput(on=TODAY, note="已督促"), case.version)
    case = office.actions.act(case.id, "close", ActionInput(on=TODAY, outcome="resolved"), case.version)
    case = office.actions.act(case.id, "follow_up", ActionInput(on=TODAY, satisfaction="basically"), case.version)
    row = _case(office, case.id)
    assert row.reply_late is True and row.satisfaction == "basically"
    case = office.actions.act(case.id, "follow_up", ActionInput(on=TODAY, satisfaction="satisfied"), case.version)
    assert _case(office, case.id).satisfaction == "satisfied"  # the latest call counts
    assert _stale(office) == []


def test_a_refused_case_stops_counting_its_payments(office):
    case = office.registration.register(RegistrationInput(
        channel="visit", procedure="payment_complaint", category="arrears", summary="拖欠",
        received_on=TODAY - timedelta(days=5), complainant=EnterpriseInput(name="甲公司"),
        respondent=RespondentInput(name="乙集团", kind="large_enterprise")))
    case = office.claims.add_claim(case.id, ClaimInput(amount_claimed=D("50.00"), subject="goods"))
    office.claims.add_payment(case.claims[0].id, PaymentInput(paid_on=TODAY, amount=D("10.00")))
    case = office.lookup.detail(case.id)
    office.actions.act(case.id, "refuse", ActionInput(on=TODAY, reason="不属于本部门职责"), case.version)
    with office.db.read() as s:
        assert s.execute(select(Payment.case_counted)).scalar_one() is False
    assert _stale(office) == []


def test_renaming_a_party_or_a_handler_reaches_every_case_of_theirs(office):
    generate(office.db, cases=40, seed=3)
    with office.db.write() as s:
        ent = s.execute(select(Enterprise).join(Case, Case.complainant_id == Enterprise.id).limit(1)).scalar_one()
        ent.township, ent.name = "新设街道", ent.name + "（更名）"
        resp = s.execute(select(Respondent).join(Case, Case.respondent_id == Respondent.id).limit(1)).scalar_one()
        resp.kind = "state_organ" if resp.kind != "state_organ" else "public_institution"
        user = s.execute(select(User).join(Case, Case.handler_id == User.id).limit(1)).scalar_one()
        user.display_name = "新名字"
    assert _stale(office) == []
    with office.db.read() as s:
        assert s.execute(select(Case.complainant_township).where(Case.complainant_id == ent.id)).scalars().all()
        assert set(s.execute(select(Case.complainant_township).where(Case.complainant_id == ent.id)).scalars()) == {
            "新设街道"}


def test_the_demo_generator_and_the_migration_fill_them_alike(office):
    generate(office.db, cases=60, seed=5)
    assert _stale(office) == []
    with office.db.read() as s:
        before = s.execute(select(Case.id, Case.claim_count, Case.claimed_fen, Case.paid_fen, Case.reply_late,
                                  Case.satisfaction, Case.complainant_township).order_by(Case.id)).all()
    assert any(r.claim_count for r in before) and any(r.satisfaction for r in before)

    # An office upgraded from 0004 gets them from the migration's own backfill.
    migrate.downgrade(office.db, "0004")
    migrate.upgrade_to_head(office.db)
    with office.db.read() as s:
        after = s.execute(select(Case.id, Case.claim_count, Case.claimed_fen, Case.paid_fen, Case.reply_late,
                                 Case.satisfaction, Case.complainant_township).order_by(Case.id)).all()
    assert after == before
    assert _stale(office) == []


def test_a_write_that_fails_refreshes_nothing_and_leaves_no_note(office):
    case = office.registration.register(RegistrationInput(
        channel="visit", procedure="payment_complaint", category="arrears", summary="拖欠",
        received_on=TODAY - timedelta(days=5), complainant=EnterpriseInput(name="丙公司"),
        respondent=RespondentInput(name="丁局", kind="state_organ")))
    try:
        with office.db.write() as s:
            s.get(Case, case.id).summary = "改了又撤销"
            s.flush()
            raise RuntimeError("abandon")
    except RuntimeError:
        pass
    with office.db.write() as s:
        # Only the desk's standing part in the history (history.DESK, set on every write session) remains.
        assert not {k: v for k, v in s.info.items() if k != history.DESK}
    assert _case(office, case.id).summary == "拖欠" and _stale(office) == []


def test_a_sign_in_does_not_rewrite_the_users_cases(office):
    from sqlalchemy import event

    from complaintdesk.services.demo import DEMO_PASSWORD

    generate(office.db, cases=40, seed=3)
    seen: list[str] = []

    def listen(conn, cursor, statement, parameters, context, executemany):  # noqa: PLR0913 - SQLAlchemy's signature
        seen.append(statement)

    event.listen(office.db.engine, "before_cursor_execute", listen)
    try:
        office.sign_in("wanglh", DEMO_PASSWORD)  # stamps the user's last sign-in
    finally:
        event.remove(office.db.engine, "before_cursor_execute", listen)
    assert any(s.startswith("UPDATE user_account") for s in seen)
    assert not [s for s in seen if "complaint_case" in s and s.startswith("UPDATE")]
