"""A new schedule recomputes only the clocks its changed days could move (issue 17: ≤ 1 s at 100k cases) —
and finds exactly what computing every open case's clocks again finds, provisional marks included."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from complaintdesk.domain.calendar import DayKind, HolidayRow
from complaintdesk.services import deadline_clocks, reference
from complaintdesk.services.schedules import _candidate_calendar, _changed_days, _touching
from complaintdesk.store.models import CaseDeadline
from tests.services.test_schedules import NOTICE_2027, NOTICE_2027_DATE, SCHEDULE_2027


def _every_clock_moved(session, calendar):
    return sorted(deadline_clocks.recompute(session, calendar, apply=False), key=lambda m: (m.case_id, m.step))


def _scoped_moved(session, calendar, before, year):
    touching = _touching(before, calendar, _changed_days(before, calendar, year))
    return sorted(deadline_clocks.recompute(session, calendar, apply=False, touching=touching),
                  key=lambda m: (m.case_id, m.step))


def _variants(office, rng: random.Random):
    """Schedules an administrator might save: a day off added or taken back, a make-up Saturday, whole weeks."""
    current = list(office.schedules.schedule(2026).rows)
    taken = {r.day for r in current}
    weekdays = [date(2026, 1, 1) + timedelta(days=i) for i in range(365)]
    free = [d for d in weekdays if d.weekday() < 5 and d not in taken]
    saturdays = [d for d in weekdays if d.weekday() == 5 and d not in taken]
    for _ in range(12):
        extra = rng.sample(free, rng.randint(1, 6))
        yield 2026, [*current, *(HolidayRow(d, DayKind.REST, "测试") for d in extra)]
    for _ in range(4):
        gone = rng.sample(current, rng.randint(1, 3))
        yield 2026, [r for r in current if r not in gone]
    for _ in range(4):
        yield 2026, [*current, *(HolidayRow(d, DayKind.WORK, r.name) for d in rng.sample(saturdays, 1)
                                 for r in current[:1])]
    yield 2027, SCHEDULE_2027  # a provisional year made official: the marks change everywhere in it


def test_the_scoped_recompute_finds_exactly_what_the_full_one_finds(demo_office):
    rng = random.Random(17)
    with demo_office.db.read() as session:
        before = reference.load_calendar(session)
        for year, rows in _variants(demo_office, rng):
            candidate = _candidate_calendar(session, year, rows)
            assert _scoped_moved(session, candidate, before, year) == _every_clock_moved(session, candidate)


def test_after_saving_every_running_clock_is_what_a_full_recompute_computes(demo_office):
    demo_office.schedules.save(2027, SCHEDULE_2027, NOTICE_2027, notice_date=NOTICE_2027_DATE)
    with demo_office.db.read() as session:
        calendar = reference.load_calendar(session)
        rows = session.execute(select(CaseDeadline).where(CaseDeadline.met_on.is_(None))).scalars().all()
        assert not deadline_clocks.recompute(session, calendar, apply=False)
        stale = [(r.case_id, r.step) for r in rows if r.due_on is not None
                 and calendar.provisional_years(r.trigger_on, r.due_on) and not r.provisional]
        assert not stale
        assert any(r.due_on and r.due_on.year == 2027 for r in rows)
        assert all(not r.provisional for r in rows if r.due_on and r.due_on.year == 2027
                   and not calendar.provisional_years(r.trigger_on, r.due_on))


def test_clocks_and_cases_the_transaction_held_already_are_read_again_after_the_bulk_write(demo_office):
    """The save computes and writes its clocks as plain rows; what the session had loaded of them before (an
    upgrade's upkeep loads clocks first) must not keep the old due dates."""
    from complaintdesk.store.models import Case

    with demo_office.db.write() as session:
        before = reference.load_calendar(session)
        current = list(demo_office.schedules.schedule(2026).rows)
        taken = {r.day for r in current}
        extra = [d for d in (date(2026, 12, 3) + timedelta(days=i) for i in range(20))
                 if d.weekday() < 5 and d not in taken][:5]
        candidate = _candidate_calendar(session, 2026, [*current, *(HolidayRow(d, DayKind.REST, "测试") for d in extra)])
        held = {r.id: r for r in session.execute(select(CaseDeadline).where(CaseDeadline.met_on.is_(None))).scalars()}
        cases = {c.id: c for c in session.execute(select(Case)).scalars()}
        touching = _touching(before, candidate, _changed_days(before, candidate, 2026))
        moved = deadline_clocks.recompute(session, candidate, touching=touching)
        assert moved
        for m in moved:
            clock = next(r for r in held.values() if r.case_id == m.case_id and r.step.split("#")[0] == m.step
                         and r.due_on == m.new_due)  # the held object shows the new date
            assert clock.due_on == m.new_due
            case = cases[m.case_id]
            running = [r.due_on for r in held.values() if r.case_id == m.case_id and r.met_on is None and r.due_on]
            assert case.next_due_on == min(running)
        session.rollback()
