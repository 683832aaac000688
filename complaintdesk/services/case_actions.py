"""The lifecycle actions of a case (domain.workflow): one small handler per action, in one table.

``CaseActions.act`` checks who may act and what the action needs, then hands the case to its
handler, which changes it and returns the history line; the clocks are recomputed and the change
(old → new) recorded, all in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NoReturn

from sqlalchemy import func, select

from complaintdesk.domain import workflow
from complaintdesk.domain.deadlines import ExtensionBeyondCap, StepRule, split_round
from complaintdesk.domain.vocabulary import Outcome, Role, Satisfaction
from complaintdesk.domain.workflow import Action
from complaintdesk.messages import Message, Text, plain
from complaintdesk.messages import cases as msg
from complaintdesk.messages import clocks as cmsg
from complaintdesk.messages import validation as vmsg
from complaintdesk.services import deadline_clocks, extension_requests, history
from complaintdesk.services.auth import PermissionDenied
from complaintdesk.services.case_context import (
    CaseContext,
    Workplace,
    case_detail,
    check_date,
    diff,
    lock_case,
    snapshot,
)
from complaintdesk.services.case_detail import rule_of
from complaintdesk.services.case_view import case_state
from complaintdesk.services.desk_types import ActionInput, CaseDetail
from complaintdesk.services.errors import ActionRefused
from complaintdesk.services.validation import Collector, Problem, ValidationError
from complaintdesk.store.models import Case, CaseDeadline, ClockStop, ExtensionRequest, FollowUp
from complaintdesk.store.types import utcnow

# The names of an action's inputs, for "… is required" (Chinese as domain.workflow.INPUT_LABELS).
INPUT_NAMES: dict[str, Message] = {
    "on": msg.NAME_ON, "reason": msg.NAME_REASON, "department": msg.NAME_DEPARTMENT, "days": msg.NAME_DAYS,
    "note": msg.NAME_NOTE, "outcome": msg.NAME_OUTCOME, "satisfaction": msg.NAME_SATISFACTION,
}
INPUTS = tuple(INPUT_NAMES)


@dataclass(frozen=True)
class Step:
    """One action on one case, its inputs checked and cleaned."""

    ctx: CaseContext
    case: Case
    action: Action
    inp: ActionInput
    reason: str | None
    note: str | None
    department: str | None

    @property
    def on(self) -> date:
        return self.inp.on  # required by every action, checked before the handler runs


Handler = Callable[[Step], str]


def _invalid(field: str, message: Message, **params) -> NoReturn:
    raise ValidationError([Problem(field, message(**params))])


def _running(step: Step) -> list[CaseDeadline]:
    return list(step.ctx.session.execute(select(CaseDeadline).where(
        CaseDeadline.case_id == step.case.id, CaseDeadline.met_on.is_(None))).scalars())


def _meet(step: Step, *only: str) -> None:
    """The running clocks (or only the rounds of the steps ``only``) are met on the action's day."""
    for d in _running(step):
        if not only or split_round(d.step)[0] in only:
            d.met_on = step.on


def _open_clocks(step: Step, trigger: str) -> None:
    rules = step.ctx.rules
    for rule in rules.procedures[step.case.procedure].steps:
        if rule.trigger == trigger:
            deadline_clocks.open_step(step.ctx.session, step.case, rule, step.on, rules.calendar)


# --- the handlers ------------------------------------------------------------------------------------


def _accept(step: Step) -> str:
    step.case.accepted_on = step.on
    _meet(step, "notice")  # telling the petitioner it was accepted meets the notice step
    _open_clocks(step, "accepted")
    return "受理"


def _refuse(step: Step) -> str:
    step.case.refusal_reason, step.case.closed_on = step.reason, step.on
    _meet(step)
    return f"不予受理：{step.reason}"


def _transfer(step: Step) -> str:
    step.case.transferred_to, step.case.transferred_on = step.department, step.on
    return f"转办至{step.department}"


def _start_handling(step: Step) -> str:
    return "开始办理"


