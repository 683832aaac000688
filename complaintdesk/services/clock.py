"""Keeps a case's statutory clocks (case_deadline rows) and its next due date in step with the law."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.deadlines import ClockStop as StopSpan
from complaintdesk.domain.deadlines import Deadline, Extension, StepRule, Unit, compute_deadline
from complaintdesk.store.models import Case, CaseDeadline, ClockStop, ExtensionRequest


def rule_of(row: CaseDeadline) -> StepRule:
    """The rule snapshot a case's clock was opened with (later rule edits do not move old cases)."""
    return StepRule(procedure=row.procedure, code=row.step, name_zh=row.step_name, name_en=row.step,
                    trigger="", length=row.length, unit=Unit(row.unit), extension_cap=row.extension_cap,
                    stoppable=row.stoppable, basis=row.basis, trigger_zh=row.trigger_zh)


def _apply(row: CaseDeadline, deadline: Deadline) -> None:
    row.due_on = deadline.due_on
    row.provisional = deadline.provisional
    row.explanation = json.dumps(list(deadline.explanation), ensure_ascii=False)


def open_step(session: Session, case: Case, rule: StepRule, trigger_on: date, calendar: WorkCalendar) -> CaseDeadline:
    """Start a step's clock on a case (a snapshot of the rule is kept with it)."""
    deadline = compute_deadline(rule, trigger_on, calendar=calendar)
    row = CaseDeadline(case_id=case.id, procedure=rule.procedure, step=rule.code, step_name=rule.name_zh,
                       trigger_zh=rule.trigger_zh, trigger_on=trigger_on,
                       length=rule.length, unit=rule.unit.value, extension_cap=rule.extension_cap,
                       stoppable=rule.stoppable, extension_days=0, basis=rule.basis, explanation="[]")
    _apply(row, deadline)
    session.add(row)
    return row


@dataclass(frozen=True)
class Moved:
    case_id: int
    step: str
    old_due: date | None
    new_due: date | None


def recompute_case(session: Session, case: Case, calendar: WorkCalendar) -> list[Moved]:
    """Recompute every running clock of a case from its stops and approved extensions."""
    rows = session.execute(select(CaseDeadline).where(CaseDeadline.case_id == case.id)).scalars().all()
    stops = session.execute(select(ClockStop).where(ClockStop.case_id == case.id)
                            .order_by(ClockStop.stopped_on, ClockStop.id)).scalars().all()
    grants = session.execute(select(ExtensionRequest).where(
        ExtensionRequest.case_id == case.id, ExtensionRequest.status == "approved")).scalars().all()
    moved = []
    for row in rows:
        if row.met_on is not None:
            continue
        extensions = [Extension(days=g.days, reason=g.reason) for g in grants if g.step == row.step]
        deadline = compute_deadline(
            rule_of(row), row.trigger_on,
            stops=[StopSpan(s.stopped_on, s.restarted_on, s.reason) for s in stops if s.step == row.step],
            extensions=extensions, calendar=calendar,
        )
        old = row.due_on
        row.extension_days = sum(e.days for e in extensions)
        _apply(row, deadline)
        if old != row.due_on:
            moved.append(Moved(case.id, row.step, old, row.due_on))
    refresh_next_due(case, rows, any(s.restarted_on is None for s in stops))
    return moved


def refresh_next_due(case: Case, rows: Iterable[CaseDeadline], clock_stopped: bool) -> None:
    """The case's next deadline = the earliest running clock (denormalised for the list's index)."""
    running = [r for r in rows if r.met_on is None and r.due_on is not None]
    first = min(running, key=lambda r: (r.due_on, r.id or 0), default=None)
    case.next_due_on = first.due_on if first else None
    case.next_step = first.step if first else None
    case.next_due_provisional = bool(first and first.provisional)
    case.clock_stopped = clock_stopped
