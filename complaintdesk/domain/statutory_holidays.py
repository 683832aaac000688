"""The statutory public holidays (全体公民放假的节日) a year has before its official schedule is out.

Source: 全国年节及纪念日放假办法, as amended by the State Council on 2024-11-10, in force 2025-01-01
(DOMAIN.md §3, "What a provisional year still knows"), art. 2:

* 元旦 1 day: 1 January;
* 春节 4 days: 农历除夕 and 正月初一至初三;
* 清明节 1 day: the day of the 清明 solar term;
* 劳动节 2 days: 1 and 2 May;
* 端午节 1 day: 农历五月初五;
* 中秋节 1 day: 农历八月十五;
* 国庆节 3 days: 1 to 3 October.

Art. 6: a holiday of all citizens that falls on a Saturday or Sunday is made up on a working day
(补假). **How this module models it (a decision, stated in every explanation that uses it):** each such
day is made up on the first Monday-to-Friday after it that is not already a rest day, taken in date
order — so 劳动节 on Saturday and Sunday rests on the Monday and Tuesday after. Two holidays on one
day (国庆节 and 中秋节 on 3 October 2028) are likewise made up by one more day, as the notices of
2020 and 2023 did. What only the yearly notice fixes — the moved rest days and the make-up working
days (调休) — is not guessed: a year counted from this list stays provisional until the notice is
entered, which replaces it.

The lunar dates and the 清明 solar term come from ``tyme4py`` (the maintained successor of
lunar-python: pure Python, astronomical algorithms of 寿星万年历). Its results for the years 2025–2124
are shipped in ``resources/holidays/statutory_dates.csv`` (written by ``tools/generate_statutory_dates.py``;
a test compares every year of it with tyme4py), so that opening an office does not compute them (≈ 25 ms)
or even import tyme4py (≈ 10 ms); a year outside the file is computed.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from complaintdesk.resources import resource_path

# The amended 放假办法 governs from this year on; earlier years are shipped as official schedules.
FIRST_STATUTORY_YEAR = 2025
RULES_AMENDED_ON = date(2024, 11, 10)
RULES_TITLE = "《全国年节及纪念日放假办法》（2024年11月10日修订）"

# In the order of art. 2 (and of the State Council's notices).
NEW_YEAR, SPRING_FESTIVAL, QINGMING, LABOUR_DAY, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY = (
    "元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")
FESTIVALS = (NEW_YEAR, SPRING_FESTIVAL, QINGMING, LABOUR_DAY, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY)


@dataclass(frozen=True, slots=True, order=True)
class StatutoryDay:
    """A rest day the 放假办法 gives: the holiday itself, or the working day that makes up for one that
    fell on a weekend (``make_up_for`` is then the day it makes up for)."""

    day: date
    name: str
    make_up_for: date | None = None

    @property
    def is_make_up(self) -> bool:
        return self.make_up_for is not None

    def describe(self) -> str:
        """``元旦 1月1日`` / ``劳动节补假 5月3日（补5月1日）``."""
        when = f"{self.day.month}月{self.day.day}日"
        if self.make_up_for is None:
            return f"{self.name} {when}"
        return f"{self.name}补假 {when}（补{self.make_up_for.month}月{self.make_up_for.day}日）"


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


def _runs(days: list[date]) -> str:
    """``2月5日—2月8日、2月10日``: consecutive days as one run."""
    runs: list[list[date]] = []
    for day in sorted(set(days)):
        if runs and day - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(day)
        else:
            runs.append([day])
    return "、".join(_md(r[0]) if len(r) == 1 else f"{_md(r[0])}—{_md(r[-1])}" for r in runs)


def describe_year(year: int) -> str:
    """One line for the statutory rest days of ``year``, festival by festival in date order:
    ``元旦 1月1日；春节 2月5日—2月8日（补假 2月9日—2月10日）；…`` (a day two holidays share is under both)."""
    festivals: dict[str, tuple[list[date], list[date]]] = {}
    for h in holidays_of(year):
        festivals.setdefault(h.name, ([], []))[0].append(h.day)
    for d in statutory_rest_days(year):
        if d.is_make_up:
            festivals[d.name][1].append(d.day)
    parts = []
    for name, (holidays, make_up) in festivals.items():
        part = f"{name} {_runs(holidays)}"
        if make_up:
            part += f"（补假 {_runs(make_up)}）"
        parts.append(part)
    return "；".join(parts)


@dataclass(frozen=True, slots=True)
class MovableDates:
    """The days of a year's holidays that the lunar calendar and the solar terms place: 正月初一 (春节's
    first day; 除夕 is the day before), the 清明 solar term, 五月初五 (端午) and 八月十五 (中秋)."""

    spring_festival: date
    qingming: date
    dragon_boat: date
    mid_autumn: date


MOVABLE_DATES_FILE = ("holidays", "statutory_dates.csv")
MOVABLE_DATES_COLUMNS = ("year", "spring_festival", "qingming", "dragon_boat", "mid_autumn")


def computed_movable_dates(year: int) -> MovableDates:
    """``year``'s movable dates computed by tyme4py (imported here: only a year the shipped file lacks, and
    the tool that writes the file, need it; PyInstaller still finds an import inside a function)."""
    from tyme4py.lunar import LunarDay
    from tyme4py.solar import SolarTerm

    def lunar(month: int, day: int) -> date:
        solar = LunarDay.from_ymd(year, month, day).get_solar_day()
        return date(solar.get_year(), solar.get_month(), solar.get_day())

    qingming = SolarTerm.from_name(year, "清明").get_solar_day()  # the calendar day (Beijing time)
    return MovableDates(lunar(1, 1), date(qingming.get_year(), qingming.get_month(), qingming.get_day()),
                        lunar(5, 5), lunar(8, 15))


@functools.cache
def shipped_movable_dates() -> dict[int, MovableDates]:
    """The movable dates shipped in ``resources/holidays/statutory_dates.csv``, by year."""
    with resource_path(*MOVABLE_DATES_FILE).open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(line for line in handle if line.strip() and not line.startswith("#"))
        if tuple(next(rows)) != MOVABLE_DATES_COLUMNS:
            raise ValueError(f"{MOVABLE_DATES_FILE[-1]} must have the columns {','.join(MOVABLE_DATES_COLUMNS)}")
        return {int(year): MovableDates(*(date.fromisoformat(d) for d in days)) for year, *days in rows}


def movable_dates(year: int) -> MovableDates:
    """``year``'s movable dates: from the shipped file, else computed."""
    shipped = shipped_movable_dates().get(year)
    return shipped if shipped is not None else computed_movable_dates(year)


