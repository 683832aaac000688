"""The case lifecycle as one explicit state machine: which action may happen in which state, and by whom.

Every action a user can take on a case is listed here once, with the states it starts from, the
state it leads to (``None``: the case stays where it is), the roles allowed to take it and the
inputs it requires. Services ask :func:`check` before they change anything; the UI asks
:func:`available` to enable buttons and to say why one is disabled.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from complaintdesk.domain.vocabulary import CaseStatus, Role
from complaintdesk.messages import Message, Text, plain
from complaintdesk.messages import cases as names
from complaintdesk.messages import workflow as msg

S = CaseStatus


class Action(StrEnum):
    ACCEPT = "accept"
    REFUSE = "refuse"
    TRANSFER = "transfer"
    START_HANDLING = "start_handling"
    STOP_CLOCK = "stop_clock"
    RESTART_CLOCK = "restart_clock"
    REQUEST_EXTENSION = "request_extension"
    APPROVE_EXTENSION = "approve_extension"
    RETURN_EXTENSION = "return_extension"
    SUPERVISION_LETTER = "supervision_letter"
    TALKS = "talks"
    CREDIT_REFERRAL = "credit_referral"
    REPLY = "reply"
    CLOSE = "close"
    WITHDRAW = "withdraw"
    REOPEN = "reopen"
    FOLLOW_UP = "follow_up"
    REQUEST_REVIEW = "request_review"

    @property
    def label_zh(self) -> str:
        return ACTION_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return ACTION_LABELS[self][1]


ACTION_LABELS = {
    Action.ACCEPT: ("受理", "Accept"),
    Action.REFUSE: ("不予受理", "Refuse"),
    Action.TRANSFER: ("转办", "Transfer"),
    Action.START_HANDLING: ("开始办理", "Start handling"),
    Action.STOP_CLOCK: ("中止计时（补正）", "Stop the clock"),
    Action.RESTART_CLOCK: ("恢复计时", "Restart the clock"),
    Action.REQUEST_EXTENSION: ("申请延期", "Request extension"),
    Action.APPROVE_EXTENSION: ("批准延期", "Approve extension"),
    Action.RETURN_EXTENSION: ("退回延期申请", "Return extension request"),
    Action.SUPERVISION_LETTER: ("发督办函", "Supervision letter"),
    Action.TALKS: ("约谈", "Talks"),
    Action.CREDIT_REFERRAL: ("移送失信记录", "Credit-record referral"),
    Action.REPLY: ("书面答复", "Written reply"),
    Action.CLOSE: ("办结", "Close"),
    Action.WITHDRAW: ("撤回", "Withdrawn"),
    Action.REOPEN: ("重新办理", "Reopen"),
    Action.FOLLOW_UP: ("回访", "Follow-up call"),
    Action.REQUEST_REVIEW: ("申请复查", "Review request"),
}

OFFICE_STAFF = frozenset({Role.OFFICER, Role.SUPERVISOR, Role.ADMIN})
APPROVERS = frozenset({Role.SUPERVISOR, Role.ADMIN})
HANDLING = frozenset({S.IN_HANDLING, S.TRANSFERRED})


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: frozenset[CaseStatus]
    target: CaseStatus | None  # None: the status does not change
    roles: frozenset[Role]
    requires: tuple[str, ...] = ()  # inputs that must be given (non-empty)
    needs_clock: str | None = None  # "running" or "stopped": the clock must be in that state
    needs_review_procedure: bool = False
    needs_pending_extension: bool = False


def _t(action, sources, target, roles=OFFICE_STAFF, requires=(), **kw) -> Transition:
    return Transition(action, frozenset(sources), target, frozenset(roles), tuple(requires), **kw)


TRANSITIONS: dict[Action, Transition] = {t.action: t for t in (
    _t(Action.ACCEPT, {S.REGISTERED}, S.ACCEPTED, requires=("on",)),
    _t(Action.REFUSE, {S.REGISTERED}, S.NOT_ACCEPTED, requires=("on", "reason")),
    _t(Action.TRANSFER, {S.ACCEPTED, S.IN_HANDLING}, S.TRANSFERRED, requires=("on", "department")),
    _t(Action.START_HANDLING, {S.ACCEPTED, S.TRANSFERRED}, S.IN_HANDLING, requires=("on",)),
    _t(Action.STOP_CLOCK, HANDLING | {S.ACCEPTED}, None, requires=("on", "reason"), needs_clock="running"),
    _t(Action.RESTART_CLOCK, HANDLING | {S.ACCEPTED}, None, requires=("on",), needs_clock="stopped"),
    _t(Action.REQUEST_EXTENSION, HANDLING | {S.ACCEPTED}, None, requires=("on", "days", "reason")),
    _t(Action.APPROVE_EXTENSION, HANDLING | {S.ACCEPTED}, None, roles=APPROVERS, requires=("on",),
       needs_pending_extension=True),
    _t(Action.RETURN_EXTENSION, HANDLING | {S.ACCEPTED}, None, roles=APPROVERS, requires=("on", "reason"),
       needs_pending_extension=True),
    _t(Action.SUPERVISION_LETTER, HANDLING, None, requires=("on",)),
    _t(Action.TALKS, HANDLING, None, requires=("on", "note")),
    _t(Action.CREDIT_REFERRAL, HANDLING | {S.REPLIED, S.CLOSED}, None, roles=APPROVERS, requires=("on", "reason")),
    _t(Action.REPLY, HANDLING, S.REPLIED, requires=("on", "note"), needs_clock="running"),
    _t(Action.CLOSE, {S.REPLIED}, S.CLOSED, requires=("on", "outcome")),
    _t(Action.WITHDRAW, {S.REGISTERED, S.ACCEPTED, S.TRANSFERRED, S.IN_HANDLING, S.REPLIED}, S.CLOSED,
       requires=("on", "reason")),
    _t(Action.REOPEN, {S.REPLIED, S.CLOSED, S.NOT_ACCEPTED}, S.IN_HANDLING, roles=APPROVERS,
       requires=("on", "reason")),
    _t(Action.FOLLOW_UP, {S.REPLIED, S.CLOSED}, None, requires=("on", "satisfaction")),
    _t(Action.REQUEST_REVIEW, {S.REPLIED, S.CLOSED}, S.IN_HANDLING, requires=("on", "reason"),
       needs_review_procedure=True),
)}


@dataclass(frozen=True)
class CaseState:
    """What the machine needs to know about a case."""

    status: CaseStatus
    clock_stopped: bool = False
    has_review: bool = False  # the procedure provides a review (复查)
    pending_extension: bool = False


class WorkflowError(ValueError):
    """An action that the case's state or the user's role does not allow; ``text`` says why."""

    def __init__(self, text: Text):
        super().__init__(text.zh)
        self.text = text


def refusal(action: Action, state: CaseState, role: Role) -> Text | None:
    """Why ``action`` is not possible now (for a tooltip or an error), or None if it is."""
    t = TRANSITIONS[action]
    if state.status not in t.sources:
        return msg.WRONG_STATUS(status=state.status, action=action,
                                allowed=tuple(s for s in CaseStatus if s in t.sources))
    if role not in t.roles:
        return msg.ROLE_REQUIRED(action=action, roles=tuple(r for r in Role if r in t.roles))
    if t.needs_clock == "running" and state.clock_stopped:
        return msg.CLOCK_STOPPED(action=action)
    if t.needs_clock == "stopped" and not state.clock_stopped:
        return msg.CLOCK_NOT_STOPPED()
    if t.needs_review_procedure and not state.has_review:
        return msg.NO_REVIEW()
    if t.needs_pending_extension and not state.pending_extension:
        return msg.NO_PENDING_EXTENSION()
    return None


def check(action: Action, state: CaseState, role: Role, inputs: dict[str, object]) -> Transition:
    """The transition for ``action``, or WorkflowError saying why it is not allowed or what is missing."""
    reason = refusal(action, state, role)
    if reason:
        raise WorkflowError(reason)
    t = TRANSITIONS[action]
    missing = [name for name in t.requires if inputs.get(name) in (None, "") or
               (isinstance(inputs.get(name), str) and not str(inputs.get(name)).strip())]
    if missing:
        # Messages, not texts: a list of names is joined with "、", a list of sentences with "；".
        inputs = tuple(INPUT_NAMES.get(m) or plain(m) for m in missing)
        raise WorkflowError(msg.INPUTS_MISSING(action=action, inputs=inputs))
    return t


def available(state: CaseState, role: Role) -> dict[Action, Text | None]:
    """Every action with None (possible) or the reason it is not."""
    return {action: refusal(action, state, role) for action in Action}


# The names of the inputs an action requires.
INPUT_NAMES: dict[str, Message] = {
    "on": names.NAME_ON, "reason": names.NAME_REASON, "department": names.NAME_DEPARTMENT, "days": names.NAME_DAYS,
    "note": names.NAME_NOTE, "outcome": names.NAME_OUTCOME, "satisfaction": names.NAME_SATISFACTION,
}
