"""Keeps a case's statutory clocks (case_deadline rows) and its next due date in step with the law."""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace

from sqlalchemy import ARRAY, Integer, and_, any_, bindparam, or_, select, update
from sqlalchemy.orm import Session

from complaintdesk.domain.calendar import WorkCalendar
from complaintdesk.domain.deadlines import ClockStop as StopSpan
from complaintdesk.domain.deadlines import Deadline, Extension, StepRule, Unit, compute_deadline, split_round
from complaintdesk.domain.vocabulary import OPEN_STATUSES
from complaintdesk.services.case_detail import rule_of
from complaintdesk.services.claim_due_dates import LONGEST_ROLL
from complaintdesk.store.models import NO_DUE_DATE, Case, CaseDeadline, ClockStop, ExtensionRequest
from complaintdesk.store.types import utcnow


def _in_ids(session: Session, column, ids: Sequence[int]):
    """``column IN ids``; on PostgreSQL one array parameter (``= ANY``): thousands of ids as as many
    parameters cost psycopg and the server more than the rows they find."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))
    return column.in_(ids)


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
    row = step_row(case, rule, trigger_on, calendar, round_no=round_no, trigger_zh=trigger_zh)
    session.add(row)
    return row


def step_row(case: Case, rule: StepRule, trigger_on: date, calendar: WorkCalendar, *,
             round_no: int = 1, trigger_zh: str | None = None) -> CaseDeadline:
    """The clock ``open_step`` starts, not added to any session (an import computes its clocks before
    it takes the write lock; ``case.id`` may still be None then)."""
    rule = rule.governing(case.received_on).for_round(round_no, trigger_zh)
    deadline = compute_deadline(rule, trigger_on, calendar=calendar)
    row = CaseDeadline(case_id=case.id, procedure=rule.procedure, step=rule.code, step_name=rule.name_zh,
                       trigger_zh=rule.trigger_zh, trigger_on=trigger_on,
                       length=rule.length, unit=rule.unit.value, extension_cap=rule.extension_cap,
                       stoppable=rule.stoppable, extension_days=0, basis=rule.basis, explanation="[]")
    _apply(row, deadline)
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


# A calendar-day clock's due date is its term's last day rolled forward over rest days: only a day changed
# within LONGEST_ROLL (claim_due_dates: the longest run of rest days is 9) before the due date can move it.


@dataclass(frozen=True)
class Touching:
    """What a new holiday schedule changes: the days it makes working or rest days (sorted), and the years
    whose provisional mark it changes (every clock reaching into them is marked again)."""

    days: tuple[date, ...]
    years: frozenset[int] = frozenset()

    def bounds(self) -> tuple[date, date] | None:
        ends = [*self.days, *(date(y, 1, 1) for y in self.years), *(date(y, 12, 31) for y in self.years)]
        return (min(ends), max(ends)) if ends else None

    def could_move(self, unit: str, trigger_on: date, due_on: date | None) -> bool:
        if due_on is None:  # a clock stopped with no restart yet: computed again, it costs little
            return True
        if any(date(y, 1, 1) <= due_on and trigger_on <= date(y, 12, 31) for y in self.years):
            return True
        first = trigger_on + timedelta(days=1) if unit == Unit.WORKDAYS.value else due_on - LONGEST_ROLL
        i = bisect_left(self.days, first)
        return i < len(self.days) and self.days[i] <= due_on


def _cases_touched(session: Session, touching: Touching) -> list[int]:
    """The open cases with a running clock a new schedule could move (a narrow query, then exact)."""
    bounds = touching.bounds()
    if bounds is None:
        return []
    lo, hi = bounds
    rows = session.execute(
        select(CaseDeadline.case_id, CaseDeadline.unit, CaseDeadline.trigger_on, CaseDeadline.due_on)
        .join(Case, Case.id == CaseDeadline.case_id)
        .where(Case.status.in_([s.value for s in OPEN_STATUSES]), CaseDeadline.met_on.is_(None),
               or_(CaseDeadline.due_on.is_(None), and_(CaseDeadline.due_on >= lo, CaseDeadline.trigger_on <= hi))))
    return sorted({case_id for case_id, unit, trigger_on, due_on in rows
                   if touching.could_move(unit, trigger_on, due_on)})


def recompute(session: Session, calendar: WorkCalendar, *, case_ids: Sequence[int] | None = None,
              apply: bool = True, touching: Touching | None = None) -> list[Moved]:
    """Recompute the running clocks of the given cases (default: every open case; with ``touching``, the
    open cases whose clocks a new schedule's changed days or years could move).

    With ``apply=False`` nothing is changed: the result says which deadlines *would* move, so an
    administrator sees the effect of a new holiday schedule before saving it.
    """
    force = case_ids is not None  # the given cases' clocks are rewritten even where nothing moved
    if touching is not None:
        case_ids = _cases_touched(session, touching)
        if not case_ids:
            return []
        if len(case_ids) > 20_000:  # beyond what one IN list should carry: every open case, same result
            case_ids = None
    rows, stops, grants = _clock_inputs(session, case_ids, orm=force)
    return _recompute_rows(session, calendar, rows, stops, grants, case_ids if force else None, apply)


def _clock_inputs(session: Session, case_ids: Sequence[int] | None, *, orm: bool) -> tuple[
        list, dict[tuple[int, str], list[StopSpan]], dict[tuple[int, str], list[Extension]]]:
    """The clocks of the given cases (default: every open case), with their stops and granted extensions.
    The clocks as ORM objects with ``orm`` (they are then changed through the session), else as plain rows
    (written in bulk: a schedule's save reads thousands, and building an ORM object costs more than its row)."""
    if case_ids is None:
        open_ids = select(Case.id).where(Case.status.in_([s.value for s in OPEN_STATUSES])).scalar_subquery()

        def within(column):
            return column.in_(open_ids)
    else:
        def within(column):
            return _in_ids(session, column, case_ids)
    clocks = select(CaseDeadline) if orm else select(*CaseDeadline.__table__.c)
    result = session.execute(clocks.where(within(CaseDeadline.case_id)).order_by(CaseDeadline.case_id, CaseDeadline.id))
    rows = result.scalars().all() if orm else result.all()
    stops: dict[tuple[int, str], list[StopSpan]] = defaultdict(list)
    for case_id, step, stopped_on, restarted_on, reason in session.execute(
            select(ClockStop.case_id, ClockStop.step, ClockStop.stopped_on, ClockStop.restarted_on, ClockStop.reason)
            .where(within(ClockStop.case_id)).order_by(ClockStop.stopped_on, ClockStop.id)):
        stops[case_id, step].append(StopSpan(stopped_on, restarted_on, reason))
    grants: dict[tuple[int, str], list[Extension]] = defaultdict(list)
    for case_id, step, days, reason in session.execute(
            select(ExtensionRequest.case_id, ExtensionRequest.step, ExtensionRequest.days, ExtensionRequest.reason)
            .where(within(ExtensionRequest.case_id), ExtensionRequest.status == "approved")
            .order_by(ExtensionRequest.id)):
        grants[case_id, step].append(Extension(days=days, reason=reason))
    return list(rows), stops, grants


def _recompute_rows(session: Session, calendar: WorkCalendar, rows: list,
                    stops: dict[tuple[int, str], list[StopSpan]], grants: dict[tuple[int, str], list[Extension]],
                    forced: Sequence[int] | None, apply: bool) -> list[Moved]:
    """Each running clock computed again; with ``apply`` the changed ones written (``forced``: these cases'
    clocks rewritten through the ORM even where nothing moved; otherwise the moved ones in bulk)."""
    force = forced is not None
    moved: list[Moved] = []
    by_case: dict[int, list[CaseDeadline]] = defaultdict(list)
    changed: set[int] = set(forced or ())
    stopped: set[int] = set()  # cases with a clock really stopped (a stop after the deadline stops nothing)
    writes: list[dict] = []  # without ``force``: the clocks written in bulk (_write_in_bulk)
    rules: dict[tuple, StepRule] = {}
    for row in rows:
        by_case[row.case_id].append(row)
        if row.met_on is not None:
            continue
        key = (row.case_id, row.step)
        # One StepRule per distinct snapshot: a schedule's save computes thousands of clocks of a few dozen rules.
        snapshot = (row.procedure, row.step, row.step_name, row.length, row.unit, row.extension_cap, row.stoppable,
                    row.basis, row.trigger_zh)
        rule = rules.get(snapshot) or rules.setdefault(snapshot, rule_of(row))
        deadline = compute_deadline(rule, row.trigger_on, stops=stops.get(key, ()),
                                    extensions=grants.get(key, ()), calendar=calendar)
        if deadline.stopped:
            stopped.add(row.case_id)
        if deadline.due_on != row.due_on:
            moved.append(Moved(row.case_id, split_round(row.step)[0], row.due_on, deadline.due_on))
        if apply and (deadline.due_on != row.due_on or deadline.provisional != row.provisional
                      or force):
            extension_days = sum(e.days for e in grants.get(key, ()))
            if force:
                row.extension_days = extension_days
                _apply(row, deadline)
            else:
                writes.append(_written(row, deadline, extension_days))
                # the case's next deadline is taken from its clocks as written
                by_case[row.case_id][-1] = SimpleNamespace(**{**row._asdict(), "due_on": deadline.due_on,
                                                              "provisional": deadline.provisional})
            changed.add(row.case_id)
    if apply and changed and not force:
        _write_in_bulk(session, writes, by_case, changed, stopped)
    elif apply and changed:
        ordered = sorted(changed)
        for i in range(0, len(ordered), 5000):  # stay under the database's bound-parameter limit
            for case in session.execute(select(Case).where(Case.id.in_(ordered[i:i + 5000]))).scalars():
                refresh_next_due(case, by_case.get(case.id, []), case.id in stopped)
    return moved


# A schedule's save moves a thousand clocks at once: each clock row and each case row is written once, by
# one statement per table executed for many rows (psycopg sends them in one pipeline), the case's sort key
# ``due_sort`` (its one copied column a clock moves) in the same write instead of a refresh rewriting the row.
_CLOCK_COLUMNS = ("due_on", "provisional", "explanation", "extension_days")
_NEXT_COLUMNS = ("next_due_on", "due_sort", "next_step", "next_due_provisional", "clock_stopped")


def _written(row, deadline: Deadline, extension_days: int) -> dict:
    """The clock's new values as one row of the bulk write (``row``: a plain row, read for it)."""
    values = {"due_on": deadline.due_on, "provisional": deadline.provisional,
              "explanation": json.dumps(list(deadline.explanation), ensure_ascii=False),
              "extension_days": extension_days}
    return {"b_id": row.id, **{f"b_{name}": value for name, value in values.items()}}


def _write_in_bulk(session: Session, clocks: list[dict], by_case: dict[int, list[CaseDeadline]],
                   changed: set[int], stopped: set[int]) -> None:
    conn = session.connection()
    table = CaseDeadline.__table__
    if clocks:
        conn.execute(update(table).where(table.c.id == bindparam("b_id"))
                     .values({name: bindparam(f"b_{name}") for name in _CLOCK_COLUMNS}), clocks)
    cases = Case.__table__
    ordered, now, writes = sorted(changed), utcnow(), []
    for i in range(0, len(ordered), 5000):  # stay under the database's bound-parameter limit
        stored = conn.execute(select(cases.c.id, *(cases.c[name] for name in _NEXT_COLUMNS))
                              .where(_in_ids(session, cases.c.id, ordered[i:i + 5000])))
        for case_id, *old in stored:
            new = next_due_values(by_case.get(case_id, []), case_id in stopped)
            if old != [new[name] for name in _NEXT_COLUMNS]:
                writes.append({"b_id": case_id, "b_now": now, **{f"b_{k}": v for k, v in new.items()}})
    if writes:
        # Of the case's copied columns (services.case_index) a running clock moves only ``due_sort``, written
        # here with the next deadline: names, sums, township, search text and the late-reply mark (met
        # clocks) stay as they are. Setting no other column keeps SQLite from rewriting their index
        # entries and from visiting the search and dashboard triggers (AFTER UPDATE OF …) for each row.
        conn.execute(update(cases).where(cases.c.id == bindparam("b_id"))
                     .values({**{name: bindparam(f"b_{name}") for name in _NEXT_COLUMNS},
                              "version": cases.c.version + 1, "updated_at": bindparam("b_now")}), writes)
    # What the session already held of these rows (loaded earlier in the transaction) is read again if used.
    written = {c["b_id"] for c in clocks}
    for obj in list(session.identity_map.values()):
        if isinstance(obj, CaseDeadline) and obj.id in written:
            session.expire(obj, list(_CLOCK_COLUMNS))
        elif isinstance(obj, Case) and obj.id in changed:
            session.expire(obj, [*_NEXT_COLUMNS, "version", "updated_at"])


def next_due_values(rows: Iterable[CaseDeadline], clock_stopped: bool) -> dict[str, object]:
    """The case's next deadline = the earliest running clock (denormalised for the list's index)."""
    running = [r for r in rows if r.met_on is None and r.due_on is not None]
    first = min(running, key=lambda r: (r.due_on, r.id or 0), default=None)
    next_due_on = first.due_on if first else None
    return {"next_due_on": next_due_on, "due_sort": next_due_on or NO_DUE_DATE,
            "next_step": split_round(first.step)[0] if first else None,  # the step, whichever round
            "next_due_provisional": bool(first and first.provisional), "clock_stopped": clock_stopped}


def refresh_next_due(case: Case, rows: Iterable[CaseDeadline], clock_stopped: bool) -> None:
    """The case's next deadline = the earliest running clock (denormalised for the list's index)."""
    for name, value in next_due_values(rows, clock_stopped).items():
        setattr(case, name, value)
