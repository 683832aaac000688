"""Working-day calendar: the official 2025/2026 schedules by hand, counting rules, and properties."""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from complaintdesk.domain.calendar import (
    DayKind,
    HolidayRow,
    HolidaySpan,
    WorkCalendar,
    load_official_schedule,
    parse_schedule_csv,
)
from complaintdesk.resources import resource_path

CAL = WorkCalendar.official()


def _span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# DOMAIN.md §3, typed in by hand from the State Council General Office notices.
REST_2025 = [
    date(2025, 1, 1),
    *_span(date(2025, 1, 28), date(2025, 2, 4)),
    *_span(date(2025, 4, 4), date(2025, 4, 6)),
    *_span(date(2025, 5, 1), date(2025, 5, 5)),
    *_span(date(2025, 5, 31), date(2025, 6, 2)),
    *_span(date(2025, 10, 1), date(2025, 10, 8)),
]
WORK_2025 = [date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28), date(2025, 10, 11)]
REST_2026 = [
    *_span(date(2026, 1, 1), date(2026, 1, 3)),
    *_span(date(2026, 2, 15), date(2026, 2, 23)),
    *_span(date(2026, 4, 4), date(2026, 4, 6)),
    *_span(date(2026, 5, 1), date(2026, 5, 5)),
    *_span(date(2026, 6, 19), date(2026, 6, 21)),
    *_span(date(2026, 9, 25), date(2026, 9, 27)),
    *_span(date(2026, 10, 1), date(2026, 10, 7)),
]
WORK_2026 = [
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
]


@pytest.mark.parametrize("day", REST_2025 + REST_2026, ids=str)
def test_domain_holiday_is_a_rest_day(day: date) -> None:
    assert not CAL.is_workday(day)
    assert CAL.holiday_name(day)


@pytest.mark.parametrize("day", WORK_2025 + WORK_2026, ids=str)
def test_domain_make_up_day_is_a_working_day(day: date) -> None:
    assert day.weekday() >= 5, "every make-up day in DOMAIN.md is a Saturday or Sunday"
    assert CAL.is_workday(day)
    assert CAL.holiday_name(day)


@pytest.mark.parametrize(
    ("year", "rest", "work"), [(2025, REST_2025, WORK_2025), (2026, REST_2026, WORK_2026)]
)
def test_no_other_day_of_the_year_differs_from_weekends(
    year: int, rest: list[date], work: list[date]
) -> None:
    for day in _span(date(year, 1, 1), date(year, 12, 31)):
        expected = day in work or (day.weekday() < 5 and day not in rest)
        assert CAL.is_workday(day) == expected, day


def test_known_years_cover_2004_to_2026_only() -> None:
    assert CAL.known_years == frozenset(range(2004, 2027))
    assert not CAL.is_provisional(date(2026, 12, 31))
    assert CAL.is_provisional(date(2027, 1, 1))
    assert CAL.is_provisional(date(2003, 12, 31))
    assert CAL.provisional_years(date(2026, 6, 1), date(2028, 1, 1)) == (2027, 2028)


def test_names_and_spans() -> None:
    assert CAL.holiday_name(date(2026, 10, 3)) == "国庆节"
    assert CAL.holiday_name(date(2026, 2, 14)) == "春节"
    assert CAL.holiday_name(date(2026, 3, 3)) is None
    assert CAL.holiday_spans(date(2026, 9, 1), date(2026, 10, 31)) == [
        HolidaySpan("中秋节", date(2026, 9, 25), date(2026, 9, 27)),
        HolidaySpan("国庆节", date(2026, 10, 1), date(2026, 10, 7)),
    ]
    assert CAL.holiday_spans(date(2026, 10, 5), date(2026, 10, 31)) == [
        HolidaySpan("国庆节", date(2026, 10, 5), date(2026, 10, 7))
    ]
    assert CAL.make_up_workdays_in(date(2026, 9, 20), date(2026, 10, 10)) == [
        date(2026, 9, 20),
        date(2026, 10, 10),
    ]
    assert CAL.rest_days_in(date(2026, 4, 1), date(2026, 4, 30)) == _span(date(2026, 4, 4), date(2026, 4, 6))


def test_adjacent_festivals_form_one_span() -> None:
    # chinese-calendar names 2017-10-04 中秋节 inside the National Day block.
    assert CAL.holiday_spans(date(2017, 9, 1), date(2017, 10, 31)) == [
        HolidaySpan("国庆节、中秋节", date(2017, 10, 1), date(2017, 10, 8))
    ]


