"""Keeps the claims' stored due dates (arrears_claim.due_on) in step with the working-day calendar.

A claim's due date is computed by the legal engine (``domain.arrears.payment_due_date``) when the
claim is saved, and stored: batch supervision picks its cases by it and the yearly figures count
with it. A due date whose term ends in a year without an official holiday schedule is provisional
(``WorkCalendar.provisional_years``; the case view, letters' drafts and reports say 暂定), and is
computed again here when a schedule is entered, together with the cases' clocks
(``services.deadline_clocks``), so that the stored date is never one the new schedule contradicts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from complaintdesk.domain.arrears import DebtorKind, OutsideRegulation, payment_due_date
from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.store.models import ArrearsClaim, Case, Respondent

# The step name a moved claim due date carries in a schedule's report of what moved.
PAYMENT_TERM_STEP = "payment_term"


@dataclass(frozen=True)
class MovedClaim:
    case_id: int
    claim_id: int
    contract_no: str | None
    old_due: date | None
    new_due: date | None


# A stored due date is the first working day on or after the term's last day: between them lie only rest
# days, never more than this many (the longest block, 春节, is 9 days with its weekends).
LONGEST_ROLL = timedelta(days=31)
_INPUTS = (ArrearsClaim.id, ArrearsClaim.case_id, ArrearsClaim.contract_no, ArrearsClaim.due_on,
           ArrearsClaim.contract_signed_on, ArrearsClaim.delivered_on, ArrearsClaim.agreed_term_days,
           ArrearsClaim.acceptance_passed_on, ArrearsClaim.acceptance_period_ends_on,
           ArrearsClaim.settlement_confirmed_on, Respondent.kind)


def statutory_due_on(claim, kind: str | None, calendar: WorkCalendar) -> date | None:
    """The claim's statutory due date on ``calendar`` (``claim``: anything with the claim's date fields);
    None where the payment rules do not decide it (no debtor kind, no delivery or contract date, a debtor
    outside the Regulation, dates the engine refuses)."""
    if not kind or claim.delivered_on is None or claim.contract_signed_on is None:
        return None
    try:
        return payment_due_date(
            DebtorKind(kind), contract_signed_on=claim.contract_signed_on, delivered_on=claim.delivered_on,
            agreed_term_days=claim.agreed_term_days, acceptance_passed_on=claim.acceptance_passed_on,
            acceptance_period_ends_on=claim.acceptance_period_ends_on,
            settlement_confirmed_on=claim.settlement_confirmed_on, calendar=calendar).due_on
    except (OutsideRegulation, ValueError):
        return None


def _could_move(due_on: date, changed: Sequence[date]) -> bool:
    """Whether a day between the term's last day and ``due_on`` changed (else the due date cannot move)."""
    i = bisect_left(changed, due_on - LONGEST_ROLL)
    return i < len(changed) and changed[i] <= due_on


def recompute(session: Session, calendar: WorkCalendar, *, due_from: date | None = None,
              due_to: date | None = None, changed: Sequence[date] | None = None,
              apply: bool = True) -> list[MovedClaim]:
    """Compute again the due dates stored in [due_from, due_to] (every stored one by default) and return
    those that move; ``apply=False`` changes nothing (a schedule's preview). ``changed``: the days whose
    working-day status the new calendar changes; only a due date up to ``LONGEST_ROLL`` after one of them
    can move, so only those are computed again (a schedule's save touches a few hundred claims, not all).

    Every case's claims, open or closed: a due date is a fact of the debt, which the yearly figures
    count whatever became of the case. A stored date is replaced only by one the engine computes; a
    claim it cannot compute (a debtor outside the Regulation …) keeps what it has.
    """
    stmt = (select(*_INPUTS).join(Case, Case.id == ArrearsClaim.case_id)
            .outerjoin(Respondent, Respondent.id == Case.respondent_id)
            .where(ArrearsClaim.due_on.is_not(None)).order_by(ArrearsClaim.case_id, ArrearsClaim.id))
    if changed is not None:
        changed = sorted(changed)
        if not changed:
            return []
        due_from = max(due_from or changed[0], changed[0])
        due_to = min(due_to or changed[-1] + LONGEST_ROLL, changed[-1] + LONGEST_ROLL)
    if due_from is not None:
        stmt = stmt.where(ArrearsClaim.due_on >= due_from)
    if due_to is not None:
        stmt = stmt.where(ArrearsClaim.due_on <= due_to)
    moved: list[MovedClaim] = []
    for row in session.execute(stmt):
        if changed is not None and not _could_move(row.due_on, changed):
            continue
        new_due = statutory_due_on(row, row.kind, calendar)
        if new_due is not None and new_due != row.due_on:
            moved.append(MovedClaim(row.case_id, row.id, row.contract_no, row.due_on, new_due))
    if apply:
        for m in moved:  # through the ORM: the claim's version moves on, so an open claim dialog reloads
            session.get(ArrearsClaim, m.claim_id).due_on = m.new_due
    return moved


__all__ = ["LONGEST_ROLL", "PAYMENT_TERM_STEP", "MovedClaim", "recompute", "statutory_due_on"]
