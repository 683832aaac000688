"""The official working-day calendar (法定节假日与调休) used to count statutory periods.

A working day is Monday to Friday, minus the official public holidays, plus the official make-up
working days (调休上班), as set by the State Council General Office's yearly notice. A year
without a loaded schedule is *provisional* and never raises: from 2025 on (the amended 放假办法) it
still rests on its statutory holidays and their make-up days (``domain.statutory_holidays``, built in
by ``from_rows``), but not on the notice's moved days (调休), which only the notice can tell; every
date computed over it stays provisional until the notice is entered. Provisional years before 2025
are counted with weekends only.

Counting is O(log n) per call: the calendar keeps a sorted list of the working days inside the
span of years that have special days, and outside that span uses closed-form weekday arithmetic,
so ``add_workdays`` and ``workdays_between`` are one or two bisections regardless of ``n``.
"""

from __future__ import annotations

import csv
import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from complaintdesk.domain.statutory_holidays import FIRST_STATUTORY_YEAR, RULES_TITLE, statutory_rest_days
from complaintdesk.resources import resource_path

# Provisional years up to this many years after the last official one know their statutory holidays;
# later ones (no deadline of a live case reaches them) are counted with weekends only.
STATUTORY_HORIZON_YEARS = 10


class DayKind(StrEnum):
    """Kind of a schedule row."""

    REST = "rest"  # 放假 (includes weekend days inside a holiday block)
    WORK = "work"  # 调休上班


@dataclass(frozen=True, slots=True)
class HolidayRow:
    """One line of an official schedule, as stored in the CSV file and in the database."""

    day: date
    kind: DayKind
    name: str

    @property
    def year(self) -> int:
        return self.day.year


@dataclass(frozen=True, slots=True)
class HolidaySpan:
    """Consecutive public-holiday rest days, e.g. 国庆节 10月1日—10月7日."""

    name: str
    first: date
    last: date


def parse_schedule_csv(lines: Iterable[str]) -> list[HolidayRow]:
    """Rows of a schedule in the shipped format: ``date,kind,name`` with ``#`` comment lines.

    Also used to import an administrator's file for a new year.
    """
    content = (line for line in lines if line.strip() and not line.lstrip().startswith("#"))
    reader = csv.DictReader(content)
    if reader.fieldnames is None or {"date", "kind", "name"} - set(reader.fieldnames):
        raise ValueError("schedule must have the columns date,kind,name")
    rows: list[HolidayRow] = []
    seen: set[date] = set()
    for record in reader:
        try:
            day = date.fromisoformat(record["date"].strip())
            kind = DayKind(record["kind"].strip())
        except ValueError as exc:
            raise ValueError(f"bad schedule row {record!r}: {exc}") from None
        if day in seen:
            raise ValueError(f"schedule lists {day.isoformat()} twice")
        seen.add(day)
        rows.append(HolidayRow(day, kind, record["name"].strip()))
    return rows