def _stop_clock(step: Step) -> str:
    """Stop the running clocks whose deadline has not passed (a stop after it would revive nothing)."""
    s, case, on = step.ctx.session, step.case, step.on
    running = [d for d in _running(step) if d.stoppable and d.due_on is not None]
    if not running:
        raise ActionRefused(msg.NO_CLOCK_TO_STOP)
    counting = [d for d in running if on <= d.due_on]
    if not counting:
        raise ActionRefused(cmsg.STOP_AFTER_DEADLINE, field="on", due=max(d.due_on for d in running).isoformat())
    for d in counting:
        last = s.execute(select(func.max(ClockStop.restarted_on)).where(
            ClockStop.case_id == case.id, ClockStop.step == d.step)).scalar()
        if on < d.trigger_on or (last and on < last):
            _invalid("on", msg.STOP_BEFORE_START)
        s.add(ClockStop(case_id=case.id, step=d.step, stopped_on=on, reason=step.reason))
    return f"中止计时：{step.reason}"


def _restart_clock(step: Step) -> str:
    running = [d.step for d in _running(step)]  # a round that ended keeps its stops as they were
    stops = step.ctx.session.execute(select(ClockStop).where(
        ClockStop.case_id == step.case.id, ClockStop.restarted_on.is_(None), ClockStop.step.in_(running))).scalars().all()
    for stop in stops:
        if step.on < stop.stopped_on:
            _invalid("on", msg.RESTART_BEFORE_STOP, day=stop.stopped_on.isoformat())
        stop.restarted_on, stop.restart_reason = step.on, step.reason or step.note
    return "恢复计时" + (f"：{step.reason}" if step.reason else "")


def _request_extension(step: Step) -> str:
    s, case, days = step.ctx.session, step.case, step.inp.days
    running = next((d for d in _running(step) if d.extension_cap > 0), None)
    if running is None:
        raise ActionRefused(msg.NOT_EXTENDABLE)
    used = s.execute(select(func.coalesce(func.sum(ExtensionRequest.days), 0)).where(
        ExtensionRequest.case_id == case.id, ExtensionRequest.step == running.step,
        ExtensionRequest.status.in_(["requested", "approved"]))).scalar()
    if days is None or days < 1:
        _invalid("days", msg.EXTENSION_DAYS_POSITIVE)
    if used + days > running.extension_cap:
        _invalid("days", msg.EXTENSION_OVER_CAP, cap=running.extension_cap, used=used)
    s.add(ExtensionRequest(case_id=case.id, step=running.step, days=days, reason=step.reason,
                           requested_on=step.on, requested_by_id=step.ctx.actor.user_id))
    return f"申请延长办理期限 {days} 日：{step.reason}"


def _pending_extension(step: Step) -> ExtensionRequest:
    """The request to decide: the one asked for, else the first; only a request for a running clock."""
    wanted = step.inp.extension_id
    req = step.ctx.session.execute(select(ExtensionRequest).where(
        ExtensionRequest.case_id == step.case.id, ExtensionRequest.status == extension_requests.REQUESTED,
        extension_requests.clock_running(),
        *([ExtensionRequest.id == wanted] if wanted else [])).order_by(ExtensionRequest.id)).scalars().first()
    if req is None:
        raise ActionRefused(msg.NO_PENDING_EXTENSION)
    return req


def _decide_extension(step: Step, req: ExtensionRequest, status: str) -> None:
    req.status, req.decided_on, req.decided_by_id = status, step.on, step.ctx.actor.user_id
    req.decision_comment = step.reason or step.note


def _approve_extension(step: Step) -> str:
    req = _pending_extension(step)
    if req.requested_by_id is not None and req.requested_by_id == step.ctx.actor.user_id:
        raise PermissionDenied(cmsg.OWN_EXTENSION)  # the one who asks is not the one who approves
    _decide_extension(step, req, "approved")
    try:
        deadline_clocks.recompute(step.ctx.session, step.ctx.rules.calendar, case_ids=[step.case.id])
    except ExtensionBeyondCap as exc:
        raise ActionRefused(msg.ACTION_REFUSED, reason=str(exc)) from None
    return f"批准延长办理期限 {req.days} 日"


def _return_extension(step: Step) -> str:
    _decide_extension(step, _pending_extension(step), "returned")
    return f"退回延期申请：{step.reason}"


def _supervision_letter(step: Step) -> str:
    return "向被投诉单位发出督办函" + (f"：{step.note}" if step.note else "")


def _talks(step: Step) -> str:
    return f"约谈：{step.note}"


