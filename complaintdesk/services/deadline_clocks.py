"""Keeps a case's statutory clocks (case_deadline rows) and its next due date in step with the law."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.deadlines import ClockStop as StopSpan
from complaintdesk.domain.deadlines import Deadline, Extension, StepRule, compute_deadline, split_round
from complaintdesk.domain.vocabulary import OPEN_STATUSES
from complaintdesk.services.case_detail import rule_of
from complaintdesk.store.models import NO_DUE_DATE, Case, CaseDeadline, ClockStop, ExtensionRequest


def _apply(row: CaseDeadline, deadline: Deadline) -> None:
    row.due_on = deadline.due_on
    row.provisional = deadline.provisional
    row.explanation = json.dumps(list(deadline.explanation), ensure_ascii=False)


def open_step(session: Session, case: Case, rule: StepRule, trigger_on: date, calendar: WorkCalendar, *,
              round_no: int = 1, trigger_zh: str | None = None) -> CaseDeadline:
    """Start a step's clock on a case (a snapshot of the rule is kept with it).

    The rule is taken as the text governing the case's receipt date states it (``StepRule.governing``);
    round ``round_no`` > 1 gets its own key (``reply#2``), so its stops and extensions are its own.
    """
    rule = rule.governing(case.received_on).for_round(round_no, trigger_zh)
    deadline = compute_deadline(rule, trigger_on, calendar=calendar)
    row = CaseDeadline(case_id=case.id, procedure=rule.procedure, step=rule.code, step_name=rule.name_zh,
                       trigger_zh=rule.trigger_zh, trigger_on=trigger_on,
                       length=rule.length, unit=rule.unit.value, extension_cap=rule.extension_cap,
                       stoppable=rule.stoppable, extension_days=0, basis=rule.basis, explanation="[]")
    _apply(row, deadline)
    session.add(row)
    return row


def rounds_of(session: Session, case_id: int, code: str) -> list[CaseDeadline]:
    """The clocks of step ``code`` on a case, one per round, oldest first."""
    rows = session.execute(select(CaseDeadline).where(CaseDeadline.case_id == case_id)).scalars().all()
    return sorted((r for r in rows if split_round(r.step)[0] == code), key=lambda r: split_round(r.step)[1])


@dataclass(frozen=True)
class Moved:
    case_id: int
    step: str  # the step's code (of its running round)
    old_due: date | None
    new_due: date | None


def recompute(session: Session, calendar: WorkCalendar, *, case_ids: Sequence[int] | None = None,
              apply: bool = True) -> list[Moved]:
    """Recompute the running clocks of the given cases (default: every open case).

    With ``apply=False`` nothing is changed: the result says which deadlines *would* move, so an
    administrator sees the effect of a new holiday schedule before saving it.
    """
    if case_ids is None:
        scope = select(Case.id).where(Case.status.in_([s.value for s in OPEN_STATUSES])).scalar_subquery()
    else:
        scope = list(case_ids)
    rows = session.execute(select(CaseDeadline).where(CaseDeadline.case_id.in_(scope))
                           .order_by(CaseDeadline.case_id, CaseDeadline.id)).scalars().all()
    stops: dict[tuple[int, str], list[StopSpan]] = defaultdict(list)
    for s in session.execute(select(ClockStop).where(ClockStop.case_id.in_(scope))
                             .order_by(ClockStop.stopped_on, ClockStop.id)).scalars():
        stops[s.case_id, s.step].append(StopSpan(s.stopped_on, s.restarted_on, s.reason))
    grants: dict[tuple[int, str], list[Extension]] = defaultdict(list)
    for g in session.execute(select(ExtensionRequest).where(ExtensionRequest.case_id.in_(scope),
                                                            ExtensionRequest.status == "approved")).scalars():
        grants[g.case_id, g.step].append(Extension(days=g.days, reason=g.reason))

    moved: list[Moved] = []
    by_case: dict[int, list[CaseDeadline]] = defaultdict(list)
    changed: set[int] = set(case_ids or ())
    stopped: set[int] = set()  # cases with a clock really stopped (a stop after the deadline stops nothing)
    for row in rows:
        by_case[row.case_id].append(row)
        if row.met_on is not None:
            continue
        key = (row.case_id, row.step)
        deadline = compute_deadline(rule_of(row), row.trigger_on, stops=stops.get(key, ()),
                                    extensions=grants.get(key, ()), calendar=calendar)
        if deadline.stopped:
            stopped.add(row.case_id)
        if deadline.due_on != row.due_on:
            moved.append(Moved(row.case_id, split_round(row.step)[0], row.due_on, deadline.due_on))
        if apply and (deadline.due_on != row.due_on or deadline.provisional != row.provisional
                      or case_ids is not None):
            row.extension_days = sum(e.days for e in grants.get(key, ()))
            _apply(row, deadline)
            changed.add(row.case_id)
    if apply and changed:
        ordered = sorted(changed)
        for i in range(0, len(ordered), 5000):  # stay under the database's bound-parameter limit
            for case in session.execute(select(Case).where(Case.id.in_(ordered[i:i + 5000]))).scalars():
                refresh_next_due(case, by_case.get(case.id, []), case.id in stopped)
    return moved


def refresh_next_due(case: Case, rows: Iterable[CaseDeadline], clock_stopped: bool) -> None:
    """The case's next deadline = the earliest running clock (denormalised for the list's index)."""
    running = [r for r in rows if r.met_on is None and r.due_on is not None]
    first = min(running, key=lambda r: (r.due_on, r.id or 0), default=None)
    case.next_due_on = first.due_on if first else None
    case.due_sort = case.next_due_on or NO_DUE_DATE
    case.next_step = split_round(first.step)[0] if first else None  # the step, whichever round
    case.next_due_provisional = bool(first and first.provisional)
    case.clock_stopped = clock_stopped