def load_official_schedule(path: Path | None = None) -> list[HolidayRow]:
    """The official schedules shipped in ``resources/holidays/cn_official.csv`` (2004 onward)."""
    path = path or resource_path("holidays", "cn_official.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return parse_schedule_csv(handle)


def statutory_rows(known_years: Iterable[int]) -> list[HolidayRow]:
    """Rest rows for the provisional years from 2025 to ``STATUTORY_HORIZON_YEARS`` after the last known
    one: the statutory holidays and their make-up days (named after their festival)."""
    known = set(known_years)
    last = max([FIRST_STATUTORY_YEAR - 1, *known]) + STATUTORY_HORIZON_YEARS
    return [HolidayRow(d.day, DayKind.REST, d.name)
            for year in range(FIRST_STATUTORY_YEAR, last + 1) if year not in known
            for d in statutory_rest_days(year)]


def provisional_note(years: Iterable[int], estimated_years: Iterable[int] = ()) -> str:
    """The sentence an explanation gives for dates counted over years without an official schedule."""
    years = sorted(set(years))
    estimated = set(estimated_years)
    named = "、".join(f"{y}年" for y in years)
    if years and all(y in estimated for y in years):
        basis = f"暂按{RULES_TITLE}规定的法定节假日（含逢周末的补假，未含调休）和周六、周日休息计算"
    else:
        basis = "暂按周六、周日休息计算"
    return f"{named}节假日安排尚未录入，{basis}，结果为暂定"


def _weekdays_through(ordinal: int) -> int:
    """Mondays-to-Fridays in ordinals 1..ordinal (ordinal 1, 0001-01-01, is a Monday)."""
    weeks, rest = divmod(ordinal, 7)
    return 5 * weeks + min(rest, 5)


def _first_ordinal_with_weekdays(count: int) -> int:
    """Smallest ordinal x with ``_weekdays_through(x) >= count``; always a weekday."""
    weeks, rest = divmod(count - 1, 5)
    return 7 * weeks + rest + 1


class WorkCalendar:
    """Working days from official schedules; years outside ``known_years`` are provisional."""

    def __init__(
        self,
        rest_days: Iterable[date],
        make_up_workdays: Iterable[date],
        known_years: Iterable[int],
        names: Mapping[date, str] | None = None,
        estimated_years: Iterable[int] = (),
    ) -> None:
        self.rest_days = frozenset(rest_days)
        self.make_up_workdays = frozenset(make_up_workdays)
        self.known_years = frozenset(known_years)
        # Provisional years whose statutory holidays are among rest_days (see from_rows).
        self.estimated_years = frozenset(estimated_years) - self.known_years
        self._names = dict(names or {})
        clash = self.rest_days & self.make_up_workdays
        if clash:
            raise ValueError(f"days both rest and make-up working day: {sorted(clash)}")
        self._sorted_rest = sorted(self.rest_days)
        self._sorted_make_up = sorted(self.make_up_workdays)
        special = self.rest_days | self.make_up_workdays
        if special:
            self._lo = date(min(special).year, 1, 1).toordinal()
            self._hi = date(max(special).year + 1, 1, 1).toordinal()
        else:
            self._lo = self._hi = 1
        # Inside [_lo, _hi) the working days are listed; outside, only weekends are rest days. By ordinal
        # (``is_workday`` on ordinals: day 1 was a Monday), not by building a date for each of ≈ 12,000 days.
        rest = {day.toordinal() for day in self.rest_days}
        make_up = {day.toordinal() for day in self.make_up_workdays}
        self._workdays = [o for o in range(self._lo, self._hi)
                          if o in make_up or (o not in rest and (o - 1) % 7 < 5)]

    @classmethod
    def from_rows(cls, rows: Iterable[HolidayRow], known_years: Iterable[int] | None = None, *,
                  statutory: bool = True) -> WorkCalendar:
        """Build from the official schedules' rows; by default a year is known when it has at least one
        row. Provisional years from 2025 on get their statutory holidays (``statutory_rows``) unless
        ``statutory`` is False."""
        rows = list(rows)
        known = {r.year for r in rows} if known_years is None else set(known_years)
        estimated = statutory_rows(known) if statutory else []
        listed = {r.day for r in rows}
        rows += [r for r in estimated if r.day not in listed]
        return cls(
            rest_days=(r.day for r in rows if r.kind == DayKind.REST),
            make_up_workdays=(r.day for r in rows if r.kind == DayKind.WORK),
            known_years=known,
            names={r.day: r.name for r in rows},
            estimated_years={r.year for r in estimated},
        )

    @classmethod
    @functools.cache
    def official(cls) -> WorkCalendar:
        """The shipped official schedules (loaded once per process)."""
        return cls.from_rows(load_official_schedule())

    # -- single days ---------------------------------------------------------------------------

    def is_workday(self, day: date) -> bool:
        if day in self.make_up_workdays:
            return True
        return day not in self.rest_days and day.weekday() < 5

    def is_provisional(self, day: date) -> bool:
        """True when ``day``'s year has no official schedule, so only weekends are known."""
        return day.year not in self.known_years

    def provisional_years(self, first: date, last: date) -> tuple[int, ...]:
        """Years in ``first.year..last.year`` without an official schedule."""
        return tuple(y for y in range(first.year, last.year + 1) if y not in self.known_years)

    def provisional_note(self, first: date, last: date) -> str | None:
        """How the provisional years in ``first.year..last.year`` were counted (None: there are none)."""
        years = self.provisional_years(first, last)
        return provisional_note(years, self.estimated_years) if years else None

    def holiday_name(self, day: date) -> str | None:
        """Name of the holiday a rest day or make-up working day belongs to (e.g. 国庆节)."""
        return self._names.get(day)

    # -- counting ------------------------------------------------------------------------------

    def _count_through(self, ordinal: int) -> int:
        """Working days up to and including ``ordinal``, relative to a fixed origin."""
        if ordinal < self._lo:
            return _weekdays_through(ordinal) - _weekdays_through(self._lo - 1)
        if ordinal < self._hi:
            return bisect_right(self._workdays, ordinal)
        return len(self._workdays) + _weekdays_through(ordinal) - _weekdays_through(self._hi - 1)

    def _nth_workday(self, count: int) -> int:
        """Ordinal of the first day whose ``_count_through`` reaches ``count`` (a working day)."""
        if count <= 0:
            return _first_ordinal_with_weekdays(count + _weekdays_through(self._lo - 1))
        if count <= len(self._workdays):
            return self._workdays[count - 1]
        return _first_ordinal_with_weekdays(count - len(self._workdays) + _weekdays_through(self._hi - 1))

    def add_workdays(self, start: date, n: int) -> date:
        """The n-th working day strictly after ``start`` (n >= 1)."""
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")
        return date.fromordinal(self._nth_workday(self._count_through(start.toordinal()) + n))

    def roll_forward(self, day: date) -> date:
        """``day`` if it is a working day, else the next working day (Civil Code art. 203)."""
        if self.is_workday(day):
            return day
        return date.fromordinal(self._nth_workday(self._count_through(day.toordinal()) + 1))

    def add_days(self, start: date, n: int) -> date:
        """``start`` + n calendar days, rolled forward to a working day (Civil Code arts. 201, 203)."""
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        return self.roll_forward(start + timedelta(days=n))

    def workdays_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; 0 when ``end <= start``."""
        if end <= start:
            return 0
        return self._count_through(end.toordinal()) - self._count_through(start.toordinal())

    # -- for explanations ----------------------------------------------------------------------

    def rest_days_in(self, first: date, last: date) -> list[date]:
        """Public-holiday rest days in [first, last] (ordinary weekends are not included)."""
        lo = bisect_left(self._sorted_rest, first)
        return self._sorted_rest[lo : bisect_right(self._sorted_rest, last)]

    def make_up_workdays_in(self, first: date, last: date) -> list[date]:
        """Make-up working days (调休上班) in [first, last]."""
        lo = bisect_left(self._sorted_make_up, first)
        return self._sorted_make_up[lo : bisect_right(self._sorted_make_up, last)]

    def holiday_spans(self, first: date, last: date) -> list[HolidaySpan]:
        """Runs of consecutive rest days in [first, last], clipped to it, named after their holidays.

        Adjacent festivals announced as one block (e.g. 国庆节 and 中秋节) form one span whose
        name joins theirs.
        """
        spans: list[HolidaySpan] = []
        run: list[date] = []
        for day in [*self.rest_days_in(first, last), None]:
            if run and (day is None or day - run[-1] != timedelta(days=1)):
                names = dict.fromkeys(self._names.get(d, "法定节假日") for d in run)
                spans.append(HolidaySpan("、".join(names), run[0], run[-1]))
                run = []
            if day is not None:
                run.append(day)
        return spans


def workdays_left(calendar: WorkCalendar, as_of: date, due_on: date | None) -> int | None:
    """Working days from ``as_of`` to ``due_on`` (negative: working days overdue); None without a date."""
    if due_on is None:
        return None
    if due_on >= as_of:
        return calendar.workdays_between(as_of, due_on)
    return -calendar.workdays_between(due_on, as_of)
