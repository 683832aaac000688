"""The demo county: deterministic, every status, valid codes, terms from the legal engine, intact history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from complaintdesk.domain.arrears import DebtorKind, payment_due_date
from complaintdesk.domain.uscc import is_valid_uscc
from complaintdesk.domain.vocabulary import CaseStatus
from complaintdesk.services import history
from complaintdesk.services.demo import generate
from complaintdesk.services.office import Office
from complaintdesk.store.models import ArrearsClaim, Case, Enterprise, Respondent

AS_OF = date(2026, 11, 26)


def _snapshot(office: Office):
    with office.db.read() as s:
        return s.execute(select(Case.case_no, Case.status, Case.next_due_on, Enterprise.name, Enterprise.uscc)
                         .join(Enterprise, Enterprise.id == Case.complainant_id).order_by(Case.id)).all()


def test_same_seed_same_county(tmp_path):
    a = Office.open(str(tmp_path / "a.sqlite"))
    b = Office.open(str(tmp_path / "b.sqlite"))
    generate(a.db, cases=150, seed=5, as_of=AS_OF)
    generate(b.db, cases=150, seed=5, as_of=AS_OF)
    assert _snapshot(a) == _snapshot(b)
    c = Office.open(str(tmp_path / "c.sqlite"))
    generate(c.db, cases=150, seed=6, as_of=AS_OF)
    assert _snapshot(a) != _snapshot(c)
    for o in (a, b, c):
        o.close()


def test_demo_is_a_plausible_office(demo_office):
    with demo_office.db.read() as s:
        statuses = set(s.execute(select(Case.status).distinct()).scalars())
        codes = s.execute(select(Enterprise.uscc)).scalars().all() + s.execute(select(Respondent.uscc)).scalars().all()
        kinds = set(s.execute(select(Respondent.kind).distinct()).scalars())
        numbers = s.execute(select(Case.case_no)).scalars().all()
        open_overdue = s.execute(select(func.count()).where(
            Case.status.in_(["registered", "accepted", "in_handling", "replied", "transferred"]),
            Case.next_due_on < date.today())).scalar()
        _, broken = history.verify_chain(s)
    assert {CaseStatus.REGISTERED, CaseStatus.NOT_ACCEPTED, CaseStatus.IN_HANDLING, CaseStatus.REPLIED,
            CaseStatus.CLOSED} <= statuses
    assert all(is_valid_uscc(c) for c in codes) and len(set(codes)) == len(codes)
    assert kinds == {k.value for k in DebtorKind if k is not DebtorKind.OTHER}
    assert len(set(numbers)) == len(numbers) == 300
    assert open_overdue > 0
    assert broken is None


def test_claim_due_dates_come_from_the_legal_engine(demo_office):
    calendar = demo_office.calendar()
    with demo_office.db.read() as s:
        rows = s.execute(select(ArrearsClaim, Respondent.kind).join(Case, Case.id == ArrearsClaim.case_id)
                         .join(Respondent, Respondent.id == Case.respondent_id)).all()
    assert len(rows) > 100
    for claim, kind in rows:
        term = payment_due_date(DebtorKind(kind), contract_signed_on=claim.contract_signed_on,
                                delivered_on=claim.delivered_on, agreed_term_days=claim.agreed_term_days,
                                calendar=calendar)
        assert claim.due_on == term.due_on
        assert claim.amount_paid <= claim.amount_claimed
        assert (claim.cleared_on is not None) == (claim.amount_paid == claim.amount_claimed)


def test_case_numbering_continues_after_the_demo(demo_office):
    from complaintdesk.services.numbering import next_number

    with demo_office.db.read() as s:
        last = s.execute(select(func.max(Case.seq)).where(Case.year == 2026)).scalar()
    with demo_office.db.write() as s:
        assert next_number(s, "case", 2026) == last + 1