def holidays_of(year: int) -> tuple[StatutoryDay, ...]:
    """The statutory holidays of ``year`` (art. 2), in date order; a day two holidays share is listed
    twice. Raises ValueError before the amended 放假办法 took effect."""
    if year < FIRST_STATUTORY_YEAR:
        raise ValueError(f"the 2024 amendment of the holiday rules applies from {FIRST_STATUTORY_YEAR}, not {year}")
    movable = movable_dates(year)
    spring = movable.spring_festival
    days = [
        StatutoryDay(date(year, 1, 1), NEW_YEAR),
        *(StatutoryDay(spring + timedelta(days=k), SPRING_FESTIVAL) for k in (-1, 0, 1, 2)),  # 除夕, 初一至初三
        StatutoryDay(movable.qingming, QINGMING),
        StatutoryDay(date(year, 5, 1), LABOUR_DAY),
        StatutoryDay(date(year, 5, 2), LABOUR_DAY),
        StatutoryDay(movable.dragon_boat, DRAGON_BOAT),
        StatutoryDay(movable.mid_autumn, MID_AUTUMN),
        *(StatutoryDay(date(year, 10, d), NATIONAL_DAY) for d in (1, 2, 3)),
    ]
    return tuple(sorted(days, key=lambda d: d.day))  # stable: two holidays on one day keep art. 2's order


