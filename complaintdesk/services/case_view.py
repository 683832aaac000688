"""Reads one case with the ORM and builds its full view (``services.case_detail``: parties, clocks, claims
with terms and interest, history, actions)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from complaintdesk.domain import workflow
from complaintdesk.services import extension_requests
from complaintdesk.services.actor import Actor

# The view itself is built in services.case_detail (no SQLAlchemy: a letter from the command line
# builds it from plain SQLite rows); its pieces are importable from here as before.
from complaintdesk.services.case_detail import (
    LPR_FIRST_DAY,
    build_detail,
    claim_view,
    enterprise_view,
    respondent_view,
    size_of,
    totals,
    workflow_state,
)
from complaintdesk.services.desk_types import CaseDetail
from complaintdesk.services.reference import RuleBook
from complaintdesk.store.models import (
    ArrearsClaim,
    Attachment,
    Case,
    CaseDeadline,
    ClockStop,
    Enterprise,
    Event,
    ExtensionRequest,
    FollowUp,
    Instalment,
    Payment,
    Respondent,
    User,
)


def case_state(session: Session, case: Case, rules: RuleBook) -> workflow.CaseState:
    return workflow_state(case, rules, _extension_pending(session, case.id))


def _extension_pending(session: Session, case_id: int) -> bool:
    """A request for a running clock waits for a decision (services.extension_requests)."""
    return session.execute(select(ExtensionRequest.id).where(
        ExtensionRequest.case_id == case_id, ExtensionRequest.status == extension_requests.REQUESTED,
        extension_requests.clock_running())).first() is not None


def load_detail(session: Session, case_id: int, actor: Actor, rules: RuleBook, as_of: date) -> CaseDetail | None:
    return build_detail(OrmCaseRecords(session), case_id, actor, rules, as_of)


class OrmCaseRecords:
    """``case_detail.CaseRecords`` read with the ORM: one statement per kind of record."""

    def __init__(self, session: Session):
        self.session = session

    def case(self, case_id: int):
        handler = aliased(User)
        return self.session.execute(
            select(Case, Enterprise, Respondent, handler.display_name)
            .join(Enterprise, Enterprise.id == Case.complainant_id)
            .outerjoin(Respondent, Respondent.id == Case.respondent_id)
            .outerjoin(handler, handler.id == Case.handler_id)
            .where(Case.id == case_id)).first()

    def clock_stops(self, case_id: int) -> Sequence[ClockStop]:
        return self.session.execute(select(ClockStop).where(ClockStop.case_id == case_id)).scalars().all()

    def deadlines(self, case_id: int) -> Sequence[CaseDeadline]:
        return self.session.execute(select(CaseDeadline).where(CaseDeadline.case_id == case_id)
                                    .order_by(CaseDeadline.id)).scalars().all()

    def claims(self, case_id: int) -> Sequence[ArrearsClaim]:
        return self.session.execute(select(ArrearsClaim).where(ArrearsClaim.case_id == case_id)
                                    .order_by(ArrearsClaim.id)).scalars().all()

    def payments(self, claim_ids: Sequence[int]) -> Sequence[Payment]:
        return self.session.execute(select(Payment).where(Payment.claim_id.in_(claim_ids))
                                    .order_by(Payment.paid_on, Payment.id)).scalars().all()

    def instalments(self, claim_ids: Sequence[int]) -> Sequence[Instalment]:
        return self.session.execute(select(Instalment).where(Instalment.claim_id.in_(claim_ids))
                                    .order_by(Instalment.due_on, Instalment.id)).scalars().all()

    def attachments(self, case_id: int):
        adder = aliased(User)
        return self.session.execute(
            select(Attachment, adder.display_name).outerjoin(adder, adder.id == Attachment.added_by_id)
            .where(Attachment.case_id == case_id, Attachment.removed_at.is_(None)).order_by(Attachment.id)).all()

    def user_names(self) -> dict[int, str]:
        return dict(self.session.execute(select(User.id, User.display_name)).all())

    def events(self, case_id: int) -> Sequence[Event]:
        return self.session.execute(select(Event).where(Event.case_id == case_id).order_by(Event.id)).scalars().all()

    def extension_requests(self, case_id: int) -> Sequence[ExtensionRequest]:
        return self.session.execute(select(ExtensionRequest).where(ExtensionRequest.case_id == case_id)
                                    .order_by(ExtensionRequest.id)).scalars().all()

    def follow_ups(self, case_id: int) -> Sequence[FollowUp]:
        return self.session.execute(select(FollowUp).where(FollowUp.case_id == case_id)
                                    .order_by(FollowUp.id)).scalars().all()

    def extension_pending(self, case_id: int) -> bool:
        return _extension_pending(self.session, case_id)


__all__ = ["LPR_FIRST_DAY", "OrmCaseRecords", "case_state", "claim_view", "enterprise_view", "load_detail",
           "respondent_view", "size_of", "totals"]
