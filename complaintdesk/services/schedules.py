"""Entering a year's official holiday schedule: preview which deadlines move, then save and recompute.

``ScheduleService`` (``office.schedules``) is the one door: which years are loaded, a year's days,
the preview and the save. Each public method is one transaction and returns plain dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from complaintdesk.domain.calendar import DayKind, HolidayRow, WorkCalendar, parse_schedule_csv
from complaintdesk.messages import schedules as msg
from complaintdesk.services import deadline_clocks, history, reference
from complaintdesk.services.actor import Actor
from complaintdesk.services.auth import Permission, require
from complaintdesk.services.errors import ServiceError
from complaintdesk.store.database import Database
from complaintdesk.store.models import CalendarDay, CalendarYear, Case

# The shipped schedules start in 2004 (resources/holidays/cn_official.csv).
FIRST_CALENDAR_YEAR = 2004


@dataclass(frozen=True)
class CalendarYearInfo:
    """A year whose official schedule is loaded."""

    year: int
    source: str
    entered_at: datetime  # UTC
    entered_by: str | None
    rest_days: int
    work_days: int


@dataclass(frozen=True)
class MovedDeadline:
    case_id: int
    case_no: str
    step: str
    old_due: date | None
    new_due: date | None


@dataclass(frozen=True)
class YearSchedule:
    year: int
    source: str | None  # None: not loaded (the year is provisional)
    rows: tuple[HolidayRow, ...]


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


def _candidate_calendar(session: Session, year: int, rows: list[HolidayRow]) -> WorkCalendar:
    current = session.execute(select(CalendarDay.day, CalendarDay.kind, CalendarDay.name)
                              .where(CalendarDay.year != year)).all()
    years = set(session.execute(select(CalendarYear.year)).scalars()) | {year}
    merged = [HolidayRow(d, DayKind(k), n) for d, k, n in current] + list(rows)
    return WorkCalendar.from_rows(merged, known_years=years)


def _named(session: Session, moved: list[deadline_clocks.Moved]) -> list[MovedDeadline]:
    numbers = {}
    ids = sorted({m.case_id for m in moved})
    for i in range(0, len(ids), 5000):
        numbers.update(session.execute(select(Case.id, Case.case_no).where(Case.id.in_(ids[i:i + 5000]))).all())
    return sorted((MovedDeadline(m.case_id, numbers[m.case_id], m.step, m.old_due, m.new_due) for m in moved),
                  key=lambda m: m.case_no)


class ScheduleService:
    """The office's holiday schedules; ``schedule_saved`` is called after a save (the office then
    reloads its working-day calendar)."""

    def __init__(self, db: Database, actor: Callable[[], Actor], *,
                 schedule_saved: Callable[[], None] | None = None):
        self._db = db
        self._actor = actor
        self._schedule_saved = schedule_saved

    read_file = staticmethod(read_schedule_file)

    def years(self) -> list[CalendarYearInfo]:
        """Every loaded year, oldest first; a year not listed is counted with weekends only (provisional)."""
        with self._db.read() as session:
            counts: dict[tuple[int, str], int] = {
                (year, kind): n for year, kind, n in session.execute(
                    select(CalendarDay.year, CalendarDay.kind, func.count())
                    .group_by(CalendarDay.year, CalendarDay.kind))}
            years = session.execute(select(CalendarYear).order_by(CalendarYear.year)).scalars().all()
            return [CalendarYearInfo(y.year, y.source, y.entered_at, y.entered_by,
                                     counts.get((y.year, "rest"), 0), counts.get((y.year, "work"), 0))
                    for y in years]

    def schedule(self, year: int) -> YearSchedule:
        """A year's days as stored (``source`` None: not loaded, the year is provisional)."""
        with self._db.read() as session:
            entry = session.get(CalendarYear, year)
            rows = session.execute(select(CalendarDay).where(CalendarDay.year == year)
                                   .order_by(CalendarDay.day)).scalars()
            return YearSchedule(year, entry.source if entry else None,
                                tuple(HolidayRow(r.day, DayKind(r.kind), r.name) for r in rows))

    def preview(self, year: int, rows: list[HolidayRow]) -> list[MovedDeadline]:
        """Which open cases' deadlines this schedule would move; nothing is saved."""
        _check_rows(year, rows)
        with self._db.read() as session:
            candidate = _candidate_calendar(session, year, rows)
            return _named(session, deadline_clocks.recompute(session, candidate, apply=False))

    def save(self, year: int, rows: list[HolidayRow], source: str) -> list[MovedDeadline]:
        """Save a year's schedule, recompute every open case, and record each moved deadline."""
        actor = self._actor()
        require(actor, Permission.MANAGE_RULES)
        _check_rows(year, rows)
        if not source.strip():
            raise ServiceError(msg.SOURCE_REQUIRED, field="source")
        with self._db.write() as session:
            reference.replace_year_schedule(session, actor, year, [(r.day, r.kind.value, r.name) for r in rows],
                                            source.strip())
            calendar = reference.load_calendar(session)
            moved = _named(session, deadline_clocks.recompute(session, calendar))
            # One chained batch: a new schedule can move a thousand deadlines at once.
            history.record_many(session, actor, [history.PendingEvent(
                entity="case", entity_id=m.case_id, case_id=m.case_id, action="deadline_recomputed",
                summary=f"因录入 {year} 年节假日安排，期限由 {m.old_due} 调整为 {m.new_due}",
                changes={f"due_on:{m.step}": (m.old_due, m.new_due)}) for m in moved])
        if self._schedule_saved is not None:
            self._schedule_saved()
        return moved
