"""The case state machine: every (action, status, role) combination is either allowed or refused with a reason."""

from __future__ import annotations

import itertools

import pytest

from complaintdesk.domain.vocabulary import CaseStatus, Role
from complaintdesk.domain.workflow import (
    TRANSITIONS,
    Action,
    CaseState,
    WorkflowError,
    available,
    check,
    refusal,
)

S = CaseStatus

# The lifecycle as the issue describes it, written out independently of the table under test.
EXPECTED_SOURCES = {
    Action.ACCEPT: {S.REGISTERED},
    Action.REFUSE: {S.REGISTERED},
    Action.TRANSFER: {S.ACCEPTED, S.IN_HANDLING},
    Action.START_HANDLING: {S.ACCEPTED, S.TRANSFERRED},
    Action.STOP_CLOCK: {S.ACCEPTED, S.TRANSFERRED, S.IN_HANDLING},
    Action.RESTART_CLOCK: {S.ACCEPTED, S.TRANSFERRED, S.IN_HANDLING},
    Action.REQUEST_EXTENSION: {S.ACCEPTED, S.TRANSFERRED, S.IN_HANDLING},
    Action.APPROVE_EXTENSION: {S.ACCEPTED, S.TRANSFERRED, S.IN_HANDLING},
    Action.RETURN_EXTENSION: {S.ACCEPTED, S.TRANSFERRED, S.IN_HANDLING},
    Action.SUPERVISION_LETTER: {S.TRANSFERRED, S.IN_HANDLING},
    Action.TALKS: {S.TRANSFERRED, S.IN_HANDLING},
    Action.CREDIT_REFERRAL: {S.TRANSFERRED, S.IN_HANDLING, S.REPLIED, S.CLOSED},
    Action.REPLY: {S.TRANSFERRED, S.IN_HANDLING},
    Action.CLOSE: {S.REPLIED},
    Action.WITHDRAW: {S.REGISTERED, S.ACCEPTED, S.TRANSFERRED, S.IN_HANDLING, S.REPLIED},
    Action.REOPEN: {S.REPLIED, S.CLOSED, S.NOT_ACCEPTED},
    Action.FOLLOW_UP: {S.REPLIED, S.CLOSED},
    Action.REQUEST_REVIEW: {S.REPLIED, S.CLOSED},
}
EXPECTED_TARGET = {
    Action.ACCEPT: S.ACCEPTED, Action.REFUSE: S.NOT_ACCEPTED, Action.TRANSFER: S.TRANSFERRED,
    Action.START_HANDLING: S.IN_HANDLING, Action.REPLY: S.REPLIED, Action.CLOSE: S.CLOSED,
    Action.WITHDRAW: S.CLOSED, Action.REOPEN: S.IN_HANDLING, Action.REQUEST_REVIEW: S.IN_HANDLING,
}
SUPERVISOR_ONLY = {Action.APPROVE_EXTENSION, Action.RETURN_EXTENSION, Action.REOPEN, Action.CREDIT_REFERRAL}


def _state(status, action) -> CaseState:
    """A state that satisfies every side condition of ``action`` except its source status."""
    return CaseState(status, clock_stopped=action is Action.RESTART_CLOCK, has_review=True, pending_extension=True)


def test_every_action_is_in_the_table():
    assert set(TRANSITIONS) == set(Action) == set(EXPECTED_SOURCES)


@pytest.mark.parametrize("action, status", list(itertools.product(Action, CaseStatus)))
def test_each_action_from_each_status(action, status):
    allowed = status in EXPECTED_SOURCES[action]
    reason = refusal(action, _state(status, action), Role.SUPERVISOR)
    assert (reason is None) == allowed, reason
    if allowed:
        t = check(action, _state(status, action), Role.SUPERVISOR, dict.fromkeys(TRANSITIONS[action].requires, "x"))
        assert t.target == EXPECTED_TARGET.get(action)
    else:
        assert status.label_zh in reason.zh and status.label_en in reason.en
        with pytest.raises(WorkflowError):
            check(action, _state(status, action), Role.SUPERVISOR, dict.fromkeys(TRANSITIONS[action].requires, "x"))


@pytest.mark.parametrize("action", list(Action))
def test_roles(action):
    status = next(iter(EXPECTED_SOURCES[action]))
    state = _state(status, action)
    assert refusal(action, state, Role.ADMIN) is None
    assert refusal(action, state, Role.AUDITOR) is not None  # auditors only read
    officer = refusal(action, state, Role.OFFICER)
    assert (officer is not None) == (action in SUPERVISOR_ONLY)


@pytest.mark.parametrize("action", [a for a in Action if TRANSITIONS[a].requires])
def test_required_inputs_are_named(action):
    status = next(iter(EXPECTED_SOURCES[action]))
    with pytest.raises(WorkflowError, match="缺少必填项"):
        check(action, _state(status, action), Role.SUPERVISOR, {})
    with pytest.raises(WorkflowError, match="缺少必填项"):
        check(action, _state(status, action), Role.SUPERVISOR, dict.fromkeys(TRANSITIONS[action].requires, "  "))


def test_side_conditions():
    running = CaseState(S.IN_HANDLING)
    stopped = CaseState(S.IN_HANDLING, clock_stopped=True)
    assert refusal(Action.STOP_CLOCK, running, Role.OFFICER) is None
    assert refusal(Action.STOP_CLOCK, stopped, Role.OFFICER) is not None
    assert refusal(Action.RESTART_CLOCK, running, Role.OFFICER) is not None
    assert refusal(Action.REPLY, stopped, Role.OFFICER).zh == "计时已中止，请先恢复计时再书面答复"
    assert refusal(Action.APPROVE_EXTENSION, running, Role.SUPERVISOR).zh == "没有待审批的延期申请"
    assert refusal(Action.REQUEST_REVIEW, CaseState(S.CLOSED, has_review=False), Role.OFFICER).zh == "该办理程序不设复查"
    assert refusal(Action.REQUEST_REVIEW, CaseState(S.CLOSED, has_review=True), Role.OFFICER) is None


def test_available_lists_every_action_with_a_reason_or_none():
    result = available(CaseState(S.REGISTERED), Role.OFFICER)
    assert set(result) == set(Action)
    assert {a for a, r in result.items() if r is None} == {Action.ACCEPT, Action.REFUSE, Action.WITHDRAW}