def test_saturday_make_up_day_counts_as_a_working_day() -> None:
    saturday = date(2026, 10, 10)
    assert saturday.weekday() == 5
    assert CAL.workdays_between(date(2026, 10, 9), saturday) == 1
    assert CAL.add_workdays(date(2026, 10, 9), 1) == saturday


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 2, 13), 1, date(2026, 2, 14)),  # Saturday make-up day
        (date(2026, 2, 13), 2, date(2026, 2, 24)),  # Spring Festival 2/15-2/23 skipped
        (date(2025, 1, 24), 1, date(2025, 1, 26)),  # Sunday make-up day
        (date(2025, 1, 24), 3, date(2025, 2, 5)),  # Spring Festival 1/28-2/4 skipped
        (date(2026, 9, 30), 1, date(2026, 10, 8)),  # National Day 10/1-10/7 skipped
        (date(2026, 9, 30), 3, date(2026, 10, 10)),
        (date(2026, 9, 28), 15, date(2026, 10, 23)),
        (date(2026, 3, 2), 15, date(2026, 3, 23)),
        (date(2026, 1, 3), 1, date(2026, 1, 4)),  # Sunday make-up after New Year
        # 2027: provisional, yet 元旦 (Fri 1/1) is a statutory rest day; 1/2-1/3 is a weekend
        (date(2026, 12, 31), 1, date(2027, 1, 4)),
        (date(2026, 12, 31), 2, date(2027, 1, 5)),
        (date(2003, 12, 31), 1, date(2004, 1, 2)),  # from an unknown year into 2004
    ],
)
def test_add_workdays(start: date, n: int, expected: date) -> None:
    assert CAL.add_workdays(start, n) == expected


def test_add_workdays_rejects_n_below_one() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        CAL.add_workdays(date(2026, 1, 5), 0)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 9, 28), 3, date(2026, 10, 8)),  # lands on 10/1, rolled past National Day
        (date(2026, 9, 10), 30, date(2026, 10, 10)),  # lands on a Saturday make-up day: kept
        (date(2025, 12, 31), 1, date(2026, 1, 4)),  # New Year 1/1-1/3, Sunday 1/4 is a make-up day
        (date(2026, 1, 20), 30, date(2026, 2, 24)),  # lands on 2/19 in the Spring Festival
        (date(2026, 3, 2), 30, date(2026, 4, 1)),
        (date(2026, 3, 2), 90, date(2026, 6, 1)),  # 5/31 is a Sunday
        (date(2026, 12, 1), 60, date(2027, 2, 1)),  # 2027-01-30 Saturday, weekends only
        (date(2026, 12, 1), 0, date(2026, 12, 1)),
    ],
)
def test_add_days(start: date, n: int, expected: date) -> None:
    assert CAL.add_days(start, n) == expected


def test_add_days_rejects_negative() -> None:
    with pytest.raises(ValueError):
        CAL.add_days(date(2026, 1, 5), -1)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 9, 30), date(2026, 10, 10), 3),
        (date(2026, 2, 13), date(2026, 2, 28), 6),
        (date(2026, 10, 1), date(2026, 10, 7), 0),
        (date(2026, 10, 9), date(2026, 10, 9), 0),
        (date(2026, 10, 20), date(2026, 10, 9), 0),
        (date(2026, 12, 31), date(2027, 1, 31), 20),  # provisional January 2027: 21 weekdays less 元旦
    ],
)
def test_workdays_between(start: date, end: date, expected: int) -> None:
    assert CAL.workdays_between(start, end) == expected


def test_far_provisional_years_never_raise() -> None:
    assert CAL.add_workdays(date(2026, 12, 1), 5000).year > 2040
    assert CAL.add_days(date(2099, 12, 30), 400) > date(2101, 1, 1)
    assert CAL.workdays_between(date(1990, 1, 1), date(1990, 1, 8)) == 5


def test_shipped_file_is_documented_and_complete() -> None:
    text = resource_path("holidays", "cn_official.csv").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("国务院办公厅关于YYYY年部分节假日安排的通知" in line for line in header)
    assert any("chinese-calendar" in line for line in header)
    rows = load_official_schedule()
    assert {r.year for r in rows} == set(range(2004, 2027))
    assert all(r.name for r in rows)
    assert all(r.day.weekday() >= 5 for r in rows if r.kind == DayKind.WORK)