def _credit_referral(step: Step) -> str:
    step.case.credit_referral_on = step.on
    return f"移送失信记录：{step.reason}"


def _reply(step: Step) -> str:
    """The written reply meets the running round of the reply, or of the review it answers."""
    step.case.replied_on = step.on
    _meet(step, "reply", "review")
    return f"书面答复：{step.note}"


def _close(step: Step) -> str:
    outcome = Outcome.WITHDRAWN.value if step.action is Action.WITHDRAW else step.inp.outcome
    try:
        label = Outcome(outcome).label_zh
    except ValueError:
        _invalid("outcome", msg.CHOOSE_OUTCOME)
    step.case.outcome, step.case.closed_on = outcome, step.on
    _meet(step)
    return f"办结：{label}" + (f"（{step.reason}）" if step.reason else "")


def _new_round(step: Step, code: str, trigger_zh: str | None = None) -> None:
    """Start the next round of step ``code``: its own clock from the action's day, with its own stops,
    extensions and cap; earlier rounds stay as they ended. The rule is the snapshot the step's clock was
    first opened with (a later edit of the rules does not move a case), else the procedure's."""
    s, case = step.ctx.session, step.case
    rounds = deadline_clocks.rounds_of(s, case.id, code)
    procedure = step.ctx.rules.procedures[case.procedure]
    rule: StepRule | None = rule_of(rounds[-1]) if rounds else next(
        (r for r in procedure.steps if r.code == code), None)
    if rule is None:
        return
    for earlier in rounds:
        if earlier.met_on is None:  # a round still running when the next one starts ends with it
            earlier.met_on = step.on
    deadline_clocks.open_step(s, case, rule, step.on, step.ctx.rules.calendar, round_no=len(rounds) + 1,
                              trigger_zh=trigger_zh)


def _reopen(step: Step) -> str:
    case = step.case
    case.outcome = case.closed_on = case.replied_on = None
    _meet(step, "review")  # a review still running is overtaken by the new handling round
    _new_round(step, "reply", trigger_zh="重新办理")
    return f"重新办理：{step.reason}"


def _follow_up(step: Step) -> str:
    try:
        label = Satisfaction(step.inp.satisfaction).label_zh
    except ValueError:
        _invalid("satisfaction", msg.CHOOSE_SATISFACTION)
    step.ctx.session.add(FollowUp(case_id=step.case.id, called_on=step.on, satisfaction=step.inp.satisfaction,
                                  note=step.note, by_id=step.ctx.actor.user_id))
    return f"回访：{label}" + (f"。{step.note}" if step.note else "")


def _late_review(step: Step) -> str:
    """Nothing when the review is asked within the procedure's window after the written reply; else the
    note that the officer chose to record it anyway (``late_ok``), else ActionRefused saying why."""
    case, window = step.case, step.ctx.rules.procedures[step.case.procedure].review_window_days
    if case.replied_on is None:
        raise ActionRefused(cmsg.REVIEW_WITHOUT_REPLY)
    if step.on < case.replied_on:
        _invalid("on", cmsg.REVIEW_BEFORE_REPLY, replied_on=case.replied_on.isoformat())
    if not window:
        return ""
    last_day = step.ctx.rules.calendar.add_days(case.replied_on, window)  # Civil Code arts. 201, 203
    if step.on <= last_day:
        return ""
    if not step.inp.late_ok:
        raise ActionRefused(cmsg.REVIEW_REQUEST_LATE, field="on", days=window,
                            replied_on=case.replied_on.isoformat(), last_day=last_day.isoformat())
    return (f"（逾期提出：应自书面答复之日{case.replied_on.isoformat()}起{window}日内、"
            f"即{last_day.isoformat()}前提出，经办人决定仍予登记）")


def _request_review(step: Step) -> str:
    """Each review request is its own round of the review clock (its own stops); the request must come
    within the procedure's window after the written reply unless the officer records it anyway."""
    late = _late_review(step)
    step.case.review_requested_on = step.on
    rule = next((r for r in step.ctx.rules.procedures[step.case.procedure].steps
                 if r.trigger == "review_requested"), None)
    if rule is not None:
        _new_round(step, rule.code, trigger_zh=rule.trigger_zh + ("（逾期提出，经办人决定仍予登记）" if late else ""))
    return f"申请复查：{step.reason}{late}"