@functools.cache
def statutory_rest_days(year: int) -> tuple[StatutoryDay, ...]:
    """The holidays of ``year`` and their make-up days (art. 6, modelled as the module docstring says),
    one entry per rest day, in date order. Cached: the lunar arithmetic runs once per year and process."""
    holidays = holidays_of(year)
    rest: dict[date, StatutoryDay] = {}
    owed: list[StatutoryDay] = []
    for h in holidays:  # date order
        if h.day in rest or h.day.weekday() >= 5:
            owed.append(h)  # on a weekend, or a second holiday on the same day
        rest.setdefault(h.day, h)
    for h in owed:
        day = h.day + timedelta(days=1)
        while day.weekday() >= 5 or day in rest:
            day += timedelta(days=1)
        rest[day] = StatutoryDay(day, h.name, make_up_for=h.day)
    return tuple(sorted(rest.values()))


# A holiday's rest days and their make-up days lie within this many days of it in every notice.
GAP_WINDOW = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class ScheduleGap:
    """A statutory holiday (or holidays close together, such as 国庆节 and 中秋节) that an entered
    schedule does not give in full.

    ``not_rest``: its days the schedule leaves as working days. ``weekday_rest``/``needed``: the
    Monday-to-Friday rest days the schedule gives within a week of it, and how many the 放假办法
    requires there — one per holiday (a holiday on a weekday rests that day; one on a weekend, or
    sharing its day with another, is made up on a working day, art. 6)."""

    names: tuple[str, ...]
    days: tuple[date, ...]
    not_rest: tuple[date, ...]
    weekday_rest: int
    needed: int


def _clusters(holidays: tuple[StatutoryDay, ...]) -> list[list[StatutoryDay]]:
    clusters: list[list[StatutoryDay]] = []
    for h in holidays:
        if clusters and h.day - clusters[-1][-1].day <= 2 * GAP_WINDOW:
            clusters[-1].append(h)
        else:
            clusters.append([h])
    return clusters


def schedule_gaps(year: int, rest_days: Iterable[date], work_days: Iterable[date]) -> list[ScheduleGap]:
    """What an entered schedule of ``year`` lacks of the statutory holidays (empty: it has them all).

    The notice may move rest days around a holiday (调休) but not take one away: each statutory day is a
    rest day (listed as one, or a weekend day not made a working day), and around each holiday there are
    at least as many weekday rest days as the holidays there (their make-up days included). Years before
    the amended 放假办法 (2025) are not checked: their schedules are shipped with the program.
    """
    if year < FIRST_STATUTORY_YEAR:
        return []
    rest, work = set(rest_days), set(work_days)
    first, last = date(year, 1, 1), date(year, 12, 31)
    gaps = []
    for cluster in _clusters(holidays_of(year)):
        days = tuple(dict.fromkeys(h.day for h in cluster))
        not_rest = tuple(d for d in days if d not in rest and (d.weekday() < 5 or d in work))
        lo, hi = max(first, days[0] - GAP_WINDOW), min(last, days[-1] + GAP_WINDOW)
        weekday_rest = sum(1 for d in rest if lo <= d <= hi and d.weekday() < 5)
        if not_rest or weekday_rest < len(cluster):
            gaps.append(ScheduleGap(tuple(dict.fromkeys(h.name for h in cluster)), days, not_rest,
                                    weekday_rest, len(cluster)))
    return gaps


__all__ = ["FESTIVALS", "FIRST_STATUTORY_YEAR", "GAP_WINDOW", "RULES_AMENDED_ON", "RULES_TITLE", "MovableDates",
           "ScheduleGap", "StatutoryDay", "computed_movable_dates", "describe_year", "holidays_of", "movable_dates",
           "schedule_gaps", "shipped_movable_dates", "statutory_rest_days"]