def test_shipped_file_matches_its_generator() -> None:
    pytest.importorskip("chinese_calendar")
    script = resource_path("holidays", "generate_from_chinese_calendar.py")
    spec = importlib.util.spec_from_file_location("generate_from_chinese_calendar", script)
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    rows, report = generator.build()
    assert report == ["2025: chinese-calendar agrees", "2026: chinese-calendar agrees"]
    assert generator.render(rows, report) == script.with_name("cn_official.csv").read_text(encoding="utf-8")


def test_parse_schedule_csv_and_from_rows() -> None:
    rows = parse_schedule_csv(
        [
            "# 2027 schedule entered by an administrator\n",
            "date,kind,name\n",
            "2027-10-01,rest,国庆节\n",
            " 2027-10-09 , work , 国庆节\n",
        ]
    )
    assert rows == [
        HolidayRow(date(2027, 10, 1), DayKind.REST, "国庆节"),
        HolidayRow(date(2027, 10, 9), DayKind.WORK, "国庆节"),
    ]
    cal = WorkCalendar.from_rows(rows)
    assert cal.known_years == {2027}
    assert not cal.is_workday(date(2027, 10, 1))
    assert cal.is_workday(date(2027, 10, 9))
    assert WorkCalendar.from_rows(rows, known_years=[2027, 2028]).known_years == {2027, 2028}


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["day,kind\n"], "columns"),
        (["date,kind,name\n", "2027-10-01,holiday,国庆节\n"], "bad schedule row"),
        (["date,kind,name\n", "2027-13-01,rest,国庆节\n"], "bad schedule row"),
        (["date,kind,name\n", "2027-10-01,rest,国庆节\n", "2027-10-01,rest,国庆节\n"], "twice"),
    ],
)
def test_parse_schedule_csv_rejects_bad_input(lines: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_schedule_csv(lines)


def test_a_day_cannot_be_both_rest_and_work() -> None:
    with pytest.raises(ValueError, match="both"):
        WorkCalendar([date(2026, 1, 1)], [date(2026, 1, 1)], [2026])


def test_empty_calendar_counts_weekends_only() -> None:
    cal = WorkCalendar((), (), ())
    assert cal.add_workdays(date(2026, 10, 2), 1) == date(2026, 10, 5)
    assert cal.workdays_between(date(2026, 9, 30), date(2026, 10, 7)) == 5
    assert cal.is_provisional(date(2026, 10, 1))


# -- properties --------------------------------------------------------------------------------

days = st.dates(min_value=date(2004, 1, 1), max_value=date(2030, 12, 31))
lengths = st.integers(min_value=1, max_value=400)


def _naive_add_workdays(start: date, n: int) -> date:
    day = start
    while n:
        day += timedelta(days=1)
        n -= CAL.is_workday(day)
    return day


@given(days, lengths)
def test_workdays_between_inverts_add_workdays(start: date, n: int) -> None:
    assert CAL.workdays_between(start, CAL.add_workdays(start, n)) == n


@given(days, lengths)
def test_add_workdays_lands_on_a_workday(start: date, n: int) -> None:
    assert CAL.is_workday(CAL.add_workdays(start, n))


@given(days, st.integers(min_value=1, max_value=60))
def test_add_workdays_matches_day_by_day_counting(start: date, n: int) -> None:
    assert CAL.add_workdays(start, n) == _naive_add_workdays(start, n)


@given(days, lengths)
def test_add_workdays_strictly_increasing(start: date, n: int) -> None:
    assert start < CAL.add_workdays(start, n) < CAL.add_workdays(start, n + 1)


@given(days, st.integers(min_value=0, max_value=400))
def test_add_days_is_the_first_workday_on_or_after_the_end(start: date, n: int) -> None:
    result = CAL.add_days(start, n)
    end = start + timedelta(days=n)
    assert result >= end
    assert CAL.is_workday(result)
    assert not any(CAL.is_workday(d) for d in _span(end, result - timedelta(days=1)))


@given(days, days, days)
def test_workdays_between_is_additive(a: date, b: date, c: date) -> None:
    a, b, c = sorted((a, b, c))
    assert CAL.workdays_between(a, b) + CAL.workdays_between(b, c) == CAL.workdays_between(a, c)