HANDLERS: dict[Action, Handler] = {
    Action.ACCEPT: _accept,
    Action.REFUSE: _refuse,
    Action.TRANSFER: _transfer,
    Action.START_HANDLING: _start_handling,
    Action.STOP_CLOCK: _stop_clock,
    Action.RESTART_CLOCK: _restart_clock,
    Action.REQUEST_EXTENSION: _request_extension,
    Action.APPROVE_EXTENSION: _approve_extension,
    Action.RETURN_EXTENSION: _return_extension,
    Action.SUPERVISION_LETTER: _supervision_letter,
    Action.TALKS: _talks,
    Action.CREDIT_REFERRAL: _credit_referral,
    Action.REPLY: _reply,
    Action.CLOSE: _close,
    Action.WITHDRAW: _close,
    Action.REOPEN: _reopen,
    Action.FOLLOW_UP: _follow_up,
    Action.REQUEST_REVIEW: _request_review,
}


# --- checks before the handler -----------------------------------------------------------------------


def _parse(action: str, role: str) -> tuple[Action, Role]:
    try:
        return Action(action), Role(role)
    except ValueError as exc:
        raise ActionRefused(msg.UNKNOWN_ACTION, error=str(exc)) from None


def _check_allowed(ctx: CaseContext, case: Case, act: Action, role: Role, inp: ActionInput) -> workflow.Transition:
    """The transition, once the role, the case's state and the required inputs allow it."""
    state = case_state(ctx.session, case, ctx.rules)
    refusal = workflow.refusal(act, state, role)
    if role not in workflow.TRANSITIONS[act].roles:
        raise PermissionDenied(msg.ACTION_REFUSED(reason=refusal) if refusal else msg.ACTION_NOT_PERMITTED(action=act))
    inputs = {k: getattr(inp, k) for k in INPUTS}
    missing = Collector()
    for name in workflow.TRANSITIONS[act].requires:
        value = inputs.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            missing.add(name, vmsg.REQUIRED, name=_input_name(name))
    if refusal is None:
        missing.raise_if_any()  # next to the empty fields, before the generic check below
    try:
        return workflow.check(act, state, role, inputs)
    except workflow.WorkflowError as exc:
        raise ActionRefused(msg.ACTION_REFUSED, reason=exc.text) from None


def _input_name(name: str) -> Text:
    message = INPUT_NAMES.get(name)
    return message() if message is not None else plain(name)


def _checked_step(ctx: CaseContext, case: Case, act: Action, inp: ActionInput) -> Step:
    c = Collector()
    check_date(c, "on", inp.on, msg.NAME_ON, required=True, today=ctx.today,
               not_before=case.received_on, not_before_name=msg.NAME_RECEIVED_ON)
    reason = c.text("reason", inp.reason, msg.NAME_REASON, max_len=2000)
    note = c.text("note", inp.note, msg.NAME_NOTE, max_len=5000)
    department = c.text("department", inp.department, msg.NAME_DEPARTMENT, max_len=200)
    c.raise_if_any()
    return Step(ctx, case, act, inp, reason, note, department)


# --- the use case ------------------------------------------------------------------------------------


class CaseActions:
    """Takes the lifecycle actions of cases."""

    def __init__(self, workplace: Workplace):
        self._place = workplace

    def act(self, case_id: int, action: str, inp: ActionInput, expected_version: int) -> CaseDetail:
        """Take one lifecycle action (domain.workflow); recompute the clocks; record it."""
        with self._place.write() as s:
            ctx = self._place.context(s)
            case = lock_case(ctx, case_id, expected_version)
            act, role = _parse(action, ctx.actor.role)
            transition = _check_allowed(ctx, case, act, role, inp)
            step = _checked_step(ctx, case, act, inp)
            before = snapshot(case)
            summary = HANDLERS[act](step)
            if transition.target is not None:
                case.status = transition.target.value
            deadline_clocks.recompute(s, ctx.rules.calendar, case_ids=[case.id])
            case.updated_at = utcnow()  # every action is a change of the case: other desks must reload
            history.record(s, ctx.actor, entity="case", entity_id=case.id, case_id=case.id, action=act.value,
                           summary=summary, changes=diff(before, snapshot(case)))
            extension_requests.withdraw_unusable(s, ctx.actor, case, step.on, act)
            return case_detail(ctx, case.id)
