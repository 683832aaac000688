"""Entering a year's official holiday schedule: check it, preview what moves, then save and recompute.

``ScheduleService`` (``office.schedules``) is the one door: which years are loaded, a year's days (its
official schedule, its draft, the statutory holidays it is counted with meanwhile), the check, the
preview and the save. Each public method is one transaction and returns plain dataclasses.

An official schedule (DOMAIN.md §3) names its notice — the number (国办发明电〔2025〕7号) and the date —
and gives every statutory holiday of its year (``domain.statutory_holidays.schedule_gaps``). A schedule
that does not is saved as a *draft*: kept to be finished, never counted with; the year stays provisional
and the reasons are returned as coded messages, each naming the input it is about. Saving an official
schedule recomputes the running clocks of every open case and the stored due dates of the claims it
touches, records each move, and reports them all.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from complaintdesk.domain.calendar import DayKind, HolidayRow, WorkCalendar, parse_schedule_csv
from complaintdesk.domain.statutory_holidays import (
    FIRST_STATUTORY_YEAR,
    ScheduleGap,
    StatutoryDay,
    schedule_gaps,
    statutory_rest_days,
)
from complaintdesk.messages import Text
from complaintdesk.messages import schedules as msg
from complaintdesk.services import claim_due_dates, deadline_clocks, history, reference
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import Permission, require
from complaintdesk.services.errors import ServiceError
from complaintdesk.store.database import Database
from complaintdesk.store.models import CalendarDay, CalendarDraft, CalendarYear, Case
from complaintdesk.store.types import utcnow

# The shipped schedules start in 2004 (resources/holidays/cn_official.csv).
FIRST_CALENDAR_YEAR = 2004
# A notice's number: 国办发明电〔2025〕7号 (also with [ ] or （ ） round the year).
NOTICE_NUMBER = re.compile(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号")
PAYMENT_TERM_STEP = claim_due_dates.PAYMENT_TERM_STEP


@dataclass(frozen=True)
class CalendarYearInfo:
    """A year whose official schedule is loaded."""

    year: int
    source: str
    entered_at: datetime  # UTC
    entered_by: str | None
    rest_days: int
    work_days: int
    notice_date: date | None = None  # None for the years shipped with the program


@dataclass(frozen=True)
class MovedDeadline:
    """A deadline a schedule moves: a case's clock (``step``), or a claim's payment due date
    (``step == PAYMENT_TERM_STEP``, with ``claim_id`` and ``contract_no``)."""

    case_id: int
    case_no: str
    step: str
    old_due: date | None
    new_due: date | None
    claim_id: int | None = None
    contract_no: str | None = None

    @property
    def is_claim(self) -> bool:
        return self.claim_id is not None


@dataclass(frozen=True)
class ScheduleProblem:
    """Why a schedule is not official: a coded message and the input it is about
    (``source`` = the notice number, ``notice_date``, ``rows`` = the days)."""

    field: str
    text: Text


@dataclass(frozen=True)
class ScheduleDraft:
    """A schedule saved incomplete; it counts for nothing until it is completed and saved again."""

    rows: tuple[HolidayRow, ...]
    source: str | None
    notice_date: date | None
    saved_at: datetime  # UTC
    saved_by: str | None
    problems: tuple[ScheduleProblem, ...]


@dataclass(frozen=True)
class YearSchedule:
    year: int
    source: str | None  # None: no official schedule (the year is provisional)
    rows: tuple[HolidayRow, ...]
    notice_date: date | None = None
    draft: ScheduleDraft | None = None
    # While the year has no official schedule: the statutory rest days it is counted with (from 2025).
    statutory: tuple[StatutoryDay, ...] = ()


@dataclass(frozen=True)
class ScheduleSaved:
    """What a save did: the official schedule, with what moved; or a draft, with why it is one."""

    year: int
    official: bool
    moved: tuple[MovedDeadline, ...] = ()
    problems: tuple[ScheduleProblem, ...] = ()


def read_schedule_file(path: Path) -> list[HolidayRow]:
    """A schedule file in the shipped format (``date,kind,name``; ``#`` comments)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ServiceError(msg.CANNOT_READ_FILE, field="file", path=str(path), reason=exc.strerror) from exc
    except UnicodeDecodeError as exc:
        raise ServiceError(msg.NOT_UTF8, field="file", path=str(path)) from exc
    try:
        return parse_schedule_csv(text.splitlines())
    except ValueError as exc:
        raise ServiceError(msg.BAD_FILE, field="file", detail=str(exc)) from exc


def _check_rows(year: int, rows: list[HolidayRow]) -> None:
    if not rows:
        raise ServiceError(msg.EMPTY_YEAR, field="rows", year=year)
    for row in rows:
        if row.day.year != year:
            raise ServiceError(msg.DAY_NOT_IN_YEAR, field="rows", day=row.day.isoformat(), year=year)
        if row.kind == DayKind.WORK and row.day.weekday() < 5:
            raise ServiceError(msg.MAKE_UP_ON_WEEKDAY, field="rows", day=row.day.isoformat())
        if not row.name.strip():
            raise ServiceError(msg.DAY_WITHOUT_NAME, field="rows", day=row.day.isoformat())


def _md(days: Sequence[date]) -> str:
    return "、".join(f"{d.month}月{d.day}日" for d in days)


def _gap_problems(gap: ScheduleGap) -> list[ScheduleProblem]:
    festival = "、".join(gap.names)
    if gap.not_rest:
        return [ScheduleProblem("rows", msg.HOLIDAY_NOT_REST(festival=festival, days=_md(gap.not_rest)))]
    return [ScheduleProblem("rows", msg.HOLIDAY_TOO_FEW_DAYS(
        festival=festival, days=_md(gap.days), have=gap.weekday_rest, needed=gap.needed))]


def schedule_problems(year: int, rows: Sequence[HolidayRow], source: str,
                      notice_date: date | None) -> list[ScheduleProblem]:
    """Why ``rows`` would not be ``year``'s official schedule (empty: it would be): the notice's number
    and date, and every statutory holiday, moved days allowed (DOMAIN.md §3)."""
    problems = []
    source = source.strip()
    if not source:
        problems.append(ScheduleProblem("source", msg.SOURCE_REQUIRED()))
    elif not NOTICE_NUMBER.search(source):
        problems.append(ScheduleProblem("source", msg.NOTICE_NUMBER_MISSING(source=source)))
    if notice_date is None:
        problems.append(ScheduleProblem("notice_date", msg.NOTICE_DATE_REQUIRED()))
    elif not date(year - 2, 1, 1) <= notice_date <= date(year, 12, 31):
        problems.append(ScheduleProblem("notice_date", msg.NOTICE_DATE_IMPLAUSIBLE(
            year=year, day=notice_date.isoformat())))
    gaps = schedule_gaps(year, (r.day for r in rows if r.kind == DayKind.REST),
                         (r.day for r in rows if r.kind == DayKind.WORK))
    for gap in gaps:
        problems += _gap_problems(gap)
    return problems


def _candidate_calendar(session: Session, year: int, rows: list[HolidayRow]) -> WorkCalendar:
    current = session.execute(select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
                              .where(CalendarDay.year != year)).all()
    years = set(session.execute(select(CalendarYear.year)).scalars()) | {year}
    merged = [HolidayRow(d, DayKind(k), n) for d, k, n in current] + list(rows)
    return WorkCalendar.from_rows(merged, known_years=years)


def _named(session: Session, clocks: list[deadline_clocks.Moved],
           claims: list[claim_due_dates.MovedClaim]) -> list[MovedDeadline]:
    numbers = {}
    ids = sorted({m.case_id for m in clocks} | {m.case_id for m in claims})
    for i in range(0, len(ids), 5000):
        numbers.update(session.execute(select(Case.id, Case.case_no).where(Case.id.in_(ids[i:i + 5000]))).all())
    moved = [MovedDeadline(m.case_id, numbers[m.case_id], m.step, m.old_due, m.new_due) for m in clocks]
    moved += [MovedDeadline(m.case_id, numbers[m.case_id], PAYMENT_TERM_STEP, m.old_due, m.new_due,
                            claim_id=m.claim_id, contract_no=m.contract_no) for m in claims]
    return sorted(moved, key=lambda m: (m.case_no, m.is_claim, m.claim_id or 0))


def _changed_days(old: WorkCalendar, new: WorkCalendar, year: int) -> list[date]:
    """The days a new schedule for ``year`` makes working days or rest days (in ``year``, and in the years
    that gain or lose their statutory estimate as the horizon moves)."""
    days = []
    for y in sorted({year} | (old.estimated_years ^ new.estimated_years)):
        day = date(y, 1, 1)
        while day.year == y:
            if old.is_workday(day) != new.is_workday(day):
                days.append(day)
            day += timedelta(days=1)
    return days


def _touching(old: WorkCalendar, new: WorkCalendar, changed: list[date]) -> deadline_clocks.Touching:
    """The changed days, and the years whose provisional mark the new calendar changes."""
    years = {d.year for d in changed} | old.known_years ^ new.known_years | old.estimated_years ^ new.estimated_years
    flagged = frozenset(y for y in years if old.is_provisional(date(y, 1, 1)) != new.is_provisional(date(y, 1, 1)))
    return deadline_clocks.Touching(tuple(sorted(changed)), flagged)


def _recompute(session: Session, calendar: WorkCalendar, apply: bool, *, changed: list[date] | None = None,
               due_from: date | None = None, before: WorkCalendar | None = None) -> list[MovedDeadline]:
    """The running clocks of open cases (with ``before`` and ``changed``: only those the changed days or a
    changed provisional mark could move) and the claims' stored due dates that ``changed`` days (or, without
    them, every one from ``due_from`` on) could move."""
    touching = _touching(before, calendar, changed) if before is not None and changed is not None else None
    clocks = deadline_clocks.recompute(session, calendar, apply=apply, touching=touching)
    claims = claim_due_dates.recompute(session, calendar, due_from=due_from, changed=changed, apply=apply)
    return _named(session, clocks, claims)


def recompute_provisional_in(session: Session, actor: Actor, *, apply: bool = True,
                             why: str = "按法定节假日重新计算暂定年份的期限") -> list[MovedDeadline]:
    """In the caller's transaction: every open case's clocks and every claim due date from the first year
    without an official schedule, computed again with today's rules; each move recorded when applied."""
    calendar = reference.load_calendar(session)
    first = next(y for y in itertools.count(FIRST_CALENDAR_YEAR) if y not in calendar.known_years)
    moved = _recompute(session, calendar, apply, due_from=date(first, 1, 1))
    if apply:
        _record_moves(session, actor, moved, why)
    return moved


def _record_moves(session: Session, actor: Actor, moved: list[MovedDeadline], why: str) -> None:
    """One chained batch: a new schedule can move a thousand deadlines at once."""
    events = []
    for m in moved:
        if m.is_claim:
            contract = f"合同{m.contract_no}" if m.contract_no else "该笔欠款"
            events.append(history.PendingEvent(
                entity="claim", entity_id=m.claim_id, case_id=m.case_id, action="claim_due_recomputed",
                summary=f"{why}，{contract}的付款到期日由 {m.old_due} 调整为 {m.new_due}",
                changes={"due_on": (m.old_due, m.new_due)}))
        else:
            events.append(history.PendingEvent(
                entity="case", entity_id=m.case_id, case_id=m.case_id, action="deadline_recomputed",
                summary=f"{why}，期限由 {m.old_due} 调整为 {m.new_due}",
                changes={f"due_on:{m.step}": (m.old_due, m.new_due)}))
    history.record_many(session, actor, events)


def _draft_of(year: int, row: CalendarDraft | None) -> ScheduleDraft | None:
    if row is None:
        return None
    rows = tuple(HolidayRow(date.fromisoformat(d), DayKind(k), n) for d, k, n in json.loads(row.days))
    return ScheduleDraft(rows, row.source, row.notice_date, row.saved_at, row.saved_by,
                         tuple(schedule_problems(year, rows, row.source or "", row.notice_date)))


class ScheduleService:
    """The office's holiday schedules; ``schedule_saved`` is called after an official save (the office
    then reloads its working-day calendar)."""

    def __init__(self, db: Database, actor: Callable[[], Actor], *,
                 schedule_saved: Callable[[], None] | None = None):
        self._db = db
        self._actor = actor
        self._schedule_saved = schedule_saved

    read_file = staticmethod(read_schedule_file)

    def years(self) -> list[CalendarYearInfo]:
        """Every year with an official schedule, oldest first; a year not listed is provisional."""
        with self._db.read() as session:
            counts: dict[tuple[int, str], int] = {
                (year, kind): n for year, kind, n in session.execute(
                    select(CalendarDay.year, CalendarDay.kind, func.count())
                    .group_by(CalendarDay.year, CalendarDay.kind))}
            years = session.execute(select(CalendarYear).order_by(CalendarYear.year)).scalars().all()
            return [CalendarYearInfo(y.year, y.source, y.entered_at, y.entered_by,
                                     counts.get((y.year, "rest"), 0), counts.get((y.year, "work"), 0),
                                     y.notice_date)
                    for y in years]

    def draft_years(self) -> list[int]:
        """The years with a draft schedule waiting to be completed."""
        with self._db.read() as session:
            return list(session.execute(select(CalendarDraft.year).order_by(CalendarDraft.year)).scalars())

    def schedule(self, year: int) -> YearSchedule:
        """A year's official days as stored (``source`` None: none, the year is provisional), its draft,
        and — while it is provisional — the statutory rest days it is counted with."""
        with self._db.read() as session:
            entry = session.get(CalendarYear, year)
            rows = session.execute(select(CalendarDay).where(CalendarDay.year == year)
                                   .order_by(CalendarDay.day)).scalars()
            official = tuple(HolidayRow(r.day, DayKind(r.kind), r.name) for r in rows)
            draft = _draft_of(year, session.get(CalendarDraft, year))
        statutory = statutory_rest_days(year) if entry is None and year >= FIRST_STATUTORY_YEAR else ()
        return YearSchedule(year, entry.source if entry else None, official,
                            entry.notice_date if entry else None, draft, statutory)

    def check(self, year: int, rows: list[HolidayRow], source: str = "",
              notice_date: date | None = None) -> list[ScheduleProblem]:
        """Why these days, notice and date would be saved as a draft (empty: they would be official);
        days that cannot be a schedule at all raise ServiceError."""
        _check_rows(year, rows)
        return schedule_problems(year, rows, source, notice_date)

    def preview(self, year: int, rows: list[HolidayRow]) -> list[MovedDeadline]:
        """Which open cases' deadlines and which claims' due dates this schedule would move, were it
        saved as the official one; nothing is saved."""
        _check_rows(year, rows)
        with self._db.read() as session:
            candidate = _candidate_calendar(session, year, rows)
            current = reference.load_calendar(session)
            changed = _changed_days(current, candidate, year)
            return _recompute(session, candidate, apply=False, changed=changed, before=current)

    def save(self, year: int, rows: list[HolidayRow], source: str, *,
             notice_date: date | None = None) -> ScheduleSaved:
        """Save a year's schedule: the official one (recomputing every open case's clocks and the claims'
        due dates, each move recorded) when it names its notice and date and gives every statutory
        holiday; else a draft, which moves nothing, with the reasons (``ScheduleSaved.problems``)."""
        actor = self._actor()
        require(actor, Permission.MANAGE_RULES)
        _check_rows(year, rows)
        source = source.strip()
        problems = schedule_problems(year, rows, source, notice_date)
        if problems:
            self._save_draft(actor, year, rows, source, notice_date, problems)
            return ScheduleSaved(year, official=False, problems=tuple(problems))
        with self._db.write() as session:
            before = reference.load_calendar(session)
            reference.replace_year_schedule(session, actor, year, [(r.day, r.kind.value, r.name) for r in rows],
                                            source, notice_date=notice_date)
            session.execute(delete(CalendarDraft).where(CalendarDraft.year == year))
            calendar = reference.load_calendar(session)
            moved = _recompute(session, calendar, apply=True, changed=_changed_days(before, calendar, year),
                               before=before)
            _record_moves(session, actor, moved, f"因录入 {year} 年节假日安排")
        if self._schedule_saved is not None:
            self._schedule_saved()
        return ScheduleSaved(year, official=True, moved=tuple(moved))

    def _save_draft(self, actor: Actor, year: int, rows: list[HolidayRow], source: str,
                    notice_date: date | None, problems: list[ScheduleProblem]) -> None:
        days = json.dumps([[r.day.isoformat(), r.kind.value, r.name] for r in rows], ensure_ascii=False)
        with self._db.write() as session:
            draft = session.get(CalendarDraft, year)
            if draft is None:
                draft = CalendarDraft(year=year, days=days)
                session.add(draft)
            draft.days, draft.source, draft.notice_date = days, source or None, notice_date
            draft.saved_at, draft.saved_by = utcnow(), actor.display_name
            reasons = "；".join(p.text.zh for p in problems)
            history.record(session, actor, entity="calendar", entity_id=year, action="calendar_draft_saved",
                           summary=f"{year} 年节假日安排保存为草稿（{len(rows)} 天），未生效：{reasons}",
                           changes={"days": (None, days), "source": (None, source or None),
                                    "notice_date": (None, notice_date)})

    def recompute_provisional(self, *, apply: bool = True) -> list[MovedDeadline]:
        """Compute again every open case's clocks and every claim due date stored in a year without an
        official schedule, with today's rules (an office upgraded to a version that knows more about
        provisional years); each move is recorded. ``apply=False`` only reports."""
        actor = self._actor()
        if apply:
            require(actor, Permission.MANAGE_RULES)
        with self._db.write() if apply else self._db.read() as session:
            moved = recompute_provisional_in(session, actor, apply=apply)
        if apply and self._schedule_saved is not None:
            self._schedule_saved()
        return moved
