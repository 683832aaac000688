"""What a provisional year still knows: the statutory holidays of the 放假办法 (2024 amendment) and their
make-up days, from the lunar calendar; checked against the real 2025/2026 notices and by hand for 2027-2030."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest

from complaintdesk.domain.calendar import (
    STATUTORY_HORIZON_YEARS,
    DayKind,
    WorkCalendar,
    load_official_schedule,
    statutory_rows,
)
from complaintdesk.domain.statutory_holidays import (
    FIRST_STATUTORY_YEAR,
    computed_movable_dates,
    describe_year,
    holidays_of,
    movable_dates,
    schedule_gaps,
    shipped_movable_dates,
    statutory_rest_days,
)

CAL = WorkCalendar.official()

# By hand from published lunar calendars (万年历), weekday in brackets:
# 除夕 / 正月初一 / 清明 / 端午 (五月初五) / 中秋 (八月十五)
LUNAR_BY_HAND = {
    2027: (date(2027, 2, 5), date(2027, 2, 6), date(2027, 4, 5), date(2027, 6, 9), date(2027, 9, 15)),
    2028: (date(2028, 1, 25), date(2028, 1, 26), date(2028, 4, 4), date(2028, 5, 28), date(2028, 10, 3)),
    2029: (date(2029, 2, 12), date(2029, 2, 13), date(2029, 4, 4), date(2029, 6, 16), date(2029, 9, 22)),
    2030: (date(2030, 2, 2), date(2030, 2, 3), date(2030, 4, 5), date(2030, 6, 5), date(2030, 9, 12)),
}


@pytest.mark.parametrize("year", sorted(LUNAR_BY_HAND))
def test_lunar_and_solar_term_holidays_by_hand(year: int) -> None:
    eve, first, qingming, dragon_boat, mid_autumn = LUNAR_BY_HAND[year]
    days = {(h.name, h.day) for h in holidays_of(year)}
    assert {d for n, d in days if n == "春节"} == {eve, first, first + timedelta(days=1), first + timedelta(days=2)}
    assert ("清明节", qingming) in days and ("端午节", dragon_boat) in days and ("中秋节", mid_autumn) in days
    assert {d for n, d in days if n == "元旦"} == {date(year, 1, 1)}
    assert {d for n, d in days if n == "劳动节"} == {date(year, 5, 1), date(year, 5, 2)}
    assert {d for n, d in days if n == "国庆节"} == {date(year, 10, d) for d in (1, 2, 3)}
    assert len(holidays_of(year)) == 13  # 1 + 4 + 1 + 2 + 1 + 1 + 3 days (art. 2)


def test_2027_rest_days_with_make_up_days_by_hand() -> None:
    # 2027: 元旦 Fri 1/1; 春节 Fri 2/5 (除夕) to Mon 2/8, Sat 2/6 and Sun 2/7 made up on Tue 2/9, Wed 2/10;
    # 清明 Mon 4/5; 劳动节 Sat 5/1, Sun 5/2 → Mon 5/3, Tue 5/4; 端午 Wed 6/9; 中秋 Wed 9/15;
    # 国庆 Fri 10/1, Sat 10/2, Sun 10/3 → Mon 10/4, Tue 10/5.
    assert [(d.day.month, d.day.day) for d in statutory_rest_days(2027)] == [
        (1, 1), (2, 5), (2, 6), (2, 7), (2, 8), (2, 9), (2, 10), (4, 5), (5, 1), (5, 2), (5, 3), (5, 4),
        (6, 9), (9, 15), (10, 1), (10, 2), (10, 3), (10, 4), (10, 5)]
    make_up = {d.day: d.make_up_for for d in statutory_rest_days(2027) if d.is_make_up}
    assert make_up == {date(2027, 2, 9): date(2027, 2, 6), date(2027, 2, 10): date(2027, 2, 7),
                       date(2027, 5, 3): date(2027, 5, 1), date(2027, 5, 4): date(2027, 5, 2),
                       date(2027, 10, 4): date(2027, 10, 2), date(2027, 10, 5): date(2027, 10, 3)}
    assert statutory_rest_days(2027)[5].describe() == "春节补假 2月9日（补2月6日）"


def test_two_holidays_on_one_day_are_made_up_too() -> None:
    # 2028: 中秋 (八月十五) is Tue 10/3, the third day of 国庆; 国庆 starts on Sun 10/1.
    # Made up: Sun 10/1 → Wed 10/4, the shared 10/3 → Thu 10/5 (as the 2020 and 2023 notices gave 8 days).
    days = [(d.day, d.name, d.make_up_for) for d in statutory_rest_days(2028) if d.day.month == 10]
    assert days == [
        (date(2028, 10, 1), "国庆节", None), (date(2028, 10, 2), "国庆节", None), (date(2028, 10, 3), "中秋节", None),
        (date(2028, 10, 4), "国庆节", date(2028, 10, 1)), (date(2028, 10, 5), "国庆节", date(2028, 10, 3))]


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_statutory_day_rests_in_the_real_notice(year: int) -> None:
    # The shipped 2025 and 2026 schedules are the State Council notices (DOMAIN.md §3, checked by hand).
    official = {r.day for r in load_official_schedule() if r.year == year and r.kind == DayKind.REST}
    for d in statutory_rest_days(year):
        assert d.day in official or (d.day.weekday() >= 5 and not CAL.is_workday(d.day)), d
        assert not CAL.is_workday(d.day), d


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_real_notices_have_no_gap(year: int) -> None:
    rows = [r for r in load_official_schedule() if r.year == year]
    assert schedule_gaps(year, (r.day for r in rows if r.kind == DayKind.REST),
                         (r.day for r in rows if r.kind == DayKind.WORK)) == []


@pytest.mark.parametrize("year", range(2027, 2041))
def test_the_estimate_itself_has_no_gap(year: int) -> None:
    assert schedule_gaps(year, (d.day for d in statutory_rest_days(year)), ()) == []


def test_a_lone_new_years_day_misses_every_other_holiday() -> None:
    gaps = schedule_gaps(2027, [date(2027, 1, 1)], [])
    assert [g.names for g in gaps] == [("春节",), ("清明节",), ("劳动节",), ("端午节",), ("中秋节",), ("国庆节",)]
    labour = gaps[2]  # Sat 5/1 and Sun 5/2 rest anyway, but their two make-up days are missing
    assert labour.not_rest == () and (labour.weekday_rest, labour.needed) == (0, 2)


def test_years_before_the_amendment_are_not_estimated() -> None:
    with pytest.raises(ValueError, match="2025"):
        holidays_of(2024)
    assert schedule_gaps(2024, [], []) == []


# -- the calendar counts with them ------------------------------------------------------------------


@pytest.mark.parametrize("day", [date(2027, 1, 1), date(2027, 5, 1), date(2027, 5, 3), date(2027, 10, 1),
                                 date(2027, 10, 5), date(2027, 2, 5), date(2027, 2, 10), date(2030, 2, 7)])
def test_a_provisional_year_rests_on_its_statutory_days(day: date) -> None:
    assert CAL.is_provisional(day)
    assert not CAL.is_workday(day)
    assert CAL.holiday_name(day)


def test_statutory_estimates_cover_the_years_after_the_last_schedule() -> None:
    assert CAL.estimated_years == frozenset(range(2027, 2027 + STATUTORY_HORIZON_YEARS))
    beyond = date(2026 + STATUTORY_HORIZON_YEARS + 1, 10, 1)  # a weekday, too far ahead to estimate
    assert beyond.weekday() < 5 and CAL.is_workday(beyond) and CAL.is_provisional(beyond)
    assert {r.year for r in statutory_rows(range(2004, 2031))} == set(range(2031, 2041))


def test_without_statutory_the_calendar_counts_weekends_only() -> None:
    rows = load_official_schedule()
    bare = WorkCalendar.from_rows(rows, statutory=False)
    assert bare.is_workday(date(2027, 1, 1)) and not CAL.is_workday(date(2027, 1, 1))


def test_a_working_day_count_across_new_year_2027() -> None:
    # 10 working days after Wed 2026-12-23: 12/24, 25, 28, 29, 30, 31 (6); 1/1 元旦 rests;
    # 1/4, 1/5, 1/6, 1/7 (10) → 2027-01-07 (weekends only would give 1/6).
    assert CAL.add_workdays(date(2026, 12, 23), 10) == date(2027, 1, 7)


def test_a_year_described_festival_by_festival() -> None:
    assert describe_year(2027) == (
        "元旦 1月1日；春节 2月5日—2月8日（补假 2月9日—2月10日）；清明节 4月5日；劳动节 5月1日—5月2日（补假 5月3日—5月4日）；"
        "端午节 6月9日；中秋节 9月15日；国庆节 10月1日—10月3日（补假 10月4日—10月5日）")
    # 2028: 中秋 shares 10/3 with 国庆, and is listed under both
    assert describe_year(2028).endswith("国庆节 10月1日—10月3日（补假 10月4日—10月5日）；中秋节 10月3日")


# --- the movable dates shipped in resources/holidays/statutory_dates.csv -------------------------------


def test_the_shipped_dates_are_tyme4pys_for_every_year_they_cover() -> None:
    shipped = shipped_movable_dates()
    # From the first year of the amended rules, a century on: every year in it, none missing in between.
    assert min(shipped) == FIRST_STATUTORY_YEAR and sorted(shipped) == list(range(min(shipped), max(shipped) + 1))
    assert max(shipped) >= FIRST_STATUTORY_YEAR + 99
    differing = {year: (dates, computed_movable_dates(year)) for year, dates in shipped.items()
                 if dates != computed_movable_dates(year)}
    assert differing == {}  # regenerate with tools/generate_statutory_dates.py


def test_a_year_outside_the_shipped_dates_is_computed() -> None:
    year = max(shipped_movable_dates()) + 1
    assert movable_dates(year) == computed_movable_dates(year)
    assert len(holidays_of(year)) == 13
    assert computed_movable_dates(2027) == movable_dates(2027)  # and by hand: LUNAR_BY_HAND above
    assert movable_dates(2027).spring_festival == LUNAR_BY_HAND[2027][1]


def test_a_calendar_over_the_shipped_years_needs_no_lunar_arithmetic(tmp_path) -> None:
    # Opening an office builds the calendar: the provisional years' holidays come from the file, without
    # importing (or running) tyme4py, which took ≈ 35 ms of the start-up.
    script = ("import sys\n"
              "from complaintdesk.domain.calendar import WorkCalendar\n"
              "calendar = WorkCalendar.official()\n"
              "assert not calendar.is_workday(__import__('datetime').date(2030, 2, 4))  # 春节 2030\n"
              "print('tyme4py' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
