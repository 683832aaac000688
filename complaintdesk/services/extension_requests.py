"""Which extension requests a supervisor can still decide, and the automatic withdrawal of the ones a case
can no longer use (a request is for one clock round: once that clock is met, or the case has moved to a
state where no extension is decided, the request is withdrawn with an event in the case's history)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import Session, aliased

from complaintdesk.domain.workflow import TRANSITIONS, Action
from complaintdesk.services import history
from complaintdesk.services.actor import Actor
from complaintdesk.store.models import Case, CaseDeadline, ExtensionRequest

REQUESTED = "requested"
WITHDRAWN = "withdrawn"  # withdrawn automatically: the case moved on before anyone decided it
# The case states in which a supervisor decides extension requests (domain.workflow).
DECIDING_STATUSES = tuple(sorted(s.value for s in TRANSITIONS[Action.APPROVE_EXTENSION].sources))
_REQUEST_CASE = aliased(Case, name="request_case")


def clock_running() -> ColumnElement[bool]:
    """Condition on an ExtensionRequest: the clock round it asks to extend is still running."""
    return exists().where(CaseDeadline.case_id == ExtensionRequest.case_id,
                          CaseDeadline.step == ExtensionRequest.step, CaseDeadline.met_on.is_(None))


def decidable() -> ColumnElement[bool]:
    """Condition on an ExtensionRequest: it waits for a decision a supervisor can still take (the approvals
    queue and the dashboard count only these)."""
    # EXISTS on the request's own case (an alias: never the statement's outer case): the few waiting
    # requests are read by status and their cases looked up, not every open case listed first.
    return and_(ExtensionRequest.status == REQUESTED, clock_running(),
                exists().where(_REQUEST_CASE.id == ExtensionRequest.case_id,
                               _REQUEST_CASE.status.in_(DECIDING_STATUSES)))


def withdraw_unusable(session: Session, actor: Actor, case: Case, on: date, action: Action) -> int:
    """Withdraw the case's pending requests it can no longer use after ``action``; how many."""
    pending = session.execute(select(ExtensionRequest).where(
        ExtensionRequest.case_id == case.id, ExtensionRequest.status == REQUESTED)
        .order_by(ExtensionRequest.id)).scalars().all()
    if not pending:
        return 0
    running = set(session.execute(select(CaseDeadline.step).where(
        CaseDeadline.case_id == case.id, CaseDeadline.met_on.is_(None))).scalars())
    withdrawn = 0
    for req in pending:
        if case.status in DECIDING_STATUSES and req.step in running:
            continue
        withdraw(session, actor, req, on, f"案件已{action.label_zh}，所申请延长的办理期限已不再计算，延期申请无从审批")
        withdrawn += 1
    return withdrawn


def withdraw(session: Session, actor: Actor, req: ExtensionRequest, on: date, why: str, *, prefix: str = "") -> None:
    """Withdraw one pending request nobody can decide any more, with its history event (``prefix``: what
    occasioned it, before the summary)."""
    req.status, req.decided_on, req.decision_comment = WITHDRAWN, on, f"自动撤回：{why}"
    history.record(session, actor, entity="extension_request", entity_id=req.id, case_id=req.case_id,
                   action="extension_withdrawn", summary=f"{prefix}延期申请（{req.days}日）自动撤回：{why}",
                   changes={"status": (REQUESTED, WITHDRAWN)})
